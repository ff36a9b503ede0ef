// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "welcomepage.h"

#include "connectionvault.h"
#include "profilestore.h"
#include "setupwizard.h"
#include "ui_welcomepage.h"
#include "wizardcontext.h"

namespace {
const QString kBilling = QStringLiteral("billing");
const QString kServiceDesk = QStringLiteral("service-desk");
} // namespace

WelcomePage::WelcomePage(WizardContext &context, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_ui(std::make_unique<Ui::WelcomePage>())
{
    m_ui->setupUi(this);
    setTitle(tr("Connect Phin to ConnectWise Manage"));
    setSubTitle(tr("Choose the features to set up. You can turn each one on or off later."));
    m_ui->featuresNotice->setNames(QStringLiteral("features"));
    m_ui->savedNotice->setNames(QStringLiteral("saved"));
    m_ui->sandboxNotice->setNames(QStringLiteral("sandbox"));
    m_ui->sandboxButton->setVisible(m_context.canStartSandbox());

    connect(m_ui->billingCheck, &QCheckBox::toggled, this, &WelcomePage::onFeaturesToggled);
    connect(m_ui->serviceDeskCheck, &QCheckBox::toggled, this, &WelcomePage::onFeaturesToggled);
    connect(
        m_ui->sandboxButton, &QCommandLinkButton::clicked, this, [this] { practiseInSandbox(); });
    connect(
        m_ui->sandboxNotice, &InlineNotice::actionTriggered, this, [this] { practiseInSandbox(); });
    connect(m_ui->recheckSavedButton, &QPushButton::clicked, this,
        [this] { recheckSaved(selectedSaved()); });
    connect(
        m_ui->editSavedButton, &QPushButton::clicked, this, [this] { editSaved(selectedSaved()); });
    connect(m_ui->savedConnectionsView, &QListWidget::itemActivated, this,
        [this](QListWidgetItem *item) { recheckSaved(item->data(Qt::UserRole).toString()); });
    connect(m_ui->savedConnectionsView, &QListWidget::currentRowChanged, this, [this](int row) {
        m_ui->recheckSavedButton->setEnabled(row >= 0);
        m_ui->editSavedButton->setEnabled(row >= 0);
    });
    connect(&m_context, &WizardContext::sandboxStarted, this, [this](const QString &scenario) {
        m_ui->sandboxNotice->show(InlineNotice::Kind::Success,
            tr("Connected to the sandbox (scenario \"%1\"): a ConnectWise simulator on this "
               "computer. The connection details are filled in; nothing reaches a real server.")
                .arg(scenario)
                .toHtmlEscaped());
        m_context.setProfileName({});
    });
    connect(&m_context.vault(), &ConnectionVault::loadFinished, this, &WelcomePage::onKeysLoaded);
    onFeaturesToggled();
    refreshSavedConnections();
}

WelcomePage::~WelcomePage() = default;

QStringList WelcomePage::selectedFeatures() const
{
    QStringList features;
    if (m_ui->billingCheck->isChecked())
        features << kBilling;
    if (m_ui->serviceDeskCheck->isChecked())
        features << kServiceDesk;
    return features;
}

void WelcomePage::setSelectedFeatures(const QStringList &features)
{
    m_ui->billingCheck->setChecked(features.contains(kBilling));
    m_ui->serviceDeskCheck->setChecked(features.contains(kServiceDesk));
}

bool WelcomePage::practiseInSandbox(const QString &scenario)
{
    QString error;
    if (!m_context.startSandbox(scenario, &error)) {
        m_ui->sandboxNotice->show(InlineNotice::Kind::Error,
            tr("The sandbox did not start: %1").arg(error), tr("Try &again"));
        return false;
    }
    if (wizard() && wizard()->currentPage() == this)
        wizard()->next();
    return true;
}

QStringList WelcomePage::savedConnections() const
{
    QStringList names;
    for (int i = 0; i < m_ui->savedConnectionsView->count(); ++i)
        names << m_ui->savedConnectionsView->item(i)->data(Qt::UserRole).toString();
    return names;
}

void WelcomePage::refreshSavedConnections()
{
    QListWidget *view = m_ui->savedConnectionsView;
    view->clear();
    const ProfileStore &profiles = m_context.profiles();
    const QString defaultName = profiles.defaultProfileName();
    for (const QString &name : profiles.profileNames()) {
        const auto profile = profiles.profile(name);
        if (!profile)
            continue;
        QString line = name;
        QStringList facts;
        if (!profile->connected)
            facts << tr("disconnected");
        else if (!profile->lastCheckSummary.isEmpty())
            facts << profile->lastCheckSummary;
        if (profile->lastCheckAt.isValid())
            facts << QLocale().toString(profile->lastCheckAt.toLocalTime(), QLocale::ShortFormat);
        if (!facts.isEmpty())
            line += QStringLiteral(" (") + facts.join(QStringLiteral(", ")) + QLatin1Char(')');
        auto *item = new QListWidgetItem(line, view);
        item->setData(Qt::UserRole, name);
        item->setData(Qt::AccessibleTextRole, line);
        if (name == defaultName)
            view->setCurrentItem(item);
    }
    const bool any = view->count() > 0;
    m_ui->savedGroup->setVisible(any);
    if (any && !view->currentItem())
        view->setCurrentRow(0);
    m_ui->recheckSavedButton->setEnabled(view->currentItem() != nullptr);
    m_ui->editSavedButton->setEnabled(view->currentItem() != nullptr);
}

QString WelcomePage::selectedSaved() const
{
    const QListWidgetItem *item = m_ui->savedConnectionsView->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void WelcomePage::recheckSaved(const QString &name)
{
    loadSaved(name, Jump::Recheck);
}

void WelcomePage::editSaved(const QString &name)
{
    loadSaved(name, Jump::Edit);
}

void WelcomePage::loadSaved(const QString &name, Jump jump)
{
    const auto profile = m_context.profiles().profile(name);
    if (!profile || !m_loading.isEmpty())
        return;
    m_jump = jump;
    if (!profile->connected) {
        // Its keys were removed by a disconnect: only editing (with new keys) makes sense.
        m_jump = Jump::Edit;
        ConnectionDetails d;
        d.companyId = profile->companyId;
        d.site = profile->site;
        m_context.setDetails(d);
        m_context.setProfileName(name);
        m_ui->savedNotice->show(InlineNotice::Kind::Info,
            tr("\"%1\" was disconnected; enter new keys to connect it again.")
                .arg(name)
                .toHtmlEscaped());
        if (wizard() && wizard()->currentPage() == this)
            wizard()->next();
        return;
    }
    m_loading = name;
    m_ui->savedNotice->show(
        InlineNotice::Kind::Progress, tr("Reading the keys of \"%1\"…").arg(name).toHtmlEscaped());
    m_context.vault().loadKeys(name);
}

void WelcomePage::onKeysLoaded(const VaultResult &result, const ApiKeys &keys)
{
    if (m_loading.isEmpty())
        return;
    const QString name = m_loading;
    m_loading.clear();
    if (!result.ok()) {
        m_jump = Jump::None;
        m_ui->savedNotice->show(
            InlineNotice::Kind::Error, result.message.toHtmlEscaped(), tr("&Try again"));
        disconnect(m_ui->savedNotice, &InlineNotice::actionTriggered, nullptr, nullptr);
        connect(
            m_ui->savedNotice, &InlineNotice::actionTriggered, this,
            [this, name] { recheckSaved(name); }, Qt::SingleShotConnection);
        return;
    }
    const auto profile = m_context.profiles().profile(name);
    ConnectionDetails d;
    d.companyId = profile ? profile->companyId : QString();
    d.site = profile ? profile->site : QString();
    d.publicKey = QString::fromUtf8(keys.publicKey);
    d.privateKey = QString::fromUtf8(keys.privateKey);
    m_context.setDetails(d);
    m_context.setProfileName(name);
    m_ui->savedNotice->clear();
    // Re-check what the features chosen on this page need (the saved ones by default).
    if (profile && !profile->features.isEmpty() && m_jump == Jump::Recheck)
        setSelectedFeatures(profile->features);
    if (wizard() && wizard()->currentPage() == this)
        wizard()->next();
}

void WelcomePage::initializePage()
{
    m_jump = Jump::None;
    refreshSavedConnections();
    setSelectedFeatures(m_context.features().isEmpty() ? QStringList { kBilling, kServiceDesk }
                                                       : m_context.features());
}

bool WelcomePage::isComplete() const
{
    return !selectedFeatures().isEmpty();
}

bool WelcomePage::validatePage()
{
    m_context.setFeatures(selectedFeatures());
    return true;
}

int WelcomePage::nextId() const
{
    switch (m_jump) {
    case Jump::Recheck:
        return SetupWizard::CheckingPageId;
    case Jump::Edit:
        return SetupWizard::ConnectionPageId;
    case Jump::None:
        break;
    }
    return SetupWizard::PreparePageId;
}

void WelcomePage::onFeaturesToggled()
{
    if (selectedFeatures().isEmpty()) {
        m_ui->featuresNotice->show(
            InlineNotice::Kind::Warning, tr("Choose at least one feature to continue."));
    } else {
        m_ui->featuresNotice->clear();
    }
    emit completeChanged();
}

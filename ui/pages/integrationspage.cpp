// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "integrationspage.h"

#include "connectionvault.h"
#include "inputvalidation.h"
#include "permissioncatalog.h"
#include "profilestore.h"
#include "reportformatter.h"
#include "siteaddress.h"
#include "ui_integrationspage.h"
#include "widgets/catalogchangespanel.h"
#include "widgets/mappingsection.h"
#include "wizardcontext.h"

#include <QSignalBlocker>

IntegrationsPage::IntegrationsPage(WizardContext &context, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_ui(std::make_unique<Ui::IntegrationsPage>())
{
    m_ui->setupUi(this);
    setTitle(tr("Integrations"));
    setSubTitle(tr("Turn each feature on or off. A feature can be on only when ConnectWise "
                   "grants everything it needs."));
    m_ui->featureNotice->setNames(QStringLiteral("feature"));
    m_ui->disconnectNotice->setNames(QStringLiteral("disconnect"));
    m_rows = {
        { QStringLiteral("billing"), m_ui->billingSwitch, m_ui->billingStatusLabel },
        { QStringLiteral("service-desk"), m_ui->serviceDeskSwitch, m_ui->serviceDeskStatusLabel },
    };
    for (const FeatureRow &r : std::as_const(m_rows)) {
        const QString id = r.id;
        r.status->setObjectName(r.toggle->objectName() + QStringLiteral("StatusLabel"));
        connect(
            r.toggle, &QCheckBox::toggled, this, [this, id](bool on) { onSwitchToggled(id, on); });
    }
    // What a newer permission catalog requires, right under the features it concerns.
    m_catalogChanges = new CatalogChangesPanel(m_context, this);
    m_ui->pageLayout->insertWidget(
        m_ui->pageLayout->indexOf(m_ui->featureNotice) + 1, m_catalogChanges);
    // The company mapping: its summary sits above Disconnect, which keeps the mapping.
    m_mappingSection = new MappingSection(m_context.companyMapping(), this);
    m_ui->pageLayout->insertWidget(
        m_ui->pageLayout->indexOf(m_ui->disconnectGroup), m_mappingSection);
    connect(m_mappingSection, &MappingSection::editRequested, this,
        &IntegrationsPage::editMappingRequested);
    askDisconnect(false);
    connect(m_ui->disconnectButton, &QPushButton::clicked, this, [this] { askDisconnect(true); });
    connect(
        m_ui->keepConnectedButton, &QPushButton::clicked, this, [this] { askDisconnect(false); });
    connect(m_ui->confirmDisconnectButton, &QPushButton::clicked, this,
        &IntegrationsPage::disconnectNow);
    connect(m_ui->disconnectNotice, &InlineNotice::actionTriggered, this,
        &IntegrationsPage::disconnectNow);
    connect(m_ui->featureNotice, &InlineNotice::actionTriggered, this, [this] {
        if (!m_pendingFeature.isEmpty()) {
            stopFeatureCheck();
        } else if (m_retryPersist) {
            m_retryPersist = false;
            persist();
        }
    });
    connect(&m_context, &WizardContext::checksFinished, this, &IntegrationsPage::onChecksFinished);
    connect(&m_context.vault(), &ConnectionVault::disconnectFinished, this,
        &IntegrationsPage::onDisconnectFinished);
}

IntegrationsPage::~IntegrationsPage() = default;

void IntegrationsPage::initializePage()
{
    m_disconnected = false;
    m_ui->featureNotice->clear();
    m_ui->disconnectNotice->clear();
    askDisconnect(false);
    m_enabled.clear();
    m_blocked.clear();
    const auto report = m_context.lastReport();
    const auto profile = m_context.profiles().profile(m_context.profileName());
    for (const FeatureRow &r : std::as_const(m_rows)) {
        const bool ready = report && report->featureReady(r.id);
        const bool wanted
            = profile ? profile->features.contains(r.id) : m_context.features().contains(r.id);
        if (ready && wanted)
            m_enabled << r.id;
        if (report && !ready && report->connected())
            m_blocked.insert(r.id, reasonFrom(*report, r.id));
    }
    for (const FeatureRow &r : std::as_const(m_rows))
        refreshRow(r);
    refreshSummary();
    m_catalogChanges->refresh();
    m_mappingSection->refresh(true);
    m_ui->disconnectGroup->setEnabled(true);
}

void IntegrationsPage::cleanupPage()
{
    if (!m_pendingFeature.isEmpty()) {
        m_pendingFeature.clear();
        m_context.cancelChecks();
    }
}

bool IntegrationsPage::isComplete() const
{
    return !isBusy();
}

int IntegrationsPage::nextId() const
{
    return -1;
}

QString IntegrationsPage::blockedReason(const QString &feature) const
{
    return m_blocked.value(feature);
}

void IntegrationsPage::setFeatureEnabled(const QString &feature, bool on)
{
    if (const FeatureRow *r = row(feature))
        r->toggle->setChecked(on);
}

void IntegrationsPage::onSwitchToggled(const QString &feature, bool on)
{
    const FeatureRow *r = row(feature);
    if (!r)
        return;
    if (!on) {
        m_enabled.removeAll(feature);
        persist();
        refreshRow(*r);
        return;
    }
    if (m_enabled.contains(feature) || !m_pendingFeature.isEmpty())
        return;
    // Turning a feature on re-checks exactly what it needs; it stays off until that passes.
    m_pendingFeature = feature;
    for (const FeatureRow &other : std::as_const(m_rows))
        other.toggle->setEnabled(false);
    const QString checking
        = tr("Checking what %1 needs…").arg(m_context.catalog().featureName(feature));
    r->status->setText(checking);
    m_ui->featureNotice->show(InlineNotice::Kind::Progress, checking.toHtmlEscaped(), tr("S&top"));
    emit completeChanged();
    m_context.startChecks({ feature });
}

void IntegrationsPage::stopFeatureCheck()
{
    if (m_pendingFeature.isEmpty())
        return;
    const QString name = m_context.catalog().featureName(m_pendingFeature);
    m_pendingFeature.clear();
    m_context.cancelChecks();
    m_ui->featureNotice->show(InlineNotice::Kind::Info,
        tr("The check was stopped; %1 stays off.").arg(name).toHtmlEscaped());
    for (const FeatureRow &r : std::as_const(m_rows))
        refreshRow(r);
    emit completeChanged();
}

void IntegrationsPage::onChecksFinished(const CheckReport &report)
{
    if (m_pendingFeature.isEmpty())
        return;
    const QString feature = m_pendingFeature;
    m_pendingFeature.clear();
    const QString name = m_context.catalog().featureName(feature);
    if (!report.connected()) {
        m_blocked.insert(feature, report.connectionMessage);
        m_ui->featureNotice->show(InlineNotice::Kind::Error,
            tr("%1 stays off: the check could not connect. %2")
                .arg(name, report.connectionMessage)
                .toHtmlEscaped());
    } else if (report.featureReady(feature)) {
        m_blocked.remove(feature);
        if (!m_enabled.contains(feature))
            m_enabled << feature;
        persist();
        m_ui->featureNotice->show(InlineNotice::Kind::Success,
            tr("%1 is on: ConnectWise grants everything it needs.").arg(name).toHtmlEscaped());
    } else {
        m_blocked.insert(feature, reasonFrom(report, feature));
        m_ui->featureNotice->show(InlineNotice::Kind::Warning,
            tr("%1 stays off until this is fixed in ConnectWise: %2")
                .arg(name, m_blocked.value(feature))
                .toHtmlEscaped());
    }
    for (const FeatureRow &r : std::as_const(m_rows))
        refreshRow(r);
    emit completeChanged();
}

QString IntegrationsPage::reasonFrom(const CheckReport &report, const QString &feature) const
{
    QStringList items;
    for (const CheckResult &result : report.checks) {
        if (!result.entry.features.contains(feature))
            continue;
        if (result.status == CheckStatus::Granted || result.status == CheckStatus::Skipped)
            continue;
        items << tr("%1 is %2")
                     .arg(result.entry.shortName(),
                         ReportFormatter::statusLabel(result.status).toLower());
    }
    if (items.isEmpty())
        return tr("it was not checked yet.");
    return QLocale().createSeparatedList(items) + QLatin1Char('.');
}

void IntegrationsPage::refreshRow(const FeatureRow &r)
{
    const QSignalBlocker blocker(r.toggle);
    const bool on = m_enabled.contains(r.id);
    r.toggle->setChecked(on);
    r.toggle->setEnabled(!m_disconnected && m_pendingFeature.isEmpty());
    const QString name = m_context.catalog().featureName(r.id);
    QString text;
    if (m_disconnected)
        text = tr("Off: disconnected.");
    else if (on)
        text = tr("On: ConnectWise grants everything it needs.");
    else if (m_blocked.contains(r.id))
        text = tr("Off. Cannot be turned on yet: %1").arg(m_blocked.value(r.id));
    else
        text = tr("Off. Turning it on checks its permissions first.");
    r.status->setText(text);
    r.toggle->setAccessibleDescription(tr("%1 integration. %2").arg(name, text));
}

void IntegrationsPage::refreshSummary()
{
    const ConnectionDetails d = m_context.details();
    const SiteParseResult site = parseSite(d.site, m_context.assumptions());
    const auto report = m_context.lastReport();
    QString company = d.companyId.toHtmlEscaped();
    if (report && report->hasCompanyInfo && !report->company.companyName.isEmpty())
        company = tr("%1 (%2)").arg(report->company.companyName.toHtmlEscaped(), company);
    QStringList lines;
    lines << tr("Company <b>%1</b> on <b>%2</b>")
                 .arg(company, (site.ok() ? site.site.loginHost : d.site).toHtmlEscaped());
    if (report && report->hasMember) {
        lines << tr("API member <b>%1</b>, role <b>%2</b>")
                     .arg(report->member.identifier.toHtmlEscaped(),
                         report->member.securityRole.toHtmlEscaped());
    }
    const QString hint = InputValidation::publicKeyHint(d.publicKey.toUtf8());
    if (m_disconnected) {
        lines << tr("Disconnected: the keys were removed from the keychain.");
    } else if (m_context.profileName().isEmpty()) {
        lines << tr("Public key %1, used for this session only (not saved)").arg(hint);
    } else {
        lines << tr("Saved as <b>%1</b>; public key %2 in the keychain")
                     .arg(m_context.profileName().toHtmlEscaped(), hint);
    }
    if (m_context.isSandbox())
        lines << tr("This is the sandbox: nothing reaches a real ConnectWise server.");
    m_ui->connectionSummaryLabel->setText(lines.join(QStringLiteral("<br>")));
}

void IntegrationsPage::persist()
{
    const QString name = m_context.profileName();
    if (name.isEmpty())
        return;
    auto profile = m_context.profiles().profile(name);
    if (!profile)
        return;
    profile->features = m_enabled;
    QString error;
    if (!m_context.profiles().saveProfile(*profile, &error)) {
        m_ui->featureNotice->show(InlineNotice::Kind::Error,
            tr("The change could not be saved: %1").arg(error).toHtmlEscaped(), tr("&Retry"));
        m_retryPersist = true;
    }
}

void IntegrationsPage::askDisconnect(bool asking)
{
    m_ui->disconnectButton->setVisible(!asking);
    m_ui->confirmDisconnectButton->setVisible(asking);
    m_ui->keepConnectedButton->setVisible(asking);
    if (asking) {
        m_ui->disconnectNotice->show(InlineNotice::Kind::Warning,
            tr("Remove the keys of this connection from the keychain? Phin stops pushing "
               "billing data and creating tickets; the company mapping is kept."));
        m_ui->keepConnectedButton->setFocus();
    } else if (m_ui->disconnectNotice->kind() == InlineNotice::Kind::Warning) {
        m_ui->disconnectNotice->clear();
    }
}

void IntegrationsPage::disconnectNow()
{
    askDisconnect(false);
    if (m_context.profileName().isEmpty()) {
        // Keys used for this session only: forgetting them is all there is to do.
        VaultResult result;
        result.operation = VaultOperation::Disconnect;
        m_disconnecting = true;
        onDisconnectFinished(result);
        return;
    }
    m_disconnecting = true;
    m_ui->disconnectButton->setEnabled(false);
    m_ui->disconnectNotice->show(InlineNotice::Kind::Progress, tr("Removing the keys…"));
    emit completeChanged();
    m_context.vault().disconnectProfile(m_context.profileName());
}

void IntegrationsPage::onDisconnectFinished(const VaultResult &result)
{
    if (!m_disconnecting)
        return;
    m_disconnecting = false;
    m_ui->disconnectButton->setEnabled(true);
    if (!result.ok()) {
        m_ui->disconnectNotice->show(
            InlineNotice::Kind::Error, result.message.toHtmlEscaped(), tr("&Try again"));
        emit completeChanged();
        return;
    }
    m_disconnected = true;
    m_enabled.clear();
    ConnectionDetails d = m_context.details();
    d.privateKey.clear();
    d.publicKey.clear();
    m_context.setDetails(d);
    m_ui->disconnectNotice->show(InlineNotice::Kind::Success,
        tr("Disconnected. Both keys were removed from the keychain; the company mapping is "
           "kept for when you connect again."));
    m_ui->disconnectButton->setEnabled(false);
    for (const FeatureRow &r : std::as_const(m_rows))
        refreshRow(r);
    refreshSummary();
    m_catalogChanges->refresh();
    m_mappingSection->refresh(false);
    emit completeChanged();
}

const IntegrationsPage::FeatureRow *IntegrationsPage::row(const QString &feature) const
{
    for (const FeatureRow &r : m_rows) {
        if (r.id == feature)
            return &r;
    }
    return nullptr;
}

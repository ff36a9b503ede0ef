// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogchangespanel.h"

#include "checkrunner.h"
#include "phinconfig.h"
#include "profilestore.h"
#include "reportformatter.h"
#include "ui_catalogchangespanel.h"
#include "wizardcontext.h"

#include <QLocale>

CatalogChangesPanel::CatalogChangesPanel(WizardContext &context, QWidget *parent)
    : QGroupBox(parent)
    , m_context(context)
    , m_ui(std::make_unique<Ui::CatalogChangesPanel>())
{
    m_ui->setupUi(this);
    m_ui->catalogNotice->setNames(QStringLiteral("catalog"));
    connect(m_ui->recheckNewButton, &QPushButton::clicked, this, &CatalogChangesPanel::recheck);
    CheckRunnerOptions options;
    options.assumptions = m_context.assumptions();
    options.catalog = m_context.catalog();
    options.toolName = QStringLiteral("phin-cw-setup");
    options.toolVersion = QStringLiteral(PHIN_VERSION);
    m_runner = new CheckRunner(m_context.transport(), options, this);
    connect(m_runner, &CheckRunner::finished, this, &CatalogChangesPanel::onChecksFinished);
    setVisible(false);
}

CatalogChangesPanel::~CatalogChangesPanel() = default;

QPushButton *CatalogChangesPanel::recheckButton() const
{
    return m_ui->recheckNewButton;
}

void CatalogChangesPanel::refresh()
{
    m_runner->cancel();
    m_pending = false;
    m_ui->catalogNotice->clear();
    const auto profile = m_context.profileName().isEmpty()
        ? std::nullopt
        : m_context.profiles().profile(m_context.profileName());
    m_hasChanges = false;
    m_changes = {};
    m_features.clear();
    if (profile) {
        m_features = profile->features;
        m_changes = CatalogVersion::changesSince(
            profile->catalogVersion, m_context.catalog(), m_features);
        // A connection never checked against a versioned catalog had every requirement
        // checked by the wizard that saved it; only an older version has something new. A
        // disconnected one has no keys to check with.
        m_hasChanges = profile->connected && !m_changes.profileVersionUnknown
            && !m_changes.changes.isEmpty();
    }
    if (m_hasChanges) {
        //: %1 is the requirements (catalog) version the connection was checked against, %2
        //: how many requirements were added since.
        m_ui->catalogHeadlineLabel->setText(
            tr("Since this connection was checked (requirements %1), Phin needs %2 more:")
                .arg(m_changes.profileVersion)
                .arg(m_changes.changes.size()));
        // One line each, as --all-profiles prints them; the area scrolls when space is short.
        m_ui->catalogLinesLabel->setText(m_changes.lines().join(QLatin1Char('\n')));
        m_ui->catalogLinesArea->setAccessibleDescription(
            m_changes.lines().join(QStringLiteral("; ")));
        m_ui->catalogHeadlineLabel->setVisible(true);
        m_ui->catalogLinesArea->setVisible(true);
    }
    updateButton();
    setVisible(m_hasChanges);
}

void CatalogChangesPanel::updateButton()
{
    const ConnectionDetails d = m_context.details();
    const bool haveKeys = !d.publicKey.isEmpty() && !d.privateKey.isEmpty();
    m_ui->recheckNewButton->setVisible(m_hasChanges);
    m_ui->recheckNewButton->setEnabled(m_hasChanges && !m_pending && haveKeys);
    if (m_hasChanges && !haveKeys && !m_pending) {
        m_ui->catalogNotice->show(InlineNotice::Kind::Info,
            tr("To check them, go back to the Connection page and enter the keys.")
                .toHtmlEscaped());
    }
}

void CatalogChangesPanel::recheck()
{
    if (!m_hasChanges || m_pending)
        return;
    m_pending = true;
    m_ui->catalogNotice->show(InlineNotice::Kind::Progress,
        tr("Checking the %n new requirement(s)…", nullptr, int(m_changes.changes.size()))
            .toHtmlEscaped());
    updateButton();
    const ConnectionDetails d = m_context.details();
    CheckRequest request;
    request.site = d.site;
    request.companyId = d.companyId;
    request.publicKey = d.publicKey.toUtf8();
    request.privateKey = d.privateKey.toUtf8();
    request.features = m_features;
    request.onlyCheckIds = m_changes.checkIds();
    request.clientId = QStringLiteral(PHIN_CLIENT_ID);
    if (const auto lookup = m_context.companyLookup(); lookup && lookup->ok())
        request.companyInfo = lookup;
    m_runner->start(request);
}

void CatalogChangesPanel::onChecksFinished(const CheckReport &report)
{
    if (!m_pending)
        return;
    m_pending = false;
    if (!report.connected()) {
        m_ui->catalogNotice->show(InlineNotice::Kind::Error,
            tr("The check could not connect: %1").arg(report.connectionMessage).toHtmlEscaped(),
            tr("Try a&gain"));
        connect(m_ui->catalogNotice, &InlineNotice::actionTriggered, this,
            &CatalogChangesPanel::recheck, Qt::UniqueConnection);
        updateButton();
        return;
    }
    const QStringList ids = m_changes.checkIds();
    QStringList notGranted;
    int granted = 0;
    for (const CheckResult &r : report.checks) {
        if (!ids.contains(r.entry.id))
            continue;
        if (r.status == CheckStatus::Granted)
            ++granted;
        else
            notGranted << tr("%1 is %2")
                              .arg(r.entry.shortName(),
                                  ReportFormatter::statusLabel(r.status).toLower());
    }
    if (!notGranted.isEmpty() || granted != ids.size()) {
        m_ui->catalogNotice->show(InlineNotice::Kind::Warning,
            tr("Still needed in ConnectWise: %1. Fix it there and check again.")
                .arg(QLocale().createSeparatedList(notGranted))
                .toHtmlEscaped());
        updateButton();
        return;
    }
    auto profile = m_context.profiles().profile(m_context.profileName());
    QString error;
    if (profile) {
        profile->catalogVersion = m_changes.catalogVersion;
        if (!m_context.profiles().saveProfile(*profile, &error) && error.isEmpty())
            error = tr("the settings could not be written");
    } else {
        error = tr("the connection is no longer saved");
    }
    if (!error.isEmpty()) {
        m_ui->catalogNotice->show(InlineNotice::Kind::Warning,
            tr("The new requirements are met, but this could not be recorded: %1")
                .arg(error)
                .toHtmlEscaped());
        updateButton();
        return;
    }
    // Nothing is new any more: only the outcome stays until the page is shown again.
    m_hasChanges = false;
    m_ui->catalogHeadlineLabel->setVisible(false);
    m_ui->catalogLinesArea->setVisible(false);
    m_ui->catalogNotice->show(InlineNotice::Kind::Success,
        tr("The new requirements are met; this connection is now up to date with requirements "
           "%1.")
            .arg(m_changes.catalogVersion)
            .toHtmlEscaped());
    updateButton();
    emit recorded(m_changes.catalogVersion);
}

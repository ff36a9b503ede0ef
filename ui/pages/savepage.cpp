// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "savepage.h"

#include "connectionvault.h"
#include "inputvalidation.h"
#include "profilestore.h"
#include "setupwizard.h"
#include "siteaddress.h"
#include "ui_savepage.h"
#include "wizardcontext.h"

SavePage::SavePage(WizardContext &context, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_ui(std::make_unique<Ui::SavePage>())
{
    m_ui->setupUi(this);
    setTitle(tr("Save the connection"));
    setSubTitle(tr("The keys go into this computer's keychain, never into a settings file."));
    m_ui->nameNotice->setNames(QStringLiteral("name"));
    m_ui->saveNotice->setNames(QStringLiteral("save"));
    m_ui->sessionOnlyButton->hide();
    connect(m_ui->saveButton, &QPushButton::clicked, this, &SavePage::save);
    // Return in the name field saves (Next is disabled until then, so it does not compete).
    connect(m_ui->connectionNameEdit, &QLineEdit::returnPressed, this, [this] {
        if (m_state != State::Saved && m_state != State::SessionOnly)
            save();
    });
    connect(m_ui->saveNotice, &InlineNotice::actionTriggered, this, &SavePage::save);
    connect(m_ui->sessionOnlyButton, &QPushButton::clicked, this, &SavePage::useForSessionOnly);
    connect(m_ui->connectionNameEdit, &QLineEdit::textChanged, this, [this] {
        const QString problem = ConnectionProfile::nameProblem(connectionName());
        if (problem.isEmpty())
            m_ui->nameNotice->clear();
        else
            m_ui->nameNotice->show(InlineNotice::Kind::Error, problem.toHtmlEscaped());
        m_ui->saveButton->setEnabled(problem.isEmpty() && m_state != State::Saving);
    });
    connect(&m_context.vault(), &ConnectionVault::saveFinished, this, &SavePage::onSaveFinished);
}

SavePage::~SavePage() = default;

QString SavePage::connectionName() const
{
    return m_ui->connectionNameEdit->text();
}

void SavePage::initializePage()
{
    const ConnectionDetails d = m_context.details();
    const SiteParseResult site = parseSite(d.site, m_context.assumptions());
    const QString hint = InputValidation::publicKeyHint(d.publicKey.toUtf8());
    m_ui->saveSummaryLabel->setText(
        tr("<p>Company <b>%1</b> on <b>%2</b>, public key <b>%3</b>.</p><p>Both keys are "
           "stored in the system keychain (Secret Service, macOS Keychain or Windows Credential "
           "Manager). The settings keep only the site, the company and the chosen features.</p>")
            .arg(d.companyId.toHtmlEscaped(),
                (site.ok() ? site.site.loginHost : d.site).toHtmlEscaped(), hint.toHtmlEscaped()));
    // A name people typed survives Back and Next; a suggestion follows the details.
    const QString current = m_ui->connectionNameEdit->text();
    if (current.isEmpty() || current == m_suggestedName) {
        m_suggestedName = m_context.profileName().isEmpty() ? m_context.suggestedProfileName()
                                                            : m_context.profileName();
        m_ui->connectionNameEdit->setText(m_suggestedName);
    }
    if (m_state != State::Saved)
        setState(State::Idle);
}

bool SavePage::isComplete() const
{
    return m_state == State::Saved || m_state == State::SessionOnly;
}

int SavePage::nextId() const
{
    return SetupWizard::MappingPageId;
}

void SavePage::save()
{
    if (m_state == State::Saving)
        return;
    const QString problem = ConnectionProfile::nameProblem(connectionName());
    if (!problem.isEmpty()) {
        m_ui->nameNotice->show(InlineNotice::Kind::Error, problem.toHtmlEscaped());
        m_ui->connectionNameEdit->setFocus();
        return;
    }
    const auto report = m_context.lastReport();
    const ConnectionDetails d = m_context.details();
    ApiKeys keys { d.publicKey.toUtf8(), d.privateKey.toUtf8() };
    setState(State::Saving);
    m_ui->saveNotice->show(InlineNotice::Kind::Progress, tr("Saving to the keychain…"));
    m_context.vault().saveConnection(buildProfile(), keys, report && report->connected());
    keys.wipe();
}

void SavePage::useForSessionOnly()
{
    setState(State::SessionOnly);
    m_ui->saveNotice->show(InlineNotice::Kind::Info,
        tr("The keys are used for this session only and forgotten when the wizard closes. "
           "Save again later to keep them."));
}

void SavePage::onSaveFinished(const VaultResult &result)
{
    if (m_state != State::Saving)
        return;
    m_lastResult = result;
    if (result.ok()) {
        m_context.setProfileName(
            result.profileName.isEmpty() ? connectionName() : result.profileName);
        setState(State::Saved);
        QString text = tr("Saved as \"%1\". The keys are in the keychain.")
                           .arg(m_context.profileName())
                           .toHtmlEscaped();
        for (const QString &warning : result.warnings)
            text += QStringLiteral("<br>") + warning.toHtmlEscaped();
        m_ui->saveNotice->show(InlineNotice::Kind::Success, text);
        return;
    }
    setState(State::Failed);
    QString text = result.message.toHtmlEscaped();
    if (!result.detail.isEmpty())
        text += QStringLiteral("<br><small>")
            + tr("Keychain says: %1").arg(result.detail).toHtmlEscaped()
            + QStringLiteral("</small>");
    m_ui->saveNotice->show(InlineNotice::Kind::Error, text, tr("&Try again"));
    m_ui->sessionOnlyButton->setVisible(result.keysUsableForSession());
}

void SavePage::setState(State state)
{
    m_state = state;
    m_ui->saveButton->setEnabled(
        state != State::Saving && ConnectionProfile::nameProblem(connectionName()).isEmpty());
    m_ui->connectionNameEdit->setReadOnly(state == State::Saving);
    if (state != State::Failed)
        m_ui->sessionOnlyButton->hide();
    emit completeChanged();
}

ConnectionProfile SavePage::buildProfile() const
{
    const ConnectionDetails d = m_context.details();
    const SiteParseResult site = parseSite(d.site, m_context.assumptions());
    ConnectionProfile profile;
    if (const auto existing = m_context.profiles().profile(connectionName()))
        profile = *existing;
    profile.name = connectionName();
    profile.site = d.site;
    profile.loginHost = site.ok() ? site.site.loginHost : d.site;
    profile.companyId = d.companyId;
    profile.publicKeyHint = InputValidation::publicKeyHint(d.publicKey.toUtf8());
    profile.connected = true;
    // Only the certificate trusted for this site; a pin for an address no longer used goes.
    profile.pinnedCertificates = m_context.pinnedCertificates();
    const auto report = m_context.lastReport();
    QStringList ready;
    if (report) {
        for (const QString &feature : m_context.features()) {
            if (report->featureReady(feature))
                ready << feature;
        }
        profile.memberName = report->member.identifier;
        profile.roleName = report->member.securityRole;
        const int granted = report->count(CheckStatus::Granted);
        const int total = int(report->checks.size()) - report->count(CheckStatus::Skipped);
        profile.lastCheckSummary = tr("%1 of %2 checks passed").arg(granted).arg(total);
        profile.lastCheckAt = report->checkedAt;
        profile.catalogVersion = m_context.catalog().version();
        profile.lastCheckPassed = granted == total;
    }
    // Features are switched on when everything they need was granted; the rest stay off until
    // a later check passes.
    profile.features = ready;
    return profile;
}

// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionpage.h"

#include "companylookup.h"
#include "inputvalidation.h"
#include "setupwizard.h"
#include "siteaddress.h"
#include "ui_connectionpage.h"
#include "widgets/certificatepanel.h"

#include <QLineEdit>
#include <QTimer>
#include <QToolButton>

namespace {
// Long enough that typing a company id does not fire a lookup per key, short enough to feel live.
constexpr int kLookupDelayMs = 400;

void showIssues(InlineNotice *notice, const QList<InputIssue> &issues, InputField field,
    const QStringList &extraNotices = {})
{
    const InputIssue *worst = nullptr;
    for (const InputIssue &issue : issues) {
        if (issue.field != field)
            continue;
        if (!worst || int(issue.severity) > int(worst->severity))
            worst = &issue;
    }
    if (!worst) {
        if (extraNotices.isEmpty())
            notice->clear();
        else
            notice->show(InlineNotice::Kind::Info, extraNotices.join(QLatin1Char(' ')));
        return;
    }
    const InlineNotice::Kind kind = worst->severity == IssueSeverity::Error
        ? InlineNotice::Kind::Error
        : worst->severity == IssueSeverity::Warning ? InlineNotice::Kind::Warning
                                                    : InlineNotice::Kind::Info;
    notice->show(kind, worst->message.toHtmlEscaped());
}
} // namespace

ConnectionPage::ConnectionPage(WizardContext &context, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_ui(std::make_unique<Ui::ConnectionPage>())
    , m_lookupDelay(new QTimer(this))
{
    m_ui->setupUi(this);
    setTitle(tr("Connection details"));
    setSubTitle(tr("The four values from ConnectWise. Each is checked as you type."));
    m_ui->privateKeyField->setNames(QStringLiteral("privateKey"));
    m_ui->privateKeyField->lineEdit()->setAccessibleName(tr("Private key"));
    m_ui->privateKeyField->lineEdit()->setAccessibleDescription(
        tr("The Private Key of the API member's key pair; masked while you type"));
    m_ui->privateKeyLabel->setBuddy(m_ui->privateKeyField->lineEdit());
    m_ui->companyIdEdit->setPlaceholderText(tr("e.g. acme"));
    m_ui->siteEdit->setPlaceholderText(tr("e.g. na.myconnectwise.net"));
    for (QLineEdit *edit : { m_ui->publicKeyEdit, m_ui->privateKeyField->lineEdit() }) {
        edit->setInputMethodHints(
            edit->inputMethodHints() | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    }
    m_ui->companyIdNotice->setNames(QStringLiteral("companyId"));
    m_ui->siteNotice->setNames(QStringLiteral("site"));
    m_ui->publicKeyNotice->setNames(QStringLiteral("publicKey"));
    m_ui->privateKeyNotice->setNames(QStringLiteral("privateKey"));
    m_ui->lookupNotice->setNames(QStringLiteral("lookup"));

    const QList<QPair<QToolButton *, QLabel *>> helps = {
        { m_ui->companyIdHelpButton, m_ui->companyIdHelpLabel },
        { m_ui->siteHelpButton, m_ui->siteHelpLabel },
        { m_ui->publicKeyHelpButton, m_ui->publicKeyHelpLabel },
        { m_ui->privateKeyHelpButton, m_ui->privateKeyHelpLabel },
    };
    for (const auto &[button, label] : helps) {
        QLabel *help = label;
        connect(button, &QToolButton::toggled, help, &QLabel::setVisible);
    }
    setTabOrder(m_ui->companyIdEdit, m_ui->companyIdHelpButton);
    setTabOrder(m_ui->companyIdHelpButton, m_ui->siteEdit);
    setTabOrder(m_ui->siteEdit, m_ui->siteHelpButton);
    setTabOrder(m_ui->siteHelpButton, m_ui->publicKeyEdit);
    setTabOrder(m_ui->publicKeyEdit, m_ui->publicKeyHelpButton);
    setTabOrder(m_ui->publicKeyHelpButton, m_ui->privateKeyField->lineEdit());
    setTabOrder(m_ui->privateKeyField->lineEdit(), m_ui->privateKeyField->toggleButton());
    setTabOrder(m_ui->privateKeyField->toggleButton(), m_ui->privateKeyHelpButton);

    for (QLineEdit *edit : { m_ui->companyIdEdit, m_ui->siteEdit, m_ui->publicKeyEdit })
        connect(edit, &QLineEdit::textChanged, this, &ConnectionPage::onFieldEdited);
    connect(m_ui->privateKeyField, &KeyField::textChanged, this, &ConnectionPage::onFieldEdited);
    connect(m_ui->privateKeyField, &KeyField::trimmedWhitespace, this, [this] {
        m_trimmedPrivate = true;
        validateFields();
    });
    m_lookupDelay->setSingleShot(true);
    m_lookupDelay->setInterval(kLookupDelayMs);
    connect(m_lookupDelay, &QTimer::timeout, this, &ConnectionPage::runLookup);
    connect(m_ui->lookupNotice, &InlineNotice::actionTriggered, this, [this] {
        if (m_lookupState == LookupState::Running)
            stopLookup();
        else
            runLookup();
    });
    connect(&m_context, &WizardContext::detailsChanged, this,
        [this] { setDetails(m_context.details()); });
    connect(m_ui->certificatePanel, &CertificatePanel::trustRequested, this,
        &ConnectionPage::trustCertificate);
}

ConnectionPage::~ConnectionPage() = default;

ConnectionDetails ConnectionPage::details() const
{
    ConnectionDetails d;
    d.companyId = m_ui->companyIdEdit->text().trimmed();
    d.site = m_ui->siteEdit->text().trimmed();
    d.publicKey = m_ui->publicKeyEdit->text().trimmed();
    d.privateKey = m_ui->privateKeyField->text().trimmed();
    return d;
}

void ConnectionPage::setDetails(const ConnectionDetails &details)
{
    if (details.companyId == m_ui->companyIdEdit->text() && details.site == m_ui->siteEdit->text()
        && details.publicKey == m_ui->publicKeyEdit->text()
        && details.privateKey == m_ui->privateKeyField->text())
        return;
    m_loading = true;
    m_ui->companyIdEdit->setText(details.companyId);
    m_ui->siteEdit->setText(details.site);
    m_ui->publicKeyEdit->setText(details.publicKey);
    m_ui->privateKeyField->setText(details.privateKey);
    m_loading = false;
    onFieldEdited();
}

void ConnectionPage::initializePage()
{
    // The context holds what was typed before (or what the sandbox or a saved profile gave);
    // going Back and Next again never loses it.
    setDetails(m_context.details());
    validateFields();
    if (m_valid && m_lookupState == LookupState::Idle)
        scheduleLookup();
    // Keyboard users start typing where something is still missing.
    for (QLineEdit *edit : { m_ui->companyIdEdit, m_ui->siteEdit, m_ui->publicKeyEdit,
             m_ui->privateKeyField->lineEdit() }) {
        if (edit->text().isEmpty()) {
            edit->setFocus(Qt::TabFocusReason);
            break;
        }
    }
}

void ConnectionPage::cleanupPage()
{
    // Back keeps the typed values (QWizard would otherwise reset fields it knows about).
    m_context.setDetails(details());
}

bool ConnectionPage::isComplete() const
{
    return m_valid;
}

bool ConnectionPage::validatePage()
{
    validateFields();
    if (!m_valid)
        return false;
    m_context.setDetails(details());
    return true;
}

int ConnectionPage::nextId() const
{
    return SetupWizard::CheckingPageId;
}

void ConnectionPage::onFieldEdited()
{
    if (m_loading)
        return;
    validateFields();
    scheduleLookup();
}

void ConnectionPage::validateFields()
{
    const ConnectWiseAssumptions &assumptions = m_context.assumptions();
    const ConnectionDetails d = details();
    bool valid = true;

    const CompanyIdCheck company = InputValidation::checkCompanyId(d.companyId, assumptions);
    valid = valid && company.ok();
    // Empty fields are not errors until someone typed into them: a fresh page is not all red.
    if (d.companyId.isEmpty() && !m_ui->companyIdEdit->isModified())
        m_ui->companyIdNotice->clear();
    else
        showIssues(m_ui->companyIdNotice, company.issues, InputField::CompanyId);

    const SiteParseResult site = parseSite(d.site, assumptions);
    valid = valid && site.ok();
    if (d.site.isEmpty() && !m_ui->siteEdit->isModified()) {
        m_ui->siteNotice->clear();
    } else if (!site.ok()) {
        m_ui->siteNotice->show(InlineNotice::Kind::Error, site.message.toHtmlEscaped());
    } else {
        QStringList notes = site.notices;
        if (site.site.apiHost != site.site.loginHost)
            notes << tr("API calls go to %1.").arg(site.site.apiHost);
        if (notes.isEmpty())
            m_ui->siteNotice->clear();
        else
            m_ui->siteNotice->show(
                InlineNotice::Kind::Info, notes.join(QLatin1Char(' ')).toHtmlEscaped());
    }

    const KeysCheck keys
        = InputValidation::checkKeys(d.publicKey.toUtf8(), d.privateKey.toUtf8(), assumptions);
    valid = valid && keys.ok();
    if (d.publicKey.isEmpty() && !m_ui->publicKeyEdit->isModified())
        m_ui->publicKeyNotice->clear();
    else
        showIssues(m_ui->publicKeyNotice, keys.issues, InputField::PublicKey);
    QStringList privateNotes;
    if (m_trimmedPrivate)
        privateNotes << tr("Spaces around the pasted key were removed.");
    if (d.privateKey.isEmpty() && !m_ui->privateKeyField->lineEdit()->isModified())
        m_ui->privateKeyNotice->clear();
    else
        showIssues(m_ui->privateKeyNotice, keys.issues, InputField::PrivateKey, privateNotes);

    if (valid != m_valid) {
        m_valid = valid;
        emit completeChanged();
    }
}

void ConnectionPage::scheduleLookup()
{
    const ConnectionDetails d = details();
    const SiteParseResult site = parseSite(d.site, m_context.assumptions());
    const CompanyIdCheck company
        = InputValidation::checkCompanyId(d.companyId, m_context.assumptions());
    const QString key
        = site.ok() ? site.site.apiHost + QLatin1Char('|') + company.value : QString();
    if (key == m_lookupKey && m_lookupState != LookupState::Idle)
        return;
    cancelLookup();
    if (!site.ok() || !company.ok()) {
        m_ui->lookupNotice->clear();
        return;
    }
    m_lookupDelay->start();
}

void ConnectionPage::runLookup()
{
    m_lookupDelay->stop();
    const ConnectionDetails d = details();
    const SiteParseResult site = parseSite(d.site, m_context.assumptions());
    const CompanyIdCheck company
        = InputValidation::checkCompanyId(d.companyId, m_context.assumptions());
    if (!site.ok() || !company.ok())
        return;
    if (!m_lookup) {
        m_lookup = new CompanyLookup(m_context.transport(), m_context.assumptions(), this);
        connect(m_lookup, &CompanyLookup::finished, this, [this](const CompanyInfoResult &result) {
            m_context.setCompanyLookup(result);
            if (result.ok()) {
                m_lookupState = LookupState::Found;
                m_company = result.info;
                m_ui->lookupNotice->show(InlineNotice::Kind::Success,
                    describeCompany(result.info, result.site).toHtmlEscaped());
            } else if (result.status == ConnectionStatus::TlsError
                && result.certificate.canBeTrusted() && m_context.canTrustCertificates()) {
                // The panel explains the certificate and offers to trust it; the notice above
                // only says where to look.
                m_lookupState = LookupState::Failed;
                m_company = {};
                m_ui->lookupNotice->show(InlineNotice::Kind::Error,
                    tr("The secure connection to %1 failed: this computer does not trust the "
                       "server's certificate. Check it below.")
                        .arg(result.certificate.host)
                        .toHtmlEscaped(),
                    tr("&Retry"));
                m_ui->certificatePanel->setCertificate(result.certificate,
                    CompanyLookup::describeCertificateProblems(result.certificate));
            } else {
                m_lookupState = LookupState::Failed;
                m_company = {};
                m_ui->lookupNotice->show(
                    InlineNotice::Kind::Error, result.message.toHtmlEscaped(), tr("&Retry"));
            }
        });
    }
    m_lookupKey = site.site.apiHost + QLatin1Char('|') + company.value;
    m_lookupState = LookupState::Running;
    m_ui->certificatePanel->clear();
    m_ui->lookupNotice->show(InlineNotice::Kind::Progress,
        tr("Looking up company \"%1\" on %2…")
            .arg(company.value, site.site.loginHost)
            .toHtmlEscaped(),
        tr("S&top"));
    m_lookup->start(site.site, company.value);
}

void ConnectionPage::cancelLookup()
{
    m_lookupDelay->stop();
    if (m_lookup)
        m_lookup->cancel();
    m_lookupState = LookupState::Idle;
    m_lookupKey.clear();
    m_company = {};
    m_ui->certificatePanel->clear();
    m_context.setCompanyLookup(std::nullopt);
}

void ConnectionPage::stopLookup()
{
    cancelLookup();
    m_lookupState = LookupState::Failed;
    m_ui->lookupNotice->show(InlineNotice::Kind::Info,
        tr("The company lookup was stopped. The checks look the company up again."), tr("&Retry"));
}

void ConnectionPage::trustCertificate(const TlsCertificateInfo &certificate)
{
    m_context.trustCertificate(certificate);
    runLookup();
}

QString ConnectionPage::describeCompany(const CompanyInfo &info, const SiteAddress &site)
{
    // "ACME Corp, ConnectWise v2025.1, cloud (NA)"
    QString where;
    if (site.isLoopback) {
        where = tr("sandbox on this computer");
    } else if (info.isCloud || site.isCloudHost) {
        QString region = site.loginHost.section(QLatin1Char('.'), 0, 0);
        if (region.startsWith(QLatin1String("api-")))
            region = region.mid(4);
        region = region.toUpper();
        where = site.isCloudHost ? tr("cloud (%1)").arg(region) : tr("cloud");
    } else {
        where = tr("on-premise");
    }
    const QString name = info.companyName.isEmpty() ? info.companyId : info.companyName;
    const QString version = info.versionCode.isEmpty() ? info.versionNumber : info.versionCode;
    return tr("%1, ConnectWise %2, %3").arg(name, version, where);
}

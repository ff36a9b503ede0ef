// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizardcontext.h"

#include "apisession.h"
#include "checkrunner.h"
#include "companydirectory.h"
#include "companymapping.h"
#include "connectionvault.h"
#include "inputvalidation.h"
#include "phinconfig.h"
#include "profilestore.h"
#include "siteaddress.h"

#include <QCoreApplication>

WizardContext::WizardContext(const PermissionCatalog &catalog,
    const ConnectWiseAssumptions &assumptions, HttpTransport &transport, SecretStore &secrets,
    ProfileStore &profiles, QObject *parent)
    : QObject(parent)
    , m_catalog(catalog)
    , m_assumptions(assumptions)
    , m_transport(transport)
    , m_secrets(secrets)
    , m_profiles(profiles)
    , m_vault(new ConnectionVault(secrets, profiles, this))
    , m_companyDirectory(new CompanyDirectory(transport, assumptions, this))
    , m_companyMapping(new CompanyMapping(this))
{
    CheckRunnerOptions options;
    options.assumptions = assumptions;
    options.catalog = catalog;
    options.toolName = QStringLiteral("phin-cw-setup");
    options.toolVersion = QStringLiteral(PHIN_VERSION);
    m_runner = new CheckRunner(transport, options, this);
    connect(m_runner, &CheckRunner::finished, this, [this](const CheckReport &report) {
        m_previousReport = m_lastReport;
        m_lastReport = report;
        emit checksFinished(report);
    });
}

WizardContext::~WizardContext() = default;

void WizardContext::setFeatures(const QStringList &features)
{
    if (features == m_features)
        return;
    m_features = features;
    emit featuresChanged();
}

void WizardContext::setDetails(const ConnectionDetails &details)
{
    m_details = details;
    // The lookup ran while these details were typed, before they reached the context: keep it
    // when it answers for them, so that Next does not look the company up a second time.
    if (m_companyLookup) {
        const SiteParseResult site = parseSite(details.site, m_assumptions);
        const CompanyIdCheck company
            = InputValidation::checkCompanyId(details.companyId, m_assumptions);
        const bool sameCompany = site.ok() && company.ok()
            && m_companyLookup->site.apiOrigin() == site.site.apiOrigin()
            && m_companyLookup->requestedCompanyId.compare(company.value, Qt::CaseInsensitive) == 0;
        if (!sameCompany)
            m_companyLookup.reset();
    }
    emit detailsChanged();
}

void WizardContext::setCompanyLookup(const std::optional<CompanyInfoResult> &result)
{
    m_companyLookup = result;
    // The checks will talk to this host as soon as Next is pressed: have a connection (TCP and
    // TLS) ready while people still type the keys, in case the lookup's own was closed.
    if (result && result->ok())
        m_transport.preconnect(result->site.apiOrigin());
}

void WizardContext::startChecks(const QStringList &features)
{
    CheckRequest request;
    request.site = m_details.site;
    request.companyId = m_details.companyId;
    request.publicKey = m_details.publicKey.toUtf8();
    request.privateKey = m_details.privateKey.toUtf8();
    request.features = features.isEmpty() ? m_features : features;
    request.clientId = QStringLiteral(PHIN_CLIENT_ID);
    if (m_companyLookup && m_companyLookup->ok())
        request.companyInfo = m_companyLookup;
    m_runner->start(request);
    emit checksStarted(request.features);
}

void WizardContext::cancelChecks()
{
    if (!m_runner->isRunning())
        return;
    m_runner->cancel();
    emit checksCanceled();
}

bool WizardContext::isChecking() const
{
    return m_runner->isRunning();
}

bool WizardContext::needsRemediation() const
{
    if (!m_lastReport || !m_lastReport->connected())
        return false;
    for (const CheckResult &check : m_lastReport->checks) {
        if (check.status == CheckStatus::Missing || check.status == CheckStatus::Insufficient
            || check.status == CheckStatus::Unknown)
            return true;
    }
    return false;
}

void WizardContext::setProfileName(const QString &name)
{
    if (name == m_profileName)
        return;
    // A saved connection brings the certificates trusted for it, so it connects without
    // asking again.
    if (const auto profile = name.isEmpty() ? std::nullopt : m_profiles.profile(name)) {
        profile->applyPinnedCertificates(m_transport);
        m_pins.insert(profile->pinnedCertificates);
    }
    m_profileName = name;
    emit profileNameChanged();
}

QString WizardContext::suggestedProfileName() const
{
    if (isSandbox())
        return tr("Sandbox (%1)").arg(m_sandboxScenario);
    const SiteParseResult site = parseSite(m_details.site, m_assumptions);
    const QString host = site.ok() ? site.site.loginHost : m_details.site;
    return tr("%1 @ %2").arg(m_details.companyId, host);
}

bool WizardContext::startSandbox(const QString &scenario, QString *error)
{
    if (!m_sandboxLauncher) {
        if (error)
            *error = tr("This build has no sandbox.");
        return false;
    }
    SandboxSession session;
    if (!m_sandboxLauncher(scenario, &session, error))
        return false;
    m_sandboxScenario = session.scenario.isEmpty() ? scenario : session.scenario;
    setDetails(session.details);
    emit sandboxStarted(m_sandboxScenario);
    return true;
}

ApiSession WizardContext::apiSession() const
{
    if (!m_lastReport || !m_lastReport->connected() || m_details.publicKey.isEmpty()
        || m_details.privateKey.isEmpty())
        return {};
    const SiteParseResult site = parseSite(m_details.site, m_assumptions);
    if (!site.ok())
        return {};
    return ApiSession(site.site, m_lastReport->apiBaseUrl, m_details.companyId,
        m_details.publicKey.toUtf8(), m_details.privateKey.toUtf8(), QStringLiteral(PHIN_CLIENT_ID),
        m_assumptions);
}

bool WizardContext::saveCompanyMapping(QString *error)
{
    auto profile = m_profileName.isEmpty() ? std::nullopt : m_profiles.profile(m_profileName);
    if (!profile) {
        if (error)
            *error = tr("This connection is not saved, so the mapping lasts only until the "
                        "wizard closes. Export it to keep it.");
        return false;
    }
    profile->companyMapping = m_companyMapping->rows();
    return m_profiles.saveProfile(*profile, error);
}

bool WizardContext::canTrustCertificates() const
{
    return m_transport.canPinCertificates();
}

void WizardContext::trustCertificate(const TlsCertificateInfo &certificate)
{
    if (!certificate.canBeTrusted() || !canTrustCertificates())
        return;
    m_pins.insert(certificate.siteKey(), QString::fromLatin1(certificate.sha256Hex));
    m_transport.pinCertificate(certificate.host, certificate.port, certificate.sha256Hex);
}

CertificatePins WizardContext::pinnedCertificates() const
{
    const SiteParseResult site = parseSite(m_details.site, m_assumptions);
    if (!site.ok())
        return {};
    const QUrl origin = site.site.apiOrigin();
    const QString key = TlsCertificateInfo::siteKey(
        origin.host(), quint16(origin.port(origin.scheme() == QLatin1String("https") ? 443 : 80)));
    CertificatePins pins;
    if (m_pins.contains(key))
        pins.insert(key, m_pins.value(key));
    return pins;
}

// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checkreport.h"
#include "companylookup.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class ApiSession;
class CheckRunner;
class CompanyDirectory;
class CompanyMapping;
class ConnectionVault;
class ProfileStore;
class HttpTransport;
class PermissionCatalog;
class SecretStore;
struct ConnectWiseAssumptions;

/// The four values a technician types (or the sandbox provides).
struct ConnectionDetails
{
    QString companyId;
    QString site;
    QString publicKey;
    QString privateKey;
};

/// What the in-process sandbox hands the wizard when it starts.
struct SandboxSession
{
    QString scenario;
    ConnectionDetails details;
};

/// Starts (or restarts) the built-in ConnectWise simulator with a scenario. Supplied by the
/// composition root, so the ui library never links the sandbox.
using SandboxLauncher
    = std::function<bool(const QString &scenario, SandboxSession *session, QString *error)>;

/// The state the pages share, and the services they use, passed to every page's constructor.
/// Pages read and write it through typed accessors instead of QWizard fields.
class WizardContext : public QObject
{
    Q_OBJECT
public:
    WizardContext(const PermissionCatalog &catalog, const ConnectWiseAssumptions &assumptions,
        HttpTransport &transport, SecretStore &secrets, ProfileStore &profiles,
        QObject *parent = nullptr);
    ~WizardContext() override;

    const PermissionCatalog &catalog() const { return m_catalog; }
    const ConnectWiseAssumptions &assumptions() const { return m_assumptions; }
    HttpTransport &transport() const { return m_transport; }
    SecretStore &secrets() const { return m_secrets; }
    ProfileStore &profiles() const { return m_profiles; }
    /// Saves, loads and disconnects connections (keys in the keychain, the rest in settings).
    ConnectionVault &vault() const { return *m_vault; }

    /// The saved connection the wizard works on; empty until one is chosen or saved.
    QString profileName() const { return m_profileName; }
    void setProfileName(const QString &name);
    /// A name for a new connection: "acme @ na.myconnectwise.net", or "Sandbox (ready)".
    QString suggestedProfileName() const;

    /// Feature ids from the catalog ("billing", "service-desk").
    QStringList features() const { return m_features; }
    void setFeatures(const QStringList &features);

    ConnectionDetails details() const { return m_details; }
    void setDetails(const ConnectionDetails &details);

    /// The background company lookup's answer for the current details, when it succeeded. A
    /// successful one also pre-connects the transport to the API host the checks will use.
    void setCompanyLookup(const std::optional<CompanyInfoResult> &result);
    std::optional<CompanyInfoResult> companyLookup() const { return m_companyLookup; }

    // Checks: one runner shared by the pages that start runs (Checking, Remediation, Integrations).
    CheckRunner &runner() const { return *m_runner; }
    /// Starts a run with the current details for features (empty = the chosen features).
    void startChecks(const QStringList &features = {});
    void cancelChecks();
    bool isChecking() const;
    /// The last finished run, and the one before it (for "what changed").
    std::optional<CheckReport> lastReport() const { return m_lastReport; }
    std::optional<CheckReport> previousReport() const { return m_previousReport; }
    /// Whether the last run left anything to fix in ConnectWise.
    bool needsRemediation() const;

    // Company mapping: one mapping per wizard, shared by the mapping page and Integrations.
    /// Lists ConnectWise companies and agreements over the injected transport.
    CompanyDirectory &companyDirectory() const { return *m_companyDirectory; }
    /// The mapping being edited; loaded from the profile by the mapping page.
    CompanyMapping &companyMapping() const { return *m_companyMapping; }
    /// A session for the API base the last check found, with the current keys. Invalid when
    /// the last check did not connect or the keys are gone (after Disconnect).
    ApiSession apiSession() const;
    /// Writes companyMapping() into the saved profile. False (and *error) when there is no
    /// saved profile or it could not be stored.
    bool saveCompanyMapping(QString *error);

    // Certificates people chose to trust (on-premise servers with a self-signed or private-CA
    // certificate). Pinned on the transport for their host:port only.
    /// Whether the transport can pin a certificate; when not, trusting is never offered.
    bool canTrustCertificates() const;
    /// Trusts exactly this certificate for its host:port from now on; saved with the profile.
    void trustCertificate(const TlsCertificateInfo &certificate);
    /// The trusted certificates of the current site's API host:port, to save with the profile.
    CertificatePins pinnedCertificates() const;
    /// Every certificate pinned on the transport so far, trusted here or loaded with a profile.
    CertificatePins trustedCertificates() const { return m_pins; }

    void setSandboxLauncher(SandboxLauncher launcher) { m_sandboxLauncher = std::move(launcher); }
    bool canStartSandbox() const { return bool(m_sandboxLauncher); }
    /// Starts the sandbox and takes its connection details. False (and *error) on failure.
    bool startSandbox(const QString &scenario, QString *error);
    bool isSandbox() const { return !m_sandboxScenario.isEmpty(); }
    QString sandboxScenario() const { return m_sandboxScenario; }

signals:
    void featuresChanged();
    void detailsChanged();
    void sandboxStarted(const QString &scenario);
    void profileNameChanged();
    void checksStarted(const QStringList &features);
    void checksCanceled();
    void checksFinished(const CheckReport &report);

private:
    const PermissionCatalog &m_catalog;
    const ConnectWiseAssumptions &m_assumptions;
    HttpTransport &m_transport;
    SecretStore &m_secrets;
    ProfileStore &m_profiles;
    ConnectionVault *m_vault = nullptr;
    QString m_profileName;
    CheckRunner *m_runner = nullptr;
    CompanyDirectory *m_companyDirectory = nullptr;
    CompanyMapping *m_companyMapping = nullptr;
    QStringList m_features;
    ConnectionDetails m_details;
    std::optional<CompanyInfoResult> m_companyLookup;
    std::optional<CheckReport> m_lastReport;
    std::optional<CheckReport> m_previousReport;
    SandboxLauncher m_sandboxLauncher;
    QString m_sandboxScenario;
    CertificatePins m_pins; ///< every pin applied to the transport: trusted or loaded
};

// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checkreport.h"
#include "permissioncatalog.h"

#include <QObject>
#include <QProcessEnvironment>
#include <QStringList>

#include <memory>

class BatchCommand;
class ProxyVault;
class SettingsProxyStore;
class MappingCommand;
class CheckRunner;
class ConnectionVault;
class NetworkTransport;
class ProfileStore;
class QIODevice;
class SandboxServer;
class SecretStore;
struct ApiKeys;
struct VaultResult;

/// Exit code for a saved-connection problem: the keychain or the settings file failed, or the
/// profile is unknown or disconnected. A --save that fails after a check that connected turns
/// 0, 1 and 3 into this code (the report is still printed).
constexpr int kExitKeychain = 4;

/// What phin-cw-check was asked to do.
struct CliOptions
{
    QString site;
    QString company;
    QStringList features; ///< empty = every feature
    QString format = QStringLiteral("text"); ///< text | json | markdown
    QString output; ///< file; empty = stdout
    int timeoutMs = 30000;
    QString caFile;
    QString proxy; ///< manual proxy URL; empty = the saved proxy setting, else the system's
    bool noProxy = false; ///< --no-proxy: connect directly
    QString clientId; ///< defaults to the built-in PHIN_CLIENT_ID
    QString lang;
    QString sandbox; ///< scenario name or file
    QString member; ///< API member identifier, when the member cannot read itself
    bool keysFromStdin = false;
    bool verbose = false;
    bool sequential = false; ///< one request at a time (benchmark baseline)
    // saved connections
    QString profile; ///< --profile NAME: site, company and keys from the saved connection
    bool save = false; ///< --save [NAME]: store the connection after a check that connected
    QString saveName; ///< empty: the --profile name, else the company id
    QString forget; ///< --forget NAME: remove the keys, keep the profile
    bool listProfiles = false;
    QString settingsFile; ///< --settings FILE; empty: $PHIN_SETTINGS_FILE, else the default
    // many tenants
    QString batchFile; ///< --batch FILE (CSV or JSON Lines)
    bool allProfiles = false; ///< --all-profiles
    int jobs = 8; ///< --jobs N: checks in flight at once
    bool progress = true; ///< a progress line on stderr when it is a terminal
    bool fullRecheck = false; ///< --full: --all-profiles re-checks everything, not only what is new
    // company mapping
    bool mapping = false; ///< --mapping: print the --profile's company mapping status
    bool offline = false; ///< --offline: --mapping prints the stored status, no requests
    /// --catalog FILE (diagnostic, hidden): a permission catalog instead of the built-in one.
    QString catalogFile;

    bool isBatch() const { return !batchFile.isEmpty() || allProfiles; }
    /// The catalog to check against: --catalog FILE when given (parse() verified that it
    /// loads), else the built-in one.
    PermissionCatalog catalog() const;
};

struct CliParseResult
{
    enum class Action { Run, ShowHelp, ShowVersion, UsageError };
    Action action = Action::Run;
    CliOptions options;
    QString message; ///< the usage error, or the help/version text
};

/// phin-cw-check as a testable object: parse() turns arguments into options (or a usage
/// error), start() runs the check and emits finished() with the exit code.
///
/// Keys come from the environment (CW_PUBLIC_KEY / CW_PRIVATE_KEY), from two lines on stdin
/// (--keys-from-stdin), from the sandbox scenario or from a saved connection (--profile, read
/// from the OS keychain through ConnectionVault); never from argv. --save, --forget and
/// --list-profiles use the same ConnectionVault flows as the wizard. --batch and
/// --all-profiles hand over to BatchCommand.
class CheckCommand : public QObject
{
    Q_OBJECT
public:
    static CliParseResult parse(const QStringList &arguments);

    explicit CheckCommand(CliOptions options, QObject *parent = nullptr);
    ~CheckCommand() override;

    /// Streams default to the process's stdout, stderr and stdin.
    void setStreams(QIODevice *out, QIODevice *err, QIODevice *in);
    void setEnvironment(const QProcessEnvironment &environment) { m_environment = environment; }
    /// Uses these stores instead of the OS keychain and the settings file (tests). Both must
    /// outlive the command.
    void setStores(SecretStore *secrets, ProfileStore *profiles);
    void start();
    CheckReport report() const { return m_report; }

Q_SIGNALS:
    void finished(int exitCode);

private:
    bool resolveKeys(QByteArray *publicKey, QByteArray *privateKey, QString *error);
    bool readStdinKeys(QByteArray *publicKey, QByteArray *privateKey, QString *error);
    bool startSandbox(QString *error);
    void ensureVault();
    void listProfiles();
    void forgetProfile();
    void startWithProfile();
    QString settingsFile() const;
    bool applyProxyOptions();
    bool startWithSavedProxy();
    void continueStart();
    void runCheck(QByteArray publicKey, QByteArray privateKey);
    void onFinished(const CheckReport &report);
    void saveConnection(const CheckReport &report, int checkExitCode);
    void onSaved(const VaultResult &result, const CheckReport &report, int checkExitCode);
    QString saveTargetName() const;
    void finishWith(int exitCode);
    void fail(int exitCode, const QString &message);
    void failVault(const VaultResult &result);
    void printErr(const QString &text);

    CliOptions m_options;
    QProcessEnvironment m_environment;
    QIODevice *m_out = nullptr;
    QIODevice *m_err = nullptr;
    QIODevice *m_in = nullptr;
    std::unique_ptr<QIODevice> m_stdout;
    std::unique_ptr<QIODevice> m_stderr;
    std::unique_ptr<QIODevice> m_stdin;
    std::unique_ptr<NetworkTransport> m_transport;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<CheckRunner> m_runner;
    std::unique_ptr<SecretStore> m_ownSecrets;
    std::unique_ptr<ProfileStore> m_ownProfiles;
    SecretStore *m_secrets = nullptr;
    ProfileStore *m_profiles = nullptr;
    std::unique_ptr<ConnectionVault> m_vault;
    std::unique_ptr<BatchCommand> m_batch;
    std::unique_ptr<SettingsProxyStore> m_proxyStore;
    std::unique_ptr<ProxyVault> m_proxyVault;
    std::unique_ptr<MappingCommand> m_mapping;
    std::unique_ptr<ApiKeys> m_keys; ///< kept for --save only, wiped after
    bool m_keysFromProfile = false; ///< the keys in hand are the ones stored for --profile
    CheckReport m_report;
};

// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkcommand.h"

#include "batchcommand.h"
#include "buildinfo.h"
#include "checkrunner.h"
#include "connectionvault.h"
#include "keychainsecretstore.h"
#include "mappingcommand.h"
#include "networktransport.h"
#include "phinconfig.h"
#include "proxyvault.h"
#include "reportformatter.h"
#include "sandboxserver.h"
#include "scenario.h"
#include "settingsprofilestore.h"
#include "settingsproxystore.h"
#include "siteaddress.h"
#include "translationinstaller.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSaveFile>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <unistd.h>
#else
#include <io.h>
#define isatty _isatty
#define fileno _fileno
#endif

namespace {

constexpr const char *kToolName = "phin-cw-check";

// Keys on the command line end up in shell history and the process list.
bool isKeyArgument(const QString &arg)
{
    static const QRegularExpression keyArg(
        QStringLiteral("^--?(public|private|api)?[-_]?(key|keys|secret|password)s?(=.*)?$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression namedKey(
        QStringLiteral("^--?(public|private)[-_]?key"), QRegularExpression::CaseInsensitiveOption);
    return keyArg.match(arg).hasMatch() || namedKey.match(arg).hasMatch();
}

} // namespace

CliParseResult CheckCommand::parse(const QStringList &arguments)
{
    CliParseResult result;
    auto usage = [&result](const QString &message) {
        result.action = CliParseResult::Action::UsageError;
        result.message = QStringLiteral("%1: %2\n").arg(QLatin1String(kToolName), message)
            + tr("Try '%1 --help'.").arg(QLatin1String(kToolName)) + QLatin1Char('\n');
        return result;
    };
    // QCommandLineParser has no optional values; "--save" alone becomes "--save=" here.
    QStringList args = arguments.mid(0, 1);
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--")) {
            args += arguments.mid(i);
            break;
        }
        if (arg.startsWith(QLatin1Char('-')) && isKeyArgument(arg)) {
            return usage(tr("keys are never accepted as arguments (they would be visible in the "
                            "process list and shell history). Set CW_PUBLIC_KEY and "
                            "CW_PRIVATE_KEY, or pass them as two lines with --keys-from-stdin."));
        }
        if (arg == QLatin1String("--save")) {
            const bool named
                = i + 1 < arguments.size() && !arguments.at(i + 1).startsWith(QLatin1Char('-'));
            args.append(QStringLiteral("--save=") + (named ? arguments.at(++i) : QString()));
            continue;
        }
        args.append(arg);
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Checks a ConnectWise Manage connection and every permission Phin needs, without "
           "changing anything.\n\nKeys: CW_PUBLIC_KEY and CW_PRIVATE_KEY, or two lines on stdin "
           "with --keys-from-stdin; never on the command line. Or a saved connection: "
           "--profile NAME reads site, company and keys from it (keys from the OS keychain); "
           "--keys-from-stdin with --profile checks new keys for it.\n\n"
           "Saved connections: --save [NAME] stores site, company and keys after a check that "
           "connected (new keys replace stored ones only then); --forget NAME removes the keys "
           "and keeps the settings and company mapping; --list-profiles shows them without "
           "secrets. Settings file: --settings FILE, else $PHIN_SETTINGS_FILE, else the "
           "per-user default.\n\n"
           "Many tenants: --batch FILE (CSV with a header line, or JSON Lines; columns name, "
           "site, company, and profile or public_key_env and private_key_env naming environment "
           "variables; optional features, member) or --all-profiles; --jobs N checks at once "
           "(default 8). Output: --format json gives JSON Lines, markdown or text a table; a "
           "summary follows on stderr.\n\n"
           "Exit codes: 0 ready, 1 something missing or insufficient, 2 could not connect, 3 "
           "something unknown, 4 saved-connection problem (profile unknown or disconnected, "
           "keychain or settings failed; the check still runs and reports when only saving "
           "failed, and 4 replaces 0, 1 and 3), 64 usage error. A batch exits with its worst "
           "row's code, worst first: 64, 4, 2, 1, 3, 0.\n\n"
           "Newer catalog: when this version requires permissions that a saved connection was "
           "not checked for, --all-profiles lists them (\"since 2026.12: … needed\") and checks "
           "only those (--full checks everything); the connection records the new catalog "
           "version once they passed. A connection never checked against a versioned catalog "
           "gets a full check.\n\n"
           "Company mapping: --profile NAME --mapping prints which Phin organisations map to "
           "which ConnectWise companies. A connected profile's company list is loaded again and "
           "companies that disappeared are flagged (and saved); --offline, or a disconnected "
           "profile, prints the stored status unvalidated. Exit codes: 0 every organisation "
           "mapped to a company that is still there (with an agreement when Billing is used), "
           "1 something unmapped, missing or without agreement, or nothing mapped yet, 2 the "
           "company list could not be loaded, 4 profile or keychain problem, 64 usage error."));
    const QCommandLineOption site(QStringLiteral("site"),
        tr("ConnectWise site, e.g. na.myconnectwise.net or cw.example.com:8443."), tr("SITE"));
    const QCommandLineOption company(
        QStringLiteral("company"), tr("Login company ID (the Company field)."), tr("ID"));
    const QCommandLineOption features(QStringLiteral("features"),
        tr("Features to check, comma-separated (default: billing,service-desk)."), tr("LIST"));
    const QCommandLineOption format(QStringLiteral("format"),
        tr("Output format: text, json or markdown (default: text)."), tr("FORMAT"),
        QStringLiteral("text"));
    const QCommandLineOption output(
        QStringLiteral("output"), tr("Write the report to FILE instead of stdout."), tr("FILE"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
        tr("Time limit for the whole check (default: 30)."), tr("SECONDS"), QStringLiteral("30"));
    const QCommandLineOption caFile(QStringLiteral("ca-file"),
        tr("Also trust the CA certificates in this PEM file (on-premise servers)."), tr("PEM"));
    const QCommandLineOption proxy(QStringLiteral("proxy"),
        tr("Send every request through this proxy: http://[user@]host:port or "
           "socks5://[user@]host:port; the password comes from PHIN_PROXY_PASSWORD. Without "
           "--proxy, the proxy saved in the wizard's network settings is used (its password from "
           "the OS keychain; not with --sandbox), else the system's."),
        tr("URL"));
    const QCommandLineOption noProxy(QStringLiteral("no-proxy"),
        tr("Connect directly, without the saved or the system's proxy."));
    const QCommandLineOption clientId(QStringLiteral("client-id"),
        tr("ConnectWise clientId to send (default: Phin's built-in one)."), tr("ID"));
    const QCommandLineOption lang(
        QStringLiteral("lang"), tr("Language of the report."), tr("CODE"));
    const QCommandLineOption sandbox(QStringLiteral("sandbox"),
        tr("Check against the built-in ConnectWise simulator running this scenario."),
        tr("SCENARIO"));
    const QCommandLineOption member(QStringLiteral("member"),
        tr("API member identifier; lets the default board be read when the member cannot read "
           "itself."),
        tr("IDENTIFIER"));
    const QCommandLineOption keysFromStdin(
        QStringLiteral("keys-from-stdin"), tr("Read the public and private key as two lines."));
    const QCommandLineOption verbose(
        QStringLiteral("verbose"), tr("Print each request and its timing on stderr."));
    const QCommandLineOption sequential(QStringLiteral("sequential"),
        tr("Send one request at a time (slower; a benchmark baseline)."));
    const QCommandLineOption profile(QStringLiteral("profile"),
        tr("Check the saved connection NAME (site, company and keys from it)."), tr("NAME"));
    const QCommandLineOption save(QStringLiteral("save"),
        tr("After a check that connected, save the connection as NAME (default: the --profile "
           "name, else the company ID)."),
        tr("NAME"));
    const QCommandLineOption forget(QStringLiteral("forget"),
        tr("Disconnect the saved connection NAME: remove its keys from the keychain, keep its "
           "settings and company mapping."),
        tr("NAME"));
    const QCommandLineOption listProfiles(
        QStringLiteral("list-profiles"), tr("List the saved connections (no secrets)."));
    const QCommandLineOption settings(QStringLiteral("settings"),
        tr("Settings file for saved connections (default: $PHIN_SETTINGS_FILE, else the "
           "per-user settings)."),
        tr("FILE"));
    const QCommandLineOption batch(QStringLiteral("batch"),
        tr("Check every connection listed in FILE (CSV or JSON Lines)."), tr("FILE"));
    const QCommandLineOption allProfiles(
        QStringLiteral("all-profiles"), tr("Check every saved connection."));
    const QCommandLineOption jobs(QStringLiteral("jobs"),
        tr("Checks in flight at once with --batch or --all-profiles (default: 8)."), tr("N"),
        QStringLiteral("8"));
    const QCommandLineOption noProgress(
        QStringLiteral("no-progress"), tr("No progress line, even on a terminal."));
    const QCommandLineOption full(QStringLiteral("full"),
        tr("With --all-profiles: check everything, also for connections that only need the "
           "permissions a newer catalog added."));
    const QCommandLineOption mapping(QStringLiteral("mapping"),
        tr("With --profile: print the company mapping status instead of checking permissions."));
    const QCommandLineOption offline(QStringLiteral("offline"),
        tr("With --mapping: print the stored status without contacting ConnectWise."));
    // Diagnostic: checks against another catalog (e.g. a newer one before it ships).
    QCommandLineOption catalog(QStringLiteral("catalog"),
        tr("Use the permission catalog in FILE instead of the built-in one."), tr("FILE"));
    catalog.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(proxy);
    parser.addOption(noProxy);
    parser.addOptions({ site, company, features, format, output, timeout, caFile, clientId, lang,
        sandbox, member, keysFromStdin, verbose, sequential, profile, save, forget, listProfiles,
        settings, batch, allProfiles, jobs, noProgress, full, mapping, offline, catalog });
    const QCommandLineOption help(
        QStringList { QStringLiteral("h"), QStringLiteral("help") }, tr("Show this help."));
    const QCommandLineOption version(QStringLiteral("version"), tr("Show the version."));
    parser.addOption(help);
    parser.addOption(version);

    if (!parser.parse(args))
        return usage(parser.errorText());
    if (parser.isSet(help)) {
        result.action = CliParseResult::Action::ShowHelp;
        result.message = parser.helpText();
        return result;
    }
    if (parser.isSet(version)) {
        result.action = CliParseResult::Action::ShowVersion;
        result.message = BuildInfo::versionText(QLatin1String(kToolName));
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return usage(tr("unexpected argument \"%1\".").arg(parser.positionalArguments().first()));
    }

    CliOptions &o = result.options;
    o.site = parser.value(site);
    o.company = parser.value(company);
    o.sandbox = parser.value(sandbox);
    o.profile = parser.value(profile);
    o.save = parser.isSet(save);
    o.saveName = parser.value(save);
    o.forget = parser.value(forget);
    o.listProfiles = parser.isSet(listProfiles);
    o.settingsFile = parser.value(settings);
    o.batchFile = parser.value(batch);
    o.allProfiles = parser.isSet(allProfiles);
    o.progress = !parser.isSet(noProgress);
    const int modes = int(o.listProfiles) + int(parser.isSet(forget)) + int(o.isBatch())
        + int(o.allProfiles && !o.batchFile.isEmpty());
    if (modes > 1) {
        return usage(tr("--list-profiles, --forget, --batch and --all-profiles cannot be "
                        "combined."));
    }
    if (parser.isSet(forget) && o.forget.trimmed().isEmpty())
        return usage(tr("--forget needs the name of a saved connection."));
    if (parser.isSet(profile) && o.profile.trimmed().isEmpty())
        return usage(tr("--profile needs the name of a saved connection."));
    if (modes > 0 && (o.save || !o.profile.isEmpty() || !o.sandbox.isEmpty())) {
        return usage(tr("--profile, --save and --sandbox check one connection; they do not go "
                        "with --list-profiles, --forget, --batch or --all-profiles."));
    }
    if (o.save && !o.saveName.isEmpty()) {
        const QString problem = ConnectionProfile::nameProblem(o.saveName);
        if (!problem.isEmpty())
            return usage(tr("--save: %1").arg(problem));
    }
    o.fullRecheck = parser.isSet(full);
    o.mapping = parser.isSet(mapping);
    o.offline = parser.isSet(offline);
    o.catalogFile = parser.value(catalog);
    if (o.fullRecheck && !o.allProfiles)
        return usage(tr("--full goes with --all-profiles."));
    if (o.offline && !o.mapping)
        return usage(tr("--offline goes with --mapping."));
    if (o.mapping
        && (o.profile.isEmpty() || o.save || !o.sandbox.isEmpty() || parser.isSet(keysFromStdin)))
        return usage(tr("--mapping needs --profile NAME and does not go with --save, --sandbox or "
                        "--keys-from-stdin."));
    if (!o.catalogFile.isEmpty()) {
        QFile file(o.catalogFile);
        QString error;
        if (!file.open(QIODevice::ReadOnly))
            error = file.errorString();
        else if (!PermissionCatalog::fromJson(file.readAll(), &error).isValid() && error.isEmpty())
            error = tr("no checks in the catalog");
        if (!error.isEmpty())
            return usage(tr("--catalog %1: %2").arg(o.catalogFile, error));
    }
    bool jobsOk = false;
    o.jobs = parser.value(jobs).toInt(&jobsOk);
    if (!jobsOk || o.jobs < 1 || o.jobs > 256)
        return usage(tr("--jobs must be a number from 1 to 256."));
    const bool single = modes == 0;
    if (single && o.sandbox.isEmpty() && o.profile.isEmpty()
        && (o.site.isEmpty() || o.company.isEmpty()))
        return usage(tr("--site and --company are required (or --sandbox SCENARIO, or --profile "
                        "NAME)."));
    if (parser.isSet(features)) {
        const QStringList known = PermissionCatalog::load().featureIds();
        for (const auto &f : parser.value(features).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString id = f.trimmed().toLower();
            if (!known.contains(id)) {
                return usage(tr("unknown feature \"%1\"; choose from %2.")
                                 .arg(id, known.join(QLatin1Char(','))));
            }
            if (!o.features.contains(id))
                o.features.append(id);
        }
        if (o.features.isEmpty())
            return usage(tr("--features needs at least one feature."));
    }
    o.format = parser.value(format).toLower();
    if (o.format == QLatin1String("md"))
        o.format = QStringLiteral("markdown");
    if (o.format != QLatin1String("text") && o.format != QLatin1String("json")
        && o.format != QLatin1String("markdown"))
        return usage(tr("--format must be text, json or markdown."));
    bool ok = false;
    const double seconds = parser.value(timeout).toDouble(&ok);
    if (!ok || seconds <= 0 || seconds > 3600)
        return usage(tr("--timeout must be a number of seconds between 0 and 3600."));
    o.timeoutMs = int(seconds * 1000);
    o.output = parser.value(output);
    o.caFile = parser.value(caFile);
    o.proxy = parser.value(proxy);
    o.noProxy = parser.isSet(noProxy);
    if (o.noProxy && !o.proxy.isEmpty())
        return usage(tr("--proxy and --no-proxy exclude each other."));
    o.clientId = parser.isSet(clientId) ? parser.value(clientId) : QStringLiteral(PHIN_CLIENT_ID);
    o.lang = parser.value(lang);
    o.member = parser.value(member);
    o.keysFromStdin = parser.isSet(keysFromStdin);
    o.verbose = parser.isSet(verbose);
    o.sequential = parser.isSet(sequential);
    return result;
}

PermissionCatalog CliOptions::catalog() const
{
    if (catalogFile.isEmpty())
        return PermissionCatalog::load();
    QFile file(catalogFile);
    return file.open(QIODevice::ReadOnly) ? PermissionCatalog::fromJson(file.readAll())
                                          : PermissionCatalog();
}

CheckCommand::CheckCommand(CliOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_environment(QProcessEnvironment::systemEnvironment())
{
    auto out = std::make_unique<QFile>();
    out->open(stdout, QIODevice::WriteOnly | QIODevice::Unbuffered);
    auto err = std::make_unique<QFile>();
    err->open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered);
    auto in = std::make_unique<QFile>();
    in->open(stdin, QIODevice::ReadOnly);
    m_out = out.get();
    m_err = err.get();
    m_in = in.get();
    m_stdout = std::move(out);
    m_stderr = std::move(err);
    m_stdin = std::move(in);
}

CheckCommand::~CheckCommand() = default;

void CheckCommand::setStreams(QIODevice *out, QIODevice *err, QIODevice *in)
{
    m_out = out;
    m_err = err;
    m_in = in;
}

void CheckCommand::printErr(const QString &text)
{
    if (m_err)
        m_err->write((text + QLatin1Char('\n')).toUtf8());
}

void CheckCommand::fail(int exitCode, const QString &message)
{
    printErr(QStringLiteral("%1: %2").arg(QLatin1String(kToolName), message));
    QMetaObject::invokeMethod(
        this, [this, exitCode] { Q_EMIT finished(exitCode); }, Qt::QueuedConnection);
}

bool CheckCommand::readStdinKeys(QByteArray *publicKey, QByteArray *privateKey, QString *error)
{
    if (!m_in) {
        *error = tr("--keys-from-stdin: stdin is not readable.");
        return false;
    }
    *publicKey = m_in->readLine();
    *privateKey = m_in->readLine();
    // Trailing newlines only; inner problems are reported by the input checks.
    while (publicKey->endsWith('\n') || publicKey->endsWith('\r'))
        publicKey->chop(1);
    while (privateKey->endsWith('\n') || privateKey->endsWith('\r'))
        privateKey->chop(1);
    return true;
}

bool CheckCommand::resolveKeys(QByteArray *publicKey, QByteArray *privateKey, QString *error)
{
    // Order of key sources: sandbox scenario, stdin, environment. --profile is resolved
    // before this, in startWithProfile().
    if (m_sandbox) {
        *publicKey = m_sandbox->scenario().publicKey.toUtf8();
        *privateKey = m_sandbox->scenario().privateKey.toUtf8();
        return true;
    }
    if (m_options.keysFromStdin)
        return readStdinKeys(publicKey, privateKey, error);
    *publicKey = m_environment.value(QStringLiteral("CW_PUBLIC_KEY")).toUtf8();
    *privateKey = m_environment.value(QStringLiteral("CW_PRIVATE_KEY")).toUtf8();
    if (publicKey->isEmpty() && privateKey->isEmpty()) {
        printErr(tr("%1: no keys given. Set CW_PUBLIC_KEY and CW_PRIVATE_KEY, or pass two lines "
                    "with --keys-from-stdin.")
                     .arg(QLatin1String(kToolName)));
    }
    return true;
}

bool CheckCommand::startSandbox(QString *error)
{
    const Scenario scenario = Scenario::load(m_options.sandbox, error);
    if (scenario.name.isEmpty() && scenario.companyId.isEmpty())
        return false;
    m_sandbox = std::make_unique<SandboxServer>(scenario);
    if (!m_sandbox->listen(QHostAddress::LocalHost, 0, error))
        return false;
    m_options.site = m_sandbox->siteUrl().toString();
    m_options.company = scenario.companyId;
    if (m_options.verbose) {
        printErr(tr("sandbox: scenario \"%1\" listening on %2").arg(scenario.name, m_options.site));
    }
    return true;
}

QString CheckCommand::settingsFile() const
{
    // Tests point this at a temporary file, so nothing lands in the real settings.
    return m_options.settingsFile.isEmpty()
        ? m_environment.value(QStringLiteral("PHIN_SETTINGS_FILE"))
        : m_options.settingsFile;
}

bool CheckCommand::applyProxyOptions()
{
    QString error;
    if (m_options.noProxy) {
        ProxySettings direct;
        direct.mode = ProxyMode::Direct;
        return m_transport->applyProxy(direct, QString(), &error);
    }
    if (m_options.proxy.isEmpty())
        return true;
    // A password on the command line would show in the process list.
    QUrl proxyUrl(m_options.proxy);
    const QString password = m_environment.value(QStringLiteral("PHIN_PROXY_PASSWORD"));
    if (!password.isEmpty() && proxyUrl.password().isEmpty())
        proxyUrl.setPassword(password);
    if (!m_transport->setProxy(proxyUrl, &error)) {
        fail(kExitUsage, tr("--proxy: %1").arg(error));
        return false;
    }
    return true;
}

bool CheckCommand::startWithSavedProxy()
{
    const QString file = settingsFile();
    m_proxyStore = file.isEmpty() ? std::make_unique<SettingsProxyStore>()
                                  : std::make_unique<SettingsProxyStore>(file);
    // The system proxy is the transport's default: only another choice needs applying, and
    // only a proxy with a password needs the keychain.
    if (m_proxyStore->proxySettings().mode == ProxyMode::System)
        return false;
    ensureVault();
    m_proxyVault = std::make_unique<ProxyVault>(*m_secrets, *m_proxyStore,
        [this](const ProxySettings &settings, const QString &password, QString *error) {
            return m_transport->applyProxy(settings, password, error);
        });
    connect(m_proxyVault.get(), &ProxyVault::applied, this, [this](const ProxyVaultResult &r) {
        for (const QString &warning : r.warnings)
            printErr(warning);
        if (!r.ok)
            return fail(kExitKeychain, r.message);
        if (m_options.verbose)
            printErr(tr("proxy: %1 (saved setting)").arg(r.settings.describe()));
        continueStart();
    });
    m_proxyVault->applySaved();
    return true;
}

void CheckCommand::setStores(SecretStore *secrets, ProfileStore *profiles)
{
    m_secrets = secrets;
    m_profiles = profiles;
}

void CheckCommand::ensureVault()
{
    if (m_vault)
        return;
    if (!m_secrets) {
        m_ownSecrets = std::make_unique<KeychainSecretStore>();
        m_secrets = m_ownSecrets.get();
    }
    if (!m_profiles) {
        const QString file = settingsFile();
        m_ownProfiles = file.isEmpty() ? std::make_unique<SettingsProfileStore>()
                                       : std::make_unique<SettingsProfileStore>(file);
        m_profiles = m_ownProfiles.get();
    }
    m_vault = std::make_unique<ConnectionVault>(*m_secrets, *m_profiles);
}

void CheckCommand::finishWith(int exitCode)
{
    QMetaObject::invokeMethod(
        this, [this, exitCode] { Q_EMIT finished(exitCode); }, Qt::QueuedConnection);
}

void CheckCommand::failVault(const VaultResult &result)
{
    QString message = result.message;
    if (result.error == VaultError::ProfileDisconnected) {
        message += QLatin1Char('\n')
            + tr("To reconnect: %1 --profile \"%2\" --keys-from-stdin --save")
                  .arg(QLatin1String(kToolName), result.profileName);
    }
    for (const QString &w : result.warnings)
        message += QLatin1Char('\n') + w;
    fail(kExitKeychain, message);
}

void CheckCommand::listProfiles()
{
    ensureVault();
    const QStringList names = m_profiles->profileNames();
    const QString defaultName = m_profiles->defaultProfileName();
    QByteArray text;
    if (m_options.format == QLatin1String("json")) {
        QJsonArray rows;
        for (const QString &name : names) {
            const auto p = m_profiles->profile(name);
            if (!p)
                continue;
            QJsonObject row;
            row.insert(QStringLiteral("name"), p->name);
            row.insert(QStringLiteral("site"), p->site);
            row.insert(QStringLiteral("companyId"), p->companyId);
            row.insert(QStringLiteral("connected"), p->connected);
            row.insert(QStringLiteral("default"), name == defaultName);
            row.insert(QStringLiteral("publicKeyHint"),
                p->connected ? p->publicKeyHint.right(4) : QString());
            row.insert(QStringLiteral("lastCheckAt"),
                p->lastCheckAt.isValid() ? p->lastCheckAt.toString(Qt::ISODate) : QString());
            row.insert(QStringLiteral("lastCheckSummary"), p->lastCheckSummary);
            row.insert(
                QStringLiteral("companyMappingRows"), static_cast<int>(p->companyMapping.size()));
            rows.append(row);
        }
        text = QJsonDocument(QJsonObject { { QStringLiteral("profiles"), rows } }).toJson();
    } else if (names.isEmpty()) {
        text = tr("No saved connections. Save one with %1 --site SITE --company ID --save NAME.\n")
                   .arg(QLatin1String(kToolName))
                   .toUtf8();
    } else {
        QStringList lines;
        for (const QString &name : names) {
            const auto p = m_profiles->profile(name);
            if (!p)
                continue;
            // The hint is stored as "…ABCD"; at most the last four characters are shown.
            const QString state = p->connected
                ? tr("connected, key …%1").arg(p->publicKeyHint.right(4))
                : tr("disconnected (keys removed; reconnect with --profile \"%1\" "
                     "--keys-from-stdin --save)")
                      .arg(p->name);
            QString line
                = QStringLiteral("%1%2  %3  company %4  %5")
                      .arg(name == defaultName ? QStringLiteral("* ") : QStringLiteral("  "),
                          p->name, p->site, p->companyId, state);
            if (p->lastCheckAt.isValid()) {
                line += tr("  last checked %1").arg(p->lastCheckAt.toString(Qt::ISODate));
                if (!p->lastCheckSummary.isEmpty())
                    line += QStringLiteral(" (%1)").arg(p->lastCheckSummary);
            }
            if (!p->companyMapping.isEmpty())
                line += tr("  %n mapped companies", nullptr, int(p->companyMapping.size()));
            lines << line;
        }
        text = (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
    }
    if (m_out)
        m_out->write(text);
    finishWith(0);
}

void CheckCommand::forgetProfile()
{
    ensureVault();
    connect(m_vault.get(), &ConnectionVault::disconnectFinished, this,
        [this](const VaultResult &result) {
            if (!result.ok())
                return failVault(result);
            printErr(tr("%1: disconnected \"%2\": its keys were removed from the keychain; its "
                        "settings and company mapping were kept.")
                         .arg(QLatin1String(kToolName), result.profileName));
            for (const QString &w : result.warnings)
                printErr(QStringLiteral("%1: %2").arg(QLatin1String(kToolName), w));
            finishWith(0);
        });
    m_vault->disconnectProfile(m_options.forget);
}

void CheckCommand::startWithProfile()
{
    ensureVault();
    const auto profile = m_profiles->profile(m_options.profile);
    if (!profile) {
        VaultResult missing;
        missing.operation = VaultOperation::Load;
        missing.profileName = m_options.profile;
        missing.error = VaultError::ProfileNotFound;
        missing.message = vaultErrorMessage(
            VaultError::ProfileNotFound, VaultOperation::Load, missing.profileName);
        return failVault(missing);
    }
    // Certificates trusted for this connection in the wizard, for its own host:port only;
    // --ca-file still adds to them.
    profile->applyPinnedCertificates(*m_transport);
    // Explicit options win over the saved ones.
    if (m_options.site.isEmpty())
        m_options.site = profile->site;
    if (m_options.company.isEmpty())
        m_options.company = profile->companyId;
    if (m_options.features.isEmpty())
        m_options.features = profile->features;
    if (m_options.member.isEmpty())
        m_options.member = profile->memberName;

    if (m_options.keysFromStdin) {
        // New keys for a saved connection: checked first, stored only with --save after they
        // passed.
        QByteArray publicKey;
        QByteArray privateKey;
        QString error;
        if (!readStdinKeys(&publicKey, &privateKey, &error))
            return fail(kExitUsage, error);
        return runCheck(std::move(publicKey), std::move(privateKey));
    }
    connect(m_vault.get(), &ConnectionVault::loadFinished, this,
        [this](const VaultResult &result, const ApiKeys &keys) {
            if (!result.ok())
                return failVault(result);
            m_keysFromProfile = true;
            runCheck(keys.publicKey, keys.privateKey);
        });
    m_vault->loadKeys(m_options.profile);
}

void CheckCommand::start()
{
    if (!m_options.verbose) {
        QLoggingCategory::setFilterRules(
            QStringLiteral("phin.*.debug=false\nphin.*.info=false\nqt.*.debug=false"));
    }
    if (!m_options.lang.isEmpty()
        && installTranslations(QCoreApplication::instance(), m_options.lang).missing()) {
        printErr(tr("%1: no translation for \"%2\"; using English.")
                     .arg(QLatin1String(kToolName), m_options.lang));
    }
    if (m_options.listProfiles)
        return listProfiles();
    if (!m_options.forget.isEmpty())
        return forgetProfile();
    m_transport = std::make_unique<NetworkTransport>();
    QString error;
    if (!m_options.caFile.isEmpty()
        && !m_transport->addCaCertificatesFromFile(m_options.caFile, &error)) {
        fail(kExitUsage, tr("--ca-file: %1").arg(error));
        return;
    }
    if (!applyProxyOptions())
        return;
    // The built-in simulator runs on this computer, where a saved office proxy cannot reach.
    if (m_options.proxy.isEmpty() && !m_options.noProxy && m_options.sandbox.isEmpty()
        && startWithSavedProxy())
        return; // continueStart() follows once the saved proxy is in place
    continueStart();
}

void CheckCommand::continueStart()
{
    QString error;
    if (m_options.mapping) {
        ensureVault();
        m_mapping
            = std::make_unique<MappingCommand>(m_options, *m_transport, *m_secrets, *m_profiles);
        m_mapping->setStreams(m_out, m_err);
        connect(m_mapping.get(), &MappingCommand::finished, this, &CheckCommand::finished);
        m_mapping->start();
        return;
    }
    if (m_options.isBatch()) {
        ensureVault();
        m_batch = std::make_unique<BatchCommand>(m_options, *m_transport, *m_secrets, *m_profiles);
        m_batch->setEnvironment(m_environment);
        m_batch->setStreams(m_out, m_err);
        // Only for people watching a terminal; logs and pipes get the summary alone.
        m_batch->setProgressLine(
            m_options.progress && m_err == m_stderr.get() && isatty(fileno(stderr)) == 1);
        connect(m_batch.get(), &BatchCommand::finished, this, &CheckCommand::finished);
        m_batch->start();
        return;
    }
    if (!m_options.sandbox.isEmpty() && !startSandbox(&error)) {
        fail(kExitUsage, tr("--sandbox: %1").arg(error));
        return;
    }
    if (!m_options.profile.isEmpty())
        return startWithProfile();
    QByteArray publicKey;
    QByteArray privateKey;
    if (!resolveKeys(&publicKey, &privateKey, &error)) {
        fail(kExitUsage, error);
        return;
    }
    runCheck(std::move(publicKey), std::move(privateKey));
}

void CheckCommand::runCheck(QByteArray publicKey, QByteArray privateKey)
{
    CheckRequest request;
    request.publicKey = std::move(publicKey);
    request.privateKey = std::move(privateKey);
    if (m_options.save) {
        m_keys = std::make_unique<ApiKeys>();
        m_keys->publicKey = request.publicKey;
        m_keys->privateKey = request.privateKey;
    }
    request.site = m_options.site;
    request.companyId = m_options.company;
    request.features = m_options.features;
    request.clientId = m_options.clientId;
    request.timeoutMs = m_options.timeoutMs;
    request.sequential = m_options.sequential;
    request.memberIdentifier = m_options.member;

    CheckRunnerOptions runnerOptions = CheckRunnerOptions::defaults();
    if (!m_options.catalogFile.isEmpty())
        runnerOptions.catalog = m_options.catalog();
    runnerOptions.toolName = QLatin1String(kToolName);
    m_runner = std::make_unique<CheckRunner>(*m_transport, runnerOptions);
    connect(m_runner.get(), &CheckRunner::finished, this, &CheckCommand::onFinished);
    if (m_options.verbose) {
        connect(m_runner.get(), &CheckRunner::checkUpdated, this, [this](const CheckResult &r) {
            printErr(QStringLiteral("  %1: %2 (%3)")
                         .arg(r.entry.displayName(), wireName(r.status), r.observed));
        });
    }
    m_runner->start(std::move(request));
    // The runner has its own copy and wipes it; ours went out of scope with `request`.
}

void CheckCommand::onFinished(const CheckReport &report)
{
    m_report = report;
    QByteArray text;
    if (m_options.format == QLatin1String("json"))
        text = ReportFormatter::toJson(report);
    else if (m_options.format == QLatin1String("markdown"))
        text = ReportFormatter::toMarkdown(report).toUtf8();
    else
        text = ReportFormatter::toText(report).toUtf8();

    // Text and Markdown carry the notices themselves; JSON has no place for them.
    if (m_options.format == QLatin1String("json")) {
        for (const auto &n : report.notices)
            printErr(QStringLiteral("%1: note: %2").arg(QLatin1String(kToolName), n));
    }
    for (const auto &s : report.sideEffects)
        printErr(QStringLiteral("%1: WARNING: %2").arg(QLatin1String(kToolName), s));
    if (m_options.verbose) {
        for (const auto &line : report.requestLog)
            printErr(QStringLiteral("  ") + line);
        printErr(tr("%1 requests, %2 round trips after the company lookup, %3 ms%4")
                     .arg(report.requestCount)
                     .arg(report.roundTrips)
                     .arg(report.elapsedMs)
                     .arg(report.sequential ? tr(" (sequential)") : QString()));
    }
    int code = ReportFormatter::exitCode(report);
    if (!m_options.output.isEmpty()) {
        QSaveFile file(m_options.output);
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
            printErr(tr("%1: cannot write %2: %3")
                         .arg(QLatin1String(kToolName), m_options.output, file.errorString()));
            code = kExitUsage;
        }
    } else if (m_out) {
        m_out->write(text);
    }
    if (m_options.save)
        return saveConnection(report, code);
    Q_EMIT finished(code);
}

QString CheckCommand::saveTargetName() const
{
    if (!m_options.saveName.isEmpty())
        return m_options.saveName;
    if (!m_options.profile.isEmpty())
        return m_options.profile;
    return m_options.company.trimmed().toLower();
}

void CheckCommand::saveConnection(const CheckReport &report, int checkExitCode)
{
    ensureVault();
    const QString name = saveTargetName();
    const auto existing = m_profiles->profile(name);
    ConnectionProfile profile = existing ? *existing : ConnectionProfile();
    profile.name = name;
    profile.site = m_options.site;
    const SiteParseResult site = parseSite(m_options.site, m_runner->options().assumptions);
    profile.loginHost = site.ok() ? site.site.loginHost : m_options.site;
    profile.companyId = m_options.company;
    // Like the wizard: the features whose every check passed.
    QStringList ready;
    for (const QString &feature : report.features) {
        if (report.featureReady(feature))
            ready << feature;
    }
    profile.features = ready;
    if (report.hasMember) {
        profile.memberName = report.member.identifier;
        profile.roleName = report.member.securityRole;
    }
    const int granted = report.count(CheckStatus::Granted);
    const int total = int(report.checks.size()) - report.count(CheckStatus::Skipped);
    profile.lastCheckSummary = tr("%1 of %2 checks passed").arg(granted).arg(total);
    profile.lastCheckAt = report.checkedAt;
    profile.catalogVersion = m_runner->options().catalog.version();
    profile.lastCheckPassed = report.connected() && granted == total;

    ApiKeys keys = m_keys ? *m_keys : ApiKeys();
    if (m_keys) {
        m_keys->wipe();
        m_keys.reset();
    }
    const bool passed = report.connected();
    auto done = [this, report, checkExitCode](
                    const VaultResult &result) { onSaved(result, report, checkExitCode); };
    const bool sameAccount = existing && existing->connected
        && existing->effectiveKeychainAccount() == profile.defaultKeychainAccount();
    if (existing && m_keysFromProfile && name == m_options.profile && passed) {
        // The stored keys were used: nothing new for the keychain, only the last check.
        QString error;
        VaultResult result;
        result.operation = VaultOperation::Save;
        result.profileName = name;
        if (!m_profiles->saveProfile(profile, &error)) {
            result.error = VaultError::SettingsFailed;
            result.detail = error;
            result.message = vaultErrorMessage(
                VaultError::SettingsFailed, VaultOperation::Save, name, QString(), error);
        }
        keys.wipe();
        QMetaObject::invokeMethod(
            this, [done, result] { done(result); }, Qt::QueuedConnection);
        return;
    }
    if (sameAccount) {
        // New keys for the same login: the rotate flow keeps the old ones unless these passed
        // and every write succeeded; the last check is recorded after.
        connect(m_vault.get(), &ConnectionVault::rotateFinished, this,
            [this, done, profile](const VaultResult &result) {
                VaultResult r = result;
                if (r.ok()) {
                    ConnectionProfile updated = profile;
                    if (const auto stored = m_profiles->profile(profile.name)) {
                        updated.connected = stored->connected;
                        updated.publicKeyHint = stored->publicKeyHint;
                        updated.keychainAccount = stored->keychainAccount;
                    }
                    QString error;
                    if (!m_profiles->saveProfile(updated, &error)) {
                        r.warnings << tr("The new keys were saved, but the last check could not "
                                         "be recorded: %1")
                                          .arg(error);
                    }
                }
                done(r);
            });
        m_vault->rotateKeys(name, keys, passed);
    } else {
        connect(m_vault.get(), &ConnectionVault::saveFinished, this, done);
        m_vault->saveConnection(profile, keys, passed);
    }
    keys.wipe();
}

void CheckCommand::onSaved(const VaultResult &result, const CheckReport &report, int checkExitCode)
{
    for (const QString &w : result.warnings)
        printErr(QStringLiteral("%1: %2").arg(QLatin1String(kToolName), w));
    if (result.ok()) {
        printErr(tr("%1: saved the connection \"%2\" (keys in the OS keychain).")
                     .arg(QLatin1String(kToolName), result.profileName));
        Q_EMIT finished(checkExitCode);
        return;
    }
    QString message = result.message;
    if (result.keysUsableForSession() && report.connected()) {
        message += QLatin1Char(' ')
            + tr("The check above used the keys for this run only; nothing was saved.");
    }
    printErr(QStringLiteral("%1: %2").arg(QLatin1String(kToolName), message));
    // A check that could not connect keeps its own code (2): that is why nothing was saved.
    Q_EMIT finished(report.connected() ? kExitKeychain : checkExitCode);
}

// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkcommand.h"

#include "checkrunner.h"
#include "networktransport.h"
#include "phinconfig.h"
#include "reportformatter.h"
#include "sandboxserver.h"
#include "scenario.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTranslator>

#include <cstdio>

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
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--"))
            break;
        if (arg.startsWith(QLatin1Char('-')) && isKeyArgument(arg)) {
            return usage(tr("keys are never accepted as arguments (they would be visible in the "
                            "process list and shell history). Set CW_PUBLIC_KEY and "
                            "CW_PRIVATE_KEY, or pass them as two lines with --keys-from-stdin."));
        }
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Checks a ConnectWise Manage connection and every permission Phin needs, without "
           "changing anything.\n\nKeys: CW_PUBLIC_KEY and CW_PRIVATE_KEY, or two lines on stdin "
           "with --keys-from-stdin; never on the command line.\n\nExit codes: 0 ready, 1 "
           "something missing or insufficient, 2 could not connect, 3 something unknown, 64 "
           "usage error."));
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
    // Profile options (--profile, --save, --forget, --list-profiles) join this list with the
    // keychain work.
    parser.addOptions({ site, company, features, format, output, timeout, caFile, clientId, lang,
        sandbox, member, keysFromStdin, verbose, sequential });
    const QCommandLineOption help(
        QStringList { QStringLiteral("h"), QStringLiteral("help") }, tr("Show this help."));
    const QCommandLineOption version(QStringLiteral("version"), tr("Show the version."));
    parser.addOption(help);
    parser.addOption(version);

    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(help)) {
        result.action = CliParseResult::Action::ShowHelp;
        result.message = parser.helpText();
        return result;
    }
    if (parser.isSet(version)) {
        result.action = CliParseResult::Action::ShowVersion;
        result.message = QStringLiteral("%1 %2 (%3)\n")
                             .arg(QLatin1String(kToolName), QStringLiteral(PHIN_VERSION),
                                 QStringLiteral(PHIN_GIT_COMMIT));
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return usage(tr("unexpected argument \"%1\".").arg(parser.positionalArguments().first()));
    }

    CliOptions &o = result.options;
    o.site = parser.value(site);
    o.company = parser.value(company);
    o.sandbox = parser.value(sandbox);
    if (o.sandbox.isEmpty() && (o.site.isEmpty() || o.company.isEmpty()))
        return usage(tr("--site and --company are required (or --sandbox SCENARIO)."));
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
    o.clientId = parser.isSet(clientId) ? parser.value(clientId) : QStringLiteral(PHIN_CLIENT_ID);
    o.lang = parser.value(lang);
    o.member = parser.value(member);
    o.keysFromStdin = parser.isSet(keysFromStdin);
    o.verbose = parser.isSet(verbose);
    o.sequential = parser.isSet(sequential);
    return result;
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

bool CheckCommand::resolveKeys(QByteArray *publicKey, QByteArray *privateKey, QString *error)
{
    // Order of key sources: sandbox scenario, stdin, environment. The keychain profile
    // (--profile NAME) will be one more source here, read through SecretStore.
    if (m_sandbox) {
        *publicKey = m_sandbox->scenario().publicKey.toUtf8();
        *privateKey = m_sandbox->scenario().privateKey.toUtf8();
        return true;
    }
    if (m_options.keysFromStdin) {
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

void CheckCommand::start()
{
    if (!m_options.verbose) {
        QLoggingCategory::setFilterRules(
            QStringLiteral("phin.*.debug=false\nphin.*.info=false\nqt.*.debug=false"));
    }
    if (!m_options.lang.isEmpty()) {
        m_translator = std::make_unique<QTranslator>();
        if (m_translator->load(QStringLiteral(":/i18n/phin_") + m_options.lang))
            QCoreApplication::installTranslator(m_translator.get());
        else if (m_options.lang != QLatin1String("en"))
            printErr(tr("%1: no translation for \"%2\"; using English.")
                         .arg(QLatin1String(kToolName), m_options.lang));
    }
    m_transport = std::make_unique<NetworkTransport>();
    QString error;
    if (!m_options.caFile.isEmpty()
        && !m_transport->addCaCertificatesFromFile(m_options.caFile, &error)) {
        fail(kExitUsage, tr("--ca-file: %1").arg(error));
        return;
    }
    if (!m_options.sandbox.isEmpty() && !startSandbox(&error)) {
        fail(kExitUsage, tr("--sandbox: %1").arg(error));
        return;
    }
    CheckRequest request;
    if (!resolveKeys(&request.publicKey, &request.privateKey, &error)) {
        fail(kExitUsage, error);
        return;
    }
    request.site = m_options.site;
    request.companyId = m_options.company;
    request.features = m_options.features;
    request.clientId = m_options.clientId;
    request.timeoutMs = m_options.timeoutMs;
    request.sequential = m_options.sequential;
    request.memberIdentifier = m_options.member;

    CheckRunnerOptions runnerOptions = CheckRunnerOptions::defaults();
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
    Q_EMIT finished(code);
}

// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checkreport.h"

#include <QObject>
#include <QProcessEnvironment>
#include <QStringList>

#include <memory>

class CheckRunner;
class NetworkTransport;
class QIODevice;
class QTranslator;
class SandboxServer;

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
    QString clientId; ///< defaults to the built-in PHIN_CLIENT_ID
    QString lang;
    QString sandbox; ///< scenario name or file
    QString member; ///< API member identifier, when the member cannot read itself
    bool keysFromStdin = false;
    bool verbose = false;
    bool sequential = false; ///< one request at a time (benchmark baseline)
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
/// (--keys-from-stdin) or from the sandbox scenario; never from argv. The keychain profile
/// options (--profile, --save, --forget, --list-profiles) will plug in as one more key source
/// in resolveKeys() and one more group of options in parse().
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
    void start();
    CheckReport report() const { return m_report; }

Q_SIGNALS:
    void finished(int exitCode);

private:
    bool resolveKeys(QByteArray *publicKey, QByteArray *privateKey, QString *error);
    bool startSandbox(QString *error);
    void onFinished(const CheckReport &report);
    void fail(int exitCode, const QString &message);
    void printErr(const QString &text);

    CliOptions m_options;
    QProcessEnvironment m_environment;
    QIODevice *m_out = nullptr;
    QIODevice *m_err = nullptr;
    QIODevice *m_in = nullptr;
    std::unique_ptr<QIODevice> m_stdout;
    std::unique_ptr<QIODevice> m_stderr;
    std::unique_ptr<QIODevice> m_stdin;
    std::unique_ptr<QTranslator> m_translator;
    std::unique_ptr<NetworkTransport> m_transport;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<CheckRunner> m_runner;
    CheckReport m_report;
};

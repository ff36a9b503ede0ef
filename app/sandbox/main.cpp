// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
// phin-cw-sandbox: serves a simulated ConnectWise Manage on a local port until SIGINT/SIGTERM.
#include "sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QSocketNotifier>
#include <QTextStream>

#include <csignal>
#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace {

#ifdef Q_OS_UNIX
int g_signalPipe[2] = { -1, -1 };

void onSignal(int)
{
    // Only async-signal-safe work here: wake the event loop through the pipe.
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}
#else
void onSignal(int)
{
    // Console control handlers run on their own thread there; a queued call is safe.
    QMetaObject::invokeMethod(
        QCoreApplication::instance(), &QCoreApplication::quit, Qt::QueuedConnection);
}
#endif

bool readFile(const QString &path, QByteArray *data, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = path + QStringLiteral(": ") + file.errorString();
        return false;
    }
    *data = file.readAll();
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("phin-cw-sandbox"));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Simulates a ConnectWise Manage server on this machine, for training, demos, "
        "support and tests."));
    parser.addHelpOption();
    const QCommandLineOption scenarioOption(QStringLiteral("scenario"),
        QStringLiteral("Built-in scenario name or scenario JSON file."),
        QStringLiteral("name|file"), QStringLiteral("ready"));
    const QCommandLineOption portOption(QStringLiteral("port"),
        QStringLiteral("TCP port (0 picks a free one)."), QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption bindOption(QStringLiteral("bind"),
        QStringLiteral("Address to listen on; plain http only on loopback."),
        QStringLiteral("addr"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption ledgerOption(QStringLiteral("ledger"),
        QStringLiteral("Append every request to this JSON Lines file (no credentials)."),
        QStringLiteral("file"));
    const QCommandLineOption latencyOption(QStringLiteral("latency"),
        QStringLiteral("Delay every answer by this many milliseconds."), QStringLiteral("ms"));
    const QCommandLineOption certOption(QStringLiteral("tls-cert"),
        QStringLiteral("Serve https with this PEM certificate."), QStringLiteral("pem"));
    const QCommandLineOption keyOption(QStringLiteral("tls-key"),
        QStringLiteral("PEM private key for --tls-cert."), QStringLiteral("pem"));
    const QCommandLineOption credentialsOption(QStringLiteral("print-credentials"),
        QStringLiteral("Also print the scenario's demo API keys."));
    const QCommandLineOption listOption(
        QStringLiteral("list-scenarios"), QStringLiteral("List the built-in scenarios and exit."));
    parser.addOptions({ scenarioOption, portOption, bindOption, ledgerOption, latencyOption,
        certOption, keyOption, credentialsOption, listOption });
    parser.process(app);

    if (parser.isSet(listOption)) {
        for (const QString &name : Scenario::builtinNames())
            out << name << QStringLiteral("\n    ") << Scenario::builtinDescription(name) << '\n';
        return 0;
    }

    QString error;
    const Scenario scenario = Scenario::load(parser.value(scenarioOption), &error);
    if (!error.isEmpty()) {
        err << "phin-cw-sandbox: invalid scenario: " << error << '\n';
        return 2;
    }

    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535) {
        err << "phin-cw-sandbox: --port must be a number from 0 to 65535\n";
        return 2;
    }
    const QHostAddress address(parser.value(bindOption));
    if (address.isNull()) {
        err << "phin-cw-sandbox: --bind needs an IP address, got " << parser.value(bindOption)
            << '\n';
        return 2;
    }

    SandboxServer server(scenario);
    if (parser.isSet(latencyOption)) {
        const int latency = parser.value(latencyOption).toInt(&ok);
        if (!ok || latency < 0) {
            err << "phin-cw-sandbox: --latency must be a number of milliseconds\n";
            return 2;
        }
        server.setLatencyMs(latency);
    }
    if (parser.isSet(certOption) != parser.isSet(keyOption)) {
        err << "phin-cw-sandbox: --tls-cert and --tls-key go together\n";
        return 2;
    }
    if (parser.isSet(certOption)) {
        QByteArray cert;
        QByteArray key;
        if (!readFile(parser.value(certOption), &cert, &error)
            || !readFile(parser.value(keyOption), &key, &error)
            || !server.setTls(cert, key, &error)) {
            err << "phin-cw-sandbox: TLS: " << error << '\n';
            return 2;
        }
    }
    if (parser.isSet(ledgerOption) && !server.setLedgerFile(parser.value(ledgerOption), &error)) {
        err << "phin-cw-sandbox: " << error << '\n';
        return 2;
    }
    if (!server.listen(address, static_cast<quint16>(port), &error)) {
        err << "phin-cw-sandbox: " << error << '\n';
        return 1;
    }

#ifdef Q_OS_UNIX
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0) {
        err << "phin-cw-sandbox: cannot set up signal handling\n";
        return 1;
    }
    QSocketNotifier notifier(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [&app] {
        char byte = 0;
        [[maybe_unused]] const auto bytes = ::read(g_signalPipe[0], &byte, 1);
        app.quit();
    });
#endif
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);

    const QString host = server.siteUrl().authority();
    out << "Scenario:    " << scenario.name << " (" << scenario.origin << ")\n";
    out << "Site URL:    " << server.siteUrl().toString() << '\n';
    out << "Company ID:  " << scenario.companyId << '\n';
    out << "API base:    " << server.apiBaseUrl().toString() << '\n';
    out << "Connect:     enter site " << host << " and company " << scenario.companyId
        << " in Phin; the API keys are the scenario's demo keys"
        << (parser.isSet(credentialsOption) ? QString()
                                            : QStringLiteral(" (--print-credentials shows them)"))
        << '\n';
    if (parser.isSet(credentialsOption)) {
        out << "Public key:  " << scenario.publicKey << '\n';
        out << "Private key: " << scenario.privateKey << '\n';
    }
    if (server.isTls())
        out << "TLS:         self-signed; trust the certificate you gave with --tls-cert\n";
    out << "Stop with Ctrl+C.\n";
    out.flush();

    const int code = app.exec();
    out << "Stopped after " << server.ledger().size() << " requests.\n";
    out.flush();
    return code;
}

// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real phin-cw-check binary against the in-process ConnectWise simulator (127.0.0.1
// only) and reads the simulator's ledger to prove what was sent.
#include "sandboxserver.h"
#include "scenario.h"
#include "testcertificate.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using StatusMap = QMap<QString, QString>;

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json;
    qint64 elapsedMs = 0;
};

class TestCliSandbox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void scenarios_data();
    void scenarios();
    void probesWhenSecurityIsNotReadable();
    void wrongKeysStopAtAuthentication();
    void keysFromStdin();
    void sandboxOptionRunsInProcess();
    void secretsNeverPrinted();
    void outputFileAndMarkdown();
    void deadlineBoundsTheRun();
    void keyArgumentsRefused();
    void tlsNeedsTheCaFile();

private:
    static std::unique_ptr<SandboxServer> startServer(const QString &scenario);
    static CliRun run(
        const QStringList &args, const QProcessEnvironment &env, const QByteArray &stdinData = {});
    static QProcessEnvironment keysEnv(const Scenario &scenario);
    static QStringList siteArgs(const SandboxServer &server);
    static void verifyLedger(const SandboxServer &server);
};

std::unique_ptr<SandboxServer> TestCliSandbox::startServer(const QString &name)
{
    QString error;
    const Scenario scenario = Scenario::load(name, &error);
    if (!error.isEmpty())
        qWarning() << error;
    auto server = std::make_unique<SandboxServer>(scenario);
    if (!server->listen(QHostAddress::LocalHost, 0, &error)) {
        qWarning() << error;
        return nullptr;
    }
    return server;
}

QProcessEnvironment TestCliSandbox::keysEnv(const Scenario &scenario)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CW_PUBLIC_KEY"), scenario.publicKey);
    env.insert(QStringLiteral("CW_PRIVATE_KEY"), scenario.privateKey);
    return env;
}

QStringList TestCliSandbox::siteArgs(const SandboxServer &server)
{
    return { QStringLiteral("--site"), server.siteUrl().toString(), QStringLiteral("--company"),
        server.scenario().companyId };
}

CliRun TestCliSandbox::run(
    const QStringList &args, const QProcessEnvironment &env, const QByteArray &stdinData)
{
    CliRun r;
    QProcess process;
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    QElapsedTimer timer;
    timer.start();
    process.start(QStringLiteral(PHIN_CHECK_BINARY), args);
    if (!process.waitForStarted(5000))
        return r;
    if (!stdinData.isEmpty())
        process.write(stdinData);
    process.closeWriteChannel();
    // The simulator lives in this process: keep its event loop running while the CLI works.
    if (!finished.wait(60000)) {
        process.kill();
        process.waitForFinished();
        return r;
    }
    r.elapsedMs = timer.elapsed();
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    r.json = QJsonDocument::fromJson(r.out).object();
    return r;
}

void TestCliSandbox::verifyLedger(const SandboxServer &server)
{
    const QList<LedgerEntry> ledger = server.ledger();
    QVERIFY(!ledger.isEmpty());
    for (const auto &e : ledger) {
        const QString what = e.method + QLatin1Char(' ') + e.target;
        QVERIFY2(!e.sideEffect, qPrintable(QStringLiteral("side effect: ") + what));
        QVERIFY2(e.method != QLatin1String("PUT"), qPrintable(what));
        if (e.target.startsWith(QLatin1String("/login/companyinfo/"))) {
            QVERIFY2(!e.authPresent, qPrintable(what));
            continue;
        }
        QVERIFY2(e.authPresent, qPrintable(QStringLiteral("no Authorization: ") + what));
        QVERIFY2(e.clientIdPresent, qPrintable(QStringLiteral("no clientId: ") + what));
        if (e.method == QLatin1String("PATCH"))
            QVERIFY2(e.target.endsWith(QLatin1String("/2147483647")), qPrintable(what));
    }
}

void TestCliSandbox::scenarios_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("connection");
    QTest::addColumn<StatusMap>("notGranted");
    QTest::addColumn<QString>("source");

    const QString sd = QStringLiteral("service-desk.service-tickets.");
    const QString att = QStringLiteral("companies.manage-attachments.");
    QTest::newRow("ready") << "ready" << QStringList() << 0 << "ok" << StatusMap()
                           << "security-read";
    QTest::newRow("billing-only-role")
        << "billing-only-role" << QStringList() << 1 << "ok"
        << StatusMap { { att + "inquire", "missing" }, { att + "add", "missing" },
               { sd + "inquire", "missing" }, { sd + "add", "missing" } }
        << "security-read";
    QTest::newRow("billing-only-role-billing-feature")
        << "billing-only-role" << QStringList { "--features", "billing" } << 0 << "ok"
        << StatusMap { { att + "inquire", "skipped" }, { att + "add", "skipped" },
               { sd + "inquire", "skipped" }, { sd + "add", "skipped" },
               { "member.default-board", "skipped" } }
        << "security-read";
    QTest::newRow("missing-attachments")
        << "missing-attachments" << QStringList() << 1 << "ok"
        << StatusMap { { att + "inquire", "missing" }, { att + "add", "missing" } }
        << "security-read";
    QTest::newRow("no-default-board")
        << "no-default-board" << QStringList() << 1 << "ok"
        << StatusMap { { "member.default-board", "missing" } } << "security-read";
    QTest::newRow("inquire-my-only")
        << "inquire-my-only" << QStringList() << 1 << "ok"
        << StatusMap { { "companies.company-maintenance.inquire", "insufficient" },
               { "finance.agreements.inquire", "insufficient" },
               { "finance.agreements.edit", "insufficient" }, { att + "inquire", "insufficient" },
               { sd + "inquire", "insufficient" } }
        << "security-read";
    QTest::newRow("flaky-network")
        << "flaky-network" << QStringList() << 0 << "ok" << StatusMap() << "security-read";
    QTest::newRow("on-prem-self-signed")
        << "on-prem-self-signed" << QStringList() << 0 << "ok" << StatusMap() << "security-read";
    QTest::newRow("api-member-locked-down")
        << "api-member-locked-down" << QStringList() << 3 << "ok"
        << StatusMap { { "member.default-board", "unknown" } } << "probe";
    QTest::newRow("api-member-locked-down-with-member")
        << "api-member-locked-down" << QStringList { "--member", "PhinAPI" } << 3 << "ok"
        << StatusMap { { "member.default-board", "unknown" } } << "probe";
    QTest::newRow("admin-role") << "admin-role" << QStringList() << 0 << "ok" << StatusMap()
                                << "security-read";
    QTest::newRow("bad-client-id")
        << "bad-client-id" << QStringList() << 2 << "client_id_rejected" << StatusMap() << "";
}

void TestCliSandbox::scenarios()
{
    QFETCH(QString, scenario);
    QFETCH(QStringList, extra);
    QFETCH(int, exitCode);
    QFETCH(QString, connection);
    QFETCH(StatusMap, notGranted);
    QFETCH(QString, source);

    auto server = startServer(scenario);
    QVERIFY(server);
    const CliRun r = run(siteArgs(*server) + QStringList { "--format", "json" } + extra,
        keysEnv(server->scenario()));
    QVERIFY2(r.exitCode == exitCode,
        qPrintable(QString::number(r.exitCode) + QLatin1Char(' ') + QString::fromUtf8(r.err)));
    QVERIFY2(!r.json.isEmpty(), "stdout must be one JSON document");
    QCOMPARE(r.json.value("schemaVersion").toInt(), 1);
    QCOMPARE(
        r.json.value("tool").toObject().value("name").toString(), QStringLiteral("phin-cw-check"));
    const QJsonObject conn = r.json.value("connection").toObject();
    QCOMPARE(conn.value("status").toString(), connection);
    QCOMPARE(r.json.value("companyId").toString(), server->scenario().companyId);
    const QJsonArray checks = r.json.value("checks").toArray();
    QCOMPARE(checks.size(), 8);
    for (const auto &v : checks) {
        const QJsonObject c = v.toObject();
        const QString id = c.value("id").toString();
        const QString status = c.value("status").toString();
        if (connection != QLatin1String("ok")) {
            QVERIFY2(status == QLatin1String("unknown") || status == QLatin1String("skipped"),
                qPrintable(id));
            continue;
        }
        QCOMPARE(status, notGranted.value(id, QStringLiteral("granted")));
        if (status != QLatin1String("skipped")) {
            QVERIFY2(!c.value("evidence").toArray().isEmpty(), qPrintable(id));
            if (id != QLatin1String("member.default-board"))
                QCOMPARE(c.value("source").toString(), source);
        }
        if (status == QLatin1String("granted") || status == QLatin1String("skipped"))
            QVERIFY(c.value("remediation").isNull());
        else
            QVERIFY2(!c.value("remediation").toString().isEmpty(), qPrintable(id));
    }
    if (connection == QLatin1String("ok")) {
        QCOMPARE(r.json.value("site").toObject().value("codebase").toString(),
            server->scenario().codebase);
        QVERIFY(r.json.value("site")
                    .toObject()
                    .value("apiBaseUrl")
                    .toString()
                    .endsWith(server->scenario().codebase + QStringLiteral("apis/3.0/")));
    }
    if (scenario == QLatin1String("admin-role"))
        QVERIFY(conn.value("message").toString().contains(QLatin1String("Admin role")));
    verifyLedger(*server);
    // no write probe when the member may read its own security
    if (source == QLatin1String("security-read")) {
        for (const auto &e : server->ledger())
            QVERIFY2(e.method == QLatin1String("GET"),
                qPrintable(e.method + QLatin1Char(' ') + e.target));
    }
}

void TestCliSandbox::probesWhenSecurityIsNotReadable()
{
    auto server = startServer(QStringLiteral("inquire-my-only"));
    QVERIFY(server);
    server->scenario().mySecurityRouted = false;
    server->scenario().myMembersRouted = false;
    const CliRun r
        = run(siteArgs(*server) + QStringList { "--format", "json", "--member", "PhinAPI" },
            keysEnv(server->scenario()));
    QCOMPARE(r.exitCode, 1);
    const QJsonArray checks = r.json.value("checks").toArray();
    bool sawCompany = false;
    for (const auto &v : checks) {
        const QJsonObject c = v.toObject();
        if (c.value("id").toString() == QLatin1String("companies.company-maintenance.inquire")) {
            sawCompany = true;
            QCOMPARE(c.value("status").toString(), QStringLiteral("insufficient"));
            QCOMPARE(c.value("source").toString(), QStringLiteral("probe"));
            QCOMPARE(c.value("evidence").toArray().size(), 1);
        }
    }
    QVERIFY(sawCompany);
    verifyLedger(*server);
    bool wrote = false;
    for (const auto &e : server->ledger())
        wrote |= e.method != QLatin1String("GET");
    QVERIFY2(wrote, "probe mode sends the write probes");
}

void TestCliSandbox::wrongKeysStopAtAuthentication()
{
    auto server = startServer(QStringLiteral("ready"));
    QVERIFY(server);
    QProcessEnvironment env = keysEnv(server->scenario());
    env.insert(QStringLiteral("CW_PRIVATE_KEY"), QStringLiteral("WrongPrivateKey1"));
    const CliRun r = run(siteArgs(*server) + QStringList { "--format", "json" }, env);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.json.value("connection").toObject().value("status").toString(),
        QStringLiteral("auth_failed"));
    QCOMPARE(r.json.value("connection").toObject().value("httpStatus").toInt(), 401);
    // companyinfo + one round (info, myMembers, mySecurity); no probe
    QVERIFY(server->ledger().size() <= 4);
    verifyLedger(*server);
}

void TestCliSandbox::keysFromStdin()
{
    auto server = startServer(QStringLiteral("ready"));
    QVERIFY(server);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("CW_PUBLIC_KEY"));
    env.remove(QStringLiteral("CW_PRIVATE_KEY"));
    const QByteArray keys = "  " + server->scenario().publicKey.toUtf8() + "\n"
        + server->scenario().privateKey.toUtf8() + "\r\n";
    const CliRun r = run(
        siteArgs(*server) + QStringList { "--keys-from-stdin", "--format", "json" }, env, keys);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains("removed 2 space"), r.err.constData()); // the trimming is reported
    verifyLedger(*server);
}

void TestCliSandbox::sandboxOptionRunsInProcess()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("CW_PUBLIC_KEY"));
    env.remove(QStringLiteral("CW_PRIVATE_KEY"));
    const CliRun r = run({ "--sandbox", "no-default-board", "--format", "json" }, env);
    QCOMPARE(r.exitCode, 1);
    QJsonParseError error;
    QJsonDocument::fromJson(r.out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(r.json.value("site").toObject().value("input").toString().startsWith(
        QLatin1String("http://127.0.0.1:")));
    QCOMPARE(r.json.value("member").toObject().value("defaultBoard").type(), QJsonValue::Null);

    const CliRun bad = run({ "--sandbox", "no-such-scenario" }, env);
    QCOMPARE(bad.exitCode, 64);
}

void TestCliSandbox::secretsNeverPrinted()
{
    auto server = startServer(QStringLiteral("billing-only-role"));
    QVERIFY(server);
    const Scenario &s = server->scenario();
    for (const QString &format :
        { QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("markdown") }) {
        const CliRun r
            = run(siteArgs(*server) + QStringList { "--format", format, "--verbose" }, keysEnv(s));
        QCOMPARE(r.exitCode, 1);
        const QByteArray all = r.out + r.err;
        QVERIFY2(!all.contains(s.privateKey.toUtf8()), qPrintable(format));
        QVERIFY2(!all.contains(s.publicKey.toUtf8()), qPrintable(format));
        QVERIFY(!all.contains("Basic "));
        QVERIFY(!all.contains("Authorization"));
        if (format == QLatin1String("json")) {
            QVERIFY(!r.json.isEmpty()); // diagnostics went to stderr only
            QVERIFY(r.err.contains("round trips"));
        }
    }
}

void TestCliSandbox::outputFileAndMarkdown()
{
    auto server = startServer(QStringLiteral("missing-attachments"));
    QVERIFY(server);
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("report.md"));
    const CliRun r
        = run(siteArgs(*server) + QStringList { "--format", "markdown", "--output", file },
            keysEnv(server->scenario()));
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.out.isEmpty());
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString md = QString::fromUtf8(f.readAll());
    QVERIFY(md.startsWith(QLatin1String("### Phin ConnectWise check")));
    QVERIFY(md.contains(QLatin1String("Companies > Manage Attachments > Add Level = All")));
    QVERIFY(md.contains(QLatin1String("System > Security Roles > ")));
}

void TestCliSandbox::deadlineBoundsTheRun()
{
    auto server = startServer(QStringLiteral("ready"));
    QVERIFY(server);
    server->setLatencyMs(5000);
    const CliRun r = run(siteArgs(*server) + QStringList { "--format", "json", "--timeout", "1" },
        keysEnv(server->scenario()));
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.json.value("connection").toObject().value("status").toString(),
        QStringLiteral("timeout"));
    QVERIFY2(r.elapsedMs < 4000, qPrintable(QString::number(r.elapsedMs)));
}

void TestCliSandbox::keyArgumentsRefused()
{
    const CliRun r
        = run({ "--site", "127.0.0.1:1", "--company", "x", "--private-key", "Zz98Yy76Xx54Ww32" },
            QProcessEnvironment::systemEnvironment());
    QCOMPARE(r.exitCode, 64);
    QVERIFY(r.out.isEmpty());
    QVERIFY(r.err.contains("CW_PRIVATE_KEY"));
    QVERIFY(!r.err.contains("Zz98Yy76Xx54Ww32"));
}

void TestCliSandbox::tlsNeedsTheCaFile()
{
    QTemporaryDir dir;
    TestCertificate certificate;
    QString certificateError;
    QVERIFY2(TestCertificate::create(dir.path(), &certificate, &certificateError),
        qPrintable(certificateError));
    const QString cert = certificate.certPath;
    const QString key = certificate.keyPath;

    QString error;
    SandboxServer server(Scenario::load(QStringLiteral("on-prem-self-signed"), &error));
    QVERIFY2(server.setTls(certificate.certPem, certificate.keyPem, &error), qPrintable(error));
    QVERIFY2(server.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    QCOMPARE(server.siteUrl().scheme(), QStringLiteral("https"));

    const CliRun refused
        = run(siteArgs(server) + QStringList { "--format", "json" }, keysEnv(server.scenario()));
    QCOMPARE(refused.exitCode, 2);
    QCOMPARE(refused.json.value("connection").toObject().value("status").toString(),
        QStringLiteral("tls_error"));
    QVERIFY(server.ledger().isEmpty()); // nothing reached the server, least of all the keys

    const CliRun trusted
        = run(siteArgs(server) + QStringList { "--format", "json", "--ca-file", cert },
            keysEnv(server.scenario()));
    QVERIFY2(trusted.exitCode == 0, trusted.err.constData());
    QCOMPARE(trusted.json.value("site").toObject().value("isCloud").toBool(true), false);
    verifyLedger(server);

    const CliRun badCa = run(
        siteArgs(server) + QStringList { "--ca-file", dir.filePath(QStringLiteral("none.pem")) },
        keysEnv(server.scenario()));
    QCOMPARE(badCa.exitCode, 64);
}

QTEST_GUILESS_MAIN(TestCliSandbox)
#include "tst_clisandbox.moc"

// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
// Runs phin-cw-check through success and every kind of failure, in every report format, with
// --verbose and every Qt debug category switched on, and scans everything it produced (stdout,
// stderr, the report file, every file under its HOME) and the simulator's ledger for the keys.
// Nothing may contain the private key or any part of it, or more of the public key than its
// last four characters.
#include "keyfragments.h"
#include "sandboxserver.h"
#include "scenario.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Distinctive keys, so that a leaked fragment cannot be mistaken for ordinary words.
const QByteArray kPublicKey = "Qz7Kp3Vx9Lm2Wd8R";
const QByteArray kPrivateKey = "Hj4Tn6Bc1Fy5Gs0E";
const QByteArray kWrongPrivateKey = "Uv2Xe8Mq5Zr1Ka7N";
const QString kCompany = QStringLiteral("phinsandbox");

struct Path
{
    QString name;
    QString scenarioJson; ///< extends "ready"
    QStringList args;
    QByteArray privateKey = kPrivateKey;
    int exitCode;
};

QString scenarioWith(const QString &extra)
{
    return QStringLiteral(R"({"extends":"ready","name":"hygiene","description":"d",
        "keys":{"public":"%1","private":"%2"}%3})")
        .arg(QString::fromLatin1(kPublicKey), QString::fromLatin1(kPrivateKey), extra);
}

} // namespace

class TestSecretHygiene : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyPathEveryFormat_data();
    void everyPathEveryFormat();
    void inProcessSandbox();
    void cleanupTestCase();

private:
    void scan(const QString &what, const QByteArray &data);
    static QProcessEnvironment environment(const QTemporaryDir &home);

    QTemporaryDir m_dir;
    QList<QByteArray> m_forbidden;
    int m_scannedBytes = 0;
};

void TestSecretHygiene::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_forbidden = KeyFragments::forbidden(kPublicKey, { kPrivateKey, kWrongPrivateKey }, kCompany);
}

void TestSecretHygiene::scan(const QString &what, const QByteArray &data)
{
    m_scannedBytes += int(data.size());
    const QString found = KeyFragments::findIn(data, m_forbidden);
    QVERIFY2(found.isEmpty(), qPrintable(what + QStringLiteral(" contains ") + found));
}

void TestSecretHygiene::everyPathEveryFormat_data()
{
    QTest::addColumn<QString>("scenarioJson");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("privateKey");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("format");
    QTest::addColumn<bool>("toFile");

    const QList<Path> paths {
        { "success", scenarioWith({}), {}, kPrivateKey, 0 },
        { "bad-keys", scenarioWith({}), {}, kWrongPrivateKey, 2 },
        { "client-id-rejected",
            scenarioWith(
                QStringLiteral(R"(,"clientIds":["00000000-0000-0000-0000-000000000000"])")),
            {}, kPrivateKey, 2 },
        { "company-not-found", scenarioWith({}), { "--company", "nosuchcompany" }, kPrivateKey, 2 },
        { "timeout",
            scenarioWith(QStringLiteral(R"(,"faults":[{"path":"/system/","kind":"hang"}])")),
            { "--timeout", "1" }, kPrivateKey, 2 },
        { "probes-and-unknowns",
            scenarioWith(QStringLiteral(
                R"(,"routing":{"mySecurity":false,"myMembers":false},"faults":[{"method":"POST","path":"/service/tickets","match":"exact","kind":"500"}])")),
            {}, kPrivateKey, 3 },
    };
    for (const auto &p : paths) {
        for (const QString format : { "text", "json", "markdown" }) {
            for (const bool toFile : { false, true }) {
                const QString row = p.name + QLatin1Char('-') + format
                    + (toFile ? QStringLiteral("-to-file") : QString());
                QTest::newRow(qPrintable(row))
                    << p.scenarioJson << p.args << p.privateKey << p.exitCode << format << toFile;
            }
        }
    }
}

void TestSecretHygiene::everyPathEveryFormat()
{
    QFETCH(QString, scenarioJson);
    QFETCH(QStringList, args);
    QFETCH(QByteArray, privateKey);
    QFETCH(int, exitCode);
    QFETCH(QString, format);
    QFETCH(bool, toFile);

    QString error;
    const Scenario scenario
        = Scenario::fromJson(scenarioJson.toUtf8(), QStringLiteral("hygiene.json"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    SandboxServer server(scenario);
    const QString ledger = m_dir.filePath(QStringLiteral("ledger.jsonl"));
    QVERIFY2(server.setLedgerFile(ledger, &error), qPrintable(error));
    QVERIFY2(server.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));

    QTemporaryDir home;
    QProcessEnvironment env = environment(home);
    env.insert(QStringLiteral("CW_PUBLIC_KEY"), QString::fromLatin1(kPublicKey));
    env.insert(QStringLiteral("CW_PRIVATE_KEY"), QString::fromLatin1(privateKey));

    QStringList all { QStringLiteral("--site"), server.siteUrl().toString(),
        QStringLiteral("--company"), kCompany, QStringLiteral("--format"), format,
        QStringLiteral("--verbose"), QStringLiteral("--no-progress") };
    all += args; // a later --company wins
    const QString report = home.filePath(QStringLiteral("report.out"));
    if (toFile)
        all += { QStringLiteral("--output"), report };

    QProcess process;
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(PHIN_CHECK_BINARY), all);
    QVERIFY(process.waitForStarted(5000));
    process.closeWriteChannel();
    // The simulator lives in this process: keep its event loop running while the CLI works.
    QVERIFY(finished.wait(30000));
    const QByteArray out = process.readAllStandardOutput();
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(process.exitCode() == exitCode, err.right(2000).constData());
    QVERIFY2(err.contains("phin."), "the debug categories were not on");
    if (toFile)
        QVERIFY(QFile::exists(report));
    else
        QVERIFY(!out.isEmpty());

    scan(QStringLiteral("stdout"), out);
    scan(QStringLiteral("stderr"), err);
    QDirIterator it(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        scan(file.fileName(), file.readAll());
    }
    QFile ledgerFile(ledger);
    QVERIFY(ledgerFile.open(QIODevice::ReadOnly));
    scan(QStringLiteral("ledger"), ledgerFile.readAll());
    // The key did reach the report, masked: text and Markdown name its last four characters
    // (JSON leaves the key out altogether).
    if (format != QLatin1String("json")) {
        QFile file(report);
        const QByteArray shown = toFile && file.open(QIODevice::ReadOnly) ? file.readAll() : out;
        QVERIFY(shown.contains(kPublicKey.right(4)));
    }
}

QProcessEnvironment TestSecretHygiene::environment(const QTemporaryDir &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral(".config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral(".local/share")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral(".cache")));
    env.insert(QStringLiteral("PHIN_SETTINGS_FILE"), home.filePath(QStringLiteral("settings.ini")));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
    env.insert(QStringLiteral("QT_FORCE_STDERR_LOGGING"), QStringLiteral("1"));
    return env;
}

void TestSecretHygiene::inProcessSandbox()
{
    // With --sandbox the simulator runs inside the checker: what it logs about the requests it
    // receives (QtHttpServer's own debug output prints every header) is the checker's log too.
    QTemporaryDir home;
    const QString scenario = home.filePath(QStringLiteral("hygiene.json"));
    QFile file(scenario);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(scenarioWith({}).toUtf8());
    file.close();
    QProcess process;
    process.setProcessEnvironment(environment(home));
    process.start(QStringLiteral(PHIN_CHECK_BINARY),
        { QStringLiteral("--sandbox"), scenario, QStringLiteral("--verbose"),
            QStringLiteral("--no-progress") });
    QVERIFY(process.waitForFinished(30000));
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(process.exitCode() == 0, err.right(2000).constData());
    QVERIFY2(err.contains("phin.sandbox"), "the debug categories were not on");
    scan(QStringLiteral("stdout"), process.readAllStandardOutput());
    scan(QStringLiteral("stderr"), err);
    QDirIterator it(home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (path == scenario)
            continue; // the keys' source
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        scan(path, written.readAll());
    }
}

void TestSecretHygiene::cleanupTestCase()
{
    qInfo() << "scanned" << m_scannedBytes << "bytes";
}

QTEST_GUILESS_MAIN(TestSecretHygiene)
#include "tst_secrethygiene.moc"

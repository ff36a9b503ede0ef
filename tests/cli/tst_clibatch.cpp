// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
// --batch and --all-profiles in-process against simulators on 127.0.0.1: file parsing, bounded
// concurrency (read from the simulators' ledgers), output formats and the worst exit code.
#include "batchcommand.h"
#include "batchfile.h"
#include "checkcommand.h"
#include "connectionprofile.h"
#include "fakesecretstore.h"
#include "memoryprofilestore.h"
#include "reportformatter.h"
#include "sandboxserver.h"
#include "scenario.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

struct Outcome
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

class TestCliBatch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void wholeFileErrors_data();
    void wholeFileErrors();
    void csvQuoting();
    void severityOrder();
    void mixedRowsWorstExitCode();
    void jsonLinesOutput();
    void jobsBoundConcurrency_data();
    void jobsBoundConcurrency();
    void allProfiles();
    void missingFile();

private:
    Outcome run(const QStringList &args);
    std::unique_ptr<SandboxServer> server(const QString &scenario, int latencyMs = 0);
    QString writeFile(const QByteArray &content, const QString &name = QStringLiteral("b.csv"));

    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
    FakeSecretStore m_secrets;
    MemoryProfileStore m_profiles;
};

std::unique_ptr<SandboxServer> TestCliBatch::server(const QString &scenario, int latencyMs)
{
    QString error;
    auto s = std::make_unique<SandboxServer>(Scenario::load(scenario, &error));
    s->setLatencyMs(latencyMs);
    if (!s->listen(QHostAddress::LocalHost, 0, &error))
        return nullptr;
    return s;
}

QString TestCliBatch::writeFile(const QByteArray &content, const QString &name)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(content);
    return path;
}

Outcome TestCliBatch::run(const QStringList &args)
{
    Outcome o;
    const CliParseResult parsed
        = CheckCommand::parse(QStringList { QStringLiteral("phin-cw-check") } + args);
    if (parsed.action != CliParseResult::Action::Run) {
        o.err = parsed.message.toUtf8();
        o.exitCode = 64;
        return o;
    }
    CheckCommand command(parsed.options);
    QBuffer out(&o.out);
    QBuffer err(&o.err);
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    command.setStreams(&out, &err, nullptr);
    command.setEnvironment(m_env);
    command.setStores(&m_secrets, &m_profiles);
    QSignalSpy finished(&command, &CheckCommand::finished);
    command.start();
    if (!finished.wait(30000))
        return o;
    // Whatever is still queued must not answer a second time.
    QCoreApplication::processEvents();
    o.exitCode = finished.size() == 1 ? finished.first().first().toInt() : -3;
    return o;
}

void TestCliBatch::parse_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<int>("rows");
    QTest::addColumn<int>("badLine"); // 0: every row is good
    QTest::addColumn<QString>("errorPart");
    const QByteArray header = "name,site,company,public_key_env,private_key_env\n";
    QTest::newRow("csv-two-rows") << header + "A,a.example,acme,PA,KA\nB,b.example,bco,PB,KB\n"
                                  << 2 << 0 << "";
    QTest::newRow("csv-comments-blank-crlf")
        << "# tenants\r\n" + header + "\r\nA,a.example,acme,PA,KA\r\n"
        << 1 << 0 << "";
    QTest::newRow("csv-profile-only") << QByteArray("profile\nacme\n") << 1 << 0 << "";
    QTest::newRow("csv-missing-env") << header + "A,a.example,acme,,KA\n"
                                     << 1 << 2 << "public_key_env";
    QTest::newRow("csv-too-many-fields") << header + "A,a.example,acme,PA,KA\nB,b,c,PB,KB,extra\n"
                                         << 2 << 3 << "6 fields";
    QTest::newRow("csv-key-instead-of-name") << header + "A,a.example,acme,PA,Zz98Yy76-Xx54\n"
                                             << 1 << 2 << "never the keys";
    QTest::newRow("csv-unknown-feature")
        << QByteArray("profile,features\nacme,billing;payroll\n") << 1 << 2 << "payroll";
    QTest::newRow("csv-unclosed-quote") << header + "\"A,a.example,acme,PA,KA\n"
                                        << 1 << 2 << "unclosed quote";
    QTest::newRow("jsonl") << QByteArray("{\"name\":\"A\",\"profile\":\"acme\"}\n"
                                         "{\"site\":\"b.example\",\"company\":\"b\","
                                         "\"publicKeyEnv\":\"PB\",\"privateKeyEnv\":\"KB\"}\n")
                           << 2 << 0 << "";
    QTest::newRow("jsonl-bad-line")
        << QByteArray("{\"profile\":\"acme\"}\n{nope\n{\"profile\":\"b\"}\n") << 3 << 2
        << "not a JSON object";
    QTest::newRow("jsonl-unknown-key")
        << QByteArray("{\"profile\":\"acme\",\"privateKey\":\"x\"}\n") << 1 << 1 << "privateKey";
}

void TestCliBatch::parse()
{
    QFETCH(QByteArray, file);
    QFETCH(int, rows);
    QFETCH(int, badLine);
    QFETCH(QString, errorPart);
    QString error;
    const QList<BatchRow> parsed = BatchFile::parse(file, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(parsed.size(), rows);
    for (const BatchRow &row : parsed) {
        if (row.line == badLine) {
            QVERIFY2(row.error.contains(errorPart), qPrintable(row.error));
            QVERIFY(!row.error.contains(QLatin1String("Zz98Yy76")));
        } else {
            QVERIFY2(row.error.isEmpty(), qPrintable(row.error));
            QVERIFY(!row.name.isEmpty());
        }
    }
}

void TestCliBatch::wholeFileErrors_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("empty") << QByteArray("\n# nothing\n") << "no connections";
    QTest::newRow("header-only") << QByteArray("profile\n") << "no connections";
    QTest::newRow("unknown-column") << QByteArray("name,password\nA,x\n") << "\"password\"";
}

void TestCliBatch::wholeFileErrors()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, errorPart);
    QString error;
    QVERIFY(BatchFile::parse(file, &error).isEmpty());
    QVERIFY2(error.contains(errorPart), qPrintable(error));
}

void TestCliBatch::csvQuoting()
{
    QStringList fields;
    QVERIFY(
        BatchFile::splitCsvLine(QStringLiteral("\"Acme, Inc.\",\"say \"\"hi\"\"\",x"), &fields));
    QCOMPARE(
        fields, (QStringList { QStringLiteral("Acme, Inc."), QStringLiteral("say \"hi\""), "x" }));
    QVERIFY(!BatchFile::splitCsvLine(QStringLiteral("\"open,x"), &fields));
}

void TestCliBatch::severityOrder()
{
    QList<int> codes { kExitReady, kExitUsage, kExitNotReady, kExitKeychain, kExitUnknown,
        kExitNoConnection };
    std::sort(codes.begin(), codes.end(),
        [](int a, int b) { return BatchCommand::severity(a) < BatchCommand::severity(b); });
    QCOMPARE(codes,
        (QList<int> { kExitReady, kExitUnknown, kExitNotReady, kExitNoConnection, kExitKeychain,
            kExitUsage }));
}

void TestCliBatch::mixedRowsWorstExitCode()
{
    auto ready = server(QStringLiteral("ready"));
    auto missing = server(QStringLiteral("missing-attachments"));
    QVERIFY(ready && missing);
    m_env = QProcessEnvironment();
    m_env.insert("PA", ready->scenario().publicKey);
    m_env.insert("KA", ready->scenario().privateKey);
    m_env.insert("PB", missing->scenario().publicKey);
    m_env.insert("KB", missing->scenario().privateKey);
    const QByteArray csv = "name,site,company,public_key_env,private_key_env\n"
                           "Ready Co,"
        + ready->siteUrl().toString().toUtf8() + "," + ready->scenario().companyId.toUtf8()
        + ",PA,KA\n"
          "Missing Co,"
        + missing->siteUrl().toString().toUtf8() + "," + missing->scenario().companyId.toUtf8()
        + ",PB,KB\n"
          "Broken Co,only-a-site\n"
          "Unset Co,"
        + ready->siteUrl().toString().toUtf8() + ",x,NOT_SET_P,NOT_SET_K\n";
    const Outcome md = run({ "--batch", writeFile(csv), "--format", "markdown" });
    QCOMPARE(md.exitCode, kExitUsage); // the bad row is the worst
    QVERIFY2(md.out.contains("| 2 | Ready Co |"), md.out.constData());
    QVERIFY(md.out.contains("| ready | 0 |"));
    QVERIFY(md.out.contains("| 3 | Missing Co |"));
    QVERIFY(md.out.contains("| blocked | 1 |"));
    QVERIFY(md.out.contains("Manage Attachments"));
    QVERIFY(md.out.contains("| 4 | Broken Co |"));
    QVERIFY(md.out.contains("line 4: needs a profile"));
    QVERIFY(md.out.contains("NOT_SET_P and NOT_SET_K is not set"));
    QVERIFY(md.out.contains("**Summary:** 4 connections: 1 ready, 1 blocked, 2 errors"));
    QCOMPARE(md.out.count("**Summary:**"), 1); // one report, however the rows finished
    QCOMPARE(md.out.count("| 2 | Ready Co |"), 1);
    QVERIFY(md.err.contains("4 connections: 1 ready, 1 blocked, 2 errors"));
    QVERIFY(!md.err.contains("\r")); // no progress line when stderr is not a terminal
    // the good rows really ran
    QVERIFY(!ready->ledger().isEmpty());
    QVERIFY(!missing->ledger().isEmpty());

    // Without the bad rows the worst is the blocked one.
    const QByteArray good = csv.left(csv.indexOf("Broken Co"));
    const Outcome text = run({ "--batch", writeFile(good, "good.csv") });
    QCOMPARE(text.exitCode, kExitNotReady);
    QVERIFY(text.out.contains("ready    Ready Co"));
}

void TestCliBatch::jsonLinesOutput()
{
    auto ready = server(QStringLiteral("ready"));
    QVERIFY(ready);
    m_env = QProcessEnvironment();
    m_env.insert("PA", ready->scenario().publicKey);
    m_env.insert("KA", ready->scenario().privateKey);
    QByteArray jsonl;
    for (int i = 0; i < 3; ++i) {
        jsonl += "{\"name\":\"T" + QByteArray::number(i) + "\",\"site\":\""
            + ready->siteUrl().toString().toUtf8() + "\",\"company\":\""
            + ready->scenario().companyId.toUtf8()
            + "\",\"public_key_env\":\"PA\",\"private_key_env\":\"KA\"}\n";
    }
    const Outcome r = run({ "--batch", writeFile(jsonl, "b.jsonl"), "--format", "json" });
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    QSet<QString> names;
    for (const QByteArray &line : lines) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        QCOMPARE(o.value("status").toString(), QStringLiteral("ready"));
        QCOMPARE(o.value("report").toObject().value("schemaVersion").toInt(), 1);
        names.insert(o.value("name").toString());
    }
    QCOMPARE(names.size(), 3);
    QVERIFY(!r.out.contains(ready->scenario().privateKey.toUtf8()));
    QVERIFY(!r.out.contains(ready->scenario().publicKey.toUtf8()));
}

void TestCliBatch::jobsBoundConcurrency_data()
{
    QTest::addColumn<int>("jobs");
    QTest::newRow("jobs-1") << 1;
    QTest::newRow("jobs-2") << 2;
    QTest::newRow("jobs-4") << 4;
}

void TestCliBatch::jobsBoundConcurrency()
{
    // One simulator per tenant, each with latency, so a check's span is visible in its ledger.
    QFETCH(int, jobs);
    std::vector<std::unique_ptr<SandboxServer>> servers;
    m_env = QProcessEnvironment();
    QByteArray csv = "name,site,company,public_key_env,private_key_env\n";
    for (int i = 0; i < 4; ++i) {
        servers.push_back(server(QStringLiteral("ready"), 20));
        QVERIFY(servers.back());
        const Scenario &s = servers.back()->scenario();
        m_env.insert(QStringLiteral("P%1").arg(i), s.publicKey);
        m_env.insert(QStringLiteral("K%1").arg(i), s.privateKey);
        csv += QStringLiteral("T%1,%2,%3,P%1,K%1\n")
                   .arg(i)
                   .arg(servers.back()->siteUrl().toString(), s.companyId)
                   .toUtf8();
    }
    const Outcome r = run({ "--batch", writeFile(csv), "--jobs", QString::number(jobs) });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // Spans [first request received, last answer written] per tenant; count the most that
    // overlap at any moment.
    QList<QPair<qint64, qint64>> spans;
    for (const auto &s : servers) {
        qint64 first = std::numeric_limits<qint64>::max();
        qint64 last = 0;
        for (const LedgerEntry &e : s->ledger()) {
            first = std::min(first, e.receivedMs);
            last = std::max(last, e.answeredMs);
        }
        spans.append({ first, last });
    }
    int most = 0;
    for (const auto &a : spans) {
        int overlapping = 0;
        for (const auto &b : spans)
            overlapping += b.first <= a.first && a.first < b.second;
        most = std::max(most, overlapping);
    }
    QVERIFY2(most <= jobs, qPrintable(QStringLiteral("%1 checks at once").arg(most)));
    if (jobs > 1)
        QVERIFY2(most > 1, "checks should overlap when more than one job is allowed");
}

void TestCliBatch::allProfiles()
{
    auto ready = server(QStringLiteral("ready"));
    QVERIFY(ready);
    MemoryProfileStore fresh;
    m_profiles = fresh;
    m_secrets.setEntries({});
    ConnectionProfile p;
    p.name = QStringLiteral("acme");
    p.site = ready->siteUrl().toString();
    p.loginHost = ready->siteUrl().host();
    p.companyId = ready->scenario().companyId;
    p.connected = true;
    p.keychainAccount = p.defaultKeychainAccount();
    QString error;
    QVERIFY(m_profiles.saveProfile(p, &error));
    m_secrets.setEntries({ { ConnectionProfile::publicKeyEntry(p.keychainAccount),
                               ready->scenario().publicKey.toUtf8() },
        { ConnectionProfile::privateKeyEntry(p.keychainAccount),
            ready->scenario().privateKey.toUtf8() } });
    ConnectionProfile gone = p;
    gone.name = QStringLiteral("gone");
    gone.connected = false;
    QVERIFY(m_profiles.saveProfile(gone, &error));

    const Outcome r = run({ "--all-profiles", "--format", "markdown" });
    QCOMPARE(r.exitCode, kExitKeychain);
    QVERIFY2(r.out.contains("| - | acme |"), r.out.constData());
    QVERIFY(r.out.contains("| ready | 0 |"));
    QVERIFY(r.out.contains("| - | gone |"));
    QVERIFY(r.out.contains("was disconnected"));

    m_profiles = MemoryProfileStore();
    const Outcome none = run({ "--all-profiles" });
    QCOMPARE(none.exitCode, kExitUsage);
    QVERIFY(none.err.contains("no saved connections"));
}

void TestCliBatch::missingFile()
{
    const Outcome r = run({ "--batch", m_dir.filePath(QStringLiteral("none.csv")) });
    QCOMPARE(r.exitCode, kExitUsage);
    QVERIFY(r.err.contains("none.csv"));
}

QTEST_GUILESS_MAIN(TestCliBatch)
#include "tst_clibatch.moc"

// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
// The real phin-cw-check binary, the real keychain (a private gnome-keyring, see
// with-keyring.sh) and the ConnectWise simulator on 127.0.0.1: check, save, check the saved
// connection, disconnect it, and see it refused and still listed.
#include "sandboxserver.h"
#include "scenario.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

class TestCliKeychain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void saveProfileForgetList();

private:
    CliRun run(const QStringList &args, bool withKeys = false);

    QTemporaryDir m_dir;
    std::unique_ptr<SandboxServer> m_server;
};

CliRun TestCliKeychain::run(const QStringList &args, bool withKeys)
{
    CliRun r;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("CW_PUBLIC_KEY"));
    env.remove(QStringLiteral("CW_PRIVATE_KEY"));
    // Never the real settings: a file in this test's temporary directory.
    env.insert(QStringLiteral("PHIN_SETTINGS_FILE"), m_dir.filePath(QStringLiteral("phin.ini")));
    if (withKeys) {
        env.insert(QStringLiteral("CW_PUBLIC_KEY"), m_server->scenario().publicKey);
        env.insert(QStringLiteral("CW_PRIVATE_KEY"), m_server->scenario().privateKey);
    }
    QProcess process;
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(PHIN_CHECK_BINARY), args);
    if (!process.waitForStarted(5000))
        return r;
    process.closeWriteChannel();
    // The simulator lives in this process: keep its event loop running.
    if (!finished.wait(60000)) {
        process.kill();
        process.waitForFinished();
        return r;
    }
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    return r;
}

void TestCliKeychain::saveProfileForgetList()
{
    QString error;
    m_server = std::make_unique<SandboxServer>(Scenario::load(QStringLiteral("ready"), &error));
    QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    const Scenario &s = m_server->scenario();
    const QStringList site { QStringLiteral("--site"), m_server->siteUrl().toString(),
        QStringLiteral("--company"), s.companyId };

    const CliRun check = run(site + QStringList { "--format", "json" }, true);
    QVERIFY2(check.exitCode == 0, check.err.constData());

    const CliRun save = run(site + QStringList { "--format", "json", "--save", "acme" }, true);
    QVERIFY2(save.exitCode == 0, save.err.constData());
    QVERIFY(save.err.contains("saved the connection \"acme\""));
    const int requestsAfterSave = int(m_server->ledger().size());

    const CliRun saved = run({ "--profile", "acme", "--format", "json" });
    QVERIFY2(saved.exitCode == 0, saved.err.constData());
    const QJsonObject report = QJsonDocument::fromJson(saved.out).object();
    QCOMPARE(
        report.value("connection").toObject().value("status").toString(), QStringLiteral("ok"));
    QVERIFY(m_server->ledger().size() > requestsAfterSave);
    QVERIFY(m_server->ledger().last().authPresent); // keys came back out of the keychain

    const CliRun forget = run({ "--forget", "acme" });
    QVERIFY2(forget.exitCode == 0, forget.err.constData());

    const int requestsBefore = int(m_server->ledger().size());
    const CliRun refused = run({ "--profile", "acme" });
    QCOMPARE(refused.exitCode, 4);
    QVERIFY2(refused.err.contains("keys removed"), refused.err.constData());
    QVERIFY(refused.err.contains("reconnect"));
    QCOMPARE(int(m_server->ledger().size()), requestsBefore);

    const CliRun list = run({ "--list-profiles", "--format", "json" });
    QCOMPARE(list.exitCode, 0);
    const QJsonArray rows = QJsonDocument::fromJson(list.out).object().value("profiles").toArray();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().toObject().value("name").toString(), QStringLiteral("acme"));
    QCOMPARE(rows.first().toObject().value("connected").toBool(true), false);

    // Nothing secret in any output or in the settings file.
    QFile ini(m_dir.filePath(QStringLiteral("phin.ini")));
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray all = check.out + check.err + save.out + save.err + saved.out + saved.err
        + forget.err + refused.err + list.out + ini.readAll();
    QVERIFY(!all.contains(s.privateKey.toUtf8()));
    QVERIFY(!all.contains(s.publicKey.toUtf8()));
}

QTEST_GUILESS_MAIN(TestCliKeychain)
#include "tst_clikeychain.moc"

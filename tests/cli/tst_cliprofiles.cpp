// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
// --profile, --save, --forget and --list-profiles in-process, with FakeSecretStore and
// MemoryProfileStore, against the ConnectWise simulator on 127.0.0.1.
#include "checkcommand.h"
#include "connectionprofile.h"
#include "fakesecretstore.h"
#include "memoryprofilestore.h"
#include "permissioncatalog.h"
#include "sandboxserver.h"
#include "scenario.h"
#include "testcertificate.h"
#include "vaultresult.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(SecretError)
Q_DECLARE_METATYPE(VaultError)

struct Outcome
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

class TestCliProfiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void saveAfterPassedCheck();
    void saveDefaultsToTheCompanyId();
    void noSaveWhenTheConnectionFails();
    void profileUsesStoredKeys();
    void profileNotFound();
    void profileAppliesItsPinnedCertificate_data();
    void profileAppliesItsPinnedCertificate();
    void disconnectedProfileSaysReconnect();
    void loadFailures_data();
    void loadFailures();
    void saveFailureKeepsTheReport_data();
    void saveFailureKeepsTheReport();
    void rotateOnlyWhenNewKeysPass();
    void reconnectAfterForget();
    void forgetKeepsProfileAndMapping();
    void forgetFailure();
    void listProfilesWithoutSecrets();
    void settingsFileFromEnvironment();
    void usageErrors_data();
    void usageErrors();

private:
    Outcome run(const QStringList &args, const QByteArray &stdinData = {}, bool withEnvKeys = true,
        bool injectProfiles = true);
    ConnectionProfile storedProfile(const QString &name, bool connected = true);
    QString account() const;

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<FakeSecretStore> m_secrets;
    std::unique_ptr<MemoryProfileStore> m_profiles;
    QProcessEnvironment m_env;
};

void TestCliProfiles::init()
{
    QString error;
    m_server = std::make_unique<SandboxServer>(Scenario::load(QStringLiteral("ready"), &error));
    QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    m_secrets = std::make_unique<FakeSecretStore>();
    m_profiles = std::make_unique<MemoryProfileStore>();
    m_env = QProcessEnvironment();
}

void TestCliProfiles::cleanup()
{
    m_server.reset();
    m_secrets.reset();
    m_profiles.reset();
}

QString TestCliProfiles::account() const
{
    ConnectionProfile p;
    p.site = m_server->siteUrl().toString();
    p.loginHost = m_server->siteUrl().host();
    p.companyId = m_server->scenario().companyId;
    return p.defaultKeychainAccount();
}

ConnectionProfile TestCliProfiles::storedProfile(const QString &name, bool connected)
{
    ConnectionProfile p;
    p.name = name;
    p.site = m_server->siteUrl().toString();
    p.loginHost = m_server->siteUrl().host();
    p.companyId = m_server->scenario().companyId;
    p.connected = connected;
    p.keychainAccount = p.defaultKeychainAccount();
    p.publicKeyHint = ConnectionProfile::hintFor(m_server->scenario().publicKey.toUtf8());
    p.companyMapping = { { QStringLiteral("Org A"), QStringLiteral("19"), QStringLiteral("AcmeCo"),
        QStringLiteral("7") } };
    QString error;
    [&] { QVERIFY(m_profiles->saveProfile(p, &error)); }();
    if (connected) {
        auto entries = m_secrets->entries();
        entries.insert(ConnectionProfile::publicKeyEntry(p.keychainAccount),
            m_server->scenario().publicKey.toUtf8());
        entries.insert(ConnectionProfile::privateKeyEntry(p.keychainAccount),
            m_server->scenario().privateKey.toUtf8());
        m_secrets->setEntries(entries);
    }
    return p;
}

Outcome TestCliProfiles::run(
    const QStringList &args, const QByteArray &stdinData, bool withEnvKeys, bool injectProfiles)
{
    Outcome o;
    const CliParseResult parsed
        = CheckCommand::parse(QStringList { QStringLiteral("phin-cw-check") } + args);
    if (parsed.action != CliParseResult::Action::Run) {
        o.exitCode = parsed.action == CliParseResult::Action::UsageError ? 64 : 0;
        o.err = parsed.message.toUtf8();
        return o;
    }
    CheckCommand command(parsed.options);
    QBuffer out(&o.out);
    QBuffer err(&o.err);
    QByteArray input = stdinData;
    QBuffer in(&input);
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    in.open(QIODevice::ReadOnly);
    command.setStreams(&out, &err, &in);
    QProcessEnvironment env = m_env;
    if (withEnvKeys) {
        env.insert(QStringLiteral("CW_PUBLIC_KEY"), m_server->scenario().publicKey);
        env.insert(QStringLiteral("CW_PRIVATE_KEY"), m_server->scenario().privateKey);
    }
    command.setEnvironment(env);
    command.setStores(m_secrets.get(), injectProfiles ? m_profiles.get() : nullptr);
    QSignalSpy finished(&command, &CheckCommand::finished);
    command.start();
    if (!finished.wait(20000))
        return o;
    // Whatever is still queued must not answer a second time.
    QCoreApplication::processEvents();
    o.exitCode = finished.size() == 1 ? finished.first().first().toInt() : -3;
    return o;
}

static QStringList siteArgs(const SandboxServer &server)
{
    return { QStringLiteral("--site"), server.siteUrl().toString(), QStringLiteral("--company"),
        server.scenario().companyId };
}

void TestCliProfiles::saveAfterPassedCheck()
{
    const Outcome r
        = run(siteArgs(*m_server) + QStringList { "--format", "json", "--save", "acme" });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(QJsonDocument::fromJson(r.out).isObject()); // the report is printed as before
    QVERIFY(r.err.contains("saved the connection \"acme\""));
    const auto p = m_profiles->profile(QStringLiteral("acme"));
    QVERIFY(p);
    QVERIFY(p->connected);
    QCOMPARE(p->companyId, m_server->scenario().companyId);
    QCOMPARE(p->site, m_server->siteUrl().toString());
    QCOMPARE(p->publicKeyHint, ConnectionProfile::hintFor(m_server->scenario().publicKey.toUtf8()));
    QVERIFY(p->lastCheckPassed);
    QCOMPARE(p->memberName, m_server->scenario().memberIdentifier);
    // Remembered so that a newer catalog can say what is new since this check.
    QString error;
    QCOMPARE(p->catalogVersion, PermissionCatalog::load(&error).version());
    QVERIFY(!p->catalogVersion.isEmpty());
    const QString acc = p->effectiveKeychainAccount();
    QCOMPARE(m_secrets->entries().value(ConnectionProfile::privateKeyEntry(acc)),
        m_server->scenario().privateKey.toUtf8());
    QCOMPARE(m_secrets->entries().value(ConnectionProfile::publicKeyEntry(acc)),
        m_server->scenario().publicKey.toUtf8());
    QCOMPARE(m_profiles->defaultProfileName(), QStringLiteral("acme"));
    QVERIFY(!r.err.contains(m_server->scenario().privateKey.toUtf8()));
}

void TestCliProfiles::saveDefaultsToTheCompanyId()
{
    const Outcome r = run(siteArgs(*m_server) + QStringList { "--save" });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(m_profiles->profile(m_server->scenario().companyId.toLower()));
}

void TestCliProfiles::noSaveWhenTheConnectionFails()
{
    m_env.insert(QStringLiteral("CW_PRIVATE_KEY"), QStringLiteral("WrongPrivateKey1"));
    Outcome r;
    {
        // run() puts the right keys in; this run needs the wrong private key.
        const CliParseResult parsed = CheckCommand::parse(QStringList { "phin-cw-check" }
            + siteArgs(*m_server) + QStringList { "--format", "json", "--save", "acme" });
        CheckCommand command(parsed.options);
        QBuffer out(&r.out);
        QBuffer err(&r.err);
        out.open(QIODevice::WriteOnly);
        err.open(QIODevice::WriteOnly);
        command.setStreams(&out, &err, nullptr);
        QProcessEnvironment env;
        env.insert(QStringLiteral("CW_PUBLIC_KEY"), m_server->scenario().publicKey);
        env.insert(QStringLiteral("CW_PRIVATE_KEY"), QStringLiteral("WrongPrivateKey1"));
        command.setEnvironment(env);
        command.setStores(m_secrets.get(), m_profiles.get());
        QSignalSpy finished(&command, &CheckCommand::finished);
        command.start();
        QVERIFY(finished.wait(20000));
        r.exitCode = finished.first().first().toInt();
    }
    QCOMPARE(r.exitCode, 2); // the check's own code: why nothing was saved
    QCOMPARE(QJsonDocument::fromJson(r.out)
                 .object()
                 .value("connection")
                 .toObject()
                 .value("status")
                 .toString(),
        QStringLiteral("auth_failed"));
    QVERIFY2(r.err.contains(vaultErrorMessage(
                 VaultError::ConnectionNotVerified, VaultOperation::Save, QStringLiteral("acme"))
                                .toUtf8()),
        r.err.constData());
    QVERIFY(m_secrets->entries().isEmpty());
    QVERIFY(m_profiles->profileNames().isEmpty());
}

void TestCliProfiles::profileUsesStoredKeys()
{
    storedProfile(QStringLiteral("acme"));
    const Outcome r = run({ "--profile", "acme", "--format", "json" }, {}, false);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject json = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(json.value("companyId").toString(), m_server->scenario().companyId);
    QCOMPARE(json.value("connection").toObject().value("status").toString(), QStringLiteral("ok"));
    QVERIFY(m_secrets->calls().contains(
        QStringLiteral("read:") + ConnectionProfile::privateKeyEntry(account())));
    bool authSeen = false;
    for (const LedgerEntry &e : m_server->ledger())
        authSeen |= e.authPresent;
    QVERIFY(authSeen);
}

void TestCliProfiles::profileAppliesItsPinnedCertificate_data()
{
    QTest::addColumn<QString>("pin"); ///< "right", "other-port", "other-certificate" or ""
    QTest::addColumn<QString>("status");
    QTest::newRow("pinned-connects") << "right"
                                     << "ok";
    QTest::newRow("no-pin-is-a-tls-error") << ""
                                           << "tls_error";
    QTest::newRow("pin-for-another-port") << "other-port"
                                          << "tls_error";
    QTest::newRow("pinned-certificate-changed") << "other-certificate"
                                                << "tls_error";
}

void TestCliProfiles::profileAppliesItsPinnedCertificate()
{
    QFETCH(QString, pin);
    QFETCH(QString, status);
    // An on-premise server with a self-signed certificate, trusted in the wizard.
    QTemporaryDir dir;
    TestCertificate certificate;
    QString error;
    QVERIFY2(TestCertificate::create(dir.path(), &certificate, &error), qPrintable(error));
    m_server = std::make_unique<SandboxServer>(Scenario::load(QStringLiteral("ready"), &error));
    QVERIFY2(m_server->setTls(certificate.certPem, certificate.keyPem, &error), qPrintable(error));
    QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    const QByteArray sha256
        = QSslCertificate(certificate.certPem).digest(QCryptographicHash::Sha256).toHex();
    const quint16 port = m_server->port();

    ConnectionProfile p = storedProfile(QStringLiteral("onprem"));
    if (pin == QLatin1String("right"))
        p.pinnedCertificates.insert(TlsCertificateInfo::siteKey(QStringLiteral("127.0.0.1"), port),
            QString::fromLatin1(sha256));
    else if (pin == QLatin1String("other-port"))
        p.pinnedCertificates.insert(
            TlsCertificateInfo::siteKey(QStringLiteral("127.0.0.1"), quint16(port + 1)),
            QString::fromLatin1(sha256));
    else if (pin == QLatin1String("other-certificate"))
        p.pinnedCertificates.insert(TlsCertificateInfo::siteKey(QStringLiteral("127.0.0.1"), port),
            QString(64, QLatin1Char('0')));
    QVERIFY(m_profiles->saveProfile(p, &error));

    // --all-profiles re-checks the same connection with its pins too.
    const Outcome all = run({ "--all-profiles", "--format", "json" }, {}, false);
    const QJsonObject allReport
        = QJsonDocument::fromJson(all.out.trimmed()).object().value("report").toObject();
    QCOMPARE(allReport.value("connection").toObject().value("status").toString(), status);
    m_server->clearLedger();

    const Outcome r = run({ "--profile", "onprem", "--format", "json" }, {}, false);
    const QJsonObject connection
        = QJsonDocument::fromJson(r.out).object().value("connection").toObject();
    QCOMPARE(connection.value("status").toString(), status);
    if (status == QLatin1String("ok")) {
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!connection.contains(QLatin1String("certificate")));
        QVERIFY(!m_server->ledger().isEmpty());
        return;
    }
    QVERIFY(m_server->ledger().isEmpty()); // no keys over an untrusted connection
    // The report carries the certificate's facts, never a key.
    const QJsonObject facts = connection.value("certificate").toObject();
    QCOMPARE(facts.value("sha256").toString(), QString::fromLatin1(sha256));
    QCOMPARE(facts.value("subject").toString(), QStringLiteral("CN=127.0.0.1"));
    QCOMPARE(facts.value("port").toInt(), int(port));
    const QJsonArray problems = facts.value("problems").toArray();
    QVERIFY(problems.contains(QStringLiteral("self-signed")));
    QCOMPARE(problems.contains(QStringLiteral("pin-changed")), pin == "other-certificate");
    if (pin == QLatin1String("other-certificate")) {
        QCOMPARE(facts.value("pinnedSha256").toString(), QString(64, QLatin1Char('0')));
        QVERIFY2(connection.value("message").toString().contains(QLatin1String("intercepting")),
            qPrintable(connection.value("message").toString()));
    } else {
        QVERIFY(facts.value("pinnedSha256").isNull());
    }
    QVERIFY(!r.out.contains(m_server->scenario().privateKey.toUtf8()));
}

void TestCliProfiles::profileNotFound()
{
    const Outcome r = run({ "--profile", "nobody" });
    QCOMPARE(r.exitCode, kExitKeychain);
    QVERIFY(r.err.contains(
        vaultErrorMessage(VaultError::ProfileNotFound, VaultOperation::Load, "nobody").toUtf8()));
    QVERIFY(m_server->ledger().isEmpty());
}

void TestCliProfiles::disconnectedProfileSaysReconnect()
{
    storedProfile(QStringLiteral("acme"), false);
    const Outcome r = run({ "--profile", "acme" }, {}, false);
    QCOMPARE(r.exitCode, kExitKeychain);
    QVERIFY(r.err.contains(
        vaultErrorMessage(VaultError::ProfileDisconnected, VaultOperation::Load, "acme").toUtf8()));
    QVERIFY(r.err.contains("keys removed"));
    QVERIFY(r.err.contains("--profile \"acme\" --keys-from-stdin --save"));
    QVERIFY(m_server->ledger().isEmpty()); // nothing was checked
}

void TestCliProfiles::loadFailures_data()
{
    QTest::addColumn<SecretError>("secretError");
    QTest::addColumn<VaultError>("vaultError");
    QTest::newRow("access-denied") << SecretError::AccessDenied << VaultError::AccessDenied;
    QTest::newRow("denied-by-user")
        << SecretError::AccessDeniedByUser << VaultError::AccessDeniedByUser;
    QTest::newRow("no-backend") << SecretError::NoBackendAvailable << VaultError::NoKeychainService;
    QTest::newRow("entry-missing") << SecretError::EntryNotFound << VaultError::EntryMissing;
    QTest::newRow("other") << SecretError::OtherError << VaultError::Other;
}

void TestCliProfiles::loadFailures()
{
    QFETCH(SecretError, secretError);
    QFETCH(VaultError, vaultError);
    storedProfile(QStringLiteral("acme"));
    m_secrets->failNext(QStringLiteral("read"), secretError);
    const Outcome r = run({ "--profile", "acme" }, {}, false);
    QCOMPARE(r.exitCode, kExitKeychain);
    const QString expected
        = vaultErrorMessage(vaultError, VaultOperation::Load, QStringLiteral("acme"),
            ConnectionProfile::publicKeyEntry(account()), QStringLiteral("injected failure"));
    QVERIFY2(r.err.contains(expected.toUtf8()), r.err.constData());
    QVERIFY(r.out.isEmpty());
    QVERIFY(m_server->ledger().isEmpty());
}

void TestCliProfiles::saveFailureKeepsTheReport_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<SecretError>("secretError");
    QTest::addColumn<VaultError>("vaultError");
    QTest::addColumn<bool>("publicEntry");
    QTest::newRow("write-denied") << "write" << SecretError::AccessDenied
                                  << VaultError::AccessDenied << true;
    QTest::newRow("write-other") << "write" << SecretError::OtherError << VaultError::WriteFailed
                                 << true;
    QTest::newRow("read-old-no-backend")
        << "read" << SecretError::NoBackendAvailable << VaultError::NoKeychainService << true;
    QTest::newRow("settings-unwritable")
        << "" << SecretError::NoError << VaultError::SettingsFailed << false;
}

void TestCliProfiles::saveFailureKeepsTheReport()
{
    QFETCH(QString, operation);
    QFETCH(SecretError, secretError);
    QFETCH(VaultError, vaultError);
    QFETCH(bool, publicEntry);
    if (secretError != SecretError::NoError)
        m_secrets->failNext(operation, secretError);
    else
        m_profiles->failNextSave(QStringLiteral("disk full"));
    const Outcome r
        = run(siteArgs(*m_server) + QStringList { "--format", "json", "--save", "acme" });
    QCOMPARE(r.exitCode, kExitKeychain);
    // The check ran and reported: keys used for this session only.
    QCOMPARE(QJsonDocument::fromJson(r.out)
                 .object()
                 .value("connection")
                 .toObject()
                 .value("status")
                 .toString(),
        QStringLiteral("ok"));
    const QString expected
        = vaultErrorMessage(vaultError, VaultOperation::Save, QStringLiteral("acme"),
            publicEntry ? ConnectionProfile::publicKeyEntry(account()) : QString(),
            publicEntry ? QStringLiteral("injected failure") : QStringLiteral("disk full"));
    QVERIFY2(r.err.contains(expected.toUtf8()), r.err.constData());
    QVERIFY(r.err.contains("for this run only"));
    QVERIFY(!m_profiles->profile(QStringLiteral("acme")));
    QVERIFY2(m_secrets->entries().isEmpty(), "a failed save leaves the keychain as it was");
}

void TestCliProfiles::rotateOnlyWhenNewKeysPass()
{
    storedProfile(QStringLiteral("acme"));
    const QString priv = ConnectionProfile::privateKeyEntry(account());
    const QByteArray stored = m_secrets->entries().value(priv);
    const Outcome bad = run({ "--profile", "acme", "--keys-from-stdin", "--save" },
        m_server->scenario().publicKey.toUtf8() + "\nWrongPrivateKey1\n", false);
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains(
        vaultErrorMessage(VaultError::ConnectionNotVerified, VaultOperation::Rotate, "acme")
            .toUtf8()));
    QCOMPARE(m_secrets->entries().value(priv), stored);

    // The sandbox accepts only its own keys, so "new" keys are the same keys sent again: the
    // rotate flow still reads, writes and records the check.
    const int writesBefore = int(m_secrets->calls().filter(QStringLiteral("write:")).size());
    const Outcome good = run({ "--profile", "acme", "--keys-from-stdin", "--save" },
        m_server->scenario().publicKey.toUtf8() + "\n" + m_server->scenario().privateKey.toUtf8()
            + "\n",
        false);
    QVERIFY2(good.exitCode == 0, good.err.constData());
    QCOMPARE(int(m_secrets->calls().filter(QStringLiteral("write:")).size()), writesBefore + 2);
    const auto p = m_profiles->profile(QStringLiteral("acme"));
    QVERIFY(p && p->connected && p->lastCheckAt.isValid());
    QCOMPARE(p->companyMapping.size(), 1); // the mapping stays
}

void TestCliProfiles::reconnectAfterForget()
{
    storedProfile(QStringLiteral("acme"), false);
    const QByteArray keys = m_server->scenario().publicKey.toUtf8() + "\n"
        + m_server->scenario().privateKey.toUtf8() + "\n";
    const Outcome r = run({ "--profile", "acme", "--keys-from-stdin", "--save" }, keys, false);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const auto p = m_profiles->profile(QStringLiteral("acme"));
    QVERIFY(p && p->connected);
    QCOMPARE(p->companyMapping.size(), 1);
    QCOMPARE(m_secrets->entries().value(ConnectionProfile::privateKeyEntry(account())),
        m_server->scenario().privateKey.toUtf8());
    const Outcome again = run({ "--profile", "acme" }, {}, false);
    QCOMPARE(again.exitCode, 0);
}

void TestCliProfiles::forgetKeepsProfileAndMapping()
{
    storedProfile(QStringLiteral("acme"));
    const Outcome r = run({ "--forget", "acme" }, {}, false);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.err.contains("disconnected \"acme\""));
    QVERIFY(m_secrets->entries().isEmpty());
    const auto p = m_profiles->profile(QStringLiteral("acme"));
    QVERIFY(p);
    QVERIFY(!p->connected);
    QCOMPARE(p->companyMapping.size(), 1);
    QVERIFY(m_server->ledger().isEmpty());

    const Outcome again = run({ "--forget", "nobody" }, {}, false);
    QCOMPARE(again.exitCode, kExitKeychain);
    QVERIFY(again.err.contains(
        vaultErrorMessage(VaultError::ProfileNotFound, VaultOperation::Disconnect, "nobody")
            .toUtf8()));
}

void TestCliProfiles::forgetFailure()
{
    storedProfile(QStringLiteral("acme"));
    m_secrets->failNext(QStringLiteral("remove"), SecretError::AccessDenied);
    const Outcome r = run({ "--forget", "acme" }, {}, false);
    QCOMPARE(r.exitCode, kExitKeychain);
    QVERIFY(r.err.contains(vaultErrorMessage(VaultError::AccessDenied, VaultOperation::Disconnect,
        "acme", ConnectionProfile::publicKeyEntry(account()), "injected failure")
                               .toUtf8()));
    QVERIFY(m_profiles->profile(QStringLiteral("acme"))->connected);
}

void TestCliProfiles::listProfilesWithoutSecrets()
{
    storedProfile(QStringLiteral("acme"));
    ConnectionProfile other = storedProfile(QStringLiteral("old-one"), false);
    const QByteArray pub = m_server->scenario().publicKey.toUtf8();
    const Outcome text = run({ "--list-profiles" }, {}, false);
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("acme"));
    QVERIFY(text.out.contains("old-one"));
    QVERIFY(text.out.contains("disconnected"));
    QVERIFY(text.out.contains(pub.right(4)));
    QVERIFY(!text.out.contains(pub.right(5)));
    QVERIFY(!text.out.contains(m_server->scenario().privateKey.toUtf8()));
    QVERIFY(m_secrets->calls().isEmpty()); // listing never touches the keychain

    const Outcome json = run({ "--list-profiles", "--format", "json" }, {}, false);
    const QJsonArray rows = QJsonDocument::fromJson(json.out).object().value("profiles").toArray();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(
        rows.at(0).toObject().value("publicKeyHint").toString(), QString::fromUtf8(pub.right(4)));
    QCOMPARE(rows.at(1).toObject().value("connected").toBool(true), false);
    QCOMPARE(rows.at(1).toObject().value("companyMappingRows").toInt(), 1);
}

void TestCliProfiles::settingsFileFromEnvironment()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("settings.ini"));
    m_env.insert(QStringLiteral("PHIN_SETTINGS_FILE"), file);
    const Outcome r = run(siteArgs(*m_server) + QStringList { "--save", "acme" }, {}, true, false);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray ini = f.readAll();
    QVERIFY(ini.contains("acme"));
    QVERIFY(!ini.contains(m_server->scenario().privateKey.toUtf8()));

    // --settings wins over the environment.
    const QString other = dir.filePath(QStringLiteral("other.ini"));
    const Outcome list = run({ "--list-profiles", "--settings", other }, {}, false, false);
    QCOMPARE(list.exitCode, 0);
    QVERIFY(list.out.contains("No saved connections"));
}

void TestCliProfiles::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("forget-and-list")
        << QStringList { "--forget", "a", "--list-profiles" } << "cannot be combined";
    QTest::newRow("save-with-list") << QStringList { "--list-profiles", "--save" } << "--save";
    QTest::newRow("save-control-char") << QStringList { "--site", "s", "--company", "c", "--save",
        QStringLiteral("a\tb") } << "control";
    QTest::newRow("profile-empty") << QStringList { "--profile", "" } << "--profile";
    QTest::newRow("jobs-zero") << QStringList { "--batch", "f.csv", "--jobs", "0" } << "--jobs";
    QTest::newRow("batch-and-all")
        << QStringList { "--batch", "f.csv", "--all-profiles" } << "cannot be combined";
}

void TestCliProfiles::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, messagePart);
    const CliParseResult r = CheckCommand::parse(QStringList { "phin-cw-check" } + args);
    QCOMPARE(int(r.action), int(CliParseResult::Action::UsageError));
    QVERIFY2(r.message.contains(messagePart), qPrintable(r.message));
}

QTEST_GUILESS_MAIN(TestCliProfiles)
#include "tst_cliprofiles.moc"

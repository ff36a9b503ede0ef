// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
// ProxyVault over the real keychain (gnome-keyring through QtKeychain) and the real settings
// file: the password is stored under an entry of its own proxy, never in the settings, reaches
// the transport after a restart, and leaves the keychain when the proxy changes or goes.
#include "keychainsecretstore.h"
#include "proxyvault.h"
#include "settingsproxystore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

namespace {

const QString kPassword = QStringLiteral("Pr0xy-Passw0rd!");
const QString kOtherPassword = QStringLiteral("An0ther-Passw0rd");

ProxySettings manual(const QString &host, int port, const QString &user)
{
    ProxySettings s;
    s.mode = ProxyMode::Manual;
    s.host = host;
    s.port = port;
    s.user = user;
    return s;
}

// What the vault handed to the transport.
struct Applied
{
    ProxySettings settings;
    QString password;
    int calls = 0;
};

} // namespace

class TestProxyStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void savedPasswordLivesInTheKeychainOnly();
    void restartAppliesTheStoredPassword();
    void unchangedProxyKeepsItsPassword();
    void changingTheProxyRemovesTheOldPassword_data();
    void changingTheProxyRemovesTheOldPassword();
    void invalidSettingsChangeNothing();

private:
    std::unique_ptr<ProxyVault> makeVault();
    ProxyVaultResult save(ProxyVault &vault, const ProxySettings &settings, const QString &pw);
    std::optional<SecretResult> readEntry(const QString &key);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_ini;
    std::unique_ptr<KeychainSecretStore> m_secrets;
    std::unique_ptr<SettingsProxyStore> m_store;
    Applied m_applied;
};

void TestProxyStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_ini = m_dir->filePath(QStringLiteral("settings.ini"));
    // A service of its own per test: entries of one test never answer another.
    m_secrets = std::make_unique<KeychainSecretStore>(
        QStringLiteral("phin-proxy-test-%1").arg(QTest::currentTestFunction()));
    m_store = std::make_unique<SettingsProxyStore>(m_ini);
    m_applied = {};
}

std::unique_ptr<ProxyVault> TestProxyStore::makeVault()
{
    return std::make_unique<ProxyVault>(*m_secrets, *m_store,
        [this](const ProxySettings &settings, const QString &password, QString *) {
            m_applied.settings = settings;
            m_applied.password = password;
            ++m_applied.calls;
            return true;
        });
}

ProxyVaultResult TestProxyStore::save(
    ProxyVault &vault, const ProxySettings &settings, const QString &password)
{
    QSignalSpy spy(&vault, &ProxyVault::saved);
    vault.save(settings, password);
    if (!spy.wait(20000))
        return {};
    return spy.first().first().value<ProxyVaultResult>();
}

std::optional<SecretResult> TestProxyStore::readEntry(const QString &key)
{
    std::optional<SecretResult> answer;
    QObject context;
    m_secrets->read(key, &context, [&answer](const SecretResult &r) {
        // The store wipes its copy after this returns: keep a deep one.
        answer = r;
        answer->secret = QByteArray(r.secret.constData(), r.secret.size());
    });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 20000))
        return std::nullopt;
    return answer;
}

void TestProxyStore::savedPasswordLivesInTheKeychainOnly()
{
    auto vault = makeVault();
    const ProxySettings s
        = manual(QStringLiteral("proxy.example.com"), 3128, QStringLiteral("alice"));
    const ProxyVaultResult r = save(*vault, s, kPassword);
    QVERIFY2(r.ok, qPrintable(r.message));
    QVERIFY(r.settings.hasPassword);
    QVERIFY(!r.message.contains(kPassword));
    QCOMPARE(m_applied.calls, 1);
    QCOMPARE(m_applied.password, kPassword);
    QCOMPARE(m_applied.settings.describe(), QStringLiteral("http://alice@proxy.example.com:3128"));

    const auto entry = readEntry(s.secretKey());
    QVERIFY(entry);
    QVERIFY2(entry->ok(), qPrintable(entry->errorString));
    QCOMPARE(QString::fromUtf8(entry->secret), kPassword);

    QFile ini(m_ini);
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray text = ini.readAll();
    QVERIFY2(text.contains("proxy.example.com"), text.constData());
    QVERIFY(!text.contains(kPassword.toUtf8()));
}

void TestProxyStore::restartAppliesTheStoredPassword()
{
    {
        auto vault = makeVault();
        const ProxyVaultResult r = save(
            *vault, manual(QStringLiteral("10.0.0.8"), 8080, QStringLiteral("bob")), kPassword);
        QVERIFY2(r.ok, qPrintable(r.message));
    }
    // "Restart": a new store on the same file and a new vault.
    m_store = std::make_unique<SettingsProxyStore>(m_ini);
    m_applied = {};
    auto vault = makeVault();
    QCOMPARE(vault->settings().describe(), QStringLiteral("http://bob@10.0.0.8:8080"));
    QSignalSpy applied(vault.get(), &ProxyVault::applied);
    vault->applySaved();
    QVERIFY(applied.wait(20000));
    const auto r = applied.first().first().value<ProxyVaultResult>();
    QVERIFY2(r.ok, qPrintable(r.message));
    QVERIFY(r.warnings.isEmpty());
    QCOMPARE(m_applied.password, kPassword);
    QCOMPARE(m_applied.settings.port, 8080);
}

void TestProxyStore::unchangedProxyKeepsItsPassword()
{
    auto vault = makeVault();
    ProxySettings s = manual(QStringLiteral("proxy"), 3128, QStringLiteral("alice"));
    QVERIFY(save(*vault, s, kPassword).ok);
    // Reopened dialog: same proxy, the password field left empty, the type changed back and
    // forth: the stored password stays and is applied.
    const ProxyVaultResult r = save(*vault, s, QString());
    QVERIFY2(r.ok, qPrintable(r.message));
    QVERIFY(r.settings.hasPassword);
    QCOMPARE(m_applied.password, kPassword);
    const auto entry = readEntry(s.secretKey());
    QVERIFY(entry && entry->ok());
    // A newly typed password replaces it in the same entry.
    QVERIFY(save(*vault, s, kOtherPassword).ok);
    QCOMPARE(QString::fromUtf8(readEntry(s.secretKey())->secret), kOtherPassword);
}

void TestProxyStore::changingTheProxyRemovesTheOldPassword_data()
{
    QTest::addColumn<ProxySettings>("next");
    QTest::addColumn<QString>("nextPassword");
    ProxySettings system;
    ProxySettings direct;
    direct.mode = ProxyMode::Direct;
    ProxySettings socks = manual(QStringLiteral("proxy"), 3128, QStringLiteral("alice"));
    socks.type = ProxyType::Socks5;
    QTest::newRow("other-host") << manual(QStringLiteral("proxy2"), 3128, QStringLiteral("alice"))
                                << kOtherPassword;
    QTest::newRow("other-port") << manual(QStringLiteral("proxy"), 3129, QStringLiteral("alice"))
                                << kOtherPassword;
    QTest::newRow("other-user") << manual(QStringLiteral("proxy"), 3128, QStringLiteral("bob"))
                                << kOtherPassword;
    QTest::newRow("other-type") << socks << kOtherPassword;
    QTest::newRow("no-user-any-more")
        << manual(QStringLiteral("proxy"), 3128, QString()) << QString();
    QTest::newRow("system-proxy") << system << QString();
    QTest::newRow("no-proxy") << direct << QString();
}

void TestProxyStore::changingTheProxyRemovesTheOldPassword()
{
    QFETCH(ProxySettings, next);
    QFETCH(QString, nextPassword);
    auto vault = makeVault();
    const ProxySettings first = manual(QStringLiteral("proxy"), 3128, QStringLiteral("alice"));
    QVERIFY(save(*vault, first, kPassword).ok);
    QVERIFY(readEntry(first.secretKey())->ok());

    const ProxyVaultResult r = save(*vault, next, nextPassword);
    QVERIFY2(r.ok, qPrintable(r.message));
    QVERIFY2(r.warnings.isEmpty(), qPrintable(r.warnings.join(u'\n')));
    QCOMPARE(m_applied.password, nextPassword);
    QCOMPARE(vault->settings(), r.settings);

    const auto old = readEntry(first.secretKey());
    QVERIFY(old);
    QCOMPARE(old->error, SecretError::EntryNotFound);
    if (!nextPassword.isEmpty()) {
        const auto entry = readEntry(next.secretKey());
        QVERIFY(entry && entry->ok());
        QCOMPARE(QString::fromUtf8(entry->secret), nextPassword);
    } else {
        QVERIFY(!r.settings.hasPassword);
    }
}

void TestProxyStore::invalidSettingsChangeNothing()
{
    auto vault = makeVault();
    const ProxySettings good = manual(QStringLiteral("proxy"), 3128, QStringLiteral("alice"));
    QVERIFY(save(*vault, good, kPassword).ok);
    const int calls = m_applied.calls;
    const ProxySettings bad = manual(QStringLiteral("proxy"), 70000, QStringLiteral("carol"));
    const ProxyVaultResult r = save(*vault, bad, kOtherPassword);
    QVERIFY(!r.ok);
    QCOMPARE(r.issues.first().code, QStringLiteral("port-range"));
    QCOMPARE(m_applied.calls, calls);
    QCOMPARE(vault->settings(), r.settings);
    QCOMPARE(vault->settings().host, QStringLiteral("proxy"));
    QCOMPARE(readEntry(bad.secretKey())->error, SecretError::EntryNotFound);
    QCOMPARE(QString::fromUtf8(readEntry(good.secretKey())->secret), kPassword);
}

QTEST_GUILESS_MAIN(TestProxyStore)
#include "tst_proxystore.moc"

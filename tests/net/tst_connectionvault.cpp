// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionvault.h"
#include "memoryprofilestore.h"
#include "scriptedsecretstore.h"

#include <QSignalSpy>
#include <QTest>

namespace {

const QByteArray kPublic = QByteArrayLiteral("PUBKEYAAAA1111QZ");
const QByteArray kPrivate = QByteArrayLiteral("PRIVKEYBBBB2222X");
const QByteArray kNewPublic = QByteArrayLiteral("PUBKEYCCCC3333RY");
const QByteArray kNewPrivate = QByteArrayLiteral("PRIVKEYDDDD4444W");
const QString kAccount = QStringLiteral("acme@na.myconnectwise.net");
const QString kPublicEntry = kAccount + QStringLiteral("/public-key");
const QString kPrivateEntry = kAccount + QStringLiteral("/private-key");

ConnectionProfile acme(const QString &name = QStringLiteral("Acme"))
{
    ConnectionProfile p;
    p.name = name;
    p.site = QStringLiteral("https://na.myconnectwise.net/v4_6_release/services/system_io/");
    p.loginHost = QStringLiteral("na.myconnectwise.net");
    p.companyId = QStringLiteral("Acme");
    p.features = { QStringLiteral("training"), QStringLiteral("tickets") };
    p.memberName = QStringLiteral("phin-api");
    p.roleName = QStringLiteral("Phin Integration");
    p.lastCheckSummary = QStringLiteral("14 of 14 permissions granted");
    p.lastCheckAt = QDateTime(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC);
    p.lastCheckPassed = true;
    p.companyMapping = { { QStringLiteral("Org One"), QStringLiteral("250"),
                             QStringLiteral("OrgOne"), QStringLiteral("17") },
        { QStringLiteral("Org Two"), QStringLiteral("251"), QStringLiteral("OrgTwo"), QString() } };
    return p;
}

ApiKeys keys(const QByteArray &pub = kPublic, const QByteArray &priv = kPrivate)
{
    return ApiKeys { pub, priv };
}

VaultResult resultOf(const QSignalSpy &spy)
{
    return spy.isEmpty() ? VaultResult() : spy.first().first().value<VaultResult>();
}

// Nothing secret may travel in what the vault tells people.
bool mentionsAKey(const VaultResult &r)
{
    const QString all = r.message + r.detail + r.warnings.join(u' ');
    for (const QByteArray &k : { kPublic, kPrivate, kNewPublic, kNewPrivate }) {
        if (all.contains(QString::fromLatin1(k)))
            return true;
    }
    return false;
}

} // namespace

class TestConnectionVault : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void saveStoresKeysInKeychainAndProfileInStore();
    void saveAnswersAfterReturningAndOnlyOnce();
    void saveRefusesUntestedKeys();
    void saveRefusesIncompleteInput_data();
    void saveRefusesIncompleteInput();
    void secondProfileDoesNotTakeTheDefault();
    void resaveKeepsMappingWhenNoneGiven();
    void resaveReplacesMappingWhenGiven();
    void sameLoginInAnotherConnectedProfileIsRefused();
    void resaveUnderNewLoginRemovesOldEntries();
    void keychainAccount_data();
    void keychainAccount();
    void saveFailures_data();
    void saveFailures();
    void freshSaveUndoesThePublicKeyWhenThePrivateWriteFails();

    void loadReturnsTheKeys();
    void loadUsesTheDefaultProfile();
    void loadFailures_data();
    void loadFailures();

    void rotateReplacesKeysAndKeepsEverythingElse();
    void rotateRefusesUntestedKeys();
    void rotateOfUnknownProfile();
    void rotateWriteFailureRestoresOldKeys_data();
    void rotateWriteFailureRestoresOldKeys();
    void rotateSettingsFailureRestoresOldKeys();
    void rotateReportsARestoreThatFailed();

    void disconnectRemovesKeysAndKeepsMapping();
    void disconnectWhenKeysAreAlreadyGone();
    void disconnectFailures_data();
    void disconnectFailures();
    void disconnectLeavesKeysOfAnotherConnectedProfile();
    void forgetRemovesKeysAndProfile();

    void secondOperationOnSameProfileIsBusy();
    void callbacksAfterVaultIsGoneAreDropped();
    void wipeLeavesSharedCopiesIntact();
    void everyErrorHasACompleteMessage();
    void classification_data();
    void classification();

private:
    bool seed(const ConnectionProfile &profile = acme(), const ApiKeys &k = keys());

    std::unique_ptr<ScriptedSecretStore> m_secrets;
    std::unique_ptr<MemoryProfileStore> m_profiles;
    std::unique_ptr<ConnectionVault> m_vault;
};

void TestConnectionVault::init()
{
    m_vault.reset();
    m_secrets = std::make_unique<ScriptedSecretStore>();
    m_profiles = std::make_unique<MemoryProfileStore>();
    m_vault = std::make_unique<ConnectionVault>(*m_secrets, *m_profiles);
}

bool TestConnectionVault::seed(const ConnectionProfile &profile, const ApiKeys &k)
{
    QSignalSpy spy(m_vault.get(), &ConnectionVault::saveFinished);
    m_vault->saveConnection(profile, k, true);
    return spy.wait(2000) && resultOf(spy).ok();
}

void TestConnectionVault::saveStoresKeysInKeychainAndProfileInStore()
{
    QSignalSpy spy(m_vault.get(), &ConnectionVault::saveFinished);
    m_vault->saveConnection(acme(), keys(), true);
    QVERIFY(spy.wait(2000));
    const VaultResult r = resultOf(spy);
    QVERIFY2(r.ok(), qPrintable(r.message));
    QCOMPARE(r.operation, VaultOperation::Save);
    QCOMPARE(r.profileName, QStringLiteral("Acme"));
    QVERIFY(r.message.isEmpty());

    const auto entries = m_secrets->inner().entries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.value(kPublicEntry), kPublic);
    QCOMPARE(entries.value(kPrivateEntry), kPrivate);

    const auto stored = m_profiles->profile(QStringLiteral("Acme"));
    QVERIFY(stored);
    QVERIFY(stored->connected);
    QCOMPARE(stored->keychainAccount, kAccount);
    QCOMPARE(stored->publicKeyHint, QStringLiteral("…11QZ"));
    QCOMPARE(stored->companyMapping, acme().companyMapping);
    QCOMPARE(stored->features, acme().features);
    QCOMPARE(m_profiles->defaultProfileName(), QStringLiteral("Acme"));
}

void TestConnectionVault::saveAnswersAfterReturningAndOnlyOnce()
{
    QSignalSpy spy(m_vault.get(), &ConnectionVault::saveFinished);
    m_vault->saveConnection(acme(), keys(), true);
    QCOMPARE(spy.count(), 0);
    QVERIFY(spy.wait(2000));
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    QCOMPARE(spy.count(), 1);

    // Early refusals answer later too.
    QSignalSpy refused(m_vault.get(), &ConnectionVault::saveFinished);
    m_vault->saveConnection(acme(), keys(), false);
    QCOMPARE(refused.count(), 0);
    QVERIFY(refused.wait(2000));
}

void TestConnectionVault::saveRefusesUntestedKeys()
{
    QSignalSpy spy(m_vault.get(), &ConnectionVault::saveFinished);
    m_vault->saveConnection(acme(), keys(), false);
    QVERIFY(spy.wait(2000));
    const VaultResult r = resultOf(spy);
    QCOMPARE(r.error, VaultError::ConnectionNotVerified);
    QVERIFY2(
        r.message.contains(QLatin1String("successful connection test")), qPrintable(r.message));
    QVERIFY(!r.keysUsableForSession());
    QVERIFY(m_secrets->calls().isEmpty());
    QVERIFY(m_profiles->profileNames().isEmpty());
}

void TestConnectionVault::saveRefusesIncompleteInput_data()
{
    QTest::addColumn<ConnectionProfile>("profile");
    QTest::addColumn<ApiKeys>("apiKeys");
    QTest::addColumn<QString>("says");
    ConnectionProfile p = acme(QString());
    QTest::newRow("no-name") << p << keys() << "needs a name";
    p = acme(QStringLiteral(" Acme"));
    QTest::newRow("name-with-leading-space") << p << keys() << "spaces";
    p = acme(QStringLiteral("Ac\nme"));
    QTest::newRow("name-with-newline") << p << keys() << "control characters";
    p = acme();
    p.companyId.clear();
    QTest::newRow("no-company-id") << p << keys() << "no company id";
    p = acme();
    p.site.clear();
    p.loginHost.clear();
    QTest::newRow("no-site") << p << keys() << "no site";
    QTest::newRow("no-private-key") << acme() << keys(kPublic, QByteArray()) << "private key";
    QTest::newRow("no-public-key") << acme() << keys(QByteArray(), kPrivate) << "public";
}

void TestConnectionVault::saveRefusesIncompleteInput()
{
    QFETCH(ConnectionProfile, profile);
    QFETCH(ApiKeys, apiKeys);
    QFETCH(QString, says);
    QSignalSpy spy(m_vault.get(), &ConnectionVault::saveFinished);
    m_vault->saveConnection(profile, apiKeys, true);
    QVERIFY(spy.wait(2000));
    const VaultResult r = resultOf(spy);
    QCOMPARE(r.error, VaultError::InvalidProfile);
    QVERIFY2(r.message.contains(says), qPrintable(r.message));
    QVERIFY(m_secrets->calls().isEmpty());
    QVERIFY(m_profiles->profileNames().isEmpty());
}

void TestConnectionVault::secondProfileDoesNotTakeTheDefault()
{
    QVERIFY(seed());
    ConnectionProfile other = acme(QStringLiteral("Beta"));
    other.companyId = QStringLiteral("beta");
    QVERIFY(seed(other, keys(kNewPublic, kNewPrivate)));
    QCOMPARE(m_profiles->profileNames(), QStringList({ "Acme", "Beta" }));
    QCOMPARE(m_profiles->defaultProfileName(), QStringLiteral("Acme"));
    QCOMPARE(
        m_secrets->inner().entries().value(QStringLiteral("beta@na.myconnectwise.net/private-key")),
        kNewPrivate);
    QCOMPARE(m_secrets->inner().entries().value(kPrivateEntry), kPrivate);
}

void TestConnectionVault::resaveKeepsMappingWhenNoneGiven()
{
    QVERIFY(seed());
    ConnectionProfile again = acme();
    again.companyMapping.clear();
    again.features = { QStringLiteral("training") };
    QVERIFY(seed(again, keys(kNewPublic, kNewPrivate)));
    const auto stored = m_profiles->profile(QStringLiteral("Acme"));
    QCOMPARE(stored->companyMapping, acme().companyMapping);
    QCOMPARE(stored->features, QStringList { QStringLiteral("training") });
    QCOMPARE(m_secrets->inner().entries().value(kPrivateEntry), kNewPrivate);
}

void TestConnectionVault::resaveReplacesMappingWhenGiven()
{
    QVERIFY(seed());
    ConnectionProfile again = acme();
    again.companyMapping = { { QStringLiteral("Org Three"), QStringLiteral("9"),
        QStringLiteral("Three"), QString() } };
    QVERIFY(seed(again));
    QCOMPARE(m_profiles->profile(QStringLiteral("Acme"))->companyMapping, again.companyMapping);
}

void TestConnectionVault::sameLoginInAnotherConnectedProfileIsRefused()
{
    QVERIFY(seed());
    const QStringList before = m_secrets->calls();
    QSignalSpy spy(m_vault.get(), &ConnectionVault::saveFinished);
    ConnectionProfile twin = acme(QStringLiteral("Acme again"));
    twin.companyId = QStringLiteral("ACME"); // same login, other spelling
    m_vault->saveConnection(twin, keys(kNewPublic, kNewPrivate), true);
    QVERIFY(spy.wait(2000));
    const VaultResult r = resultOf(spy);
    QCOMPARE(r.error, VaultError::AccountInUse);
    QVERIFY2(r.message.contains(QLatin1String("\"Acme\"")), qPrintable(r.message));
    QVERIFY(r.keysUsableForSession());
    QCOMPARE(m_secrets->calls(), before);
    QCOMPARE(m_secrets->inner().entries().value(kPrivateEntry), kPrivate);
    QVERIFY(!m_profiles->profile(QStringLiteral("Acme again")));
}

void TestConnectionVault::resaveUnderNewLoginRemovesOldEntries()
{
    QVERIFY(seed());
    ConnectionProfile moved = acme();
    moved.loginHost = QStringLiteral("eu.myconnectwise.net");
    QVERIFY(seed(moved, keys(kNewPublic, kNewPrivate)));
    const auto entries = m_secrets->inner().entries();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.value(QStringLiteral("acme@eu.myconnectwise.net/private-key")), kNewPrivate);
    QVERIFY(!entries.contains(kPrivateEntry));
    QCOMPARE(m_profiles->profile(QStringLiteral("Acme"))->keychainAccount,
        QStringLiteral("acme@eu.myconnectwise.net"));
}

void TestConnectionVault::keychainAccount_data()
{
    QTest::addColumn<QString>("site");
    QTest::addColumn<QString>("loginHost");
    QTest::addColumn<QString>("companyId");
    QTest::addColumn<QString>("account");
    QTest::newRow("login-host-given") << "whatever"
                                      << "na.myconnectwise.net"
                                      << "Acme"
                                      << "acme@na.myconnectwise.net";
    QTest::newRow("site-url-only") << "https://EU.myconnectwise.net/v4_6_release/services/"
                                   << ""
                                   << " Acme "
                                   << "acme@eu.myconnectwise.net";
    QTest::newRow("site-host-with-port") << "cw.example.com:8443"
                                         << ""
                                         << "msp"
                                         << "msp@cw.example.com";
}

void TestConnectionVault::keychainAccount()
{
    QFETCH(QString, site);
    QFETCH(QString, loginHost);
    QFETCH(QString, companyId);
    QFETCH(QString, account);
    ConnectionProfile p;
    p.site = site;
    p.loginHost = loginHost;
    p.companyId = companyId;
    QCOMPARE(p.defaultKeychainAccount(), account);
    QCOMPARE(p.effectiveKeychainAccount(), account);
    p.keychainAccount = QStringLiteral("stored@elsewhere");
    QCOMPARE(p.effectiveKeychainAccount(), QStringLiteral("stored@elsewhere"));
    QCOMPARE(ConnectionProfile::privateKeyEntry(account), account + QStringLiteral("/private-key"));
}

void TestConnectionVault::saveFailures_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("entry");
    QTest::addColumn<int>("secretError");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<VaultError>("expected");
    QTest::addColumn<QString>("says");
    // The backend's words are QtKeychain 0.13's on Linux.
    QTest::newRow("no-session-bus")
        << "read"
        << "" << int(SecretError::OtherError) << "Cannot autolaunch D-Bus without X11 $DISPLAY"
        << VaultError::NoSessionBus << "no D-Bus session bus";
    QTest::newRow("no-secret-service")
        << "read"
        << "" << int(SecretError::OtherError)
        << "The name org.freedesktop.secrets was not provided by any .service files"
        << VaultError::NoKeychainService << "gnome-keyring";
    QTest::newRow("no-backend") << "write"
                                << "/public-key" << int(SecretError::NoBackendAvailable) << ""
                                << VaultError::NoKeychainService << "No keychain service";
    QTest::newRow("keychain-locked")
        << "write"
        << "/public-key" << int(SecretError::AccessDenied)
        << "Cannot create an item in a locked collection" << VaultError::KeychainLocked << "locked";
    QTest::newRow("no-login-keyring")
        << "write"
        << "/public-key" << int(SecretError::OtherError)
        << "Object does not exist at path “/org/freedesktop/secrets/collection/login”"
        << VaultError::KeychainLocked << "login";
    QTest::newRow("access-denied-by-user") << "write"
                                           << "/private-key" << int(SecretError::AccessDeniedByUser)
                                           << "" << VaultError::AccessDeniedByUser << "declined";
    QTest::newRow("access-denied") << "write"
                                   << "/private-key" << int(SecretError::AccessDenied)
                                   << "not allowed" << VaultError::AccessDenied << "not allowed";
    QTest::newRow("write-failed") << "write"
                                  << "/private-key" << int(SecretError::OtherError) << "disk full"
                                  << VaultError::WriteFailed << "disk full";
}

void TestConnectionVault::saveFailures()
{
    QFETCH(QString, operation);
    QFETCH(QString, entry);
    QFETCH(int, secretError);
    QFETCH(QString, detail);
    QFETCH(VaultError, expected);
    QFETCH(QString, says);
    m_secrets->failOn(operation, entry, SecretError(secretError), detail);
    QSignalSpy spy(m_vault.get(), &ConnectionVault::saveFinished);
    m_vault->saveConnection(acme(), keys(), true);
    QVERIFY(spy.wait(2000));
    const VaultResult r = resultOf(spy);
    QCOMPARE(r.error, expected);
    QCOMPARE(r.detail, detail);
    QVERIFY2(r.message.contains(says, Qt::CaseInsensitive), qPrintable(r.message));
    QVERIFY2(r.message.contains(QLatin1String("session only")), qPrintable(r.message));
    QVERIFY(r.keysUsableForSession());
    QVERIFY(!mentionsAKey(r));
    // Nothing half-saved: no profile, no key left behind.
    QVERIFY(m_profiles->profileNames().isEmpty());
    QVERIFY(m_secrets->inner().entries().isEmpty());
}

void TestConnectionVault::freshSaveUndoesThePublicKeyWhenThePrivateWriteFails()
{
    m_secrets->failOn(QStringLiteral("write"), QStringLiteral("/private-key"),
        SecretError::OtherError, QStringLiteral("io error"));
    QSignalSpy spy(m_vault.get(), &ConnectionVault::saveFinished);
    m_vault->saveConnection(acme(), keys(), true);
    QVERIFY(spy.wait(2000));
    QCOMPARE(resultOf(spy).error, VaultError::WriteFailed);
    QVERIFY(m_secrets->calls().contains(QStringLiteral("remove:") + kPublicEntry));
    QVERIFY(m_secrets->inner().entries().isEmpty());
}

void TestConnectionVault::loadReturnsTheKeys()
{
    QVERIFY(seed());
    QSignalSpy spy(m_vault.get(), &ConnectionVault::loadFinished);
    m_vault->loadKeys(QStringLiteral("Acme"));
    QCOMPARE(spy.count(), 0);
    QVERIFY(spy.wait(2000));
    QVERIFY(resultOf(spy).ok());
    const ApiKeys loaded = spy.first().at(1).value<ApiKeys>();
    QCOMPARE(loaded.publicKey, kPublic);
    QCOMPARE(loaded.privateKey, kPrivate);
}

void TestConnectionVault::loadUsesTheDefaultProfile()
{
    QVERIFY(seed());
    QSignalSpy spy(m_vault.get(), &ConnectionVault::loadFinished);
    m_vault->loadKeys();
    QVERIFY(spy.wait(2000));
    QCOMPARE(resultOf(spy).profileName, QStringLiteral("Acme"));
    QCOMPARE(spy.first().at(1).value<ApiKeys>().privateKey, kPrivate);
}

void TestConnectionVault::loadFailures_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("setup");
    QTest::addColumn<VaultError>("expected");
    QTest::addColumn<QString>("says");
    QTest::newRow("unknown-profile")
        << "Nope"
        << "" << VaultError::ProfileNotFound << "no saved connection named \"Nope\"";
    QTest::newRow("no-default") << ""
                                << "no-default" << VaultError::ProfileNotFound
                                << "marked as the default";
    QTest::newRow("disconnected") << "Acme"
                                  << "disconnected" << VaultError::ProfileDisconnected
                                  << "company mapping were kept";
    QTest::newRow("private-entry-missing")
        << "Acme"
        << "drop-private" << VaultError::EntryMissing << "acme@na.myconnectwise.net/private-key";
    QTest::newRow("public-entry-missing")
        << "Acme"
        << "drop-public" << VaultError::EntryMissing << "shows a private key only once";
    QTest::newRow("no-session-bus") << "Acme"
                                    << "no-bus" << VaultError::NoSessionBus << "dbus-run-session";
    QTest::newRow("locked") << "Acme"
                            << "locked" << VaultError::KeychainLocked << "unlock";
}

void TestConnectionVault::loadFailures()
{
    QFETCH(QString, profile);
    QFETCH(QString, setup);
    QFETCH(VaultError, expected);
    QFETCH(QString, says);
    if (setup != QLatin1String("no-default"))
        QVERIFY(seed());
    auto entries = m_secrets->inner().entries();
    if (setup == QLatin1String("disconnected")) {
        ConnectionProfile p = *m_profiles->profile(QStringLiteral("Acme"));
        p.connected = false;
        QVERIFY(m_profiles->saveProfile(p, nullptr));
    } else if (setup == QLatin1String("drop-private")) {
        entries.remove(kPrivateEntry);
    } else if (setup == QLatin1String("drop-public")) {
        entries.remove(kPublicEntry);
    } else if (setup == QLatin1String("no-bus")) {
        m_secrets->failOn(QStringLiteral("read"), QString(), SecretError::OtherError,
            QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY"));
    } else if (setup == QLatin1String("locked")) {
        m_secrets->failOn(QStringLiteral("read"), QStringLiteral("/private-key"),
            SecretError::AccessDenied, QStringLiteral("Collection is locked"));
    }
    m_secrets->inner().setEntries(entries);

    QSignalSpy spy(m_vault.get(), &ConnectionVault::loadFinished);
    m_vault->loadKeys(profile);
    QVERIFY(spy.wait(2000));
    const VaultResult r = resultOf(spy);
    QCOMPARE(r.error, expected);
    QVERIFY2(r.message.contains(says, Qt::CaseInsensitive), qPrintable(r.message));
    QVERIFY(!mentionsAKey(r));
    const ApiKeys loaded = spy.first().at(1).value<ApiKeys>();
    QVERIFY(loaded.publicKey.isEmpty());
    QVERIFY(loaded.privateKey.isEmpty());
    // A failed load changes nothing.
    if (setup != QLatin1String("no-default"))
        QCOMPARE(
            m_profiles->profile(QStringLiteral("Acme"))->companyMapping, acme().companyMapping);
}

void TestConnectionVault::rotateReplacesKeysAndKeepsEverythingElse()
{
    QVERIFY(seed());
    QSignalSpy spy(m_vault.get(), &ConnectionVault::rotateFinished);
    m_vault->rotateKeys(QStringLiteral("Acme"), keys(kNewPublic, kNewPrivate), true);
    QVERIFY(spy.wait(2000));
    QVERIFY2(resultOf(spy).ok(), qPrintable(resultOf(spy).message));
    QCOMPARE(m_secrets->inner().entries().value(kPublicEntry), kNewPublic);
    QCOMPARE(m_secrets->inner().entries().value(kPrivateEntry), kNewPrivate);
    const auto stored = m_profiles->profile(QStringLiteral("Acme"));
    QCOMPARE(stored->publicKeyHint, QStringLiteral("…33RY"));
    QCOMPARE(stored->companyMapping, acme().companyMapping);
    QCOMPARE(stored->features, acme().features);
    QCOMPARE(stored->lastCheckSummary, acme().lastCheckSummary);
}

void TestConnectionVault::rotateRefusesUntestedKeys()
{
    QVERIFY(seed());
    const int writes = m_secrets->count(QStringLiteral("write"));
    QSignalSpy spy(m_vault.get(), &ConnectionVault::rotateFinished);
    m_vault->rotateKeys(QStringLiteral("Acme"), keys(kNewPublic, kNewPrivate), false);
    QVERIFY(spy.wait(2000));
    const VaultResult r = resultOf(spy);
    QCOMPARE(r.error, VaultError::ConnectionNotVerified);
    QVERIFY2(r.message.contains(QLatin1String("stored keys for \"Acme\" are unchanged")),
        qPrintable(r.message));
    QVERIFY(!r.keysUsableForSession());
    QCOMPARE(m_secrets->count(QStringLiteral("write")), writes);
    QCOMPARE(m_secrets->inner().entries().value(kPrivateEntry), kPrivate);
}

void TestConnectionVault::rotateOfUnknownProfile()
{
    QSignalSpy spy(m_vault.get(), &ConnectionVault::rotateFinished);
    m_vault->rotateKeys(QStringLiteral("Ghost"), keys(kNewPublic, kNewPrivate), true);
    QVERIFY(spy.wait(2000));
    QCOMPARE(resultOf(spy).error, VaultError::ProfileNotFound);
    QVERIFY(m_secrets->calls().isEmpty());
}

void TestConnectionVault::rotateWriteFailureRestoresOldKeys_data()
{
    QTest::addColumn<QString>("failingEntry");
    QTest::addColumn<QString>("operation");
    QTest::addColumn<VaultError>("expected");
    QTest::newRow("public-write-fails") << "/public-key"
                                        << "write" << VaultError::WriteFailed;
    QTest::newRow("private-write-fails") << "/private-key"
                                         << "write" << VaultError::WriteFailed;
    QTest::newRow("reading-old-keys-fails") << "/private-key"
                                            << "read" << VaultError::KeychainLocked;
}

void TestConnectionVault::rotateWriteFailureRestoresOldKeys()
{
    QFETCH(QString, failingEntry);
    QFETCH(QString, operation);
    QFETCH(VaultError, expected);
    QVERIFY(seed());
    const ConnectionProfile before = *m_profiles->profile(QStringLiteral("Acme"));
    m_secrets->failOn(operation, failingEntry,
        operation == QLatin1String("read") ? SecretError::AccessDenied : SecretError::OtherError,
        operation == QLatin1String("read") ? QStringLiteral("collection is locked")
                                           : QStringLiteral("write error"));
    const int writesBefore = m_secrets->count(QStringLiteral("write"));
    QSignalSpy spy(m_vault.get(), &ConnectionVault::rotateFinished);
    m_vault->rotateKeys(QStringLiteral("Acme"), keys(kNewPublic, kNewPrivate), true);
    QVERIFY(spy.wait(2000));
    const VaultResult r = resultOf(spy);
    QCOMPARE(r.error, expected);
    QVERIFY(r.keysUsableForSession());
    QVERIFY(r.warnings.isEmpty());
    QVERIFY(!mentionsAKey(r));
    // The old keys are what the keychain holds, and the profile is untouched.
    QCOMPARE(m_secrets->inner().entries().value(kPublicEntry), kPublic);
    QCOMPARE(m_secrets->inner().entries().value(kPrivateEntry), kPrivate);
    QCOMPARE(m_profiles->profile(QStringLiteral("Acme"))->publicKeyHint, before.publicKeyHint);
    if (operation == QLatin1String("read"))
        QCOMPARE(m_secrets->count(QStringLiteral("write")), writesBefore); // stopped before writing
}

void TestConnectionVault::rotateSettingsFailureRestoresOldKeys()
{
    QVERIFY(seed());
    m_profiles->failNextSave(QStringLiteral("cannot write /home/x/.config/phin.conf"));
    QSignalSpy spy(m_vault.get(), &ConnectionVault::rotateFinished);
    m_vault->rotateKeys(QStringLiteral("Acme"), keys(kNewPublic, kNewPrivate), true);
    QVERIFY(spy.wait(2000));
    const VaultResult r = resultOf(spy);
    QCOMPARE(r.error, VaultError::SettingsFailed);
    QVERIFY2(r.message.contains(QLatin1String("cannot write")), qPrintable(r.message));
    QVERIFY(r.keysUsableForSession());
    QCOMPARE(m_secrets->inner().entries().value(kPublicEntry), kPublic);
    QCOMPARE(m_secrets->inner().entries().value(kPrivateEntry), kPrivate);
    QCOMPARE(m_profiles->profile(QStringLiteral("Acme"))->publicKeyHint, QStringLiteral("…11QZ"));
}

void TestConnectionVault::rotateReportsARestoreThatFailed()
{
    QVERIFY(seed());
    // The private write fails, then putting the old public key back fails too.
    m_secrets->failOn(QStringLiteral("write"), QStringLiteral("/private-key"),
        SecretError::OtherError, QStringLiteral("write error"));
    m_secrets->failOn(QStringLiteral("write"), QStringLiteral("/public-key"),
        SecretError::OtherError, QStringLiteral("still broken"), 1, 1);
    QSignalSpy spy(m_vault.get(), &ConnectionVault::rotateFinished);
    m_vault->rotateKeys(QStringLiteral("Acme"), keys(kNewPublic, kNewPrivate), true);
    QVERIFY(spy.wait(2000));
    const VaultResult r = resultOf(spy);
    QCOMPARE(r.error, VaultError::WriteFailed);
    QVERIFY(!mentionsAKey(r));
    // Said plainly, not hidden: which entry holds what now.
    QCOMPARE(r.warnings.size(), 1);
    QVERIFY2(r.warnings.first().contains(kPublicEntry), qPrintable(r.warnings.first()));
    QVERIFY2(r.warnings.first().contains(QLatin1String("holds the new key")),
        qPrintable(r.warnings.first()));
    QCOMPARE(m_secrets->inner().entries().value(kPublicEntry), kNewPublic);
    QCOMPARE(m_secrets->inner().entries().value(kPrivateEntry), kPrivate);
}

void TestConnectionVault::disconnectRemovesKeysAndKeepsMapping()
{
    QVERIFY(seed());
    QSignalSpy spy(m_vault.get(), &ConnectionVault::disconnectFinished);
    m_vault->disconnectProfile(QStringLiteral("Acme"));
    QVERIFY(spy.wait(2000));
    QVERIFY2(resultOf(spy).ok(), qPrintable(resultOf(spy).message));
    QVERIFY(m_secrets->inner().entries().isEmpty());
    const auto stored = m_profiles->profile(QStringLiteral("Acme"));
    QVERIFY(stored);
    QVERIFY(!stored->connected);
    QVERIFY(stored->disconnectedAt.isValid());
    QVERIFY(stored->publicKeyHint.isEmpty());
    QCOMPARE(stored->companyMapping, acme().companyMapping);
    QCOMPARE(stored->features, acme().features);
    QCOMPARE(stored->site, acme().site);
    QCOMPARE(stored->memberName, acme().memberName);
    QCOMPARE(m_profiles->defaultProfileName(), QStringLiteral("Acme"));

    // Reconnecting with new keys keeps the mapping too.
    ConnectionProfile again = acme();
    again.companyMapping.clear();
    QVERIFY(seed(again, keys(kNewPublic, kNewPrivate)));
    QCOMPARE(m_profiles->profile(QStringLiteral("Acme"))->companyMapping, acme().companyMapping);
}

void TestConnectionVault::disconnectWhenKeysAreAlreadyGone()
{
    QVERIFY(seed());
    m_secrets->inner().setEntries({});
    QSignalSpy spy(m_vault.get(), &ConnectionVault::disconnectFinished);
    m_vault->disconnectProfile(QStringLiteral("Acme"));
    QVERIFY(spy.wait(2000));
    QVERIFY(resultOf(spy).ok());
    QVERIFY(!m_profiles->profile(QStringLiteral("Acme"))->connected);
}

void TestConnectionVault::disconnectFailures_data()
{
    QTest::addColumn<QString>("failingEntry");
    QTest::addColumn<int>("secretError");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<VaultError>("expected");
    QTest::addColumn<QString>("says");
    QTest::addColumn<bool>("publicGone");
    QTest::newRow("public-delete-fails")
        << "/public-key" << int(SecretError::CouldNotDeleteEntry) << "busy"
        << VaultError::DeleteFailed << "io.phinsec.CwSetup" << false;
    QTest::newRow("private-delete-fails")
        << "/private-key" << int(SecretError::CouldNotDeleteEntry) << "busy"
        << VaultError::DeleteFailed << "acme@na.myconnectwise.net/private-key" << true;
    QTest::newRow("no-session-bus")
        << "" << int(SecretError::OtherError) << "Cannot autolaunch D-Bus without X11 $DISPLAY"
        << VaultError::NoSessionBus << "D-Bus" << false;
}

void TestConnectionVault::disconnectFailures()
{
    QFETCH(QString, failingEntry);
    QFETCH(int, secretError);
    QFETCH(QString, detail);
    QFETCH(VaultError, expected);
    QFETCH(QString, says);
    QFETCH(bool, publicGone);
    QVERIFY(seed());
    m_secrets->failOn(QStringLiteral("remove"), failingEntry, SecretError(secretError), detail);
    QSignalSpy spy(m_vault.get(), &ConnectionVault::disconnectFinished);
    m_vault->disconnectProfile(QStringLiteral("Acme"));
    QVERIFY(spy.wait(2000));
    const VaultResult r = resultOf(spy);
    QCOMPARE(r.error, expected);
    QVERIFY2(r.message.contains(says), qPrintable(r.message));
    QVERIFY(!r.keysUsableForSession());
    QCOMPARE(!r.warnings.isEmpty(), publicGone);
    // Still connected, so a retry removes what is left; nothing else changed.
    const auto stored = m_profiles->profile(QStringLiteral("Acme"));
    QVERIFY(stored->connected);
    QCOMPARE(stored->companyMapping, acme().companyMapping);
    QCOMPARE(m_secrets->inner().entries().value(kPrivateEntry), kPrivate);
    QCOMPARE(m_secrets->inner().entries().contains(kPublicEntry), !publicGone);
}

void TestConnectionVault::disconnectLeavesKeysOfAnotherConnectedProfile()
{
    // An old disconnected profile for the same login must not take the new keys with it.
    QVERIFY(seed(acme(QStringLiteral("Old"))));
    QSignalSpy first(m_vault.get(), &ConnectionVault::disconnectFinished);
    m_vault->disconnectProfile(QStringLiteral("Old"));
    QVERIFY(first.wait(2000));
    QVERIFY(seed(acme(QStringLiteral("New"))));
    QSignalSpy spy(m_vault.get(), &ConnectionVault::disconnectFinished);
    m_vault->disconnectProfile(QStringLiteral("Old"));
    QVERIFY(spy.wait(2000));
    QVERIFY(resultOf(spy).ok());
    QCOMPARE(m_secrets->inner().entries().value(kPrivateEntry), kPrivate);
}

void TestConnectionVault::forgetRemovesKeysAndProfile()
{
    QVERIFY(seed());
    QSignalSpy spy(m_vault.get(), &ConnectionVault::forgetFinished);
    m_vault->forgetProfile(QStringLiteral("Acme"));
    QVERIFY(spy.wait(2000));
    QVERIFY(resultOf(spy).ok());
    QVERIFY(m_secrets->inner().entries().isEmpty());
    QVERIFY(!m_profiles->profile(QStringLiteral("Acme")));
    QVERIFY(m_profiles->defaultProfileName().isEmpty());

    QSignalSpy again(m_vault.get(), &ConnectionVault::forgetFinished);
    m_vault->forgetProfile(QStringLiteral("Acme"));
    QVERIFY(again.wait(2000));
    QCOMPARE(resultOf(again).error, VaultError::ProfileNotFound);
}

void TestConnectionVault::secondOperationOnSameProfileIsBusy()
{
    QVERIFY(seed());
    QSignalSpy rotated(m_vault.get(), &ConnectionVault::rotateFinished);
    QSignalSpy disconnected(m_vault.get(), &ConnectionVault::disconnectFinished);
    m_vault->rotateKeys(QStringLiteral("Acme"), keys(kNewPublic, kNewPrivate), true);
    m_vault->disconnectProfile(QStringLiteral("Acme"));
    QTRY_COMPARE(rotated.count(), 1);
    QTRY_COMPARE(disconnected.count(), 1);
    QVERIFY(resultOf(rotated).ok());
    QCOMPARE(resultOf(disconnected).error, VaultError::Busy);
    QCOMPARE(m_secrets->inner().entries().value(kPrivateEntry), kNewPrivate);
    QVERIFY(m_profiles->profile(QStringLiteral("Acme"))->connected);
}

void TestConnectionVault::callbacksAfterVaultIsGoneAreDropped()
{
    QVERIFY(seed());
    const int callsBefore = int(m_secrets->calls().size());
    m_vault->rotateKeys(QStringLiteral("Acme"), keys(kNewPublic, kNewPrivate), true);
    QCOMPARE(m_secrets->calls().size(), callsBefore + 1); // the first read is on its way
    m_vault.reset(); // its answer now goes nowhere, and nothing follows from it
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
    QCOMPARE(m_secrets->calls().size(), callsBefore + 1);
    QCOMPARE(m_secrets->inner().entries().value(kPrivateEntry), kPrivate);
}

void TestConnectionVault::wipeLeavesSharedCopiesIntact()
{
    ApiKeys k = keys(QByteArray("PUBLIC0123456789"), QByteArray("PRIVATE012345678"));
    const QByteArray held = k.privateKey; // shares the buffer
    k.wipe();
    QVERIFY(k.publicKey.isEmpty());
    QVERIFY(k.privateKey.isEmpty());
    QCOMPARE(held, QByteArray("PRIVATE012345678"));
}

void TestConnectionVault::everyErrorHasACompleteMessage()
{
    const QList<VaultOperation> operations = { VaultOperation::Load, VaultOperation::Save,
        VaultOperation::Rotate, VaultOperation::Disconnect, VaultOperation::Forget };
    QSet<QString> names;
    for (int e = int(VaultError::ConnectionNotVerified); e <= int(VaultError::Other); ++e) {
        const auto error = VaultError(e);
        names.insert(vaultErrorName(error));
        for (const VaultOperation operation : operations) {
            const QString message = vaultErrorMessage(error, operation, QStringLiteral("Acme"),
                kPrivateEntry, QStringLiteral("backend words"));
            const QByteArray where = vaultErrorName(error).toLatin1();
            QVERIFY2(message.size() > 40, where.constData());
            QVERIFY2(!message.contains(QLatin1String("%1"))
                    && !message.contains(QLatin1String("%2"))
                    && !message.contains(QLatin1String("%3")),
                qPrintable(message));
            QVERIFY2(message.endsWith(QLatin1Char('.')), qPrintable(message));
            const bool offersSession = message.contains(QLatin1String("session only"));
            QVERIFY2(offersSession
                    == (keysUsableForSession(error, operation)
                        || (operation == VaultOperation::Load
                            && (error == VaultError::NoSessionBus
                                || error == VaultError::NoKeychainService
                                || error == VaultError::KeychainLocked
                                || error == VaultError::AccessDeniedByUser
                                || error == VaultError::AccessDenied
                                || error == VaultError::Other))),
                qPrintable(message));
        }
    }
    QVERIFY(
        vaultErrorMessage(VaultError::None, VaultOperation::Save, QStringLiteral("A")).isEmpty());
    QCOMPARE(names.size(), int(VaultError::Other)); // distinct names for every failure
}

void TestConnectionVault::classification_data()
{
    QTest::addColumn<int>("secretError");
    QTest::addColumn<QString>("detail");
    QTest::addColumn<SecretOperation>("operation");
    QTest::addColumn<VaultError>("expected");
    QTest::newRow("not-found") << int(SecretError::EntryNotFound) << "Entry not found"
                               << SecretOperation::Read << VaultError::EntryMissing;
    QTest::newRow("autolaunch") << int(SecretError::OtherError)
                                << "Cannot autolaunch D-Bus without X11 $DISPLAY"
                                << SecretOperation::Write << VaultError::NoSessionBus;
    QTest::newRow("dead-bus-socket")
        << int(SecretError::OtherError)
        << "Failed to connect to socket /tmp/dbus-x: Connection refused" << SecretOperation::Read
        << VaultError::NoSessionBus;
    QTest::newRow("no-secret-service")
        << int(SecretError::OtherError)
        << "The name org.freedesktop.secrets was not provided by any .service files"
        << SecretOperation::Remove << VaultError::NoKeychainService;
    QTest::newRow("no-backend") << int(SecretError::NoBackendAvailable) << ""
                                << SecretOperation::Read << VaultError::NoKeychainService;
    QTest::newRow("not-implemented") << int(SecretError::NotImplemented) << ""
                                     << SecretOperation::Read << VaultError::NoKeychainService;
    QTest::newRow("locked-collection")
        << int(SecretError::AccessDenied) << "Cannot create an item in a locked collection"
        << SecretOperation::Write << VaultError::KeychainLocked;
    QTest::newRow("prompt-dismissed") << int(SecretError::OtherError) << "Prompt dismissed"
                                      << SecretOperation::Write << VaultError::AccessDeniedByUser;
    QTest::newRow("denied-by-user") << int(SecretError::AccessDeniedByUser) << ""
                                    << SecretOperation::Read << VaultError::AccessDeniedByUser;
    QTest::newRow("denied") << int(SecretError::AccessDenied) << "no" << SecretOperation::Read
                            << VaultError::AccessDenied;
    QTest::newRow("could-not-delete") << int(SecretError::CouldNotDeleteEntry) << ""
                                      << SecretOperation::Remove << VaultError::DeleteFailed;
    QTest::newRow("other-on-write")
        << int(SecretError::OtherError) << "?" << SecretOperation::Write << VaultError::WriteFailed;
    QTest::newRow("other-on-remove") << int(SecretError::OtherError) << "?"
                                     << SecretOperation::Remove << VaultError::DeleteFailed;
    QTest::newRow("other-on-read")
        << int(SecretError::OtherError) << "?" << SecretOperation::Read << VaultError::Other;
}

void TestConnectionVault::classification()
{
    QFETCH(int, secretError);
    QFETCH(QString, detail);
    QFETCH(SecretOperation, operation);
    QFETCH(VaultError, expected);
    QCOMPARE(classifySecretFailure(SecretError(secretError), detail, operation), expected);
}

QTEST_GUILESS_MAIN(TestConnectionVault)
#include "tst_connectionvault.moc"

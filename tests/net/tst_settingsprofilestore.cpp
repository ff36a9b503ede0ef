// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionvault.h"
#include "fakesecretstore.h"
#include "settingsprofilestore.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QByteArray kPublic = QByteArrayLiteral("PUBKEYAAAA1111QZ");
const QByteArray kPrivate = QByteArrayLiteral("PRIVKEYBBBB2222X");
const QByteArray kNewPublic = QByteArrayLiteral("PUBKEYCCCC3333RY");
const QByteArray kNewPrivate = QByteArrayLiteral("PRIVKEYDDDD4444W");

ConnectionProfile full(const QString &name)
{
    ConnectionProfile p;
    p.name = name;
    p.site = QStringLiteral("https://cw.example.com:8443/v4_6_release/");
    p.loginHost = QStringLiteral("cw.example.com");
    p.companyId = QStringLiteral("msp_one");
    p.features = { QStringLiteral("training"), QStringLiteral("tickets"), QStringLiteral("sync") };
    p.memberName = QStringLiteral("phin-api");
    p.roleName = QStringLiteral("Phin Integration (custom)");
    p.lastCheckSummary = QStringLiteral("12 of 14 granted; 2 missing: Service Tickets, Agreements");
    p.lastCheckAt = QDateTime(QDate(2026, 2, 3), QTime(4, 5, 6, 789), Qt::UTC);
    p.lastCheckPassed = false;
    p.companyMapping = { { QStringLiteral("Org = One; [x]"), QStringLiteral("250"),
                             QStringLiteral("OrgOne"), QStringLiteral("17") },
        { QStringLiteral("Org Two"), QStringLiteral("251"), QStringLiteral("OrgTwo"), QString() },
        { QStringLiteral("Örg Drei"), QString(), QStringLiteral("Drei"), QStringLiteral("3") } };
    p.connected = true;
    p.disconnectedAt = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    p.publicKeyHint = QStringLiteral("…11QZ");
    p.keychainAccount = QStringLiteral("msp_one@cw.example.com");
    p.pinnedCertificates = {
        { QStringLiteral("cw.example.com:8443"), QString(64, QLatin1Char('a')) },
        { QStringLiteral("[::1]:443"), QStringLiteral("0123456789abcdef").repeated(4) },
    };
    return p;
}

void compareProfiles(const ConnectionProfile &a, const ConnectionProfile &b)
{
    QCOMPARE(a.name, b.name);
    QCOMPARE(a.site, b.site);
    QCOMPARE(a.loginHost, b.loginHost);
    QCOMPARE(a.companyId, b.companyId);
    QCOMPARE(a.features, b.features);
    QCOMPARE(a.memberName, b.memberName);
    QCOMPARE(a.roleName, b.roleName);
    QCOMPARE(a.lastCheckSummary, b.lastCheckSummary);
    QCOMPARE(a.lastCheckAt, b.lastCheckAt);
    QCOMPARE(a.lastCheckPassed, b.lastCheckPassed);
    QCOMPARE(a.companyMapping, b.companyMapping);
    QCOMPARE(a.connected, b.connected);
    QCOMPARE(a.disconnectedAt, b.disconnectedAt);
    QCOMPARE(a.publicKeyHint, b.publicKeyHint);
    QCOMPARE(a.keychainAccount, b.keychainAccount);
    QCOMPARE(a.pinnedCertificates, b.pinnedCertificates);
}

} // namespace

class TestSettingsProfileStore : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void roundTripsEveryField_data();
    void roundTripsEveryField();
    void emptyValuesRoundTrip();
    void resaveDropsMappingRowsNoLongerThere();
    void profilesAreIndependent();
    void defaultProfile();
    void removeClearsTheDefault();
    void unwritableFileIsReported();
    void settingsFileNeverContainsAKey();

private:
    QString iniPath() const { return m_dir->filePath(QStringLiteral("phin.ini")); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSettingsProfileStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSettingsProfileStore::roundTripsEveryField_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("plain") << QStringLiteral("Acme");
    QTest::newRow("slashes") << QStringLiteral("Client A/B \\ C");
    QTest::newRow("unicode") << QStringLiteral("Café Ünïcode 株式会社");
    QTest::newRow("percent-and-equals") << QStringLiteral("50% = half; [group]");
}

void TestSettingsProfileStore::roundTripsEveryField()
{
    QFETCH(QString, name);
    {
        SettingsProfileStore store(iniPath());
        QString error;
        QVERIFY2(store.saveProfile(full(name), &error), qPrintable(error));
    }
    // A fresh store on the same file: proves it reached the disk.
    SettingsProfileStore reopened(iniPath());
    QCOMPARE(reopened.profileNames(), QStringList { name });
    const auto loaded = reopened.profile(name);
    QVERIFY(loaded);
    compareProfiles(*loaded, full(name));
}

void TestSettingsProfileStore::emptyValuesRoundTrip()
{
    ConnectionProfile p;
    p.name = QStringLiteral("Bare");
    p.companyId = QStringLiteral("bare");
    p.features = { QStringLiteral("only-one") };
    SettingsProfileStore store(iniPath());
    QVERIFY(store.saveProfile(p, nullptr));
    SettingsProfileStore reopened(iniPath());
    compareProfiles(*reopened.profile(QStringLiteral("Bare")), p);
    p.features.clear();
    QVERIFY(store.saveProfile(p, nullptr));
    compareProfiles(*SettingsProfileStore(iniPath()).profile(QStringLiteral("Bare")), p);
}

void TestSettingsProfileStore::resaveDropsMappingRowsNoLongerThere()
{
    SettingsProfileStore store(iniPath());
    ConnectionProfile p = full(QStringLiteral("Acme"));
    QVERIFY(store.saveProfile(p, nullptr));
    p.companyMapping.resize(1);
    QVERIFY(store.saveProfile(p, nullptr));
    QCOMPARE(SettingsProfileStore(iniPath()).profile(QStringLiteral("Acme"))->companyMapping,
        p.companyMapping);
}

void TestSettingsProfileStore::profilesAreIndependent()
{
    SettingsProfileStore first(iniPath());
    QVERIFY(first.saveProfile(full(QStringLiteral("One")), nullptr));
    // Another process (the other tool) adds a profile through its own store.
    SettingsProfileStore second(iniPath());
    QVERIFY(second.saveProfile(full(QStringLiteral("Two")), nullptr));
    QVERIFY(first.saveProfile(full(QStringLiteral("One")), nullptr));
    QCOMPARE(SettingsProfileStore(iniPath()).profileNames(), QStringList({ "One", "Two" }));
    QVERIFY(!first.profile(QStringLiteral("Three")));
    QVERIFY(!first.profile(QString()));
}

void TestSettingsProfileStore::defaultProfile()
{
    SettingsProfileStore store(iniPath());
    QVERIFY(store.defaultProfileName().isEmpty());
    QString error;
    QVERIFY(!store.setDefaultProfileName(QStringLiteral("Nope"), &error));
    QVERIFY2(error.contains(QLatin1String("Nope")), qPrintable(error));
    QVERIFY(store.saveProfile(full(QStringLiteral("A/B")), nullptr));
    QVERIFY(store.setDefaultProfileName(QStringLiteral("A/B"), &error));
    QCOMPARE(SettingsProfileStore(iniPath()).defaultProfileName(), QStringLiteral("A/B"));
    QVERIFY(store.setDefaultProfileName(QString(), &error));
    QVERIFY(SettingsProfileStore(iniPath()).defaultProfileName().isEmpty());
}

void TestSettingsProfileStore::removeClearsTheDefault()
{
    SettingsProfileStore store(iniPath());
    QVERIFY(store.saveProfile(full(QStringLiteral("A")), nullptr));
    QVERIFY(store.saveProfile(full(QStringLiteral("B")), nullptr));
    QVERIFY(store.setDefaultProfileName(QStringLiteral("A"), nullptr));
    QVERIFY(store.removeProfile(QStringLiteral("A"), nullptr));
    SettingsProfileStore reopened(iniPath());
    QCOMPARE(reopened.profileNames(), QStringList { QStringLiteral("B") });
    QVERIFY(reopened.defaultProfileName().isEmpty());
}

void TestSettingsProfileStore::unwritableFileIsReported()
{
    // A regular file where the folder should be: not even root can create the settings there.
    QFile blocker(m_dir->filePath(QStringLiteral("not-a-folder")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const QString path = m_dir->filePath(QStringLiteral("not-a-folder/phin.ini"));
    SettingsProfileStore store(path);
    QString error;
    QVERIFY(!store.saveProfile(full(QStringLiteral("Acme")), &error));
    QVERIFY2(
        error.contains(QLatin1String("cannot write")) && error.contains(path), qPrintable(error));
}

void TestSettingsProfileStore::settingsFileNeverContainsAKey()
{
    FakeSecretStore secrets;
    SettingsProfileStore profiles(iniPath());
    ConnectionVault vault(secrets, profiles);
    ConnectionProfile p = full(QStringLiteral("Acme"));
    p.keychainAccount.clear();

    auto fileHoldsAKey = [this](QByteArray *found) {
        QFile file(iniPath());
        if (!file.open(QIODevice::ReadOnly))
            return false;
        const QByteArray bytes = file.readAll();
        for (const QByteArray &key : { kPublic, kPrivate, kNewPublic, kNewPrivate }) {
            for (const QByteArray &form :
                { key, key.toBase64(), key.toHex(), key.toLower(), key.left(12) }) {
                if (bytes.contains(form)) {
                    *found = form;
                    return true;
                }
            }
        }
        return false;
    };
    QByteArray found;

    QSignalSpy saved(&vault, &ConnectionVault::saveFinished);
    vault.saveConnection(p, ApiKeys { kPublic, kPrivate }, true);
    QVERIFY(saved.wait(2000));
    QVERIFY(saved.first().first().value<VaultResult>().ok());
    QVERIFY(QFile::exists(iniPath()));
    QVERIFY2(!fileHoldsAKey(&found), found.constData());
    QCOMPARE(secrets.entries().size(), 2); // the keys did go somewhere: the keychain

    QSignalSpy rotated(&vault, &ConnectionVault::rotateFinished);
    vault.rotateKeys(QStringLiteral("Acme"), ApiKeys { kNewPublic, kNewPrivate }, true);
    QVERIFY(rotated.wait(2000));
    QVERIFY(rotated.first().first().value<VaultResult>().ok());
    QVERIFY2(!fileHoldsAKey(&found), found.constData());

    QSignalSpy disconnected(&vault, &ConnectionVault::disconnectFinished);
    vault.disconnectProfile(QStringLiteral("Acme"));
    QVERIFY(disconnected.wait(2000));
    QVERIFY2(!fileHoldsAKey(&found), found.constData());

    // The check itself works: a key written into the file is found.
    QSettings raw(iniPath(), QSettings::IniFormat);
    raw.setValue(QStringLiteral("oops"), QString::fromLatin1(kNewPrivate));
    raw.sync();
    QVERIFY(fileHoldsAKey(&found));
}

QTEST_GUILESS_MAIN(TestSettingsProfileStore)
#include "tst_settingsprofilestore.moc"

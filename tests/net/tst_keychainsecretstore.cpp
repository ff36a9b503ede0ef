// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionvault.h"
#include "keychainsecretstore.h"
#include "phinconfig.h"
#include "settingsprofilestore.h"
#include "vaultresult.h"

#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cstdio>
#include <optional>

namespace {

// Test values shaped like ConnectWise keys; not keys to anything.
const QByteArray kPublic = QByteArrayLiteral("PUBKEYAAAA1111QZ");
const QByteArray kPrivate = QByteArrayLiteral("PRIVKEYBBBB2222X");
const QByteArray kNewPublic = QByteArrayLiteral("PUBKEYCCCC3333RY");
const QByteArray kNewPrivate = QByteArrayLiteral("PRIVKEYDDDD4444W");
const QByteArray kChildSecret = QByteArrayLiteral("CHILDSECRET0000Z");
const char kChildFlag[] = "--child-write";

class Collector : public QObject
{
public:
    QList<SecretResult> results;
    SecretStore::Callback callback()
    {
        return [this](const SecretResult &r) { results.append(r); };
    }
};

// In a child process: one write through the real store, reported on stdout as key=value lines.
int childWrite()
{
    KeychainSecretStore store;
    QEventLoop loop;
    std::optional<SecretResult> answer;
    store.write(QStringLiteral("child@test/private-key"), kChildSecret, &loop,
        [&](const SecretResult &result) {
            answer = result;
            loop.quit();
        });
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    loop.exec();
    if (!answer) {
        std::printf("secret-error=timeout\n");
        return 1;
    }
    const SecretResult r = *answer;
    const VaultError error = classifySecretFailure(r.error, r.errorString, SecretOperation::Write);
    std::printf("secret-error=%d\nvault-error=%s\ndetail=%s\nmessage=%s\n", int(r.error),
        qPrintable(vaultErrorName(error)), qPrintable(r.errorString),
        qPrintable(vaultErrorMessage(error, VaultOperation::Save, QStringLiteral("Child"))));
    return 0;
}

} // namespace

class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void serviceIsTheApplicationId();
    void writeReadOverwriteRemove();
    void keepsBinaryBytes();
    void entriesAreSeparatePerKeyAndService();
    void answersAfterReturningAndNeverToADestroyedContext();
    void vaultRoundTripThroughTheRealKeychain();
    void noSessionBusIsExplained();
    void noSecretServiceIsExplained();
    void lockedKeyringIsExplained();

private:
    QHash<QString, QString> runChild(const QStringList &wrapper, const QProcessEnvironment &env);
    static bool treeContains(const QString &root, const QByteArray &needle);
    QProcessEnvironment childEnvironment(QTemporaryDir &home) const;

    std::unique_ptr<QTemporaryDir> m_scratch;
};

void TestKeychainSecretStore::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"),
        "run through ctest: it starts a D-Bus session with an unlocked keyring");
    m_scratch = std::make_unique<QTemporaryDir>();
    QVERIFY(m_scratch->isValid());
}

void TestKeychainSecretStore::serviceIsTheApplicationId()
{
    QCOMPARE(KeychainSecretStore().service(), QStringLiteral(PHIN_APP_ID));
    QCOMPARE(QStringLiteral(PHIN_APP_ID), QStringLiteral("io.phinsec.CwSetup"));
}

void TestKeychainSecretStore::writeReadOverwriteRemove()
{
    KeychainSecretStore store;
    Collector c;
    const QString key = QStringLiteral("acme@na.myconnectwise.net/private-key");
    store.write(key, kPrivate, &c, c.callback());
    QTRY_COMPARE(c.results.size(), 1);
    QVERIFY2(c.results.last().ok(), qPrintable(c.results.last().errorString));

    store.read(key, &c, c.callback());
    QTRY_COMPARE(c.results.size(), 2);
    QVERIFY(c.results.last().ok());
    QCOMPARE(c.results.last().secret, kPrivate);

    store.write(key, kNewPrivate, &c, c.callback());
    QTRY_COMPARE(c.results.size(), 3);
    QVERIFY(c.results.last().ok());
    store.read(key, &c, c.callback());
    QTRY_COMPARE(c.results.size(), 4);
    QCOMPARE(c.results.last().secret, kNewPrivate);

    store.remove(key, &c, c.callback());
    QTRY_COMPARE(c.results.size(), 5);
    QVERIFY(c.results.last().ok());
    store.read(key, &c, c.callback());
    QTRY_COMPARE(c.results.size(), 6);
    QCOMPARE(c.results.last().error, SecretError::EntryNotFound);
    QVERIFY(c.results.last().secret.isEmpty());
}

void TestKeychainSecretStore::keepsBinaryBytes()
{
    KeychainSecretStore store;
    Collector c;
    const QByteArray bytes("\x00\x01 key\n\xff\xfe=+/", 12);
    store.write(QStringLiteral("binary"), bytes, &c, c.callback());
    store.read(QStringLiteral("binary"), &c, c.callback());
    QTRY_COMPARE(c.results.size(), 2);
    QVERIFY(c.results.at(0).ok());
    QCOMPARE(c.results.at(1).secret, bytes);
}

void TestKeychainSecretStore::entriesAreSeparatePerKeyAndService()
{
    KeychainSecretStore store;
    KeychainSecretStore other(QStringLiteral("io.phinsec.SomethingElse"));
    Collector c;
    store.write(QStringLiteral("a/public-key"), kPublic, &c, c.callback());
    store.write(QStringLiteral("a/private-key"), kPrivate, &c, c.callback());
    store.read(QStringLiteral("a/public-key"), &c, c.callback());
    other.read(QStringLiteral("a/private-key"), &c, c.callback());
    QTRY_COMPARE(c.results.size(), 4);
    QCOMPARE(c.results.at(2).secret, kPublic);
    QCOMPARE(c.results.at(3).error, SecretError::EntryNotFound);
}

void TestKeychainSecretStore::answersAfterReturningAndNeverToADestroyedContext()
{
    KeychainSecretStore store;
    Collector c;
    int gone = 0;
    auto *doomed = new QObject;
    store.write(QStringLiteral("ctx"), kPublic, doomed, [&gone](const SecretResult &) { ++gone; });
    store.read(QStringLiteral("ctx"), &c, c.callback());
    QCOMPARE(c.results.size(), 0);
    delete doomed;
    QTRY_COMPARE(c.results.size(), 1); // jobs run in order: the write finished before this read
    QCOMPARE(c.results.first().secret, kPublic);
    QCOMPARE(gone, 0);
}

void TestKeychainSecretStore::vaultRoundTripThroughTheRealKeychain()
{
    KeychainSecretStore secrets;
    SettingsProfileStore profiles(m_scratch->filePath(QStringLiteral("profiles.ini")));
    ConnectionVault vault(secrets, profiles);
    ConnectionProfile p;
    p.name = QStringLiteral("Acme");
    p.site = QStringLiteral("na.myconnectwise.net");
    p.loginHost = QStringLiteral("na.myconnectwise.net");
    p.companyId = QStringLiteral("acme");
    p.companyMapping
        = { { QStringLiteral("Org"), QStringLiteral("1"), QStringLiteral("Org"), QString() } };

    QSignalSpy saved(&vault, &ConnectionVault::saveFinished);
    vault.saveConnection(p, ApiKeys { kPublic, kPrivate }, true);
    QVERIFY(saved.wait(10000));
    QVERIFY2(saved.first().first().value<VaultResult>().ok(),
        qPrintable(saved.first().first().value<VaultResult>().message));

    QSignalSpy rotated(&vault, &ConnectionVault::rotateFinished);
    vault.rotateKeys(QStringLiteral("Acme"), ApiKeys { kNewPublic, kNewPrivate }, true);
    QVERIFY(rotated.wait(10000));
    QVERIFY(rotated.first().first().value<VaultResult>().ok());

    QSignalSpy loaded(&vault, &ConnectionVault::loadFinished);
    vault.loadKeys();
    QVERIFY(loaded.wait(10000));
    QVERIFY(loaded.first().first().value<VaultResult>().ok());
    QCOMPARE(loaded.first().at(1).value<ApiKeys>().publicKey, kNewPublic);
    QCOMPARE(loaded.first().at(1).value<ApiKeys>().privateKey, kNewPrivate);

    QSignalSpy disconnected(&vault, &ConnectionVault::disconnectFinished);
    vault.disconnectProfile(QStringLiteral("Acme"));
    QVERIFY(disconnected.wait(10000));
    QVERIFY(disconnected.first().first().value<VaultResult>().ok());

    // Gone from the real keychain; the profile and its mapping stay.
    Collector c;
    secrets.read(QStringLiteral("acme@na.myconnectwise.net/public-key"), &c, c.callback());
    secrets.read(QStringLiteral("acme@na.myconnectwise.net/private-key"), &c, c.callback());
    QTRY_COMPARE(c.results.size(), 2);
    QCOMPARE(c.results.at(0).error, SecretError::EntryNotFound);
    QCOMPARE(c.results.at(1).error, SecretError::EntryNotFound);
    QCOMPARE(profiles.profile(QStringLiteral("Acme"))->companyMapping, p.companyMapping);
    QVERIFY(!profiles.profile(QStringLiteral("Acme"))->connected);
}

QProcessEnvironment TestKeychainSecretStore::childEnvironment(QTemporaryDir &home) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name :
        { "DBUS_SESSION_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY", "GNOME_KEYRING_CONTROL" })
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    // A runtime folder without a "bus" socket, so nothing finds the parent's bus through it.
    QDir(home.path()).mkpath(QStringLiteral("run"));
    QFile::setPermissions(home.filePath(QStringLiteral("run")),
        QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.filePath(QStringLiteral("run")));
    return env;
}

QHash<QString, QString> TestKeychainSecretStore::runChild(
    const QStringList &wrapper, const QProcessEnvironment &env)
{
    QProcess child;
    child.setProcessEnvironment(env);
    QStringList command = wrapper;
    command << QCoreApplication::applicationFilePath() << QString::fromLatin1(kChildFlag);
    child.start(command.takeFirst(), command);
    QHash<QString, QString> out;
    if (!child.waitForFinished(30000)) {
        child.kill();
        child.waitForFinished();
        return out;
    }
    const QList<QByteArray> lines = child.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            out.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    }
    if (out.isEmpty())
        qWarning().noquote() << "child said:" << child.readAllStandardError();
    return out;
}

bool TestKeychainSecretStore::treeContains(const QString &root, const QByteArray &needle)
{
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            return true;
    }
    return false;
}

void TestKeychainSecretStore::noSessionBusIsExplained()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const auto out = runChild({}, childEnvironment(home));
    QCOMPARE(out.value(QStringLiteral("secret-error")),
        QString::number(int(SecretError::OtherError))); // QtKeychain's error 7
    QVERIFY2(out.value(QStringLiteral("detail")).contains(QLatin1String("autolaunch D-Bus")),
        qPrintable(out.value(QStringLiteral("detail"))));
    QCOMPARE(out.value(QStringLiteral("vault-error")), QStringLiteral("no-session-bus"));
    const QString message = out.value(QStringLiteral("message"));
    QVERIFY2(message.contains(QLatin1String("no D-Bus session bus"))
            && message.contains(QLatin1String("dbus-run-session"))
            && message.contains(QLatin1String("session only")),
        qPrintable(message));
    // And no plain-text fallback was written anywhere under the child's home.
    QVERIFY(!treeContains(home.path(), kChildSecret));
}

void TestKeychainSecretStore::noSecretServiceIsExplained()
{
    // A session bus that knows no services at all: nothing can provide org.freedesktop.secrets.
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString config = home.filePath(QStringLiteral("bus.conf"));
    QFile file(config);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
        " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
        "<busconfig><type>session</type><listen>unix:tmpdir="
        + QFile::encodeName(home.path())
        + "</listen><auth>EXTERNAL</auth>"
          "<policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>"
          "<allow eavesdrop=\"true\"/><allow own=\"*\"/>"
          "</policy></busconfig>\n");
    file.close();
    const auto out = runChild({ QStringLiteral("dbus-run-session"),
                                  QStringLiteral("--config-file=") + config, QStringLiteral("--") },
        childEnvironment(home));
    QCOMPARE(out.value(QStringLiteral("vault-error")), QStringLiteral("no-keychain-service"));
    QVERIFY2(out.value(QStringLiteral("detail")).contains(QLatin1String("org.freedesktop.secrets")),
        qPrintable(out.value(QStringLiteral("detail"))));
    QVERIFY2(out.value(QStringLiteral("message")).contains(QLatin1String("gnome-keyring")),
        qPrintable(out.value(QStringLiteral("message"))));
    QVERIFY(!treeContains(home.path(), kChildSecret));
}

void TestKeychainSecretStore::lockedKeyringIsExplained()
{
    // The login keyring exists in this test's HOME (earlier tests wrote to it); a second
    // gnome-keyring started without its password finds it locked.
    const QString script = QFINDTESTDATA("locked-keyring.sh");
    QVERIFY(!script.isEmpty());
    KeychainSecretStore store;
    Collector c;
    store.write(QStringLiteral("makes-sure-the-login-keyring-exists"), kPublic, &c, c.callback());
    QTRY_COMPARE(c.results.size(), 1);
    QVERIFY(c.results.first().ok());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    env.remove(QStringLiteral("GNOME_KEYRING_CONTROL"));
    env.remove(QStringLiteral("DISPLAY"));
    const auto out
        = runChild({ QStringLiteral("dbus-run-session"), QStringLiteral("--"), script }, env);
    QCOMPARE(out.value(QStringLiteral("vault-error")), QStringLiteral("keychain-locked"));
    QVERIFY2(out.value(QStringLiteral("message")).contains(QLatin1String("locked")),
        qPrintable(out.value(QStringLiteral("message"))));
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], kChildFlag) == 0)
        return childWrite();
    TestKeychainSecretStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychainsecretstore.moc"

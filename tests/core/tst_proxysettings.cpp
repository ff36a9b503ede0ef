// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
// ProxySettings: validation with specific messages, the description and keychain entry that
// never carry the password, the saved form, and --proxy URL parsing.
#include "proxysettings.h"

#include <QTest>

namespace {

ProxySettings manual(
    const QString &host, int port, const QString &user = {}, ProxyType type = ProxyType::Http)
{
    ProxySettings s;
    s.mode = ProxyMode::Manual;
    s.type = type;
    s.host = host;
    s.port = port;
    s.user = user;
    return s;
}

} // namespace

class TestProxySettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void validation_data();
    void validation();
    void systemAndDirectNeedNothing();
    void describeNeverShowsThePassword();
    void secretKeyIsSpecific();
    void mapRoundTrip_data();
    void mapRoundTrip();
    void damagedMapFallsBackToSystem();
    void fromUrl_data();
    void fromUrl();
    void urlCarriesThePasswordOnlyForTheTransport();
};

void TestProxySettings::validation_data()
{
    QTest::addColumn<ProxySettings>("settings");
    QTest::addColumn<bool>("passwordGiven");
    QTest::addColumn<QString>("code"); // empty: valid
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("valid-no-auth") << manual("proxy.example.com", 3128) << false << ""
                                   << "";
    QTest::newRow("valid-with-auth") << manual("10.0.0.1", 8080, "alice") << true << ""
                                     << "";
    QTest::newRow("valid-ipv6") << manual("::1", 1080, {}, ProxyType::Socks5) << false << ""
                                << "";
    QTest::newRow("host-empty") << manual("", 3128) << false << "host-empty"
                                << "host name";
    QTest::newRow("host-with-scheme") << manual("http://proxy", 3128) << false << "host-url"
                                      << "without \"http://\"";
    QTest::newRow("host-with-space") << manual("proxy example", 3128) << false << "host-invalid"
                                     << "spaces";
    QTest::newRow("host-padded") << manual(" proxy", 3128) << false << "host-invalid"
                                 << "spaces";
    QTest::newRow("port-zero") << manual("proxy", 0) << false << "port-range"
                               << "1 to 65535";
    QTest::newRow("port-too-big") << manual("proxy", 65536) << false << "port-range"
                                  << "1 to 65535";
    QTest::newRow("user-without-password")
        << manual("proxy", 3128, "alice") << false << "user-without-password"
        << "alice";
    QTest::newRow("password-without-user")
        << manual("proxy", 3128) << true << "password-without-user"
        << "user name";
    QTest::newRow("user-with-trailing-space")
        << manual("proxy", 3128, "alice ") << true << "user-spaces"
        << "space";
}

void TestProxySettings::validation()
{
    QFETCH(ProxySettings, settings);
    QFETCH(bool, passwordGiven);
    QFETCH(QString, code);
    QFETCH(QString, messagePart);
    const QList<ProxyIssue> issues = settings.validate(passwordGiven);
    if (code.isEmpty()) {
        QVERIFY2(issues.isEmpty(), qPrintable(issues.value(0).message));
        return;
    }
    QCOMPARE(issues.size(), 1);
    QCOMPARE(issues.first().code, code);
    QVERIFY2(issues.first().message.contains(messagePart), qPrintable(issues.first().message));
}

void TestProxySettings::systemAndDirectNeedNothing()
{
    ProxySettings s;
    QVERIFY(s.validate(false).isEmpty());
    QCOMPARE(s.mode, ProxyMode::System);
    s.mode = ProxyMode::Direct;
    s.port = -5; // leftovers of an earlier manual proxy do not matter
    QVERIFY(s.validate(true).isEmpty());
    QVERIFY(s.secretKey().isEmpty());
    QVERIFY(s.url(QStringLiteral("x")).isEmpty());
}

void TestProxySettings::describeNeverShowsThePassword()
{
    ProxySettings s = manual("proxy.example.com", 3128, "alice");
    s.hasPassword = true;
    QCOMPARE(s.describe(), QStringLiteral("http://alice@proxy.example.com:3128"));
    QCOMPARE(manual("::1", 1080, {}, ProxyType::Socks5).describe(),
        QStringLiteral("socks5://[::1]:1080"));
    QCOMPARE(ProxySettings().describe(), QStringLiteral("system proxy"));
}

void TestProxySettings::secretKeyIsSpecific()
{
    const ProxySettings a = manual("proxy", 3128, "alice");
    QVERIFY(!a.secretKey().isEmpty());
    QCOMPARE(a.secretKey(), manual("PROXY", 3128, "alice").secretKey()); // host names ignore case
    QVERIFY(a.secretKey() != manual("proxy", 3129, "alice").secretKey());
    QVERIFY(a.secretKey() != manual("other", 3128, "alice").secretKey());
    QVERIFY(a.secretKey() != manual("proxy", 3128, "bob").secretKey());
    QVERIFY(a.secretKey() != manual("proxy", 3128, "alice", ProxyType::Socks5).secretKey());
    // "a@b" at "c" and "a" at "b@c" must not share an entry.
    QVERIFY(manual("c", 1, "a@b").secretKey() != manual("b@c", 1, "a").secretKey());
    QVERIFY(manual("proxy", 3128).secretKey().isEmpty()); // no user: no password to store
}

void TestProxySettings::mapRoundTrip_data()
{
    QTest::addColumn<ProxySettings>("settings");
    ProxySettings direct;
    direct.mode = ProxyMode::Direct;
    ProxySettings withPassword = manual("10.1.2.3", 8080, "alice");
    withPassword.hasPassword = true;
    QTest::newRow("system") << ProxySettings();
    QTest::newRow("direct") << direct;
    QTest::newRow("manual-http") << manual("proxy.example.com", 3128);
    QTest::newRow("manual-socks-user") << withPassword;
    QTest::newRow("manual-socks") << manual("::1", 1080, {}, ProxyType::Socks5);
}

void TestProxySettings::mapRoundTrip()
{
    QFETCH(ProxySettings, settings);
    const QVariantMap map = settings.toMap();
    QCOMPARE(ProxySettings::fromMap(map), settings);
    for (const QVariant &value : map)
        QVERIFY(!value.toString().contains(QLatin1String("password"), Qt::CaseInsensitive));
}

void TestProxySettings::damagedMapFallsBackToSystem()
{
    QCOMPARE(ProxySettings::fromMap({ { QStringLiteral("mode"), QStringLiteral("bogus") } }).mode,
        ProxyMode::System);
    QCOMPARE(ProxySettings::fromMap({}).mode, ProxyMode::System);
    const ProxySettings s = ProxySettings::fromMap({ { QStringLiteral("mode"),
                                                         QStringLiteral("manual") },
        { QStringLiteral("host"), QStringLiteral("p") },
        { QStringLiteral("port"), QStringLiteral("x") }, { QStringLiteral("hasPassword"), true } });
    QCOMPARE(s.port, 0);
    QVERIFY(!s.hasPassword); // no user: nothing in the keychain can belong to it
    QCOMPARE(s.validate(false).first().code, QStringLiteral("port-range"));
}

void TestProxySettings::fromUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("described"); // empty: rejected
    QTest::addColumn<QString>("password");
    QTest::newRow("http") << "http://proxy:3128"
                          << "http://proxy:3128"
                          << "";
    QTest::newRow("http-user") << "http://alice@proxy:3128"
                               << "http://alice@proxy:3128"
                               << "";
    QTest::newRow("http-user-password") << "http://alice:s3cr%2Ft@proxy:3128"
                                        << "http://alice@proxy:3128"
                                        << "s3cr/t";
    QTest::newRow("socks") << "socks://10.0.0.1:1080"
                           << "socks5://10.0.0.1:1080"
                           << "";
    QTest::newRow("socks5") << "socks5://10.0.0.1:1080"
                            << "socks5://10.0.0.1:1080"
                            << "";
    QTest::newRow("ftp") << "ftp://proxy:21"
                         << ""
                         << "";
    QTest::newRow("no-port") << "http://proxy"
                             << ""
                             << "";
    QTest::newRow("a-path") << "http://proxy:3128/wpad.dat"
                            << ""
                            << "";
}

void TestProxySettings::fromUrl()
{
    QFETCH(QString, url);
    QFETCH(QString, described);
    QFETCH(QString, password);
    QUrl u(url);
    QString gotPassword;
    QString error;
    const ProxySettings s = ProxySettings::fromUrl(u, &gotPassword, &error);
    if (described.isEmpty()) {
        QCOMPARE(s.mode, ProxyMode::System);
        QVERIFY(!error.isEmpty());
        return;
    }
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(s.describe(), described);
    QCOMPARE(gotPassword, password);
    QCOMPARE(s.hasPassword, !password.isEmpty());
}

void TestProxySettings::urlCarriesThePasswordOnlyForTheTransport()
{
    const ProxySettings s = manual("proxy", 3128, "al@ice");
    const QUrl u = s.url(QStringLiteral("p:w@d"));
    QCOMPARE(u.userName(), QStringLiteral("al@ice"));
    QCOMPARE(u.password(), QStringLiteral("p:w@d"));
    QCOMPARE(u.host(), QStringLiteral("proxy"));
    QCOMPARE(u.port(), 3128);
    QVERIFY(!s.describe().contains(QLatin1String("p:w@d")));
}

QTEST_GUILESS_MAIN(TestProxySettings)
#include "tst_proxysettings.moc"

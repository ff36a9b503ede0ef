// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectwiseassumptions.h"
#include "siteaddress.h"

#include <QTest>

Q_DECLARE_METATYPE(SiteError)

class TestSiteAddress : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void parse_data();
    void parse();
    void baseUrlUsesTheLookedUpCodebase();
    void credentialsOnlyToTheApiOrigin_data();
    void credentialsOnlyToTheApiOrigin();

private:
    ConnectWiseAssumptions m_assumptions;
};

void TestSiteAddress::initTestCase()
{
    QString error;
    m_assumptions = ConnectWiseAssumptions::load(&error);
    QVERIFY2(m_assumptions.isValid(), qPrintable(error));
}

void TestSiteAddress::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<SiteError>("error");
    QTest::addColumn<QString>("apiOrigin");
    QTest::addColumn<QString>("loginUrl");
    QTest::addColumn<bool>("cloud");
    QTest::addColumn<bool>("notice");

    QTest::newRow("bare-cloud-host")
        << "na.myconnectwise.net" << SiteError::None << "https://api-na.myconnectwise.net"
        << "https://na.myconnectwise.net/" << true << false;
    QTest::newRow("https-with-slash")
        << "https://na.myconnectwise.net/" << SiteError::None << "https://api-na.myconnectwise.net"
        << "https://na.myconnectwise.net/" << true << false;
    QTest::newRow("full-login-url")
        << "https://na.myconnectwise.net/v4_6_release/ConnectWise.aspx?locale=en_US#startscreen"
        << SiteError::None << "https://api-na.myconnectwise.net"
        << "https://na.myconnectwise.net/" << true << true;
    QTest::newRow("api-host-given")
        << "api-eu.myconnectwise.net" << SiteError::None << "https://api-eu.myconnectwise.net"
        << "https://eu.myconnectwise.net/" << true << false;
    QTest::newRow("upper-case-and-spaces")
        << "  NA.MyConnectWise.net  " << SiteError::None << "https://api-na.myconnectwise.net"
        << "https://na.myconnectwise.net/" << true << false;
    QTest::newRow("staging") << "staging.connectwisedev.com" << SiteError::None
                             << "https://api-staging.connectwisedev.com"
                             << "https://staging.connectwisedev.com/" << true << false;
    QTest::newRow("api-base-url-pasted")
        << "https://api-au.myconnectwise.net/v4_6_release/apis/3.0/" << SiteError::None
        << "https://api-au.myconnectwise.net"
        << "https://au.myconnectwise.net/" << true << true;
    QTest::newRow("on-prem-with-port")
        << "cw.example.com:8443" << SiteError::None << "https://cw.example.com:8443"
        << "https://cw.example.com:8443/" << false << false;
    QTest::newRow("on-prem-default-port-dropped")
        << "https://cw.example.com:443/v4_6_release/" << SiteError::None << "https://cw.example.com"
        << "https://cw.example.com/" << false << true;
    QTest::newRow("loopback-http")
        << "http://127.0.0.1:8080" << SiteError::None << "http://127.0.0.1:8080"
        << "http://127.0.0.1:8080/" << false << false;
    QTest::newRow("localhost-http")
        << "http://localhost:41234/" << SiteError::None << "http://localhost:41234"
        << "http://localhost:41234/" << false << false;
    QTest::newRow("ipv6-loopback-http")
        << "http://[::1]:9000" << SiteError::None << "http://[::1]:9000"
        << "http://[::1]:9000/" << false << false;
    QTest::newRow("http-not-https-cloud")
        << "http://na.myconnectwise.net" << SiteError::InsecureHttp << ""
        << "" << false << false;
    QTest::newRow("http-not-https-onprem")
        << "http://cw.example.com:8080" << SiteError::InsecureHttp << ""
        << "" << false << false;
    QTest::newRow("empty") << "   " << SiteError::Empty << ""
                           << "" << false << false;
    QTest::newRow("ftp-scheme") << "ftp://na.myconnectwise.net" << SiteError::UnsupportedScheme
                                << ""
                                << "" << false << false;
    QTest::newRow("credentials-in-url")
        << "https://user:pw@na.myconnectwise.net" << SiteError::HasCredentials << ""
        << "" << false << false;
    QTest::newRow("space-inside") << "na.myconnect wise.net" << SiteError::InvalidHost << ""
                                  << "" << false << false;
    QTest::newRow("bad-port") << "cw.example.com:99999" << SiteError::InvalidPort << ""
                              << "" << false << false;
    QTest::newRow("bad-host-chars") << "cw_!example.com" << SiteError::InvalidHost << ""
                                    << "" << false << false;
}

void TestSiteAddress::parse()
{
    QFETCH(QString, input);
    QFETCH(SiteError, error);
    QFETCH(QString, apiOrigin);
    QFETCH(QString, loginUrl);
    QFETCH(bool, cloud);
    QFETCH(bool, notice);

    const SiteParseResult r = parseSite(input, m_assumptions);
    QCOMPARE(int(r.error), int(error));
    if (error != SiteError::None) {
        QVERIFY(!r.ok());
        QVERIFY(!r.site.isValid());
        QVERIFY2(r.message.startsWith(QLatin1String("ConnectWise site:")), qPrintable(r.message));
        return;
    }
    QVERIFY(r.message.isEmpty());
    QCOMPARE(r.site.apiOrigin().toString(), apiOrigin);
    QCOMPARE(r.site.loginUrl().toString(), loginUrl);
    QCOMPARE(r.site.isCloudHost, cloud);
    QCOMPARE(!r.notices.isEmpty(), notice);
}

void TestSiteAddress::baseUrlUsesTheLookedUpCodebase()
{
    const SiteParseResult r = parseSite(QStringLiteral("na.myconnectwise.net"), m_assumptions);
    QCOMPARE(r.site.apiBaseUrl(QStringLiteral("v2025_1/")).toString(),
        QStringLiteral("https://api-na.myconnectwise.net/v2025_1/apis/3.0/"));
    QCOMPARE(r.site.apiBaseUrl(QStringLiteral("v2019_3")).toString(),
        QStringLiteral("https://api-na.myconnectwise.net/v2019_3/apis/3.0/"));
}

void TestSiteAddress::credentialsOnlyToTheApiOrigin_data()
{
    QTest::addColumn<QString>("site");
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("same-origin") << "na.myconnectwise.net"
                                 << "https://api-na.myconnectwise.net/v1/apis/3.0/x" << true;
    QTest::newRow("login-host") << "na.myconnectwise.net"
                                << "https://na.myconnectwise.net/v1/apis/3.0/x" << false;
    QTest::newRow("other-host") << "na.myconnectwise.net"
                                << "https://evil.example/x" << false;
    QTest::newRow("downgrade-to-http") << "na.myconnectwise.net"
                                       << "http://api-na.myconnectwise.net/x" << false;
    QTest::newRow("other-port") << "cw.example.com:8443"
                                << "https://cw.example.com:9443/x" << false;
    QTest::newRow("loopback-http") << "http://127.0.0.1:8080"
                                   << "http://127.0.0.1:8080/x" << true;
}

void TestSiteAddress::credentialsOnlyToTheApiOrigin()
{
    QFETCH(QString, site);
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    const SiteParseResult r = parseSite(site, m_assumptions);
    QVERIFY(r.ok());
    QCOMPARE(r.site.mayCarryCredentials(QUrl(url)), allowed);
}

QTEST_GUILESS_MAIN(TestSiteAddress)
#include "tst_siteaddress.moc"

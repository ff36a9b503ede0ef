// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "companylookup.h"
#include "connectwiseassumptions.h"
#include "faketransport.h"

#include <QSignalSpy>
#include <QTest>

class TestCompanyLookup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void answers_data();
    void answers();
    void restartDropsTheStaleAnswer();
    void cancelEmitsNothing();
    void sendsNoCredentials();

private:
    ConnectWiseAssumptions m_assumptions;
    SiteAddress m_site;
};

void TestCompanyLookup::initTestCase()
{
    m_assumptions = ConnectWiseAssumptions::load();
    m_site = parseSite(QStringLiteral("eu.myconnectwise.net"), m_assumptions).site;
}

void TestCompanyLookup::answers_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<int>("transportError");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("codebase");
    const QByteArray json("application/json");
    QTest::newRow("devguide-string-iscloud")
        << 200
        << QByteArray(
               R"({"CompanyName":"ConnectWise","Codebase":"v2017_3/","VersionCode":"v2017.3","VersionNumber":"v4.6.38842","CompanyID":"CW","IsCloud":"True"})")
        << json << 0 << "ok"
        << "v2017_3/";
    QTest::newRow("bool-iscloud-no-slash")
        << 200 << QByteArray(R"({"Codebase":"v2025_1","IsCloud":true})") << json << 0 << "ok"
        << "v2025_1/";
    QTest::newRow("unknown-company-null")
        << 200 << QByteArray("null") << json << 0 << "company_not_found"
        << "";
    QTest::newRow("unknown-company-empty")
        << 200 << QByteArray("") << json << 0 << "company_not_found"
        << "";
    QTest::newRow("unknown-company-404")
        << 404 << QByteArray(R"({"message":"not found"})") << json << 0 << "company_not_found"
        << "";
    QTest::newRow("html-instead-of-json") << 200 << QByteArray("<!DOCTYPE html><html></html>")
                                          << QByteArray("text/html") << 0 << "unexpected_response"
                                          << "";
    QTest::newRow("json-without-codebase")
        << 200 << QByteArray(R"({"hello":1})") << json << 0 << "unexpected_response"
        << "";
    QTest::newRow("codebase-path-injection")
        << 200 << QByteArray(R"({"Codebase":"../../evil/"})") << json << 0 << "unexpected_response"
        << "";
    QTest::newRow("redirect") << 302 << QByteArray() << json << 0 << "unexpected_response"
                              << "";
    QTest::newRow("server-error") << 503 << QByteArray() << json << 0 << "server_error"
                                  << "";
    QTest::newRow("dns-failure") << 0 << QByteArray() << json << int(TransportError::HostNotFound)
                                 << "unreachable"
                                 << "";
    QTest::newRow("connection-refused")
        << 0 << QByteArray() << json << int(TransportError::ConnectionRefused) << "unreachable"
        << "";
    QTest::newRow("tls-failure") << 0 << QByteArray() << json << int(TransportError::TlsError)
                                 << "tls_error"
                                 << "";
    QTest::newRow("timeout") << 0 << QByteArray() << json << int(TransportError::Timeout)
                             << "timeout"
                             << "";
}

void TestCompanyLookup::answers()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, contentType);
    QFETCH(int, transportError);
    QFETCH(QString, expected);
    QFETCH(QString, codebase);
    FakeTransport fake;
    fake.on("GET", QStringLiteral("/login/companyinfo/acme"), [=](const HttpRequest &) {
        if (transportError)
            return FakeTransport::failure(TransportError(transportError), QStringLiteral("detail"));
        HttpResponse r;
        r.status = status;
        r.body = body;
        r.headers = { { "Content-Type", contentType } };
        if (status == 302)
            r.headers.append(
                qMakePair(QByteArray("Location"), QByteArray("https://elsewhere.example/")));
        return r;
    });
    CompanyLookup lookup(fake, m_assumptions);
    QSignalSpy spy(&lookup, &CompanyLookup::finished);
    lookup.start(m_site, QStringLiteral("acme"));
    QVERIFY(lookup.isRunning());
    QVERIFY(spy.wait());
    const auto result = spy.first().first().value<CompanyInfoResult>();
    QCOMPARE(wireName(result.status), expected);
    QCOMPARE(result.info.codebase, codebase);
    if (!result.ok())
        QVERIFY(!result.message.isEmpty());
    if (expected == QLatin1String("company_not_found"))
        QVERIFY(result.message.startsWith(QLatin1String("Company ID:")));
    QCOMPARE(fake.requests().first().url.toString(),
        QStringLiteral("https://api-eu.myconnectwise.net/login/companyinfo/acme"));
    QVERIFY(!lookup.isRunning());
}

void TestCompanyLookup::restartDropsTheStaleAnswer()
{
    FakeTransport fake;
    fake.on(
        "GET", QStringLiteral("/login/companyinfo/ac"),
        [](const HttpRequest &) { return FakeTransport::json(200, "null"); }, 100);
    fake.on(
        "GET", QStringLiteral("/login/companyinfo/acme"),
        [](const HttpRequest &) { return FakeTransport::json(200, R"({"Codebase":"v2025_1/"})"); },
        10);
    CompanyLookup lookup(fake, m_assumptions);
    QSignalSpy spy(&lookup, &CompanyLookup::finished);
    lookup.start(m_site, QStringLiteral("ac"));
    lookup.start(m_site, QStringLiteral("acme"));
    QVERIFY(spy.wait());
    QVERIFY(!spy.wait(300));
    QCOMPARE(spy.size(), 1);
    QVERIFY(spy.first().first().value<CompanyInfoResult>().ok());
}

void TestCompanyLookup::cancelEmitsNothing()
{
    FakeTransport fake;
    fake.on(
        "GET", QStringLiteral("/login/companyinfo/acme"),
        [](const HttpRequest &) { return FakeTransport::json(200, R"({"Codebase":"v2025_1/"})"); },
        20);
    CompanyLookup lookup(fake, m_assumptions);
    QSignalSpy spy(&lookup, &CompanyLookup::finished);
    lookup.start(m_site, QStringLiteral("acme"));
    lookup.cancel();
    QVERIFY(!spy.wait(200));
    lookup.start(m_site, QStringLiteral("acme"));
    QVERIFY(spy.wait());
}

void TestCompanyLookup::sendsNoCredentials()
{
    FakeTransport fake;
    CompanyLookup lookup(fake, m_assumptions);
    QSignalSpy spy(&lookup, &CompanyLookup::finished);
    lookup.start(m_site, QStringLiteral("a c/me"));
    QVERIFY(spy.wait());
    const HttpRequest r = fake.requests().first();
    QVERIFY(r.header("Authorization").isEmpty());
    QVERIFY(r.header("clientId").isEmpty());
    QCOMPARE(r.url.path(QUrl::FullyEncoded), QStringLiteral("/login/companyinfo/a%20c%2Fme"));
}

QTEST_GUILESS_MAIN(TestCompanyLookup)
#include "tst_companylookup.moc"

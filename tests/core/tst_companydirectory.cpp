// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "companydirectory.h"
#include "connectwiseassumptions.h"
#include "faketransport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

namespace {

const QString kBase = QStringLiteral("http://127.0.0.1:8123/v2025_1/apis/3.0/");
const QString kCompaniesPath = QStringLiteral("/v2025_1/apis/3.0/company/companies");
const QString kAgreementsPath = QStringLiteral("/v2025_1/apis/3.0/finance/agreements");

QJsonObject company(int id)
{
    // Every seventh company is inactive, every 50th deleted: "active first" must reorder them.
    const bool inactive = id % 7 == 0;
    return QJsonObject { { QStringLiteral("id"), id },
        { QStringLiteral("identifier"), QStringLiteral("C%1").arg(id) },
        { QStringLiteral("name"), QStringLiteral("Company %1").arg(id, 5, 10, QLatin1Char('0')) },
        { QStringLiteral("status"),
            QJsonObject { { QStringLiteral("name"),
                inactive ? QStringLiteral("Inactive") : QStringLiteral("Active") } } },
        { QStringLiteral("deletedFlag"), id % 50 == 0 } };
}

/// Serves @p total companies like ConnectWise's navigable paging (Link with next and last).
FakeTransport::Handler pagedCompanies(int total)
{
    return [total](const HttpRequest &request) {
        const QUrlQuery query(request.url);
        const int pageSize = qMin(1000, query.queryItemValue(QStringLiteral("pageSize")).toInt());
        const int page = qMax(1, query.queryItemValue(QStringLiteral("page")).toInt());
        QJsonArray rows;
        for (int i = (page - 1) * pageSize; i < qMin(total, page * pageSize); ++i)
            rows.append(company(i + 1));
        const int lastPage = qMax(1, (total + pageSize - 1) / pageSize);
        const auto pageUrl = [&request, pageSize](int number) {
            QUrl url = request.url;
            QUrlQuery q(url);
            q.removeAllQueryItems(QStringLiteral("page"));
            q.removeAllQueryItems(QStringLiteral("pageSize"));
            q.addQueryItem(QStringLiteral("pageSize"), QString::number(pageSize));
            q.addQueryItem(QStringLiteral("page"), QString::number(number));
            url.setQuery(q);
            return QByteArray("<" + url.toEncoded() + ">");
        };
        QList<QByteArray> links;
        if (page < lastPage)
            links << pageUrl(page + 1) + "; rel=\"next\"" << pageUrl(lastPage) + "; rel=\"last\"";
        if (page > 1)
            links << pageUrl(page - 1) + "; rel=\"prev\"" << pageUrl(1) + "; rel=\"first\"";
        HttpHeaders headers;
        if (!links.isEmpty())
            headers.append({ QByteArrayLiteral("Link"), links.join(", ") });
        return FakeTransport::json(
            200, QJsonDocument(rows).toJson(QJsonDocument::Compact), headers);
    };
}

/// One page of @p rows with exactly @p link as its Link header.
FakeTransport::Handler fixedPage(const QByteArray &link, int rows = 3)
{
    return [link, rows](const HttpRequest &) {
        QJsonArray out;
        for (int i = 1; i <= rows; ++i)
            out.append(company(i));
        HttpHeaders headers;
        if (!link.isNull())
            headers.append({ QByteArrayLiteral("Link"), link });
        return FakeTransport::json(200, QJsonDocument(out).toJson(QJsonDocument::Compact), headers);
    };
}

} // namespace

class TestCompanyDirectory : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void tenThousandCompaniesTakeTenRequests();
    void onePageWithoutLink();
    void clampedPageSizeStillLoadsEverything();
    void pagingStopsWithAClearError_data();
    void pagingStopsWithAClearError();
    void endlessNextLinksAreCapped_data();
    void endlessNextLinksAreCapped();
    void foreignNextLinkGetsNoCredentials();
    void failures_data();
    void failures();
    void rateLimitIsRetried();
    void cancelDropsTheLoad();
    void agreementsOfOneCompany();
    void loadableOnlyAfterAGrantedCheck();

private:
    ApiSession session() const;
    ConnectWiseAssumptions m_assumptions;
    SiteAddress m_site;
};

void TestCompanyDirectory::initTestCase()
{
    qRegisterMetaType<CompanyLoadResult>();
    qRegisterMetaType<AgreementLoadResult>();
    m_assumptions = ConnectWiseAssumptions::load();
    QVERIFY(m_assumptions.isValid());
    m_site = parseSite(QStringLiteral("http://127.0.0.1:8123"), m_assumptions).site;
    QVERIFY(m_site.isValid());
}

ApiSession TestCompanyDirectory::session() const
{
    return ApiSession(m_site, QUrl(kBase), QStringLiteral("phinsandbox"), "SbxPublicKey0001",
        "SbxPrivateKey001", QStringLiteral("client-1"), m_assumptions);
}

void TestCompanyDirectory::tenThousandCompaniesTakeTenRequests()
{
    FakeTransport transport;
    transport.on("GET", kCompaniesPath, pagedCompanies(10000));
    CompanyDirectory directory(transport, m_assumptions);
    QSignalSpy progress(&directory, &CompanyDirectory::companiesProgress);
    QSignalSpy loaded(&directory, &CompanyDirectory::companiesLoaded);
    directory.loadCompanies(session());
    QVERIFY(directory.isLoadingCompanies());
    QVERIFY(loaded.wait(10000));
    const auto result = loaded.first().first().value<CompanyLoadResult>();
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.companies.size(), 10000);
    QCOMPARE(result.requests, 10);
    QCOMPARE(result.pages, 10);
    QCOMPARE(transport.requests().size(), 10);
    QVERIFY(!directory.isLoadingCompanies());

    // Only the fields mapping needs, the largest page size, credentials and clientId each time.
    for (const HttpRequest &r : transport.requests()) {
        const QUrlQuery q(r.url);
        QCOMPARE(q.queryItemValue(QStringLiteral("pageSize")), QStringLiteral("1000"));
        QCOMPARE(q.queryItemValue(QStringLiteral("fields"), QUrl::FullyDecoded),
            QStringLiteral("id,identifier,name,status/name,website,deletedFlag"));
        QVERIFY(r.header("Authorization").startsWith("Basic "));
        QCOMPARE(r.header("clientId"), QByteArray("client-1"));
        QVERIFY(r.header("Accept").contains("application/vnd.connectwise.com+json"));
    }
    QStringList pages;
    for (const HttpRequest &r : transport.requests())
        pages << QUrlQuery(r.url).queryItemValue(QStringLiteral("page"));
    QCOMPARE(pages.join(QLatin1Char(',')), QStringLiteral("1,2,3,4,5,6,7,8,9,10"));

    // Progress per page; the total is known from the first page's "last" link.
    QCOMPARE(progress.size(), 10);
    QCOMPARE(progress.first().at(0).toInt(), 1000);
    QCOMPARE(progress.first().at(1).toInt(), 10000);
    QCOMPARE(progress.last().at(0).toInt(), 10000);
    QCOMPARE(progress.last().at(1).toInt(), 10000);

    // Active companies first, then by name; inactive and deleted ones are kept, at the end.
    const int inactive = 10000 / 7 + 10000 / 50 - 10000 / 350;
    for (int i = 0; i < result.companies.size(); ++i)
        QCOMPARE(result.companies.at(i).active, i < 10000 - inactive);
    QCOMPARE(result.companies.first().name, QStringLiteral("Company 00001"));
    QCOMPARE(result.companies.at(1).name, QStringLiteral("Company 00002"));
    const CwCompany &deleted = result.companies.last();
    QVERIFY(!deleted.active);
    bool sawDeleted = false;
    for (const CwCompany &c : result.companies)
        sawDeleted = sawDeleted || (c.id == 50 && c.deleted);
    QVERIFY(sawDeleted);
}

void TestCompanyDirectory::onePageWithoutLink()
{
    FakeTransport transport;
    transport.on("GET", kCompaniesPath, pagedCompanies(5));
    CompanyDirectory directory(transport, m_assumptions);
    QSignalSpy loaded(&directory, &CompanyDirectory::companiesLoaded);
    directory.loadCompanies(session());
    QVERIFY(loaded.wait());
    const auto result = loaded.first().first().value<CompanyLoadResult>();
    QVERIFY(result.ok());
    QCOMPARE(result.companies.size(), 5);
    QCOMPARE(result.requests, 1);
}

void TestCompanyDirectory::clampedPageSizeStillLoadsEverything()
{
    // A server that caps pages at 250 rows: short pages with a next link are not the end.
    FakeTransport transport;
    transport.on("GET", kCompaniesPath, [](const HttpRequest &request) {
        HttpRequest clamped = request;
        QUrlQuery q(clamped.url);
        q.removeAllQueryItems(QStringLiteral("pageSize"));
        q.addQueryItem(QStringLiteral("pageSize"), QStringLiteral("250"));
        clamped.url.setQuery(q);
        return pagedCompanies(1100)(clamped);
    });
    CompanyDirectory directory(transport, m_assumptions);
    QSignalSpy loaded(&directory, &CompanyDirectory::companiesLoaded);
    directory.loadCompanies(session());
    QVERIFY(loaded.wait());
    const auto result = loaded.first().first().value<CompanyLoadResult>();
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.companies.size(), 1100);
    QCOMPARE(result.requests, 5);
}

void TestCompanyDirectory::pagingStopsWithAClearError_data()
{
    QTest::addColumn<QByteArray>("link");
    QTest::addColumn<int>("expectedStatus");
    QTest::addColumn<int>("maxRequests");
    QTest::addColumn<QString>("messagePart");
    const QByteArray self = "<" + kBase.toUtf8() + "company/companies?pageSize=1000&page=1>";
    QTest::newRow("malformed-link")
        << QByteArray("https://127.0.0.1:8123/?page=2; rel=next")
        << int(PagedLoadStatus::MalformedLink) << 1 << QStringLiteral("malformed Link header");
    QTest::newRow("unterminated-quote")
        << QByteArray("<" + kBase.toUtf8() + "company/companies?page=2>; rel=\"next")
        << int(PagedLoadStatus::MalformedLink) << 1 << QStringLiteral("after page 1");
    QTest::newRow("next-points-to-itself")
        << QByteArray(self + "; rel=\"next\"") << int(PagedLoadStatus::PagingLoop) << 2
        << QStringLiteral("already loaded");
}

void TestCompanyDirectory::pagingStopsWithAClearError()
{
    QFETCH(QByteArray, link);
    QFETCH(int, expectedStatus);
    QFETCH(int, maxRequests);
    QFETCH(QString, messagePart);
    FakeTransport transport;
    transport.on("GET", kCompaniesPath, fixedPage(link));
    CompanyDirectory directory(transport, m_assumptions);
    QSignalSpy loaded(&directory, &CompanyDirectory::companiesLoaded);
    directory.loadCompanies(session());
    QVERIFY(loaded.wait());
    const auto result = loaded.first().first().value<CompanyLoadResult>();
    QCOMPARE(int(result.status), expectedStatus);
    QVERIFY2(result.message.contains(messagePart), qPrintable(result.message));
    QVERIFY(result.companies.isEmpty());
    QVERIFY(transport.requests().size() <= maxRequests);
}

void TestCompanyDirectory::endlessNextLinksAreCapped_data()
{
    QTest::addColumn<int>("announcedLastPage");
    QTest::addColumn<int>("expectedRequests");
    // The first page's "last" link bounds paging at last + 1 pages.
    QTest::newRow("last-page-3-announced") << 3 << 4;
    // Without a "last" link, the hard cap.
    QTest::newRow("no-last-link") << 0 << PagedLoader::kMaxPagesWithoutLast;
}

void TestCompanyDirectory::endlessNextLinksAreCapped()
{
    QFETCH(int, announcedLastPage);
    QFETCH(int, expectedRequests);
    FakeTransport transport;
    transport.on("GET", kCompaniesPath, [announcedLastPage](const HttpRequest &request) {
        const int page = QUrlQuery(request.url).queryItemValue(QStringLiteral("page")).toInt();
        const auto link = [](int number) {
            return QByteArray("<" + kBase.toUtf8()
                + "company/companies?pageSize=1000&page=" + QByteArray::number(number) + ">");
        };
        QByteArray header = link(page + 1) + "; rel=\"next\"";
        if (announcedLastPage > 0)
            header += ", " + link(announcedLastPage) + "; rel=\"last\"";
        return fixedPage(header, 2)(request);
    });
    CompanyDirectory directory(transport, m_assumptions);
    QSignalSpy loaded(&directory, &CompanyDirectory::companiesLoaded);
    directory.loadCompanies(session());
    QVERIFY(loaded.wait(20000));
    const auto result = loaded.first().first().value<CompanyLoadResult>();
    QCOMPARE(result.status, PagedLoadStatus::PagingLoop);
    QCOMPARE(int(transport.requests().size()), expectedRequests);
    QVERIFY2(
        result.message.contains(QString::number(expectedRequests)), qPrintable(result.message));
}

void TestCompanyDirectory::foreignNextLinkGetsNoCredentials()
{
    FakeTransport transport;
    transport.on("GET", kCompaniesPath,
        fixedPage("<http://127.0.0.2:8123/v2025_1/apis/3.0/company/companies?page=2>; "
                  "rel=\"next\""));
    CompanyDirectory directory(transport, m_assumptions);
    QSignalSpy loaded(&directory, &CompanyDirectory::companiesLoaded);
    directory.loadCompanies(session());
    QVERIFY(loaded.wait());
    const auto result = loaded.first().first().value<CompanyLoadResult>();
    QCOMPARE(result.status, PagedLoadStatus::ForeignLink);
    QVERIFY(result.message.contains(QLatin1String("127.0.0.2")));
    QCOMPARE(transport.requests().size(), 1);
    QCOMPARE(transport.requests().first().url.host(), QStringLiteral("127.0.0.1"));
}

void TestCompanyDirectory::failures_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("transportError");
    QTest::addColumn<int>("expectedStatus");
    QTest::newRow("403-no-company-inquire")
        << 403 << QByteArray(R"({"code":"Forbidden","message":"Improper security role settings."})")
        << 0 << int(PagedLoadStatus::Forbidden);
    QTest::newRow("401-keys-revoked")
        << 401 << QByteArray(R"({"code":"Unauthorized","message":"x"})") << 0
        << int(PagedLoadStatus::AuthFailed);
    QTest::newRow("500") << 500 << QByteArray(R"({"code":"x","message":"boom"})") << 0
                         << int(PagedLoadStatus::HttpError);
    QTest::newRow("html-login-page")
        << 200 << QByteArray("<!DOCTYPE html><html></html>") << 0 << int(PagedLoadStatus::BadBody);
    QTest::newRow("object-not-list")
        << 200 << QByteArray(R"({"id":1})") << 0 << int(PagedLoadStatus::BadBody);
    QTest::newRow("connection-refused")
        << 0 << QByteArray() << int(TransportError::ConnectionRefused)
        << int(PagedLoadStatus::NoAnswer);
}

void TestCompanyDirectory::failures()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, transportError);
    QFETCH(int, expectedStatus);
    FakeTransport transport;
    transport.on("GET", kCompaniesPath, [=](const HttpRequest &) {
        if (transportError)
            return FakeTransport::failure(
                TransportError(transportError), QStringLiteral("refused"));
        return FakeTransport::json(status, body);
    });
    CompanyDirectory directory(transport, m_assumptions);
    QSignalSpy loaded(&directory, &CompanyDirectory::companiesLoaded);
    directory.loadCompanies(session());
    QVERIFY(loaded.wait());
    const auto result = loaded.first().first().value<CompanyLoadResult>();
    QCOMPARE(int(result.status), expectedStatus);
    QVERIFY(!result.message.isEmpty());
    QVERIFY(!result.message.contains(QLatin1String("SbxPrivateKey001")));
    QCOMPARE(transport.requests().size(), 1);
}

void TestCompanyDirectory::rateLimitIsRetried()
{
    FakeTransport transport;
    int calls = 0;
    const auto pages = pagedCompanies(10);
    transport.on("GET", kCompaniesPath, [&calls, pages](const HttpRequest &r) {
        if (++calls == 1)
            return FakeTransport::json(429, R"({"code":"x","message":"slow down"})",
                { { QByteArrayLiteral("Retry-After"), QByteArrayLiteral("0") } });
        return pages(r);
    });
    CompanyDirectory directory(transport, m_assumptions);
    QSignalSpy loaded(&directory, &CompanyDirectory::companiesLoaded);
    directory.loadCompanies(session());
    QVERIFY(loaded.wait());
    const auto result = loaded.first().first().value<CompanyLoadResult>();
    QVERIFY(result.ok());
    QCOMPARE(result.companies.size(), 10);
    QCOMPARE(result.requests, 2);
}

void TestCompanyDirectory::cancelDropsTheLoad()
{
    FakeTransport transport;
    transport.on("GET", kCompaniesPath, pagedCompanies(3000), 20);
    CompanyDirectory directory(transport, m_assumptions);
    QSignalSpy progress(&directory, &CompanyDirectory::companiesProgress);
    QSignalSpy loaded(&directory, &CompanyDirectory::companiesLoaded);
    directory.loadCompanies(session());
    QVERIFY(progress.wait()); // page 1 arrived, page 2 is in flight
    directory.cancel();
    QVERIFY(!directory.isLoadingCompanies());
    const int sent = int(transport.requests().size());
    // A new load runs to its end; the canceled one never reports.
    transport.clearRoutes();
    transport.on("GET", kCompaniesPath, pagedCompanies(4));
    directory.loadCompanies(session());
    QVERIFY(loaded.wait());
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(loaded.first().first().value<CompanyLoadResult>().companies.size(), 4);
    QCOMPARE(transport.requests().size(), sent + 1);
}

void TestCompanyDirectory::agreementsOfOneCompany()
{
    FakeTransport transport;
    transport.on("GET", kAgreementsPath, [](const HttpRequest &) {
        return FakeTransport::json(200,
            R"([{"id":9,"name":"Old plan","type":{"name":"MSP"},"company":{"id":250},"cancelledFlag":true},
                {"id":4,"name":"Phin Security Awareness","type":{"name":"Security Awareness"},"company":{"id":250},"cancelledFlag":false},
                {"id":5,"name":"Managed Services","company":{"id":250}}])");
    });
    CompanyDirectory directory(transport, m_assumptions);
    QSignalSpy loaded(&directory, &CompanyDirectory::agreementsLoaded);
    directory.loadAgreements(session(), 250);
    QVERIFY(loaded.wait());
    const auto result = loaded.first().first().value<AgreementLoadResult>();
    QVERIFY(result.ok());
    QCOMPARE(result.companyId, 250);
    QCOMPARE(result.agreements.size(), 3);
    QCOMPARE(result.agreements.at(0).name, QStringLiteral("Managed Services"));
    QCOMPARE(result.agreements.at(1).name, QStringLiteral("Phin Security Awareness"));
    QCOMPARE(result.agreements.at(1).typeName, QStringLiteral("Security Awareness"));
    QVERIFY(result.agreements.at(2).cancelled);
    const QUrlQuery q(transport.requests().first().url);
    QCOMPARE(q.queryItemValue(QStringLiteral("conditions"), QUrl::FullyDecoded),
        QStringLiteral("company/id=250"));
    QVERIFY(q.queryItemValue(QStringLiteral("fields")).startsWith(QLatin1String("id,name")));
}

void TestCompanyDirectory::loadableOnlyAfterAGrantedCheck()
{
    const PermissionCatalog catalog = PermissionCatalog::load();
    CheckReport report;
    report.connection = ConnectionStatus::Ok;
    for (const CatalogEntry &e : catalog.entries()) {
        CheckResult r;
        r.entry = e;
        r.status = CheckStatus::Granted;
        report.checks.append(r);
    }
    QVERIFY(CompanyDirectory::whyNotLoadable(report).isEmpty());
    QVERIFY(CompanyDirectory::whyNotLoadable(report, true).isEmpty());
    for (CheckResult &r : report.checks) {
        if (r.entry.id == QLatin1String("finance.agreements.inquire"))
            r.status = CheckStatus::Missing;
    }
    QVERIFY(CompanyDirectory::whyNotLoadable(report).isEmpty());
    QVERIFY(CompanyDirectory::whyNotLoadable(report, true).contains(QLatin1String("Agreements")));
    for (CheckResult &r : report.checks) {
        if (r.entry.id == QLatin1String("companies.company-maintenance.inquire"))
            r.status = CheckStatus::Insufficient;
    }
    QVERIFY(
        CompanyDirectory::whyNotLoadable(report).contains(QLatin1String("Company Maintenance")));
    report.connection = ConnectionStatus::AuthFailed;
    QVERIFY(CompanyDirectory::whyNotLoadable(report).contains(QLatin1String("Connect")));
}

QTEST_GUILESS_MAIN(TestCompanyDirectory)
#include "tst_companydirectory.moc"

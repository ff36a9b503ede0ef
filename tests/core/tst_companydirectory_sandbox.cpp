// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkrunner.h"
#include "companydirectory.h"
#include "companymapping.h"
#include "networktransport.h"
#include "sandboxserver.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

namespace {

constexpr int kExtraCompanies = 2500;

/// The "ready" scenario with 2,500 more companies, every ninth inactive.
Scenario bigScenario()
{
    QString error;
    Scenario s = Scenario::load(QStringLiteral("ready"), &error);
    if (!error.isEmpty())
        qFatal("%s", qPrintable(error));
    for (int i = 0; i < kExtraCompanies; ++i) {
        const int id = 10000 + i;
        s.companies.append(QJsonObject { { QStringLiteral("id"), id },
            { QStringLiteral("identifier"), QStringLiteral("Cust%1").arg(id) },
            { QStringLiteral("name"), QStringLiteral("Customer %1 LLC").arg(id) },
            { QStringLiteral("website"), QStringLiteral("https://www.customer%1.com").arg(id) },
            { QStringLiteral("status"),
                QJsonObject { { QStringLiteral("id"), i % 9 == 0 ? 2 : 1 },
                    { QStringLiteral("name"),
                        i % 9 == 0 ? QStringLiteral("Inactive") : QStringLiteral("Active") } } },
            { QStringLiteral("_owner"), QStringLiteral("PhinAPI") } });
    }
    return s;
}

} // namespace

class TestCompanyDirectorySandbox : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void afterTheCheckEveryCompanyInThreeRequests();
    void agreementsOfTheMappedCompany();
    void withoutCompanyInquireTheLoadSaysSo();

private:
    ApiSession session() const;
    std::unique_ptr<SandboxServer> m_server;
    NetworkTransport m_transport;
    ConnectWiseAssumptions m_assumptions;
};

void TestCompanyDirectorySandbox::initTestCase()
{
    qRegisterMetaType<CompanyLoadResult>();
    qRegisterMetaType<AgreementLoadResult>();
    qRegisterMetaType<CheckReport>();
    m_assumptions = ConnectWiseAssumptions::load();
}

void TestCompanyDirectorySandbox::init()
{
    m_server = std::make_unique<SandboxServer>(bigScenario());
    QString error;
    QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
}

ApiSession TestCompanyDirectorySandbox::session() const
{
    const Scenario &s = m_server->scenario();
    const SiteAddress site = parseSite(m_server->siteUrl().toString(), m_assumptions).site;
    return ApiSession(site, m_server->apiBaseUrl(), s.companyId, s.publicKey.toLatin1(),
        s.privateKey.toLatin1(), QStringLiteral("phin-test-client"), m_assumptions);
}

void TestCompanyDirectorySandbox::afterTheCheckEveryCompanyInThreeRequests()
{
    // The wizard's order: the check passes (Company Maintenance Inquire granted), then the
    // companies load from the API base the check found.
    CheckRunner runner(m_transport);
    QSignalSpy checked(&runner, &CheckRunner::finished);
    CheckRequest request;
    request.site = m_server->siteUrl().toString();
    request.companyId = m_server->scenario().companyId;
    request.publicKey = m_server->scenario().publicKey.toLatin1();
    request.privateKey = m_server->scenario().privateKey.toLatin1();
    request.clientId = QStringLiteral("phin-test-client");
    runner.start(request);
    QVERIFY(checked.wait(30000));
    const CheckReport report = checked.first().first().value<CheckReport>();
    QCOMPARE(report.connection, ConnectionStatus::Ok);
    QCOMPARE(report.apiBaseUrl, m_server->apiBaseUrl());
    m_server->clearLedger();

    CompanyDirectory directory(m_transport, m_assumptions);
    QSignalSpy progress(&directory, &CompanyDirectory::companiesProgress);
    QSignalSpy loaded(&directory, &CompanyDirectory::companiesLoaded);
    directory.loadCompanies(session());
    QVERIFY(loaded.wait(30000));
    const auto result = loaded.first().first().value<CompanyLoadResult>();
    QVERIFY2(result.ok(), qPrintable(result.message));
    const int total = int(m_server->scenario().companies.size());
    QCOMPARE(result.companies.size(), total);
    // ⌈2,505 / 1000⌉ = 3 requests, no more.
    QCOMPARE(result.requests, 3);
    const QList<LedgerEntry> ledger = m_server->ledger();
    QCOMPARE(ledger.size(), 3);
    for (const LedgerEntry &e : ledger) {
        QVERIFY2(e.target.contains(QLatin1String("/company/companies?")), qPrintable(e.target));
        QCOMPARE(e.status, 200);
        QVERIFY(e.authPresent);
        QVERIFY(e.clientIdPresent);
    }
    QCOMPARE(progress.size(), 3);
    QCOMPARE(progress.first().at(1).toInt(), 3000); // 3 pages announced by the "last" link

    // Only the requested fields came back, and active companies come first.
    const CwCompany &first = result.companies.first();
    QVERIFY(first.active);
    QVERIFY(!first.name.isEmpty());
    const int inactive = (kExtraCompanies + 8) / 9;
    QVERIFY(!result.companies.at(total - inactive).active);
    QVERIFY(result.companies.at(total - inactive - 1).active);
    bool sawWebsite = false;
    for (const CwCompany &c : result.companies)
        sawWebsite = sawWebsite || c.website == QLatin1String("https://www.customer10001.com");
    QVERIFY(sawWebsite);

    // And the matcher proposes from what was loaded.
    CompanyMapping mapping;
    mapping.addOrganizations({ { QStringLiteral("Northwind Dental Inc."), {}, {} },
        { QStringLiteral("Some Practice"), QStringLiteral("customer10042.com"), {} } });
    mapping.setCompanies(result.companies);
    mapping.proposeAll();
    QCOMPARE(mapping.entry(0).candidates.first().companyId, 250);
    QVERIFY(mapping.entry(0).proposed);
    QCOMPARE(mapping.entry(1).candidates.first().companyId, 10042);
}

void TestCompanyDirectorySandbox::agreementsOfTheMappedCompany()
{
    CompanyDirectory directory(m_transport, m_assumptions);
    QSignalSpy loaded(&directory, &CompanyDirectory::agreementsLoaded);
    directory.loadAgreements(session(), 250);
    QVERIFY(loaded.wait(30000));
    const auto result = loaded.first().first().value<AgreementLoadResult>();
    QVERIFY2(result.ok(), qPrintable(result.message));
    QVERIFY(!result.agreements.isEmpty());
    for (const CwAgreement &a : result.agreements)
        QCOMPARE(a.companyId, 250);
    QCOMPARE(result.agreements.first().name, QStringLiteral("Phin Security Awareness"));
    QCOMPARE(result.requests, 1);
}

void TestCompanyDirectorySandbox::withoutCompanyInquireTheLoadSaysSo()
{
    m_server->scenario().admin = false;
    m_server->scenario().levels[QStringLiteral("Companies/Company Maintenance")].inquire
        = QStringLiteral("None");
    CompanyDirectory directory(m_transport, m_assumptions);
    QSignalSpy loaded(&directory, &CompanyDirectory::companiesLoaded);
    directory.loadCompanies(session());
    QVERIFY(loaded.wait(30000));
    const auto result = loaded.first().first().value<CompanyLoadResult>();
    QCOMPARE(result.status, PagedLoadStatus::Forbidden);
    QCOMPARE(result.httpStatus, 403);
    QVERIFY(result.message.contains(QLatin1String("403")));
    QCOMPARE(m_server->ledger().size(), 1);
}

QTEST_GUILESS_MAIN(TestCompanyDirectorySandbox)
#include "tst_companydirectory_sandbox.moc"

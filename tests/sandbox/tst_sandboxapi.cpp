// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxclient.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using Levels = QMap<QString, QString>;

class TestSandboxApi : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxClient> m_client;

    void start(const QString &scenario)
    {
        m_client.reset();
        m_server = std::make_unique<SandboxServer>(builtinScenario(scenario));
        QString error;
        QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        m_client = std::make_unique<SandboxClient>(m_server.get());
    }
    void setLevel(const QString &function, Access access, const QString &level)
    {
        FunctionLevels &row = m_server->scenario().levels[function];
        switch (access) {
        case Access::Add:
            row.add = level;
            break;
        case Access::Edit:
            row.edit = level;
            break;
        case Access::Delete:
            row.del = level;
            break;
        case Access::Inquire:
            row.inquire = level;
            break;
        }
    }
    int countOf(const QString &path)
    {
        const TestReply r = m_client->get(path + QStringLiteral("/count"));
        return r.status == 200 ? r.object().value(QStringLiteral("count")).toInt() : -1;
    }
    LedgerEntry lastEntry() const
    {
        const QList<LedgerEntry> ledger = m_server->ledger();
        return ledger.isEmpty() ? LedgerEntry() : ledger.last();
    }

private slots:
    void init() { start(QStringLiteral("ready")); }
    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void companyInfo_data()
    {
        QTest::addColumn<QString>("companyId");
        QTest::addColumn<bool>("known");
        QTest::newRow("known") << "phinsandbox" << true;
        QTest::newRow("known-other-case") << "PhinSandBox" << true;
        QTest::newRow("unknown") << "someoneelse" << false;
    }
    void companyInfo()
    {
        QFETCH(QString, companyId);
        QFETCH(bool, known);
        // Unauthenticated, like the real lookup.
        m_client->setAuth(false);
        m_client->setClientId({});
        const TestReply r = m_client->send(
            "GET", m_client->site(QStringLiteral("/login/companyinfo/") + companyId));
        QCOMPARE(r.status, 200);
        if (!known) {
            QCOMPARE(r.body.trimmed(), QByteArray("null"));
            return;
        }
        const QJsonObject info = r.object();
        QCOMPARE(info.value(QStringLiteral("CompanyID")).toString(), QStringLiteral("phinsandbox"));
        QCOMPARE(
            info.value(QStringLiteral("CompanyName")).toString(), QStringLiteral("Sandbox MSP"));
        QCOMPARE(info.value(QStringLiteral("Codebase")).toString(), QStringLiteral("v2025_1/"));
        QCOMPARE(info.value(QStringLiteral("VersionCode")).toString(), QStringLiteral("v2025.1"));
        QVERIFY(
            info.value(QStringLiteral("VersionNumber")).toString().startsWith(QLatin1Char('v')));
        QCOMPARE(info.value(QStringLiteral("IsCloud")), QJsonValue(QStringLiteral("True")));
        QCOMPARE(info.value(QStringLiteral("SiteUrl")).toString(), m_server->siteUrl().authority());
    }

    void companyInfoOnPrem()
    {
        start(QStringLiteral("on-prem-self-signed"));
        m_client->setAuth(false);
        const TestReply r = m_client->send(
            "GET", m_client->site(QStringLiteral("/login/companyinfo/phinonprem")));
        QCOMPARE(r.object().value(QStringLiteral("IsCloud")), QJsonValue(QStringLiteral("False")));
        QCOMPARE(r.object().value(QStringLiteral("Codebase")).toString(),
            QStringLiteral("v4_6_release/"));
        m_client->setAuth(true);
        QCOMPARE(
            m_client->get(QStringLiteral("system/info")).object().value(QStringLiteral("isCloud")),
            QJsonValue(false));
    }

    void auth_data()
    {
        QTest::addColumn<QString>("company");
        QTest::addColumn<QString>("publicKey");
        QTest::addColumn<QString>("privateKey");
        QTest::addColumn<bool>("withAuth");
        QTest::addColumn<int>("status");
        QTest::newRow("good") << "phinsandbox"
                              << "SbxPublicKey0001"
                              << "SbxPrivateKey001" << true << 200;
        QTest::newRow("good-company-other-case") << "PHINSANDBOX"
                                                 << "SbxPublicKey0001"
                                                 << "SbxPrivateKey001" << true << 200;
        QTest::newRow("bad-private-key") << "phinsandbox"
                                         << "SbxPublicKey0001"
                                         << "wrong" << true << 401;
        QTest::newRow("bad-public-key") << "phinsandbox"
                                        << "wrong"
                                        << "SbxPrivateKey001" << true << 401;
        QTest::newRow("wrong-company-in-username") << "othermsp"
                                                   << "SbxPublicKey0001"
                                                   << "SbxPrivateKey001" << true << 401;
        QTest::newRow("missing-auth") << ""
                                      << ""
                                      << "" << false << 401;
    }
    void auth()
    {
        QFETCH(QString, company);
        QFETCH(QString, publicKey);
        QFETCH(QString, privateKey);
        QFETCH(bool, withAuth);
        QFETCH(int, status);
        m_client->setKeys(company, publicKey, privateKey);
        m_client->setAuth(withAuth);
        const TestReply r = m_client->get(QStringLiteral("system/info"));
        QCOMPARE(r.status, status);
        if (status == 401) {
            QCOMPARE(r.object().value(QStringLiteral("code")).toString(),
                QStringLiteral("Unauthorized"));
            QVERIFY(!r.object().value(QStringLiteral("message")).toString().isEmpty());
        } else {
            QCOMPARE(r.object().value(QStringLiteral("version")).toString(),
                QStringLiteral("v2025.1.10675"));
        }
        QCOMPARE(lastEntry().authPresent, withAuth);
    }

    void clientId_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<QByteArray>("clientId");
        QTest::addColumn<int>("status");
        QTest::newRow("missing") << "ready" << QByteArray() << 400;
        QTest::newRow("any-accepted-by-default") << "ready" << QByteArray("whatever-id") << 200;
        QTest::newRow("not-accepted")
            << "bad-client-id" << QByteArray("6f1c2b1e-7f7a-4c1e-9d55-70686e6e6577") << 400;
        QTest::newRow("listed") << "bad-client-id"
                                << QByteArray("00000000-0000-0000-0000-000000000000") << 200;
    }
    void clientId()
    {
        QFETCH(QString, scenario);
        QFETCH(QByteArray, clientId);
        QFETCH(int, status);
        start(scenario);
        m_client->setClientId(clientId);
        const TestReply r = m_client->get(QStringLiteral("system/info"));
        const QJsonObject rejection
            = SandboxApi::assumptions().value(QStringLiteral("clientIdRejection")).toObject();
        if (status != 200)
            status = rejection.value(QStringLiteral("sandboxStatus")).toInt();
        QCOMPARE(r.status, status);
        QCOMPARE(lastEntry().clientIdPresent, !clientId.isEmpty());
        if (r.status == 200)
            return;
        QCOMPARE(r.object().value(QStringLiteral("code")).toString(),
            rejection.value(QStringLiteral("sandboxCode")).toString());
        const QString message = r.object().value(QStringLiteral("message")).toString();
        QCOMPARE(message,
            rejection
                .value(clientId.isEmpty() ? QStringLiteral("sandboxMessageMissing")
                                          : QStringLiteral("sandboxMessageUnknown"))
                .toString());
        QVERIFY(QRegularExpression(rejection.value(QStringLiteral("messagePattern")).toString())
                    .match(message)
                    .hasMatch());
    }

    void notFound_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("unknown-route") << "/v2025_1/apis/3.0/system/myCompany";
        QTest::newRow("unknown-module") << "/v2025_1/apis/3.0/sales/opportunities";
        QTest::newRow("wrong-codebase") << "/v4_6_release/apis/3.0/system/info";
        QTest::newRow("old-codebase") << "/v2024_1/apis/3.0/company/companies";
        QTest::newRow("non-numeric-id") << "/v2025_1/apis/3.0/company/companies/abc";
        QTest::newRow("outside-api") << "/index.html";
    }
    void notFound()
    {
        QFETCH(QString, path);
        const TestReply r = m_client->send("GET", m_client->site(path));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.object().value(QStringLiteral("message")).toString(),
            QStringLiteral("The endpoint does not exist."));
    }

    void endpoints_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("size"); // array length, count value, or -1 for an object
        QTest::addColumn<QString>("field"); // "key=value" checked on the object / first element
        QTest::newRow("system-info") << "system/info" << 200 << -1 << "cloudRegion=NA";
        QTest::newRow("myMembers") << "system/myMembers" << 200 << -1 << "identifier=PhinAPI";
        QTest::newRow("myMembers-default-board") << "system/myMembers?fields=serviceDefaultBoard/id"
                                                 << 200 << -1 << "serviceDefaultBoard/id=1";
        QTest::newRow("myMembers-role")
            << "system/myMembers" << 200 << -1 << "securityRole/name=Phin Integration";
        QTest::newRow("mySecurity") << "system/mySecurity" << 200 << 7 << "moduleName=Companies";
        QTest::newRow("mySecurity-levels")
            << "system/mySecurity?conditions=moduleFunctionName%3D%22Agreements%22" << 200 << 1
            << "editLevel=All";
        QTest::newRow("members") << "system/members" << 200 << 2 << "identifier=jsmith";
        QTest::newRow("members-by-identifier")
            << "system/members/PhinAPI" << 200 << -1 << "licenseClass=A";
        QTest::newRow("members-conditions") << "system/members?conditions=identifier%3D%22jsmith%22"
                                            << 200 << 1 << "lastName=Smith";
        QTest::newRow("members-count") << "system/members/count" << 200 << 2 << "";
        QTest::newRow("members-unknown") << "system/members/nobody" << 404 << -1 << "";
        QTest::newRow("apiMembers") << "system/apiMembers" << 200 << 1 << "identifier=PhinAPI";
        QTest::newRow("apiMembers-by-id")
            << "system/apiMembers/310" << 200 << -1 << "serviceDefaultBoard/name=Help Desk";
        QTest::newRow("apiMembers-conditions")
            << "system/"
               "apiMembers?conditions=identifier%3D%22phinapi%22&fields=id,identifier,securityRole,"
               "serviceDefaultBoard"
            << 200 << 1 << "securityRole/id=21";
        QTest::newRow("apiMembers-conditions-none")
            << "system/apiMembers?conditions=identifier%3D%22nobody%22" << 200 << 0 << "";
        QTest::newRow("apiMembers-unknown") << "system/apiMembers/9" << 404 << -1 << "";
        QTest::newRow("securityroles") << "system/securityroles" << 200 << 2 << "name=Admin";
        QTest::newRow("securityroles-conditions")
            << "system/securityroles?conditions=name%3D%22Phin%20Integration%22" << 200 << 1
            << "id=21";
        QTest::newRow("securityroles-by-id")
            << "system/securityroles/21" << 200 << -1 << "adminFlag=false";
        QTest::newRow("securityroles-unknown") << "system/securityroles/77" << 404 << -1 << "";
        QTest::newRow("securityRoles-settings") << "system/securityRoles/21/settings" << 200 << 7
                                                << "moduleFunctionName=Company Maintenance";
        QTest::newRow("securityRoles-settings-admin")
            << "system/securityRoles/1/settings?conditions=moduleName%3D%22Finance%22" << 200 << 1
            << "deleteLevel=All";
        QTest::newRow("companies") << "company/companies" << 200 << 5 << "identifier=phinsandbox";
        QTest::newRow("companies-count") << "company/companies/count" << 200 << 5 << "";
        QTest::newRow("companies-by-id")
            << "company/companies/250" << 200 << -1 << "name=Northwind Dental";
        QTest::newRow("companies-unknown-id") << "company/companies/2147483647" << 404 << -1 << "";
        QTest::newRow("agreements")
            << "finance/agreements" << 200 << 2 << "name=Phin Security Awareness";
        QTest::newRow("agreements-count") << "finance/agreements/count" << 200 << 2 << "";
        QTest::newRow("agreements-by-id")
            << "finance/agreements/3" << 200 << -1 << "company/id=250";
        QTest::newRow("documents") << "system/documents?recordType=Company&recordId=250" << 200 << 1
                                   << "title=Phin training report";
        QTest::newRow("documents-none")
            << "system/documents?recordType=Company&recordId=2147483647&pageSize=1" << 200 << 0
            << "";
        QTest::newRow("documents-count")
            << "system/documents/count?recordType=Company&recordId=251" << 200 << 1 << "";
        QTest::newRow("tickets") << "service/tickets" << 200 << 2
                                 << "summary=Phishing simulation report";
        QTest::newRow("tickets-count") << "service/tickets/count" << 200 << 2 << "";
        QTest::newRow("tickets-by-id") << "service/tickets/101" << 200 << -1 << "board/id=1";
        QTest::newRow("tickets-unknown") << "service/tickets/5" << 404 << -1 << "";
        QTest::newRow("boards") << "service/boards?fields=id,name" << 200 << 2 << "name=Help Desk";
        QTest::newRow("boards-by-id")
            << "service/boards/2?fields=id,name,inactiveFlag" << 200 << -1 << "inactiveFlag=false";
        QTest::newRow("boards-count") << "service/boards/count" << 200 << 2 << "";
    }
    void endpoints()
    {
        QFETCH(QString, path);
        QFETCH(int, status);
        QFETCH(int, size);
        QFETCH(QString, field);
        const TestReply r = m_client->get(path);
        QCOMPARE(r.status, status);
        if (status == 404) {
            QVERIFY(r.object().contains(QStringLiteral("message")));
            return;
        }
        QJsonObject subject;
        if (path.contains(QLatin1String("/count"))) {
            QCOMPARE(r.object().value(QStringLiteral("count")).toInt(-1), size);
            return;
        }
        if (size >= 0) {
            QVERIFY2(r.json().isArray(), r.body.constData());
            QCOMPARE(r.array().size(), size);
            if (size > 0)
                subject = r.array().first().toObject();
        } else {
            QVERIFY2(r.json().isObject(), r.body.constData());
            subject = r.object();
        }
        // Bookkeeping fields never reach the wire.
        QVERIFY(!subject.contains(QStringLiteral("_owner")));
        if (field.isEmpty())
            return;
        const QString key = field.section(QLatin1Char('='), 0, 0);
        const QString expected = field.section(QLatin1Char('='), 1);
        QJsonValue value = subject;
        for (const QString &part : key.split(QLatin1Char('/')))
            value = value.toObject().value(part);
        const QString actual = value.isBool()
            ? (value.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
            : value.isDouble() ? QString::number(value.toInt())
                               : value.toString();
        QCOMPARE(actual, expected);
    }

    void mySecurityNamesComeFromAssumptions()
    {
        const TestReply r = m_client->get(QStringLiteral("system/mySecurity?pageSize=1000"));
        const QJsonObject names
            = SandboxApi::assumptions().value(QStringLiteral("securityNames")).toObject();
        QCOMPARE(
            r.array().size(), names.size() - (names.contains(QStringLiteral("_status")) ? 1 : 0));
        for (const QJsonValue &row : r.array()) {
            const QString key = row[QStringLiteral("moduleName")].toString() + QLatin1Char('/')
                + row[QStringLiteral("moduleFunctionName")].toString();
            QVERIFY2(names.contains(key), qPrintable(key));
            for (const char *level : { "addLevel", "editLevel", "deleteLevel", "inquireLevel" })
                QVERIFY(row[QLatin1String(level)].isString());
            QCOMPARE(row[QStringLiteral("member")][QStringLiteral("identifier")].toString(),
                QStringLiteral("PhinAPI"));
        }
    }

    void paging_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QList<int>>("ids");
        QTest::addColumn<QStringList>("rels");
        QTest::newRow("first-page")
            << "pageSize=2" << QList<int> { 2, 250 } << QStringList { "next", "last" };
        QTest::newRow("middle-page") << "pageSize=2&page=2" << QList<int> { 251, 252 }
                                     << QStringList { "prev", "next", "first", "last" };
        QTest::newRow("last-page")
            << "pageSize=2&page=3" << QList<int> { 253 } << QStringList { "prev", "first" };
        QTest::newRow("beyond-last")
            << "pageSize=2&page=9" << QList<int> {} << QStringList { "prev", "first" };
        QTest::newRow("one-page-no-link")
            << "pageSize=5" << QList<int> { 2, 250, 251, 252, 253 } << QStringList {};
        QTest::newRow("max-page-size")
            << "pageSize=1000" << QList<int> { 2, 250, 251, 252, 253 } << QStringList {};
        QTest::newRow("over-max-clamped")
            << "pageSize=5000" << QList<int> { 2, 250, 251, 252, 253 } << QStringList {};
        QTest::newRow("conditions-identifier")
            << "conditions=identifier%3D%22phinsandbox%22" << QList<int> { 2 } << QStringList {};
        QTest::newRow("conditions-identifier-case")
            << "conditions=identifier%3D%22NORTHWIND%22" << QList<int> { 250 } << QStringList {};
        QTest::newRow("conditions-id")
            << "conditions=id%3D252" << QList<int> { 252 } << QStringList {};
        QTest::newRow("conditions-and") << "conditions=id%3D252%20AND%20identifier%3D%22Fabrikam%22"
                                        << QList<int> { 252 } << QStringList {};
        QTest::newRow("conditions-and-nothing")
            << "conditions=id%3D252%20and%20identifier%3D%22Contoso%22" << QList<int> {}
            << QStringList {};
        QTest::newRow("conditions-single-quotes")
            << "conditions=identifier%3D'Contoso'" << QList<int> { 251 } << QStringList {};
        QTest::newRow("conditions-with-paging")
            << "conditions=id%3E2&pageSize=3" << QList<int> { 250, 251, 252 }
            << QStringList { "next", "last" };
    }
    void paging()
    {
        QFETCH(QString, query);
        QFETCH(QList<int>, ids);
        QFETCH(QStringList, rels);
        const TestReply r
            = m_client->get(QStringLiteral("company/companies?fields=id,identifier&") + query);
        QCOMPARE(r.status, 200);
        QList<int> got;
        for (const QJsonValue &v : r.array()) {
            got.append(v[QStringLiteral("id")].toInt());
            QCOMPARE(v.toObject().keys(), (QStringList { "id", "identifier" }));
        }
        QCOMPARE(got, ids);
        const QString link = QString::fromUtf8(r.header("Link"));
        QStringList gotRels;
        static const QRegularExpression relPattern(
            QStringLiteral(R"re(<([^>]*)>;\s*rel="(\w+)")re"));
        auto it = relPattern.globalMatch(link);
        while (it.hasNext()) {
            const auto m = it.next();
            gotRels.append(m.captured(2));
            // Each link is absolute, keeps the other parameters and names its page.
            const QUrl url(m.captured(1));
            QCOMPARE(url.authority(), m_server->siteUrl().authority());
            QVERIFY(QUrlQuery(url).hasQueryItem(QStringLiteral("page")));
            QVERIFY(QUrlQuery(url).hasQueryItem(QStringLiteral("fields")));
        }
        QCOMPARE(gotRels, rels);
    }

    void linkFollowsToTheRightPage()
    {
        const TestReply first = m_client->get(QStringLiteral("company/companies?pageSize=2"));
        static const QRegularExpression next(QStringLiteral(R"re(<([^>]*)>;\s*rel="next")re"));
        const QString url = next.match(QString::fromUtf8(first.header("Link"))).captured(1);
        QVERIFY(!url.isEmpty());
        const TestReply second = m_client->send("GET", QUrl(url));
        QCOMPARE(second.array().first()[QStringLiteral("id")].toInt(), 251);
    }

    void badConditions()
    {
        const TestReply r
            = m_client->get(QStringLiteral("company/companies?conditions=identifier%3Dunquoted"));
        QCOMPARE(r.status, 400);
        QVERIFY(r.object()
                    .value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("quotes")));
        QCOMPARE(m_client->get(QStringLiteral("company/companies?pageSize=0")).status, 400);
        QCOMPARE(m_client->get(QStringLiteral("company/companies?page=-1")).status, 400);
    }

    void fieldsOnSingleRecords()
    {
        const TestReply r
            = m_client->get(QStringLiteral("company/companies/250?fields=id,name,status/name"));
        QCOMPARE(r.object().keys(), (QStringList { "id", "name", "status" }));
        QCOMPARE(
            r.object().value(QStringLiteral("status")).toObject().keys(), QStringList { "name" });
        const TestReply info = m_client->get(QStringLiteral("system/info?fields=version"));
        QCOMPARE(info.object().keys(), QStringList { "version" });
    }

    void inquireMy()
    {
        start(QStringLiteral("inquire-my-only"));
        // Only the records owned by the API member are visible.
        QCOMPARE(countOf(QStringLiteral("company/companies")), 2);
        QCOMPARE(
            m_client
                ->get(QStringLiteral("company/companies?conditions=identifier%3D%22phinsandbox%22"))
                .array()
                .size(),
            0);
        QCOMPARE(m_client->get(QStringLiteral("company/companies/250")).status, 200);
        QCOMPARE(m_client->get(QStringLiteral("company/companies/251")).status, 404);
        QCOMPARE(countOf(QStringLiteral("finance/agreements")), 1);
        QCOMPARE(m_client->get(QStringLiteral("finance/agreements/4")).status, 404);
        QCOMPARE(countOf(QStringLiteral("service/tickets")), 1);
        QCOMPARE(m_client->get(QStringLiteral("system/documents?recordType=Company&recordId=251"))
                     .array()
                     .size(),
            0);
        QCOMPARE(m_client->get(QStringLiteral("system/documents?recordType=Company&recordId=250"))
                     .array()
                     .size(),
            1);
        // The levels are reported as the wire spells them.
        const TestReply sec = m_client->get(QStringLiteral(
            "system/mySecurity?conditions=moduleFunctionName%3D%22Company%20Maintenance%22"));
        QCOMPARE(
            sec.array().first()[QStringLiteral("inquireLevel")].toString(), QStringLiteral("My"));
        // Edit=My: a record the member does not own cannot be edited, one it owns can.
        setLevel(QStringLiteral("Finance/Agreements"), Access::Inquire, QStringLiteral("All"));
        const QByteArray patch = R"([{"op":"replace","path":"name","value":"Renamed"}])";
        QCOMPARE(
            m_client->send("PATCH", m_client->api(QStringLiteral("finance/agreements/4")), patch)
                .status,
            403);
        QCOMPARE(
            m_client->send("PATCH", m_client->api(QStringLiteral("finance/agreements/3")), patch)
                .status,
            200);
    }

    void mineBehavesLikeMy()
    {
        setLevel(QStringLiteral("Companies/Company Maintenance"), Access::Inquire,
            QStringLiteral("Mine"));
        QCOMPARE(countOf(QStringLiteral("company/companies")), 2);
        const TestReply sec = m_client->get(QStringLiteral(
            "system/mySecurity?conditions=moduleFunctionName%3D%22Company%20Maintenance%22"));
        QCOMPARE(
            sec.array().first()[QStringLiteral("inquireLevel")].toString(), QStringLiteral("Mine"));
    }

    void forbiddenInquire_data()
    {
        QTest::addColumn<QString>("function");
        QTest::addColumn<QString>("path");
        QTest::newRow("403-on-companies-list")
            << "Companies/Company Maintenance"
            << "company/companies?pageSize=1&fields=id,identifier";
        QTest::newRow("403-on-companies-count") << "Companies/Company Maintenance"
                                                << "company/companies/count";
        QTest::newRow("403-on-company-nonexistent") << "Companies/Company Maintenance"
                                                    << "company/companies/2147483647";
        QTest::newRow("403-on-agreements-count") << "Finance/Agreements"
                                                 << "finance/agreements/count";
        QTest::newRow("403-on-documents")
            << "Companies/Manage Attachments"
            << "system/documents?recordType=Company&recordId=2147483647&pageSize=1";
        QTest::newRow("403-on-tickets-count") << "Service Desk/Service Tickets"
                                              << "service/tickets/count";
        QTest::newRow("403-on-boards") << "System/Table Setup"
                                       << "service/boards";
        QTest::newRow("403-on-members") << "System/Member Maintenance"
                                        << "system/members/PhinAPI";
        QTest::newRow("403-on-apiMembers")
            << "System/Member Maintenance"
            << "system/apiMembers?conditions=identifier%3D%22PhinAPI%22";
        QTest::newRow("403-on-securityroles") << "System/Security Roles"
                                              << "system/securityroles";
        QTest::newRow("403-on-role-settings") << "System/Security Roles"
                                              << "system/securityRoles/21/settings";
    }
    void forbiddenInquire()
    {
        QFETCH(QString, function);
        QFETCH(QString, path);
        QCOMPARE(m_client->get(path).status == 403, false);
        setLevel(function, Access::Inquire, QStringLiteral("None"));
        const TestReply r = m_client->get(path);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.object().value(QStringLiteral("code")).toString(),
            SandboxApi::assumptions()[QStringLiteral("sandbox")][QStringLiteral("forbidden")]
                                     [QStringLiteral("code")]
                                         .toString());
        // system/info only needs authentication.
        QCOMPARE(m_client->get(QStringLiteral("system/info")).status, 200);
    }

    void forbiddenBeforeValidation_data()
    {
        QTest::addColumn<QString>("function");
        QTest::addColumn<int>("access");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("statusWhenGranted");
        const int add = int(Access::Add);
        const int edit = int(Access::Edit);
        const int del = int(Access::Delete);
        QTest::newRow("403-on-tickets-add")
            << "Service Desk/Service Tickets" << add << QByteArray("POST") << "service/tickets"
            << QByteArray(R"({"summary":"","company":{"id":0},"board":{"id":0}})") << 400;
        QTest::newRow("403-on-tickets-add-wrong-types")
            << "Service Desk/Service Tickets" << add << QByteArray("POST") << "service/tickets"
            << QByteArray(R"({"summary":5})") << 500;
        QTest::newRow("403-on-tickets-delete")
            << "Service Desk/Service Tickets" << del << QByteArray("DELETE")
            << "service/tickets/2147483647" << QByteArray() << 404;
        QTest::newRow("403-on-agreements-patch")
            << "Finance/Agreements" << edit << QByteArray("PATCH")
            << "finance/agreements/2147483647"
            << QByteArray(R"([{"op":"replace","path":"name","value":"phin-probe"}])") << 404;
        QTest::newRow("403-on-agreements-patch-invalid")
            << "Finance/Agreements" << edit << QByteArray("PATCH") << "finance/agreements/3"
            << QByteArray(R"([{"op":"replace","path":"nosuchfield","value":1}])") << 400;
        QTest::newRow("403-on-agreements-put") << "Finance/Agreements" << edit << QByteArray("PUT")
                                               << "finance/agreements/3" << QByteArray("{}") << 400;
        QTest::newRow("403-on-documents-add")
            << "Companies/Manage Attachments" << add << QByteArray("MULTIPART")
            << "system/documents" << QByteArray() << 400;
        QTest::newRow("403-on-documents-add-json")
            << "Companies/Manage Attachments" << add << QByteArray("POST") << "system/documents"
            << QByteArray(R"({"recordType":"Company"})") << 415;
    }
    void forbiddenBeforeValidation()
    {
        QFETCH(QString, function);
        QFETCH(int, access);
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(int, statusWhenGranted);
        const auto send = [&] {
            if (method == "MULTIPART")
                return m_client->postDocument(
                    { { QStringLiteral("recordType"), QStringLiteral("Company") },
                        { QStringLiteral("recordId"), QStringLiteral("2147483647") },
                        { QStringLiteral("title"), QStringLiteral("phin-probe") } });
            return m_client->send(method, m_client->api(path), body);
        };
        // Granted: the body or the record lookup decides.
        setLevel(function, Access(access), QStringLiteral("All"));
        const TestReply granted = send();
        QCOMPARE(granted.status, statusWhenGranted);
        QVERIFY(!lastEntry().sideEffect);
        // Not granted: 403 wins over validation and lookup.
        setLevel(function, Access(access), QStringLiteral("None"));
        const TestReply denied = send();
        QCOMPARE(denied.status, 403);
        QVERIFY(!lastEntry().sideEffect);
        QCOMPARE(lastEntry().status, 403);
    }

    void invalidBodies_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("ticket-empty-summary")
            << QByteArray("POST") << "service/tickets"
            << QByteArray(R"({"summary":"","company":{"id":250}})") << "summary";
        QTest::newRow("ticket-summary-too-long")
            << QByteArray("POST") << "service/tickets"
            << QByteArray(R"({"summary":")" + QByteArray(101, 'x') + R"(","company":{"id":250}})")
            << "summary";
        QTest::newRow("ticket-no-company") << QByteArray("POST") << "service/tickets"
                                           << QByteArray(R"({"summary":"x"})") << "company";
        QTest::newRow("ticket-unknown-company")
            << QByteArray("POST") << "service/tickets"
            << QByteArray(R"({"summary":"x","company":{"id":0}})") << "company";
        QTest::newRow("ticket-unknown-board")
            << QByteArray("POST") << "service/tickets"
            << QByteArray(R"({"summary":"x","company":{"id":250},"board":{"id":99}})") << "board";
        QTest::newRow("ticket-not-json")
            << QByteArray("POST") << "service/tickets" << QByteArray("summary=x") << "";
        QTest::newRow("agreement-patch-empty")
            << QByteArray("PATCH") << "finance/agreements/3" << QByteArray("[]") << "";
        QTest::newRow("agreement-patch-empty-name")
            << QByteArray("PATCH") << "finance/agreements/3"
            << QByteArray(R"([{"op":"replace","path":"name","value":""}])") << "name";
        QTest::newRow("agreement-patch-bad-op")
            << QByteArray("PATCH") << "finance/agreements/3"
            << QByteArray(R"([{"op":"move","path":"name","value":"x"}])") << "name";
        QTest::newRow("agreement-put-missing-contact")
            << QByteArray("PUT") << "finance/agreements/3"
            << QByteArray(R"({"name":"x","type":{"id":31},"company":{"id":250}})") << "contact";
        QTest::newRow("agreement-put-unknown-company")
            << QByteArray("PUT") << "finance/agreements/3"
            << QByteArray(R"({"name":"x","type":{"id":31},"company":{"id":9},"contact":{"id":7}})")
            << "company";
    }
    void invalidBodies()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const int tickets = countOf(QStringLiteral("service/tickets"));
        const QByteArray agreementBefore
            = m_client->get(QStringLiteral("finance/agreements/3")).body;
        const TestReply r = m_client->send(method, m_client->api(path), body);
        QCOMPARE(r.status, 400);
        QCOMPARE(
            r.object().value(QStringLiteral("code")).toString(), QStringLiteral("InvalidObject"));
        const QJsonArray errors = r.object().value(QStringLiteral("errors")).toArray();
        QVERIFY(!errors.isEmpty());
        if (!field.isEmpty()) {
            bool named = false;
            for (const QJsonValue &e : errors)
                named = named || e[QStringLiteral("field")].toString() == field;
            QVERIFY2(named, r.body.constData());
        }
        QVERIFY(!lastEntry().sideEffect);
        QCOMPARE(countOf(QStringLiteral("service/tickets")), tickets);
        QCOMPARE(m_client->get(QStringLiteral("finance/agreements/3")).body, agreementBefore);
    }

    void documentValidation_data()
    {
        QTest::addColumn<QString>("recordType");
        QTest::addColumn<QString>("recordId");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("field");
        QTest::newRow("no-file-no-url") << "Company"
                                        << "250"
                                        << "t" << QByteArray() << "file";
        QTest::newRow("unknown-record") << "Company"
                                        << "2147483647"
                                        << "t" << QByteArray("data") << "recordId";
        QTest::newRow("no-record-type") << ""
                                        << "250"
                                        << "t" << QByteArray("data") << "recordType";
        QTest::newRow("unsupported-record-type") << "Opportunity"
                                                 << "250"
                                                 << "t" << QByteArray("data") << "recordType";
        QTest::newRow("no-record-id") << "Company"
                                      << ""
                                      << "t" << QByteArray("data") << "recordId";
    }
    void documentValidation()
    {
        QFETCH(QString, recordType);
        QFETCH(QString, recordId);
        QFETCH(QString, title);
        QFETCH(QByteArray, file);
        QFETCH(QString, field);
        QMap<QString, QString> fields { { QStringLiteral("title"), title } };
        if (!recordType.isEmpty())
            fields.insert(QStringLiteral("recordType"), recordType);
        if (!recordId.isEmpty())
            fields.insert(QStringLiteral("recordId"), recordId);
        const TestReply r = m_client->postDocument(fields, file);
        QCOMPARE(r.status, 400);
        QCOMPARE(
            r.object().value(QStringLiteral("code")).toString(), QStringLiteral("InvalidObject"));
        bool named = false;
        for (const QJsonValue &e : r.object().value(QStringLiteral("errors")).toArray())
            named = named || e[QStringLiteral("field")].toString() == field;
        QVERIFY2(named, r.body.constData());
        QCOMPARE(m_client->get(QStringLiteral("system/documents/count"))
                     .object()
                     .value(QStringLiteral("count"))
                     .toInt(),
            2);
    }

    void ticketWithoutBoardNeedsADefaultBoard()
    {
        start(QStringLiteral("no-default-board"));
        QVERIFY(!m_client->get(QStringLiteral("system/myMembers"))
                     .object()
                     .contains(QStringLiteral("serviceDefaultBoard")));
        const TestReply r = m_client->send("POST", m_client->api(QStringLiteral("service/tickets")),
            R"({"summary":"x","company":{"id":250}})");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.object()[QStringLiteral("errors")][0][QStringLiteral("field")].toString(),
            QStringLiteral("board"));
        // Naming the board explicitly still works.
        const TestReply ok
            = m_client->send("POST", m_client->api(QStringLiteral("service/tickets")),
                R"({"summary":"x","company":{"id":250},"board":{"id":2}})");
        QCOMPARE(ok.status, 201);
    }

    void successfulWrites()
    {
        // POST ticket without a board: lands on the default board, owned by the API member.
        const TestReply created
            = m_client->send("POST", m_client->api(QStringLiteral("service/tickets")),
                R"({"summary":"Phin test ticket","company":{"identifier":"Northwind"}})");
        QCOMPARE(created.status, 201);
        QVERIFY(lastEntry().sideEffect);
        QCOMPARE(lastEntry().status, 201);
        const int ticketId = created.object().value(QStringLiteral("id")).toInt();
        QVERIFY(ticketId > 101);
        QCOMPARE(created.object()[QStringLiteral("board")][QStringLiteral("id")].toInt(), 1);
        QCOMPARE(created.object()[QStringLiteral("company")][QStringLiteral("id")].toInt(), 250);
        QCOMPARE(countOf(QStringLiteral("service/tickets")), 3);
        QVERIFY(!lastEntry().sideEffect);

        // DELETE needs the Delete level.
        const QUrl ticketUrl
            = m_client->api(QStringLiteral("service/tickets/") + QString::number(ticketId));
        QCOMPARE(m_client->send("DELETE", ticketUrl).status, 403);
        setLevel(
            QStringLiteral("Service Desk/Service Tickets"), Access::Delete, QStringLiteral("All"));
        QCOMPARE(m_client->send("DELETE", ticketUrl).status, 204);
        QVERIFY(lastEntry().sideEffect);
        QCOMPARE(m_client->send("GET", ticketUrl).status, 404);
        QCOMPARE(m_client->send("DELETE", ticketUrl).status, 404);
        QVERIFY(!lastEntry().sideEffect);

        // PATCH and PUT an agreement.
        const TestReply patched
            = m_client->send("PATCH", m_client->api(QStringLiteral("finance/agreements/3")),
                R"([{"op":"replace","path":"/name","value":"Phin renamed"}])");
        QCOMPARE(patched.status, 200);
        QVERIFY(lastEntry().sideEffect);
        QCOMPARE(m_client->get(QStringLiteral("finance/agreements/3"))
                     .object()
                     .value(QStringLiteral("name"))
                     .toString(),
            QStringLiteral("Phin renamed"));
        const TestReply put
            = m_client->send("PUT", m_client->api(QStringLiteral("finance/agreements/3")),
                R"({"name":"Replaced","type":{"id":31},"company":{"id":250},"contact":{"id":7}})");
        QCOMPARE(put.status, 200);
        QVERIFY(lastEntry().sideEffect);
        const QJsonObject replaced = m_client->get(QStringLiteral("finance/agreements/3")).object();
        QCOMPARE(replaced.value(QStringLiteral("name")).toString(), QStringLiteral("Replaced"));
        // PUT replaces the whole record.
        QVERIFY(!replaced.contains(QStringLiteral("startDate")));

        // POST a document with a file, then with a url.
        const TestReply doc = m_client->postDocument(
            { { QStringLiteral("recordType"), QStringLiteral("Company") },
                { QStringLiteral("recordId"), QStringLiteral("250") },
                { QStringLiteral("title"), QStringLiteral("Phin report") } },
            "report body");
        QCOMPARE(doc.status, 201);
        QVERIFY(lastEntry().sideEffect);
        QCOMPARE(
            doc.object().value(QStringLiteral("title")).toString(), QStringLiteral("Phin report"));
        QCOMPARE(doc.object().value(QStringLiteral("size")).toInt(), 11);
        const TestReply link
            = m_client->postDocument({ { QStringLiteral("recordType"), QStringLiteral("Ticket") },
                { QStringLiteral("recordId"), QStringLiteral("100") },
                { QStringLiteral("url"), QStringLiteral("https://example.com/r") },
                { QStringLiteral("title"), QStringLiteral("Link") } });
        QCOMPARE(link.status, 201);
        QCOMPARE(link.object().value(QStringLiteral("urlFlag")).toBool(), true);
        QCOMPARE(m_client->get(QStringLiteral("system/documents?recordType=Company&recordId=250"))
                     .array()
                     .size(),
            2);
        QCOMPARE(m_client->get(QStringLiteral("system/documents?recordType=Ticket&recordId=100"))
                     .array()
                     .size(),
            1);

        // resetData() brings the seed back.
        m_server->resetData();
        QCOMPARE(countOf(QStringLiteral("service/tickets")), 2);
    }

    void methodNotAllowed()
    {
        QCOMPARE(
            m_client->send("POST", m_client->api(QStringLiteral("company/companies")), "{}").status,
            405);
        QCOMPARE(
            m_client->send("DELETE", m_client->api(QStringLiteral("system/info"))).status, 405);
    }

    void unroutedSelfReads_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("mySecurity") << "system/mySecurity";
        QTest::newRow("myMembers") << "system/myMembers";
    }
    void unroutedSelfReads()
    {
        QFETCH(QString, path);
        start(QStringLiteral("api-member-locked-down"));
        const TestReply r = m_client->get(path);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.object().value(QStringLiteral("message")).toString(),
            QStringLiteral("The endpoint does not exist."));
        // The fallbacks are closed too; the probes still work.
        QCOMPARE(m_client->get(QStringLiteral("system/apiMembers")).status, 403);
        QCOMPARE(m_client->get(QStringLiteral("system/securityroles")).status, 403);
        QCOMPARE(m_client->get(QStringLiteral("service/tickets/count")).status, 200);
    }

    void adminRole()
    {
        start(QStringLiteral("admin-role"));
        const TestReply r = m_client->get(QStringLiteral("system/mySecurity"));
        QCOMPARE(r.array().size(), 7);
        for (const QJsonValue &row : r.array()) {
            for (const char *level : { "addLevel", "editLevel", "deleteLevel", "inquireLevel" })
                QCOMPARE(row[QLatin1String(level)].toString(), QStringLiteral("All"));
        }
        QCOMPARE(m_client->get(QStringLiteral("system/securityroles/1"))
                     .object()
                     .value(QStringLiteral("adminFlag"))
                     .toBool(),
            true);
        QCOMPARE(
            m_client->send("DELETE", m_client->api(QStringLiteral("service/tickets/101"))).status,
            204);
    }

    void billingOnlyRole()
    {
        start(QStringLiteral("billing-only-role"));
        QCOMPARE(m_client->get(QStringLiteral("finance/agreements/count")).status, 200);
        QCOMPARE(m_client->get(QStringLiteral("service/tickets/count")).status, 403);
        QCOMPARE(m_client->get(QStringLiteral("system/documents?recordType=Company&recordId=250"))
                     .status,
            403);
        QCOMPARE(m_client->get(QStringLiteral("system/myMembers"))
                     .object()[QStringLiteral("securityRole")][QStringLiteral("name")]
                     .toString(),
            QStringLiteral("Billing Only"));
    }

    void ledgerRecordsEveryRequest()
    {
        QSignalSpy spy(m_server.get(), &SandboxServer::requestHandled);
        m_client->get(QStringLiteral("company/companies?pageSize=1&fields=id"));
        m_client->setAuth(false);
        m_client->get(QStringLiteral("system/info"));
        QCOMPARE(spy.size(), 2);
        const QList<LedgerEntry> ledger = m_server->ledger();
        QCOMPARE(ledger.size(), 2);
        QCOMPARE(ledger.at(0).method, QStringLiteral("GET"));
        QCOMPARE(ledger.at(0).target,
            QStringLiteral("/v2025_1/apis/3.0/company/companies?pageSize=1&fields=id"));
        QCOMPARE(ledger.at(0).status, 200);
        QVERIFY(ledger.at(0).authPresent);
        QVERIFY(ledger.at(0).clientIdPresent);
        QVERIFY(ledger.at(0).fault.isEmpty());
        QVERIFY(ledger.at(0).receivedMs > 0);
        QVERIFY(ledger.at(0).answeredMs >= ledger.at(0).receivedMs);
        QCOMPARE(ledger.at(1).status, 401);
        QVERIFY(!ledger.at(1).authPresent);
        m_server->clearLedger();
        QVERIFY(m_server->ledger().isEmpty());
    }

    void ledgerFileHasNoSecrets()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ledger.jsonl"));
        QString error;
        QVERIFY2(m_server->setLedgerFile(path, &error), qPrintable(error));
        m_client->get(QStringLiteral("system/info"));
        m_client->send("POST", m_client->api(QStringLiteral("service/tickets")),
            R"({"summary":"x","company":{"id":250}})");
        m_client->setKeys(QStringLiteral("phinsandbox"), QStringLiteral("SbxPublicKey0001"),
            QStringLiteral("WrongPrivateKey9"));
        m_client->get(QStringLiteral("system/info"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        const QList<QByteArray> lines = content.trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        for (const QByteArray &line : lines) {
            QJsonParseError parseError;
            const QJsonObject entry = QJsonDocument::fromJson(line, &parseError).object();
            QCOMPARE(parseError.error, QJsonParseError::NoError);
            for (const char *key : { "receivedMs", "answeredMs", "method", "target", "status",
                     "authPresent", "clientIdPresent", "fault", "sideEffect" })
                QVERIFY2(entry.contains(QLatin1String(key)), key);
        }
        QCOMPARE(QJsonDocument::fromJson(lines.at(1))
                     .object()
                     .value(QStringLiteral("sideEffect"))
                     .toBool(),
            true);
        QCOMPARE(
            QJsonDocument::fromJson(lines.at(2)).object().value(QStringLiteral("status")).toInt(),
            401);
        for (const char *secret : { "SbxPrivateKey001", "SbxPublicKey0001", "WrongPrivateKey9",
                 "Basic ", "Authorization", "cGhpbn" })
            QVERIFY2(!content.contains(secret), secret);
        QVERIFY(!m_server->setLedgerFile(
            dir.filePath(QStringLiteral("no/such/dir/ledger.jsonl")), &error));
        QVERIFY(error.contains(QStringLiteral("ledger")));
    }
};

QTEST_GUILESS_MAIN(TestSandboxApi)
#include "tst_sandboxapi.moc"

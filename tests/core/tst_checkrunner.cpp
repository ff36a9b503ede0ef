// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkrunner.h"
#include "coretestprinters.h"
#include "fakeconnectwise.h"
#include "reportformatter.h"

#include <QSignalSpy>
#include <QTest>

/// Counts sequential round trips: a request's round is one more than the highest round whose
/// answer had been delivered when it was sent.
class RoundCountingTransport : public QObject, public HttpTransport
{
public:
    explicit RoundCountingTransport(FakeTransport &inner)
        : m_inner(inner)
    { }
    void send(const HttpRequest &request, QObject *context, Callback callback) override
    {
        const int round = m_delivered + 1;
        m_rounds.append(round);
        m_inner.send(request, context, [this, round, callback](const HttpResponse &r) {
            m_delivered = qMax(m_delivered, round);
            callback(r);
        });
    }
    void cancel(QObject *context) override { m_inner.cancel(context); }
    int rounds() const
    {
        return m_rounds.isEmpty() ? 0 : *std::max_element(m_rounds.begin(), m_rounds.end());
    }

private:
    FakeTransport &m_inner;
    int m_delivered = 0;
    QList<int> m_rounds;
};

class TestCheckRunner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void securityReadAllGranted();
    void securityReadLevels_data();
    void securityReadLevels();
    void probesAllGranted();
    void probeAnswers_data();
    void probeAnswers();
    void ownCompanyHiddenMeansInsufficient();
    void boardUnknownWithoutMemberIdentifier();
    void boardFallsBackToMemberRecord();
    void boardMissing();
    void boardUnknownWhenMemberUnreadable();
    void authFailedStopsBeforeChecks();
    void connectionFailures_data();
    void connectionFailures();
    void clientIdRejected_data();
    void clientIdRejected();
    void rateLimitHonoursRetryAfter();
    void rateLimitBeyondDeadlineGivesUp();
    void serverTimeoutRetriedOnce();
    void otherClientErrorsNeverRetried();
    void deadlineBoundsTheRun();
    void sequentialModeSameResults();
    void featuresSelectChecks();
    void headersAndSafety();
    void invalidInputSendsNothing();
    void reportsNeverContainThePrivateKey();
    void reusesCompanyInfo();
    void cancelEmitsNothingAndRestartWorks();
    void companyLookupFailureStopsRun();

private:
    CheckRequest request(const FakeConnectWise &cw) const;
    CheckReport run(HttpTransport &transport, const CheckRequest &request);
    static bool sentWrites(const FakeTransport &t);
};

CheckRequest TestCheckRunner::request(const FakeConnectWise &cw) const
{
    CheckRequest r;
    r.site = QStringLiteral("na.myconnectwise.net");
    r.companyId = cw.companyId;
    r.publicKey = cw.publicKey.toUtf8();
    r.privateKey = cw.privateKey.toUtf8();
    r.clientId = cw.clientId;
    r.timeoutMs = 10000;
    return r;
}

CheckReport TestCheckRunner::run(HttpTransport &transport, const CheckRequest &req)
{
    CheckRunner runner(transport);
    QSignalSpy finished(&runner, &CheckRunner::finished);
    runner.start(req);
    if (finished.isEmpty() && !finished.wait(15000))
        return {};
    return finished.first().first().value<CheckReport>();
}

bool TestCheckRunner::sentWrites(const FakeTransport &t)
{
    for (const auto &r : t.requests()) {
        if (r.method != "GET")
            return true;
    }
    return false;
}

void TestCheckRunner::securityReadAllGranted()
{
    FakeTransport fake;
    FakeConnectWise cw;
    cw.install(fake);
    RoundCountingTransport counting(fake);
    const CheckReport report = run(counting, request(cw));
    QCOMPARE(wireName(report.connection), QStringLiteral("ok"));
    QCOMPARE(report.count(CheckStatus::Granted), report.checks.size());
    for (const auto &c : report.checks)
        QCOMPARE(c.source, CheckSource::SecurityRead);
    QCOMPARE(ReportFormatter::exitCode(report), int(kExitReady));
    QVERIFY2(!sentWrites(fake), "no write probe may be sent when the security is readable");
    // companyinfo, then one round of system/info + myMembers + mySecurity
    QVERIFY2(counting.rounds() - 1 <= 2, qPrintable(QString::number(counting.rounds())));
    QCOMPARE(counting.rounds() - 1, 1);
    QCOMPARE(report.member.identifier, QStringLiteral("phin-api"));
    QCOMPARE(report.member.securityRole, QStringLiteral("Phin Integration"));
    QCOMPARE(report.member.defaultBoard, QStringLiteral("Help Desk"));
    QCOMPARE(report.apiBaseUrl.toString(),
        QStringLiteral("https://api-na.myconnectwise.net/v2025_1/apis/3.0/"));
    QCOMPARE(report.serverVersion, QStringLiteral("v2025.1.10333"));
    const CheckResult *edit = report.check(QStringLiteral("finance.agreements.edit"));
    QVERIFY(edit);
    QCOMPARE(edit->observed, QStringLiteral("All"));
    QCOMPARE(edit->evidence.size(), 1);
    QVERIFY(edit->evidence.first().path.contains(QLatin1String("system/mySecurity")));
    QVERIFY(edit->remediation.isEmpty());
}

void TestCheckRunner::securityReadLevels_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("level");
    QTest::addColumn<QString>("checkId");
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("my-on-agreements-inquire") << "Finance/Agreements:inquire"
                                              << "My"
                                              << "finance.agreements.inquire"
                                              << "insufficient" << 1;
    QTest::newRow("mine-on-company-inquire") << "Companies/Company Maintenance:inquire"
                                             << "Mine"
                                             << "companies.company-maintenance.inquire"
                                             << "insufficient" << 1;
    QTest::newRow("none-on-tickets-add") << "Service Desk/Service Tickets:add"
                                         << "None"
                                         << "service-desk.service-tickets.add"
                                         << "missing" << 1;
    QTest::newRow("unrecognised-level") << "Companies/Manage Attachments:add"
                                        << "Some"
                                        << "companies.manage-attachments.add"
                                        << "unknown" << 3;
}

void TestCheckRunner::securityReadLevels()
{
    QFETCH(QString, key);
    QFETCH(QString, level);
    QFETCH(QString, checkId);
    QFETCH(QString, status);
    QFETCH(int, exitCode);
    FakeTransport fake;
    FakeConnectWise cw;
    cw.levels.insert(key, level);
    cw.install(fake);
    const CheckReport report = run(fake, request(cw));
    const CheckResult *c = report.check(checkId);
    QVERIFY(c);
    QCOMPARE(wireName(c->status), status);
    QCOMPARE(c->observed, level);
    QCOMPARE(ReportFormatter::exitCode(report), exitCode);
    QVERIFY(!c->remediation.isEmpty());
    const QLatin1String path("System > Security Roles > Phin Integration > ");
    // An unknown level says nothing about the role: the fix asks to check again first.
    if (c->status == CheckStatus::Unknown)
        QVERIFY2(c->remediation.startsWith(QLatin1String("Check again"))
                && c->remediation.contains(path),
            qPrintable(c->remediation));
    else
        QVERIFY2(c->remediation.startsWith(path), qPrintable(c->remediation));
    QVERIFY(!sentWrites(fake));
}

void TestCheckRunner::probesAllGranted()
{
    FakeTransport fake;
    FakeConnectWise cw;
    cw.selfReadable = false;
    cw.install(fake);
    RoundCountingTransport counting(fake);
    CheckRequest req = request(cw);
    req.memberIdentifier = QStringLiteral("phin-api");
    const CheckReport report = run(counting, req);
    QCOMPARE(wireName(report.connection), QStringLiteral("ok"));
    for (const auto &c : report.checks) {
        QVERIFY2(c.status == CheckStatus::Granted,
            qPrintable(c.entry.id + QLatin1Char(' ') + c.observed));
        QCOMPARE(c.source, CheckSource::Probe);
        QVERIFY(!c.evidence.isEmpty());
    }
    QCOMPARE(ReportFormatter::exitCode(report), int(kExitReady));
    QVERIFY2(counting.rounds() - 1 <= 3, qPrintable(QString::number(counting.rounds())));
    QCOMPARE(counting.rounds() - 1, 2);
    QVERIFY(report.sideEffects.isEmpty());
    QCOMPARE(report.member.defaultBoard, QStringLiteral("Help Desk"));
    // All vs My for companies came from the MSP's own company record.
    const CheckResult *company
        = report.check(QStringLiteral("companies.company-maintenance.inquire"));
    QCOMPARE(company->evidence.size(), 1);
    QVERIFY(company->evidence.first().path.contains(QLatin1String("conditions=identifier")));
}

void TestCheckRunner::probeAnswers_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("transportError");
    QTest::addColumn<QString>("checkId");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("sideEffect");
    const QByteArray notJson("<html><body>Sign in</body></html>");
    QTest::newRow("403-on-tickets-add") << QByteArray("POST") << "service/tickets" << 403
                                        << QByteArray(R"({"code":"Forbidden","message":"no"})") << 0
                                        << "service-desk.service-tickets.add"
                                        << "missing" << false;
    QTest::newRow("403-on-agreements-edit") << QByteArray("PATCH") << "finance/agreements/*" << 403
                                            << QByteArray("{}") << 0 << "finance.agreements.edit"
                                            << "missing" << false;
    QTest::newRow("403-on-documents-inquire")
        << QByteArray("GET") << "system/documents" << 403 << QByteArray("{}") << 0
        << "companies.manage-attachments.inquire"
        << "missing" << false;
    QTest::newRow("500-on-documents-add")
        << QByteArray("POST") << "system/documents" << 500
        << QByteArray(R"({"code":"ConnectWiseApi","message":"boom"})") << 0
        << "companies.manage-attachments.add"
        << "unknown" << false;
    QTest::newRow("html-on-tickets-count") << QByteArray("GET") << "service/tickets/count" << 200
                                           << notJson << 0 << "service-desk.service-tickets.inquire"
                                           << "unknown" << false;
    QTest::newRow("malformed-json-on-agreements-count")
        << QByteArray("GET") << "finance/agreements/count" << 200 << QByteArray("{\"count\":") << 0
        << "finance.agreements.inquire"
        << "unknown" << false;
    QTest::newRow("redirect-on-tickets-add")
        << QByteArray("POST") << "service/tickets" << 302 << QByteArray() << 0
        << "service-desk.service-tickets.add"
        << "unknown" << true;
    QTest::newRow("201-on-tickets-add")
        << QByteArray("POST") << "service/tickets" << 201
        << QByteArray(R"({"id":991,"summary":""})") << 0 << "service-desk.service-tickets.add"
        << "granted" << true;
    QTest::newRow("reset-on-agreements-edit")
        << QByteArray("PATCH") << "finance/agreements/*" << 0 << QByteArray()
        << int(TransportError::ConnectionReset) << "finance.agreements.edit"
        << "unknown" << false;
    QTest::newRow("timeout-on-documents-inquire")
        << QByteArray("GET") << "system/documents" << 0 << QByteArray()
        << int(TransportError::Timeout) << "companies.manage-attachments.inquire"
        << "unknown" << false;
    QTest::newRow("409-on-tickets-add") << QByteArray("POST") << "service/tickets" << 409
                                        << QByteArray(R"({"code":"Conflict","message":"x"})") << 0
                                        << "service-desk.service-tickets.add"
                                        << "unknown" << false;
    QTest::newRow("403-on-company-inquire")
        << QByteArray("GET") << "company/companies" << 403 << QByteArray("{}") << 0
        << "companies.company-maintenance.inquire"
        << "missing" << false;
    QTest::newRow("html-on-company-inquire")
        << QByteArray("GET") << "company/companies" << 200 << notJson << 0
        << "companies.company-maintenance.inquire"
        << "unknown" << false;
    QTest::newRow("404-on-agreements-edit")
        << QByteArray("PATCH") << "finance/agreements/*" << 404
        << QByteArray(R"({"code":"NotFound","message":"x"})") << 0 << "finance.agreements.edit"
        << "granted" << false;
}

void TestCheckRunner::probeAnswers()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, transportError);
    QFETCH(QString, checkId);
    QFETCH(QString, expected);
    QFETCH(bool, sideEffect);
    FakeTransport fake;
    fake.on(method, FakeConnectWise::path(path), [=](const HttpRequest &) {
        if (transportError)
            return FakeTransport::failure(
                TransportError(transportError), QStringLiteral("injected"));
        HttpResponse r = FakeTransport::json(status, body);
        if (body.startsWith('<'))
            r.headers = { { "Content-Type", "text/html" } };
        if (status == 302)
            r.headers.append(qMakePair(QByteArray("Location"),
                QByteArray(
                    "http://api-na.myconnectwise.net/v2025_1/apis/3.0/service/tickets/991")));
        return r;
    });
    FakeConnectWise cw;
    cw.selfReadable = false;
    cw.install(fake);
    CheckRequest req = request(cw);
    req.memberIdentifier = cw.memberIdentifier;
    const CheckReport report = run(fake, req);
    QCOMPARE(wireName(report.connection), QStringLiteral("ok"));
    const CheckResult *c = report.check(checkId);
    QVERIFY(c);
    QCOMPARE(wireName(c->status), expected);
    QCOMPARE(c->source, CheckSource::Probe);
    QCOMPARE(c->evidence.size(), 1);
    QCOMPARE(c->evidence.first().method, QString::fromLatin1(method));
    QCOMPARE(c->evidence.first().httpStatus, status);
    QVERIFY(!c->evidence.first().note.isEmpty());
    QCOMPARE(!report.sideEffects.isEmpty(), sideEffect);
    if (sideEffect) {
        QVERIFY(c->evidence.first().note.contains(QLatin1String("POSSIBLE SIDE EFFECT")));
        QVERIFY(ReportFormatter::toText(report).contains(QLatin1String("WARNING")));
    }
    // every other check is still granted: one bad answer does not spill over
    for (const auto &other : report.checks) {
        if (other.entry.id != checkId)
            QVERIFY2(other.status == CheckStatus::Granted, qPrintable(other.entry.id));
    }
    const int expectedExit = expected == QLatin1String("missing") ? 1
        : expected == QLatin1String("unknown")                    ? 3
                                                                  : 0;
    QCOMPARE(ReportFormatter::exitCode(report), expectedExit);
}

void TestCheckRunner::ownCompanyHiddenMeansInsufficient()
{
    FakeTransport fake;
    FakeConnectWise cw;
    cw.selfReadable = false;
    cw.levels.insert(QStringLiteral("Companies/Company Maintenance:inquire"), QStringLiteral("My"));
    cw.install(fake);
    const CheckReport report = run(fake, request(cw));
    const CheckResult *c = report.check(QStringLiteral("companies.company-maintenance.inquire"));
    QCOMPARE(c->status, CheckStatus::Insufficient);
    QVERIFY(c->observed.contains(QLatin1String("My")));
    QCOMPARE(ReportFormatter::exitCode(report), int(kExitNotReady));
}

void TestCheckRunner::boardUnknownWithoutMemberIdentifier()
{
    FakeTransport fake;
    FakeConnectWise cw;
    cw.selfReadable = false;
    cw.install(fake);
    const CheckReport report = run(fake, request(cw));
    const CheckResult *board = report.check(QStringLiteral("member.default-board"));
    QCOMPARE(board->status, CheckStatus::Unknown);
    QVERIFY(board->evidence.first().note.contains(QLatin1String("identifier is unknown")));
    QCOMPARE(fake.count("GET", FakeConnectWise::path(QStringLiteral("system/apiMembers"))), 0);
    QCOMPARE(ReportFormatter::exitCode(report), int(kExitUnknown));
}

void TestCheckRunner::boardFallsBackToMemberRecord()
{
    FakeTransport fake;
    FakeConnectWise cw;
    cw.selfReadable = false;
    cw.memberReadableByQuery = false;
    cw.install(fake);
    RoundCountingTransport counting(fake);
    CheckRequest req = request(cw);
    req.memberIdentifier = QStringLiteral("phin-api");
    const CheckReport report = run(counting, req);
    const CheckResult *board = report.check(QStringLiteral("member.default-board"));
    QCOMPARE(board->status, CheckStatus::Granted);
    QCOMPARE(
        fake.count("GET", FakeConnectWise::path(QStringLiteral("system/members/phin-api"))), 1);
    QCOMPARE(counting.rounds() - 1, 3);
}

void TestCheckRunner::boardUnknownWhenMemberUnreadable()
{
    FakeTransport fake;
    fake.on("GET", FakeConnectWise::path(QStringLiteral("system/members/*")),
        [](const HttpRequest &) { return FakeTransport::json(403, R"({"message":"Forbidden"})"); });
    FakeConnectWise cw;
    cw.selfReadable = false;
    cw.memberReadableByQuery = false;
    cw.install(fake);
    CheckRequest req = request(cw);
    req.memberIdentifier = QStringLiteral("phin-api");
    const CheckReport report = run(fake, req);
    const CheckResult *board = report.check(QStringLiteral("member.default-board"));
    QCOMPARE(board->status, CheckStatus::Unknown);
    QCOMPARE(board->evidence.size(), 3); // myMembers, apiMembers, members/{id}
    QVERIFY(board->evidence.last().note.contains(QLatin1String("could not be read")));
    QVERIFY2(board->remediation.contains(QLatin1String("API Members > phin-api")),
        qPrintable(board->remediation));
    QCOMPARE(ReportFormatter::exitCode(report), int(kExitUnknown));
}

void TestCheckRunner::boardMissing()
{
    FakeTransport fake;
    FakeConnectWise cw;
    cw.boardId = 0;
    cw.install(fake);
    const CheckReport report = run(fake, request(cw));
    const CheckResult *board = report.check(QStringLiteral("member.default-board"));
    QCOMPARE(board->status, CheckStatus::Missing);
    QVERIFY2(board->remediation.startsWith(QLatin1String(
                 "System > Members > API Members > phin-api > Service Defaults > Default Board")),
        qPrintable(board->remediation));
    QVERIFY(!report.featureReady(QStringLiteral("service-desk")));
    QVERIFY(report.featureReady(QStringLiteral("billing")));
    QVERIFY(ReportFormatter::remediationSteps(report).contains(
        QLatin1String("API Members > phin-api")));
}

void TestCheckRunner::authFailedStopsBeforeChecks()
{
    FakeTransport fake;
    FakeConnectWise cw;
    cw.selfReadable = false;
    cw.install(fake);
    CheckRequest req = request(cw);
    req.privateKey = "WrongWrongWrong1";
    const CheckReport report = run(fake, req);
    QCOMPARE(wireName(report.connection), QStringLiteral("auth_failed"));
    QCOMPARE(report.connectionHttpStatus, 401);
    QVERIFY(!sentWrites(fake));
    QCOMPARE(fake.count("GET", FakeConnectWise::path(QStringLiteral("company/"))), 0);
    QCOMPARE(fake.count("GET", FakeConnectWise::path(QStringLiteral("service/"))), 0);
    for (const auto &c : report.checks) {
        QVERIFY(c.status == CheckStatus::Unknown || c.status == CheckStatus::Skipped);
        QVERIFY2(c.remediation.isEmpty(), "no role fixes before there is a connection");
    }
    QCOMPARE(ReportFormatter::exitCode(report), int(kExitNoConnection));
    QCOMPARE(ReportFormatter::remediationSteps(report), report.connectionMessage);
}

void TestCheckRunner::connectionFailures_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("transportError");
    QTest::addColumn<QString>("expected");
    QTest::newRow("503-everywhere")
        << 503 << QByteArray(R"({"message":"Service Unavailable"})") << 0 << "server_error";
    QTest::newRow("html-login-page")
        << 200 << QByteArray("<html>login</html>") << 0 << "unexpected_response";
    QTest::newRow("malformed-json")
        << 200 << QByteArray("{\"version\":") << 0 << "unexpected_response";
    QTest::newRow("redirect") << 302 << QByteArray() << 0 << "unexpected_response";
    QTest::newRow("404-wrong-codebase")
        << 404 << QByteArray(R"({"message":"The endpoint does not exist."})") << 0
        << "unexpected_response";
    QTest::newRow("connection-reset")
        << 0 << QByteArray() << int(TransportError::ConnectionReset) << "unreachable";
    QTest::newRow("tls-error") << 0 << QByteArray() << int(TransportError::TlsError) << "tls_error";
    QTest::newRow("request-timeout")
        << 0 << QByteArray() << int(TransportError::Timeout) << "timeout";
}

void TestCheckRunner::connectionFailures()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, transportError);
    QFETCH(QString, expected);
    FakeTransport fake;
    fake.on("GET", FakeConnectWise::path(QStringLiteral("system/*")), [=](const HttpRequest &) {
        if (transportError)
            return FakeTransport::failure(
                TransportError(transportError), QStringLiteral("injected"));
        HttpResponse r = FakeTransport::json(status, body);
        if (body.startsWith('<'))
            r.headers = { qMakePair(QByteArray("Content-Type"), QByteArray("text/html")) };
        if (status == 302)
            r.headers.append(
                qMakePair(QByteArray("Location"), QByteArray("https://login.example/")));
        return r;
    });
    FakeConnectWise cw;
    cw.install(fake);
    const CheckReport report = run(fake, request(cw));
    QCOMPARE(wireName(report.connection), expected);
    QVERIFY(!report.connectionMessage.isEmpty());
    QVERIFY(!sentWrites(fake));
    QCOMPARE(ReportFormatter::exitCode(report), int(kExitNoConnection));
    for (const auto &c : report.checks)
        QCOMPARE(c.status, CheckStatus::Unknown);
}

void TestCheckRunner::clientIdRejected_data()
{
    QTest::addColumn<QString>("clientId");
    QTest::newRow("missing") << QString();
    QTest::newRow("unknown") << QStringLiteral("not-registered");
}

void TestCheckRunner::clientIdRejected()
{
    QFETCH(QString, clientId);
    FakeTransport fake;
    FakeConnectWise cw;
    cw.install(fake);
    CheckRequest req = request(cw);
    req.clientId = clientId;
    const CheckReport report = run(fake, req);
    QCOMPARE(wireName(report.connection), QStringLiteral("client_id_rejected"));
    QVERIFY(report.connectionMessage.contains(QLatin1String("clientId")));
    QVERIFY(report.connectionMessage.contains(QLatin1String("missing, unknown or disabled")));
    QCOMPARE(ReportFormatter::exitCode(report), int(kExitNoConnection));
    QVERIFY(!sentWrites(fake));
}

void TestCheckRunner::rateLimitHonoursRetryAfter()
{
    FakeTransport fake;
    int calls = 0;
    fake.on(
        "GET", FakeConnectWise::path(QStringLiteral("system/info")), [&calls](const HttpRequest &) {
            if (++calls == 1)
                return FakeTransport::json(429,
                    R"({"error":"ConnectWiseAPI","message":"Too many requests."})",
                    { { "Retry-After", "1" } });
            return FakeTransport::json(200, R"({"version":"v2025.1.1"})");
        });
    FakeConnectWise cw;
    cw.install(fake);
    QElapsedTimer timer;
    timer.start();
    const CheckReport report = run(fake, request(cw));
    QCOMPARE(wireName(report.connection), QStringLiteral("ok"));
    QCOMPARE(calls, 2);
    QVERIFY2(timer.elapsed() >= 950, "the retry must wait for Retry-After");
}

void TestCheckRunner::rateLimitBeyondDeadlineGivesUp()
{
    FakeTransport fake;
    fake.on("GET", FakeConnectWise::path(QStringLiteral("system/*")), [](const HttpRequest &) {
        return FakeTransport::json(
            429, R"({"message":"Too many requests."})", { { "Retry-After", "60" } });
    });
    FakeConnectWise cw;
    cw.install(fake);
    CheckRequest req = request(cw);
    req.timeoutMs = 3000;
    QElapsedTimer timer;
    timer.start();
    const CheckReport report = run(fake, req);
    QVERIFY(timer.elapsed() < 2500);
    QVERIFY(!report.connected());
    QCOMPARE(fake.count("GET", FakeConnectWise::path(QStringLiteral("system/info"))), 1);
}

void TestCheckRunner::serverTimeoutRetriedOnce()
{
    FakeTransport fake;
    fake.on(
        "POST", FakeConnectWise::path(QStringLiteral("service/tickets")), [](const HttpRequest &) {
            return FakeTransport::json(500,
                R"({"code":"ConnectWiseApi","message":"A timeout has occured. Please try again."})");
        });
    FakeConnectWise cw;
    cw.selfReadable = false;
    cw.install(fake);
    const CheckReport report = run(fake, request(cw));
    QCOMPARE(fake.count("POST", FakeConnectWise::path(QStringLiteral("service/tickets"))), 2);
    QCOMPARE(report.check(QStringLiteral("service-desk.service-tickets.add"))->status,
        CheckStatus::Unknown);
}

void TestCheckRunner::otherClientErrorsNeverRetried()
{
    FakeTransport fake;
    fake.on(
        "POST", FakeConnectWise::path(QStringLiteral("system/documents")), [](const HttpRequest &) {
            return FakeTransport::json(
                500, R"({"code":"ConnectWiseApi","message":"Object reference not set"})");
        });
    FakeConnectWise cw;
    cw.selfReadable = false;
    cw.install(fake);
    const CheckReport report = run(fake, request(cw));
    QCOMPARE(fake.count("POST", FakeConnectWise::path(QStringLiteral("system/documents"))), 1);
    QCOMPARE(fake.count("POST", FakeConnectWise::path(QStringLiteral("service/tickets"))), 1);
    QCOMPARE(fake.count("PATCH", FakeConnectWise::path(QStringLiteral("finance/agreements"))), 1);
}

void TestCheckRunner::deadlineBoundsTheRun()
{
    FakeTransport fake;
    fake.on(
        "GET", QStringLiteral("/login/companyinfo/*"),
        [](const HttpRequest &) { return FakeTransport::json(200, "null"); }, 10000);
    FakeConnectWise cw;
    CheckRequest req = request(cw);
    req.timeoutMs = 300;
    QElapsedTimer timer;
    timer.start();
    const CheckReport report = run(fake, req);
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(wireName(report.connection), QStringLiteral("timeout"));
    QVERIFY(fake.requests().first().timeoutMs <= 300);
    QCOMPARE(ReportFormatter::exitCode(report), int(kExitNoConnection));
}

void TestCheckRunner::sequentialModeSameResults()
{
    FakeTransport fake;
    FakeConnectWise cw;
    cw.selfReadable = false;
    cw.levels.insert(QStringLiteral("Finance/Agreements:edit"), QStringLiteral("None"));
    cw.install(fake);
    RoundCountingTransport counting(fake);
    CheckRequest req = request(cw);
    req.sequential = true;
    const CheckReport sequential = run(counting, req);
    QCOMPARE(counting.rounds(), fake.requests().size());
    QCOMPARE(sequential.roundTrips, sequential.requestCount);

    FakeTransport fake2;
    cw.install(fake2);
    req.sequential = false;
    const CheckReport parallel = run(fake2, req);
    QCOMPARE(ReportFormatter::diff(parallel, sequential), QStringList());
    QCOMPARE(
        sequential.check(QStringLiteral("finance.agreements.edit"))->status, CheckStatus::Missing);
    QVERIFY(parallel.roundTrips < sequential.roundTrips);
}

void TestCheckRunner::featuresSelectChecks()
{
    FakeTransport fake;
    FakeConnectWise cw;
    cw.selfReadable = false;
    cw.install(fake);
    CheckRequest req = request(cw);
    req.features = { QStringLiteral("billing") };
    const CheckReport report = run(fake, req);
    QCOMPARE(report.check(QStringLiteral("service-desk.service-tickets.add"))->status,
        CheckStatus::Skipped);
    QCOMPARE(report.check(QStringLiteral("member.default-board"))->status, CheckStatus::Skipped);
    QCOMPARE(report.check(QStringLiteral("companies.company-maintenance.inquire"))->status,
        CheckStatus::Granted);
    QCOMPARE(fake.count("POST", FakeConnectWise::path(QStringLiteral("service/"))), 0);
    QCOMPARE(fake.count("POST", FakeConnectWise::path(QStringLiteral("system/documents"))), 0);
    QCOMPARE(ReportFormatter::exitCode(report), int(kExitReady));
    QVERIFY(report.featureReady(QStringLiteral("billing")));
    QVERIFY(!report.featureReady(QStringLiteral("service-desk")));

    req.features = { QStringLiteral("payroll") };
    const CheckReport bad = run(fake, req);
    QCOMPARE(wireName(bad.connection), QStringLiteral("invalid_input"));
}

void TestCheckRunner::headersAndSafety()
{
    FakeTransport fake;
    FakeConnectWise cw;
    cw.selfReadable = false;
    cw.install(fake);
    CheckRequest req = request(cw);
    req.memberIdentifier = cw.memberIdentifier;
    run(fake, req);
    const auto requests = fake.requests();
    QVERIFY(requests.size() > 8);
    for (const auto &r : requests) {
        QVERIFY2(r.method != "PUT", "never PUT");
        QCOMPARE(r.url.scheme(), QStringLiteral("https"));
        QCOMPARE(r.url.host(), QStringLiteral("api-na.myconnectwise.net"));
        if (r.url.path().startsWith(QLatin1String("/login/companyinfo/"))) {
            QVERIFY(r.header("Authorization").isEmpty());
            QVERIFY(r.header("clientId").isEmpty());
            continue;
        }
        QVERIFY(r.url.path().startsWith(QLatin1String("/v2025_1/apis/3.0/")));
        QVERIFY(r.header("Authorization").startsWith("Basic "));
        QCOMPARE(r.header("clientId"), QByteArray("test-client-id"));
        QVERIFY(r.header("Accept").startsWith("application/vnd.connectwise.com+json; version="));
        if (r.method == "PATCH")
            QVERIFY2(r.url.path().endsWith(QLatin1String("/2147483647")),
                "PATCH only a record that cannot exist");
        if (r.method == "POST" && r.url.path().endsWith(QLatin1String("system/documents")))
            QVERIFY(r.header("Content-Type").startsWith("multipart/form-data; boundary="));
    }
}

void TestCheckRunner::invalidInputSendsNothing()
{
    FakeTransport fake;
    FakeConnectWise cw;
    cw.install(fake);
    CheckRequest req = request(cw);
    req.site = QStringLiteral("http://na.myconnectwise.net");
    req.privateKey = req.publicKey;
    const CheckReport report = run(fake, req);
    QCOMPARE(wireName(report.connection), QStringLiteral("invalid_input"));
    QVERIFY(report.connectionMessage.contains(QLatin1String("ConnectWise site:")));
    QVERIFY(report.connectionMessage.contains(QLatin1String("Private key:")));
    QCOMPARE(fake.requests().size(), 0);
    QCOMPARE(ReportFormatter::exitCode(report), int(kExitNoConnection));
    for (const auto &c : report.checks)
        QVERIFY(c.status == CheckStatus::Unknown || c.status == CheckStatus::Skipped);
}

void TestCheckRunner::reportsNeverContainThePrivateKey()
{
    FakeTransport fake;
    FakeConnectWise cw;
    cw.levels.insert(QStringLiteral("Finance/Agreements:edit"), QStringLiteral("None"));
    cw.install(fake);
    const CheckReport report = run(fake, request(cw));
    const QString all = QString::fromUtf8(ReportFormatter::toJson(report))
        + ReportFormatter::toText(report) + ReportFormatter::toMarkdown(report)
        + ReportFormatter::toHtml(report) + report.requestLog.join(QLatin1Char('\n'));
    QVERIFY(!all.contains(cw.privateKey));
    QVERIFY(!all.contains(cw.publicKey));
    QVERIFY(!all.contains(QLatin1String("Basic ")));
    QVERIFY(ReportFormatter::toText(report).contains(QStringLiteral("…Gh78")));
}

void TestCheckRunner::reusesCompanyInfo()
{
    FakeTransport fake;
    FakeConnectWise cw;
    cw.install(fake);
    const ConnectWiseAssumptions assumptions = ConnectWiseAssumptions::load();
    CompanyLookup lookup2(fake, assumptions);
    QSignalSpy spy(&lookup2, &CompanyLookup::finished);
    lookup2.start(
        parseSite(QStringLiteral("na.myconnectwise.net"), assumptions).site, cw.companyId);
    QVERIFY(spy.wait());
    CheckRequest req = request(cw);
    req.companyInfo = spy.first().first().value<CompanyInfoResult>();
    QVERIFY(req.companyInfo->ok());
    const int before = fake.count("GET", QStringLiteral("/login/companyinfo/"));
    const CheckReport report = run(fake, req);
    QCOMPARE(wireName(report.connection), QStringLiteral("ok"));
    QCOMPARE(fake.count("GET", QStringLiteral("/login/companyinfo/")), before);

    // A lookup for another company is not reused.
    req.companyInfo->requestedCompanyId = QStringLiteral("other");
    run(fake, req);
    QCOMPARE(fake.count("GET", QStringLiteral("/login/companyinfo/")), before + 1);
}

void TestCheckRunner::cancelEmitsNothingAndRestartWorks()
{
    FakeTransport fake;
    FakeConnectWise cw;
    cw.delayMs = 50;
    cw.install(fake);
    CheckRunner runner(fake);
    QSignalSpy finished(&runner, &CheckRunner::finished);
    QSignalSpy stages(&runner, &CheckRunner::stageChanged);
    runner.start(request(cw));
    QVERIFY(runner.isRunning());
    runner.cancel();
    QVERIFY(!runner.isRunning());
    runner.start(request(cw));
    QVERIFY(finished.wait(5000));
    QVERIFY(!finished.wait(200));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().value<CheckReport>().connection, ConnectionStatus::Ok);
    QVERIFY(stages.size() >= 4);
    QCOMPARE(runner.stage(), CheckStage::Finished);
}

void TestCheckRunner::companyLookupFailureStopsRun()
{
    FakeTransport fake;
    FakeConnectWise cw;
    cw.install(fake);
    CheckRequest req = request(cw);
    req.companyId = QStringLiteral("nosuchco");
    const CheckReport report = run(fake, req);
    QCOMPARE(wireName(report.connection), QStringLiteral("company_not_found"));
    QCOMPARE(fake.requests().size(), 1);
    QCOMPARE(ReportFormatter::exitCode(report), int(kExitNoConnection));
}

QTEST_GUILESS_MAIN(TestCheckRunner)
#include "tst_checkrunner.moc"

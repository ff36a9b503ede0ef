// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
// Every request the engine makes, under every fault the simulator can inject: CheckRunner over
// the real NetworkTransport against an in-process SandboxServer on 127.0.0.1. Each row proves
// that the run ends before its deadline, that only the checks the failed request answers become
// unknown (with the reason the fault explains), that every other check keeps its true status,
// and that the exit code follows the contract.
#include "checkrunner.h"
#include "networktransport.h"
#include "reportformatter.h"
#include "sandboxserver.h"
#include "scenario.h"

#include "../net/rawhttpserver.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

namespace {

constexpr int kDeadlineMs = 2500; // generous: ASan builds on a busy CI machine are slow
constexpr qint64 kBodyBytes = 50LL * 1024 * 1024; // an oversized answer
constexpr qint64 kChunk = 256 * 1024;
// Finishing later than the deadline by more than this counts as a hang.
constexpr int kDeadlineSlackMs = 2500;
const QString kBoard = QStringLiteral("member.default-board");

// The probes (and the member lookups) only go out when the member cannot read its own
// security; Member Maintenance Inquire lets the API member lookup find the default board.
const QByteArray kProbingScenario = R"({
  "extends": "api-member-locked-down",
  "name": "probing",
  "description": "Self-reads not routed; every permission is probed, the board read via apiMembers.",
  "role": { "levels": { "System/Member Maintenance": { "inquire": "All" } } }
})";

enum class Target {
    CompanyInfo,
    SystemInfo,
    SelfMember,
    SelfSecurity,
    Probe,
    ApiMembers,
    MemberLookups
};

struct Request
{
    QString name; ///< row prefix
    Target target;
    bool probing; ///< runs against kProbingScenario
    QList<QPair<QString, QString>> routes; ///< method, exact path (or prefix ending with '/')
    QString checkId; ///< the check a probe answers
};

struct Fault
{
    QString name;
    FaultKind kind;
    QString reason; ///< pattern the observed text of an affected probe matches
};

QList<Request> engineRequests()
{
    using R = QList<QPair<QString, QString>>;
    return {
        { "companyinfo", Target::CompanyInfo, false, R { { "GET", "/login/companyinfo/" } }, {} },
        { "system-info", Target::SystemInfo, false, R { { "GET", "/system/info" } }, {} },
        { "myMembers", Target::SelfMember, false, R { { "GET", "/system/myMembers" } }, {} },
        { "mySecurity", Target::SelfSecurity, false, R { { "GET", "/system/mySecurity" } }, {} },
        { "probe-companies", Target::Probe, true, R { { "GET", "/company/companies" } },
            "companies.company-maintenance.inquire" },
        { "probe-agreements-count", Target::Probe, true,
            R { { "GET", "/finance/agreements/count" } }, "finance.agreements.inquire" },
        { "probe-agreements-patch", Target::Probe, true,
            R { { "PATCH", "/finance/agreements/2147483647" } }, "finance.agreements.edit" },
        { "probe-documents-get", Target::Probe, true, R { { "GET", "/system/documents" } },
            "companies.manage-attachments.inquire" },
        { "probe-documents-post", Target::Probe, true, R { { "POST", "/system/documents" } },
            "companies.manage-attachments.add" },
        { "probe-tickets-count", Target::Probe, true, R { { "GET", "/service/tickets/count" } },
            "service-desk.service-tickets.inquire" },
        { "probe-tickets-post", Target::Probe, true, R { { "POST", "/service/tickets" } },
            "service-desk.service-tickets.add" },
        { "apiMembers", Target::ApiMembers, true, R { { "GET", "/system/apiMembers" } }, kBoard },
        { "member-lookups", Target::MemberLookups, true,
            R { { "GET", "/system/apiMembers" }, { "GET", "/system/members/" } }, kBoard },
    };
}

QList<Fault> faultKinds()
{
    return {
        { "500", FaultKind::ServerError, "^500 " },
        // The transport timeout and the run deadline end together; either may say so first.
        { "hang", FaultKind::Hang, "time limit|no answer: timeout" },
        { "reset", FaultKind::Reset, "connection reset" },
        { "html-200", FaultKind::Html200, "not JSON" },
        { "truncated-json", FaultKind::TruncatedJson, "not JSON" },
        { "redirect-http", FaultKind::RedirectHttp,
            "redirect to http://127\\.0\\.0\\.1:\\d+/.*not followed" },
        { "rate-limit", FaultKind::RateLimit, "^429 " },
        { "slow-body", FaultKind::SlowBody, {} },
    };
}

// What the row expects; checks not listed keep their true status (granted).
struct Expectation
{
    QString connection = QStringLiteral("ok");
    QMap<QString, QString> unknownReasons; ///< check id -> pattern of its observed text
    bool allUnknown = false; ///< no connection: every selected check unknown
    QString allReason; ///< pattern
    bool permissionsProbed = false; ///< the security read failed and probes answered instead
    /// A request that never answers gets the time left as its own timeout, so it races the
    /// run's deadline: either ends the run first. Then only what holds for both is checked.
    bool racesDeadline = false;
};

Expectation expect(const Request &request, const Fault &fault)
{
    Expectation e;
    const bool hang = fault.kind == FaultKind::Hang;
    if (fault.kind == FaultKind::SlowBody)
        return e; // slow, but within the deadline: the answer is complete and read as usual
    switch (request.target) {
    case Target::CompanyInfo: {
        static const QMap<FaultKind, QString> kConnection {
            { FaultKind::ServerError, "server_error" }, { FaultKind::Hang, "timeout" },
            { FaultKind::Reset, "unreachable" }, { FaultKind::Html200, "unexpected_response" },
            { FaultKind::TruncatedJson, "unexpected_response" },
            { FaultKind::RedirectHttp, "unexpected_response" },
            { FaultKind::RateLimit, "unexpected_response" }
        };
        e.connection = kConnection.value(fault.kind);
        e.allUnknown = true;
        e.allReason = hang ? fault.reason + QStringLiteral("|not checked: timeout")
                           : QStringLiteral("not checked: ");
        return e;
    }
    case Target::SystemInfo:
    case Target::SelfMember:
    case Target::SelfSecurity:
        // Authentication is one round: a request that never answers holds the whole run.
        if (hang) {
            e.racesDeadline = true;
            e.connection = QStringLiteral("timeout");
            e.allUnknown = true;
            e.allReason = fault.reason;
            return e;
        }
        if (request.target == Target::SelfMember)
            e.unknownReasons.insert(kBoard, QStringLiteral("member not readable"));
        if (request.target == Target::SelfSecurity)
            e.permissionsProbed = true;
        return e;
    case Target::Probe:
        e.unknownReasons.insert(request.checkId, fault.reason);
        return e;
    case Target::ApiMembers:
        // Any answer but none at all falls back to /system/members/{identifier}.
        if (hang) {
            e.racesDeadline = true;
            e.unknownReasons.insert(kBoard, fault.reason + QStringLiteral("|member not readable"));
        }
        return e;
    case Target::MemberLookups:
        // A hang may end as the deadline or, when the first lookup's own timeout wins the race,
        // as the second lookup finding no time left.
        e.unknownReasons.insert(kBoard,
            hang ? fault.reason + QStringLiteral("|member not readable")
                 : QStringLiteral("member not readable"));
        return e;
    }
    return e;
}

// The contract of phin-cw-check, restated independently of ReportFormatter.
int contractExitCode(const Expectation &e)
{
    if (e.connection != QLatin1String("ok"))
        return 2;
    return e.unknownReasons.isEmpty() ? 0 : 3;
}

// Sends the requests whose path contains m_path to another server (same scheme and host, another
// port) and everything else where it was addressed: lets one request of a real run meet a
// server the simulator cannot imitate.
class RerouteTransport : public HttpTransport
{
public:
    RerouteTransport(HttpTransport &inner, QString path, quint16 port)
        : m_inner(inner)
        , m_path(std::move(path))
        , m_port(port)
    { }
    void send(const HttpRequest &request, QObject *context, Callback callback) override
    {
        HttpRequest r = request;
        if (r.url.path().contains(m_path))
            r.url.setPort(m_port);
        m_inner.send(r, context, std::move(callback));
    }
    void cancel(QObject *context) override { m_inner.cancel(context); }

private:
    HttpTransport &m_inner;
    QString m_path;
    quint16 m_port;
};

} // namespace

Q_DECLARE_METATYPE(FaultKind)

class TestFaultMatrix : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void noFault_data();
    void noFault();
    void faults_data();
    void faults();
    void rateLimitWaitsAsAskedThenSucceeds();
    void oversizedBodyIsCapped();

private:
    struct Run
    {
        CheckReport report;
        qint64 elapsedMs = -1;
        QList<LedgerEntry> ledger;
    };
    Run run(bool probing, const QList<FaultRule> &rules);

    Scenario m_ready;
    Scenario m_probing;
    // Stands where the redirect-http fault points: another port, plain http. Nothing may
    // ever arrive here, least of all credentials.
    RawHttpServer m_elsewhere;
};

void TestFaultMatrix::initTestCase()
{
    QString error;
    m_ready = Scenario::load(QStringLiteral("ready"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_probing = Scenario::fromJson(kProbingScenario, QStringLiteral("probing"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_elsewhere.setHandler([](QTcpSocket *socket, const RawRequest &) {
        socket->write(RawHttpServer::response(200, "{}"));
    });
    QVERIFY(m_elsewhere.start());
}

TestFaultMatrix::Run TestFaultMatrix::run(bool probing, const QList<FaultRule> &rules)
{
    Scenario scenario = probing ? m_probing : m_ready;
    scenario.faults = rules;
    SandboxServer server(scenario);
    QString error;
    Run r;
    if (!server.listen(QHostAddress::LocalHost, 0, &error)) {
        qWarning() << error;
        return r;
    }
    NetworkTransport transport;
    CheckRunner runner(transport);
    QSignalSpy finished(&runner, &CheckRunner::finished);
    CheckRequest request;
    request.site = server.siteUrl().toString();
    request.companyId = scenario.companyId;
    request.publicKey = scenario.publicKey.toUtf8();
    request.privateKey = scenario.privateKey.toUtf8();
    request.clientId = QStringLiteral("6f1c2b1e-7f7a-4c1e-9d55-70686e6e6577");
    request.timeoutMs = kDeadlineMs;
    if (probing)
        request.memberIdentifier = scenario.memberIdentifier;
    QElapsedTimer timer;
    timer.start();
    runner.start(request);
    if (!finished.wait(kDeadlineMs + kDeadlineSlackMs))
        return r;
    r.elapsedMs = timer.elapsed();
    r.report = finished.first().first().value<CheckReport>();
    r.ledger = server.ledger();
    return r;
}

void TestFaultMatrix::noFault_data()
{
    QTest::addColumn<bool>("probing");
    QTest::addColumn<QString>("source");
    QTest::newRow("ready") << false << "security-read";
    QTest::newRow("probing") << true << "probe";
}

void TestFaultMatrix::noFault()
{
    // The true status every row compares with: everything granted, read or probed.
    QFETCH(bool, probing);
    QFETCH(QString, source);
    const Run r = run(probing, {});
    QVERIFY2(r.elapsedMs >= 0, "no report");
    QCOMPARE(wireName(r.report.connection), QStringLiteral("ok"));
    for (const auto &c : r.report.checks) {
        QVERIFY2(c.status == CheckStatus::Granted, qPrintable(c.entry.id + ": " + c.observed));
        if (c.entry.kind == CheckKind::Permission)
            QCOMPARE(wireName(c.source), source);
    }
    QCOMPARE(ReportFormatter::exitCode(r.report), 0);
}

void TestFaultMatrix::faults_data()
{
    QTest::addColumn<int>("requestIndex");
    QTest::addColumn<int>("faultIndex");
    const auto all = engineRequests();
    const auto kinds = faultKinds();
    for (int i = 0; i < all.size(); ++i) {
        for (int f = 0; f < kinds.size(); ++f) {
            const QString row = kinds.at(f).name + QStringLiteral("-on-") + all.at(i).name;
            QTest::newRow(qPrintable(row)) << i << f;
        }
    }
}

void TestFaultMatrix::faults()
{
    QFETCH(int, requestIndex);
    QFETCH(int, faultIndex);
    const Request request = engineRequests().at(requestIndex);
    const Fault fault = faultKinds().at(faultIndex);
    const Expectation e = expect(request, fault);

    QList<FaultRule> rules;
    for (const auto &route : request.routes) {
        FaultRule rule;
        rule.method = route.first;
        rule.path = route.second;
        rule.exact = !route.second.endsWith(QLatin1Char('/'));
        rule.kind = fault.kind;
        rule.retryAfterSeconds = 0; // persistent 429: every retry is refused again, quickly
        rule.chunkDelayMs = 5;
        rule.chunkBytes = 64;
        rule.redirectPort = m_elsewhere.serverPort();
        rules.append(rule);
    }
    const int before = m_elsewhere.requests().size();
    const Run r = run(request.probing, rules);

    QVERIFY2(r.elapsedMs >= 0, "the run did not finish within the deadline plus slack");
    QVERIFY2(
        r.elapsedMs <= kDeadlineMs + kDeadlineSlackMs, qPrintable(QString::number(r.elapsedMs)));
    // The fault really happened.
    bool faulted = false;
    for (const auto &entry : r.ledger)
        faulted |= entry.fault == FaultRule::kindName(fault.kind);
    QVERIFY2(faulted, "the simulator never applied the fault");

    if (e.racesDeadline && wireName(r.report.connection) != e.connection) {
        // The hung request's own timeout won: the run went on without that answer. Nothing may
        // be reported missing, whatever is unknown says why, and the exit code follows.
        QCOMPARE(wireName(r.report.connection), QStringLiteral("ok"));
        static const QRegularExpression why(
            QStringLiteral("time limit|timeout|member not readable"));
        Expectation actual;
        for (const auto &c : r.report.checks) {
            const QString what = c.entry.id + QStringLiteral(": ") + c.observed;
            QVERIFY2(c.status == CheckStatus::Granted || c.status == CheckStatus::Unknown,
                qPrintable(what));
            if (c.status == CheckStatus::Unknown) {
                QVERIFY2(why.match(c.observed).hasMatch(), qPrintable(what));
                actual.unknownReasons.insert(c.entry.id, c.observed);
            }
        }
        QCOMPARE(ReportFormatter::exitCode(r.report), contractExitCode(actual));
        return;
    }
    QCOMPARE(wireName(r.report.connection), e.connection);
    for (const auto &c : r.report.checks) {
        if (e.racesDeadline && c.entry.id == kBoard && c.status == CheckStatus::Granted)
            continue; // the fallback lookup still got through before the deadline
        const QString what = c.entry.id + QStringLiteral(": ") + wireName(c.status)
            + QStringLiteral(" / ") + c.observed;
        if (e.allUnknown) {
            QVERIFY2(c.status == CheckStatus::Unknown, qPrintable(what));
            QVERIFY2(
                QRegularExpression(e.allReason).match(c.observed).hasMatch(), qPrintable(what));
            continue;
        }
        if (e.unknownReasons.contains(c.entry.id)) {
            QVERIFY2(c.status == CheckStatus::Unknown, qPrintable(what));
            const QRegularExpression reason(e.unknownReasons.value(c.entry.id));
            QVERIFY2(reason.match(c.observed).hasMatch(),
                qPrintable(what + QStringLiteral(" does not match ") + reason.pattern()));
            continue;
        }
        QVERIFY2(c.status == CheckStatus::Granted, qPrintable(what));
        if (e.permissionsProbed && c.entry.kind == CheckKind::Permission)
            QCOMPARE(c.source, CheckSource::Probe);
    }
    QCOMPARE(ReportFormatter::exitCode(r.report), contractExitCode(e));
    // Redirects are reported, never followed: nothing reached the other port.
    QCOMPARE(m_elsewhere.requests().size(), before);
}

void TestFaultMatrix::rateLimitWaitsAsAskedThenSucceeds()
{
    FaultRule rule;
    rule.method = QStringLiteral("GET");
    rule.path = QStringLiteral("/system/mySecurity");
    rule.exact = true;
    rule.kind = FaultKind::RateLimit;
    rule.count = 1;
    rule.retryAfterSeconds = 1;
    const Run r = run(false, { rule });
    QVERIFY(r.elapsedMs >= 1000);
    QCOMPARE(wireName(r.report.connection), QStringLiteral("ok"));
    for (const auto &c : r.report.checks) {
        QVERIFY2(c.status == CheckStatus::Granted, qPrintable(c.entry.id));
        if (c.entry.kind == CheckKind::Permission)
            QCOMPARE(c.source, CheckSource::SecurityRead);
    }
    QCOMPARE(ReportFormatter::exitCode(r.report), 0);
    int securityReads = 0;
    for (const auto &entry : r.ledger)
        securityReads += entry.target.contains(QLatin1String("/system/mySecurity")) ? 1 : 0;
    QCOMPARE(securityReads, 2);
}

void TestFaultMatrix::oversizedBodyIsCapped()
{
    // A 50 MB answer to one probe: the transport refuses it past its cap, that check is
    // unknown and the others keep their status.
    auto written = std::make_shared<qint64>(0);
    RawHttpServer huge;
    huge.setHandler([written](QTcpSocket *socket, const RawRequest &) {
        socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
            + QByteArray::number(kBodyBytes) + "\r\n\r\n[");
        // Fed as the client reads, so only what it accepts is ever buffered.
        QObject::connect(socket, &QTcpSocket::bytesWritten, socket, [socket, written] {
            if (socket->bytesToWrite() > 0 || *written >= kBodyBytes)
                return;
            const qint64 n = qMin(kChunk, kBodyBytes - *written);
            *written += n;
            socket->write(QByteArray(int(n), ' '));
        });
    });
    QVERIFY(huge.start());

    SandboxServer server(m_probing);
    QString error;
    QVERIFY2(server.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    NetworkTransport network;
    RerouteTransport transport(
        network, QStringLiteral("/finance/agreements/count"), huge.serverPort());
    CheckRunner runner(transport);
    QSignalSpy finished(&runner, &CheckRunner::finished);
    CheckRequest request;
    request.site = server.siteUrl().toString();
    request.companyId = m_probing.companyId;
    request.publicKey = m_probing.publicKey.toUtf8();
    request.privateKey = m_probing.privateKey.toUtf8();
    request.clientId = QStringLiteral("6f1c2b1e-7f7a-4c1e-9d55-70686e6e6577");
    request.memberIdentifier = m_probing.memberIdentifier;
    request.timeoutMs = 10000;
    runner.start(request);
    QVERIFY(finished.wait(15000));
    const CheckReport report = finished.first().first().value<CheckReport>();
    QVERIFY(report.connected());
    QCOMPARE(huge.requests().size(), 1);
    for (const auto &c : report.checks) {
        const QString what = c.entry.id + QStringLiteral(": ") + c.observed;
        if (c.entry.id == QLatin1String("finance.agreements.inquire")) {
            QVERIFY2(c.status == CheckStatus::Unknown, qPrintable(what));
            QVERIFY2(c.observed.contains(QLatin1String("too large")), qPrintable(what));
        } else {
            QVERIFY2(c.status == CheckStatus::Granted, qPrintable(what));
        }
    }
    QCOMPARE(ReportFormatter::exitCode(report), 3);
}

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"

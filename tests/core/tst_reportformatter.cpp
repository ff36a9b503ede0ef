// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "coretestprinters.h"
#include "permissioncatalog.h"
#include "reportformatter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

class TestReportFormatter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exitCodes_data();
    void exitCodes();
    void jsonHasExactlyTheContractKeys();
    void jsonNullsWhenUnknown();
    void diffSaysWhatChanged();
    void remediationGroupsByPlace();
    void markdownAndHtmlCarryTheFacts();

private:
    static CheckReport report(ConnectionStatus connection, const QList<CheckStatus> &statuses);
};

CheckReport TestReportFormatter::report(
    ConnectionStatus connection, const QList<CheckStatus> &statuses)
{
    const PermissionCatalog catalog = PermissionCatalog::load();
    CheckReport r;
    r.toolName = QStringLiteral("phin-cw-check");
    r.toolVersion = QStringLiteral("0.1.0");
    r.checkedAt = QDateTime(QDate(2026, 11, 28), QTime(15, 0), Qt::UTC);
    r.siteInput = QStringLiteral("na.myconnectwise.net");
    r.companyId = QStringLiteral("acme");
    r.features = catalog.featureIds();
    r.catalogFeatures = catalog.featureIds();
    r.connection = connection;
    r.connectionMessage = QStringLiteral("message");
    const auto entries = catalog.entries();
    for (int i = 0; i < entries.size(); ++i) {
        CheckResult c;
        c.entry = entries.at(i);
        c.status = i < statuses.size() ? statuses.at(i) : CheckStatus::Granted;
        c.observed = QStringLiteral("All");
        c.source = CheckSource::Probe;
        c.evidence = { { QStringLiteral("GET"), QStringLiteral("/x"), 200, QStringLiteral("n") } };
        if (c.status != CheckStatus::Granted)
            c.remediation = QStringLiteral("fix it");
        r.checks.append(c);
    }
    return r;
}

void TestReportFormatter::exitCodes_data()
{
    QTest::addColumn<int>("connection");
    QTest::addColumn<QList<CheckStatus>>("statuses");
    QTest::addColumn<int>("exitCode");
    using S = CheckStatus;
    QTest::newRow("all-granted") << int(ConnectionStatus::Ok) << QList<S> {} << 0;
    QTest::newRow("skipped-is-fine") << int(ConnectionStatus::Ok) << QList<S> { S::Skipped } << 0;
    QTest::newRow("one-missing") << int(ConnectionStatus::Ok) << QList<S> { S::Missing } << 1;
    QTest::newRow("one-insufficient")
        << int(ConnectionStatus::Ok) << QList<S> { S::Insufficient } << 1;
    QTest::newRow("missing-beats-unknown")
        << int(ConnectionStatus::Ok) << QList<S> { S::Unknown, S::Missing } << 1;
    QTest::newRow("one-unknown") << int(ConnectionStatus::Ok) << QList<S> { S::Unknown } << 3;
    for (auto s :
        { ConnectionStatus::InvalidInput, ConnectionStatus::Unreachable, ConnectionStatus::TlsError,
            ConnectionStatus::CompanyNotFound, ConnectionStatus::AuthFailed,
            ConnectionStatus::ClientIdRejected, ConnectionStatus::UnexpectedResponse,
            ConnectionStatus::ServerError, ConnectionStatus::Timeout }) {
        QTest::newRow(qPrintable(wireName(s))) << int(s) << QList<S> { S::Unknown } << 2;
    }
}

void TestReportFormatter::exitCodes()
{
    QFETCH(int, connection);
    QFETCH(QList<CheckStatus>, statuses);
    QFETCH(int, exitCode);
    QCOMPARE(ReportFormatter::exitCode(report(ConnectionStatus(connection), statuses)), exitCode);
}

static QStringList keys(const QJsonObject &o)
{
    QStringList k = o.keys();
    k.sort();
    return k;
}

void TestReportFormatter::jsonHasExactlyTheContractKeys()
{
    const QJsonDocument doc = QJsonDocument::fromJson(
        ReportFormatter::toJson(report(ConnectionStatus::Ok, { CheckStatus::Missing })));
    QVERIFY(doc.isObject());
    const QJsonObject o = doc.object();
    QCOMPARE(keys(o),
        (QStringList { "checkedAt", "checks", "companyId", "connection", "features", "member",
            "schemaVersion", "site", "summary", "tool" }));
    QCOMPARE(o.value("schemaVersion").toInt(), 1);
    QCOMPARE(keys(o.value("tool").toObject()), (QStringList { "name", "version" }));
    QCOMPARE(o.value("checkedAt").toString(), QStringLiteral("2026-11-28T15:00:00Z"));
    QCOMPARE(keys(o.value("site").toObject()),
        (QStringList { "apiBaseUrl", "codebase", "input", "isCloud", "loginUrl", "version" }));
    QCOMPARE(keys(o.value("connection").toObject()),
        (QStringList { "httpStatus", "message", "status" }));
    QCOMPARE(keys(o.value("member").toObject()),
        (QStringList { "defaultBoard", "identifier", "securityRole" }));
    const QJsonArray checks = o.value("checks").toArray();
    QCOMPARE(checks.size(), 8);
    const QJsonObject first = checks.first().toObject();
    QCOMPARE(keys(first),
        (QStringList { "evidence", "features", "function", "id", "level", "module", "observed",
            "remediation", "required", "source", "status" }));
    QCOMPARE(first.value("status").toString(), QStringLiteral("missing"));
    QCOMPARE(first.value("source").toString(), QStringLiteral("probe"));
    QCOMPARE(keys(first.value("evidence").toArray().first().toObject()),
        (QStringList { "httpStatus", "method", "note", "path" }));
    const QJsonObject summary = o.value("summary").toObject();
    QCOMPARE(keys(summary),
        (QStringList { "granted", "insufficient", "missing", "ready", "skipped", "unknown" }));
    QCOMPARE(summary.value("missing").toInt(), 1);
    QCOMPARE(summary.value("granted").toInt(), 7);
    QCOMPARE(keys(summary.value("ready").toObject()), (QStringList { "billing", "service-desk" }));
    // company maintenance is needed by both features
    QCOMPARE(summary.value("ready").toObject().value("billing").toBool(), false);
    QCOMPARE(summary.value("ready").toObject().value("service-desk").toBool(), false);
}

void TestReportFormatter::jsonNullsWhenUnknown()
{
    CheckReport r = report(ConnectionStatus::AuthFailed, {});
    const QJsonObject o = QJsonDocument::fromJson(ReportFormatter::toJson(r)).object();
    QVERIFY(o.value("member").toObject().value("identifier").isNull());
    QVERIFY(o.value("member").toObject().value("defaultBoard").isNull());
    QVERIFY(o.value("site").toObject().value("codebase").isNull());
    QVERIFY(o.value("site").toObject().value("isCloud").isNull());
    QVERIFY(o.value("connection").toObject().value("httpStatus").isNull());
    QCOMPARE(
        o.value("summary").toObject().value("ready").toObject().value("billing").toBool(), false);
}

void TestReportFormatter::diffSaysWhatChanged()
{
    const CheckReport before = report(
        ConnectionStatus::Ok, { CheckStatus::Granted, CheckStatus::Granted, CheckStatus::Missing });
    const CheckReport after = report(ConnectionStatus::Ok, {});
    QCOMPARE(ReportFormatter::diff(before, after),
        QStringList { QStringLiteral("Agreements Edit: missing → granted") });
    QCOMPARE(ReportFormatter::diff(after, after), QStringList());
    const CheckReport failed = report(ConnectionStatus::AuthFailed, {});
    QVERIFY(ReportFormatter::diff(failed, after)
                .contains(QStringLiteral("Connection: auth_failed → ok")));
}

void TestReportFormatter::remediationGroupsByPlace()
{
    QList<CheckStatus> statuses(8, CheckStatus::Granted);
    statuses[2] = CheckStatus::Missing; // Agreements Edit
    statuses[5] = CheckStatus::Insufficient; // Tickets Inquire
    statuses[7] = CheckStatus::Missing; // default board
    CheckReport r = report(ConnectionStatus::Ok, statuses);
    r.hasMember = true;
    r.member.identifier = QStringLiteral("phin-api");
    r.member.securityRole = QStringLiteral("Phin Integration");
    const QString steps = ReportFormatter::remediationSteps(r);
    QVERIFY2(steps.contains(QLatin1String("System > Security Roles > Phin Integration")),
        qPrintable(steps));
    QVERIFY(steps.contains(QLatin1String("Finance > Agreements > Edit Level = All")));
    QVERIFY(steps.contains(QLatin1String("Service Desk > Service Tickets > Inquire Level = All")));
    QVERIFY(steps.contains(QLatin1String("System > Members > API Members > phin-api")));
    QVERIFY(steps.indexOf(QLatin1String("Security Roles"))
        < steps.indexOf(QLatin1String("API Members")));
    r.member.isAdminRole = true;
    QVERIFY(ReportFormatter::remediationSteps(r).contains(QLatin1String("Admin role")));
    QVERIFY(ReportFormatter::remediationSteps(report(ConnectionStatus::Ok, {})).isEmpty());
}

void TestReportFormatter::markdownAndHtmlCarryTheFacts()
{
    CheckReport r = report(ConnectionStatus::Ok, { CheckStatus::Missing });
    r.connectionMessage = QStringLiteral("a | b <script>");
    const QString md = ReportFormatter::toMarkdown(r);
    QVERIFY(md.contains(
        QLatin1String("| Companies > Company Maintenance > Inquire | All | **missing** |")));
    QVERIFY(md.contains(QLatin1String("a \\| b")));
    const QString html = ReportFormatter::toHtml(r);
    QVERIFY(!html.contains(QLatin1String("<script>")));
    QVERIFY(html.contains(QLatin1String("&lt;script&gt;")));
    const QString text = ReportFormatter::toText(r);
    QVERIFY(text.contains(QLatin1String("[MISSING")));
    QVERIFY(text.contains(
        QLatin1String("Summary: 7 granted, 0 insufficient, 1 missing, 0 unknown, 0 skipped")));
}

QTEST_GUILESS_MAIN(TestReportFormatter)
#include "tst_reportformatter.moc"

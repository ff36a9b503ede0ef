// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
// How many sequential round trips and how much wall time a full check takes, per sandbox
// scenario, at 0 and 100 ms of simulated latency, parallel next to sequential. Real HTTP over
// 127.0.0.1 through NetworkTransport. It prints a table; it fails only when a run does not
// finish (the round-trip limits themselves are asserted by the unit tests).
#include "checkrunner.h"
#include "networktransport.h"
#include "reportformatter.h"
#include "sandboxserver.h"
#include "scenario.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

namespace {

struct Measure
{
    int requests = 0;
    int ledgerRounds = 0;
    int engineRounds = 0;
    qint64 wallMs = 0;
    QString connection;
    int exitCode = 0;
};

// A request's round is one more than the highest round answered before it arrived; the
// company lookup is left out (the limits count from its answer). Timestamps are whole
// milliseconds, so at 0 ms latency the figure is only indicative.
int roundsFromLedger(QList<LedgerEntry> ledger)
{
    ledger.erase(std::remove_if(ledger.begin(), ledger.end(),
                     [](const LedgerEntry &e) {
                         return e.target.startsWith(QLatin1String("/login/companyinfo/"));
                     }),
        ledger.end());
    std::sort(ledger.begin(), ledger.end(),
        [](const LedgerEntry &a, const LedgerEntry &b) { return a.receivedMs < b.receivedMs; });
    QList<int> rounds;
    int best = 0;
    for (int i = 0; i < ledger.size(); ++i) {
        int round = 1;
        for (int j = 0; j < i; ++j) {
            if (ledger.at(j).answeredMs >= 0 && ledger.at(j).answeredMs <= ledger.at(i).receivedMs)
                round = std::max(round, rounds.at(j) + 1);
        }
        rounds.append(round);
        best = std::max(best, round);
    }
    return best;
}

} // namespace

class BenchCheckRunner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void scenario_data();
    void scenario();
    void cleanupTestCase();

private:
    Measure measure(const QString &name, int latencyMs, bool sequential);
    QStringList m_table;
};

void BenchCheckRunner::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("phin.*.debug=false\nphin.*.info=false"));
    m_table.append(QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8")
                       .arg(QStringLiteral("scenario"), -24)
                       .arg(QStringLiteral("latency"), 8)
                       .arg(QStringLiteral("mode"), -11)
                       .arg(QStringLiteral("requests"), 9)
                       .arg(QStringLiteral("rounds(ledger)"), 15)
                       .arg(QStringLiteral("rounds(engine)"), 15)
                       .arg(QStringLiteral("wall ms"), 8)
                       .arg(QStringLiteral("result")));
}

Measure BenchCheckRunner::measure(const QString &name, int latencyMs, bool sequential)
{
    Measure m;
    QString error;
    const Scenario scenario = Scenario::load(name, &error);
    SandboxServer server(scenario);
    server.setLatencyMs(std::max(latencyMs, scenario.latencyMs));
    if (!server.listen(QHostAddress::LocalHost, 0, &error)) {
        qWarning() << error;
        return m;
    }
    NetworkTransport transport;
    CheckRunner runner(transport);
    QSignalSpy finished(&runner, &CheckRunner::finished);
    CheckRequest request;
    request.site = server.siteUrl().toString();
    request.companyId = scenario.companyId;
    request.publicKey = scenario.publicKey.toUtf8();
    request.privateKey = scenario.privateKey.toUtf8();
    request.clientId = QStringLiteral("bench");
    request.sequential = sequential;
    QElapsedTimer timer;
    timer.start();
    runner.start(request);
    if (!finished.wait(60000))
        return m;
    m.wallMs = timer.elapsed();
    const CheckReport report = finished.first().first().value<CheckReport>();
    m.requests = report.requestCount;
    m.engineRounds = report.roundTrips;
    m.ledgerRounds = roundsFromLedger(server.ledger());
    m.connection = wireName(report.connection);
    m.exitCode = ReportFormatter::exitCode(report);
    return m;
}

void BenchCheckRunner::scenario_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("latencyMs");
    for (const auto &name : Scenario::builtinNames()) {
        for (int latency : { 0, 100 })
            QTest::newRow(qPrintable(QStringLiteral("%1@%2ms").arg(name).arg(latency)))
                << name << latency;
    }
}

void BenchCheckRunner::scenario()
{
    QFETCH(QString, name);
    QFETCH(int, latencyMs);
    for (bool sequential : { false, true }) {
        const Measure m = measure(name, latencyMs, sequential);
        QVERIFY2(!m.connection.isEmpty(), "the run did not finish");
        m_table.append(
            QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8")
                .arg(name, -24)
                .arg(QStringLiteral("%1 ms").arg(latencyMs), 8)
                .arg(sequential ? QStringLiteral("sequential") : QStringLiteral("parallel"), -11)
                .arg(m.requests, 9)
                .arg(m.ledgerRounds, 15)
                .arg(m.engineRounds, 15)
                .arg(m.wallMs, 8)
                .arg(QStringLiteral("%1, exit %2").arg(m.connection).arg(m.exitCode)));
    }
}

void BenchCheckRunner::cleanupTestCase()
{
    // stdout, so that ctest --verbose and ./dev bench show the table
    std::fputs(qPrintable(QStringLiteral("\nRound trips after the company lookup, and wall time "
                                         "(including the lookup):\n")
                   + m_table.join(QLatin1Char('\n')) + QLatin1Char('\n')),
        stdout);
}

QTEST_GUILESS_MAIN(BenchCheckRunner)
#include "bench_checkrunner.moc"

// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
// A newer catalog ships: only what is new since the profile's last check is checked again.
#include "catalogversion.h"
#include "checkrunner.h"
#include "fakeconnectwise.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

class TestRecheck : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void onlyTheNewChecksRun_data();
    void onlyTheNewChecksRun();

private:
    PermissionCatalog m_newer;
};

void TestRecheck::initTestCase()
{
    qRegisterMetaType<CheckReport>();
    QFile file(QStringLiteral(PHIN_CORE_DATA_DIR "/catalog-newer.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_newer = PermissionCatalog::fromJson(file.readAll());
    QVERIFY(m_newer.isValid());
}

void TestRecheck::onlyTheNewChecksRun_data()
{
    QTest::addColumn<bool>("selfReadable");
    QTest::newRow("security-readable") << true;
    QTest::newRow("probes-only") << false;
}

void TestRecheck::onlyTheNewChecksRun()
{
    QFETCH(bool, selfReadable);
    FakeTransport fake;
    FakeConnectWise cw;
    cw.selfReadable = selfReadable;
    cw.install(fake);

    const CatalogChanges changes = CatalogVersion::changesSince(
        QStringLiteral("2026.11"), m_newer, { QStringLiteral("service-desk") });
    QCOMPARE(
        changes.checkIds(), QStringList { QStringLiteral("service-desk.service-tickets.edit") });

    CheckRunnerOptions options = CheckRunnerOptions::defaults();
    options.catalog = m_newer;
    CheckRunner runner(fake, options);
    QSignalSpy finished(&runner, &CheckRunner::finished);
    CheckRequest request;
    request.site = QStringLiteral("na.myconnectwise.net");
    request.companyId = cw.companyId;
    request.publicKey = cw.publicKey.toUtf8();
    request.privateKey = cw.privateKey.toUtf8();
    request.clientId = cw.clientId;
    request.features = { QStringLiteral("service-desk") };
    request.onlyCheckIds = changes.checkIds();
    runner.start(request);
    QVERIFY(finished.wait(15000));
    const CheckReport report = finished.first().first().value<CheckReport>();
    QCOMPARE(report.connection, ConnectionStatus::Ok);

    for (const CheckResult &c : report.checks) {
        if (c.entry.id == QLatin1String("service-desk.service-tickets.edit")) {
            QVERIFY2(c.status != CheckStatus::Skipped, qPrintable(c.observed));
        } else if (c.entry.features.contains(QStringLiteral("service-desk"))) {
            QCOMPARE(c.status, CheckStatus::Skipped);
            QCOMPARE(c.observed, QStringLiteral("not re-checked: unchanged since the last check"));
        } else {
            QCOMPARE(c.status, CheckStatus::Skipped);
            QCOMPARE(c.observed, QStringLiteral("feature not selected"));
        }
    }
    // No probe for anything that was not asked for: no ticket or document is posted, no
    // board or attachment list is read.
    for (const HttpRequest &r : fake.requests())
        QVERIFY2(r.method == "GET", qPrintable(QString::fromLatin1(r.method) + r.url.path()));
    QCOMPARE(fake.count("", FakeConnectWise::path(QStringLiteral("system/documents"))), 0);
    QCOMPARE(fake.count("", FakeConnectWise::path(QStringLiteral("service/boards"))), 0);
}

QTEST_GUILESS_MAIN(TestRecheck)
#include "tst_recheck.moc"

// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogversion.h"

#include <QFile>
#include <QTest>

class TestCatalogVersion : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void compare_data();
    void compare();
    void changes_data();
    void changes();
    void shippedCatalogIsUpToDateWithItself();

private:
    PermissionCatalog m_newer;
};

void TestCatalogVersion::initTestCase()
{
    // The shipped catalog plus "Service Tickets Edit" (since 2026.12, Service Desk) and
    // "Billing Setup Inquire" (since 2027.1, Billing).
    QFile file(QStringLiteral(PHIN_CORE_DATA_DIR "/catalog-newer.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QString error;
    m_newer = PermissionCatalog::fromJson(file.readAll(), &error);
    QVERIFY2(m_newer.isValid(), qPrintable(error));
    QCOMPARE(m_newer.version(), QStringLiteral("2027.1"));
    QCOMPARE(m_newer.date(), QStringLiteral("2027-01-15"));
}

void TestCatalogVersion::compare_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("sign");
    QTest::newRow("month-order") << "2026.11"
                                 << "2026.12" << -1;
    QTest::newRow("numeric-not-text") << "2026.9"
                                      << "2026.10" << -1;
    QTest::newRow("next-year") << "2027.1"
                               << "2026.12" << 1;
    QTest::newRow("dash-equals-dot") << "2026-12"
                                     << "2026.12" << 0;
    QTest::newRow("empty-is-oldest") << ""
                                     << "2026.11" << -1;
    QTest::newRow("extra-part-is-newer") << "2026.11.1"
                                         << "2026.11" << 1;
}

void TestCatalogVersion::compare()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, sign);
    const int c = CatalogVersion::compare(a, b);
    QCOMPARE(c < 0 ? -1 : (c > 0 ? 1 : 0), sign);
    const int reverse = CatalogVersion::compare(b, a);
    QCOMPARE(reverse < 0 ? -1 : (reverse > 0 ? 1 : 0), -sign);
}

void TestCatalogVersion::changes_data()
{
    QTest::addColumn<QString>("profileVersion");
    QTest::addColumn<QStringList>("features");
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<QStringList>("checkIds");
    QTest::addColumn<bool>("upToDate");
    QTest::newRow("checked-2026.11-both-features")
        << "2026.11" << QStringList()
        << QStringList { "since 2026.12: Service Tickets Edit needed (Service Desk)",
               "since 2027.1: Billing Setup Inquire needed (Billing)" }
        << QStringList { "service-desk.service-tickets.edit", "finance.billing-setup.inquire" }
        << false;
    QTest::newRow("checked-2026.11-service-desk-only")
        << "2026.11" << QStringList { "service-desk" }
        << QStringList { "since 2026.12: Service Tickets Edit needed (Service Desk)" }
        << QStringList { "service-desk.service-tickets.edit" } << false;
    QTest::newRow("checked-2026.11-billing-only")
        << "2026.11" << QStringList { "billing" }
        << QStringList { "since 2027.1: Billing Setup Inquire needed (Billing)" }
        << QStringList { "finance.billing-setup.inquire" } << false;
    QTest::newRow("checked-2026.12")
        << "2026.12" << QStringList()
        << QStringList { "since 2027.1: Billing Setup Inquire needed (Billing)" }
        << QStringList { "finance.billing-setup.inquire" } << false;
    QTest::newRow("checked-2027.1-up-to-date")
        << "2027.1" << QStringList() << QStringList() << QStringList() << true;
    QTest::newRow("checked-with-a-later-catalog")
        << "2027.5" << QStringList() << QStringList() << QStringList() << true;
    QTest::newRow("never-versioned")
        << "" << QStringList() << QStringList() << QStringList() << false;
}

void TestCatalogVersion::changes()
{
    QFETCH(QString, profileVersion);
    QFETCH(QStringList, features);
    QFETCH(QStringList, lines);
    QFETCH(QStringList, checkIds);
    QFETCH(bool, upToDate);
    const CatalogChanges c = CatalogVersion::changesSince(profileVersion, m_newer, features);
    QCOMPARE(c.lines(), lines);
    QCOMPARE(c.checkIds(), checkIds);
    QCOMPARE(c.isUpToDate(), upToDate);
    QCOMPARE(c.profileVersionUnknown, profileVersion.isEmpty());
    QCOMPARE(c.catalogVersion, QStringLiteral("2027.1"));
    for (const QString &id : checkIds)
        QVERIFY(m_newer.entry(id));
}

void TestCatalogVersion::shippedCatalogIsUpToDateWithItself()
{
    const PermissionCatalog shipped = PermissionCatalog::load();
    QVERIFY(shipped.isValid());
    QVERIFY(!shipped.version().isEmpty());
    QVERIFY(!shipped.date().isEmpty());
    // No row may be newer than the catalog that ships it.
    for (const CatalogEntry &e : shipped.entries())
        QVERIFY2(CatalogVersion::compare(e.since, shipped.version()) <= 0, qPrintable(e.id));
    QVERIFY(CatalogVersion::changesSince(shipped.version(), shipped, {}).isUpToDate());
}

QTEST_GUILESS_MAIN(TestCatalogVersion)
#include "tst_catalogversion.moc"

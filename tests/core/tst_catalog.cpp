// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectwiseassumptions.h"
#include "coretestprinters.h"
#include "permissioncatalog.h"

#include <QTest>

class TestCatalog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void loadsTheEmbeddedFiles();
    void everyPermissionHasAProbeAndASecurityName();
    void addingARowIsData();
    void brokenFilesSayWhy();
};

void TestCatalog::loadsTheEmbeddedFiles()
{
    QString error;
    const PermissionCatalog catalog = PermissionCatalog::load(&error);
    QVERIFY2(catalog.isValid(), qPrintable(error));
    QCOMPARE(catalog.featureIds(),
        (QStringList { QStringLiteral("billing"), QStringLiteral("service-desk") }));
    QCOMPARE(catalog.entries().size(), 8);
    const CatalogEntry *edit = catalog.entry(QStringLiteral("finance.agreements.edit"));
    QVERIFY(edit);
    QCOMPARE(edit->displayName(), QStringLiteral("Finance > Agreements > Edit"));
    QCOMPARE(edit->shortName(), QStringLiteral("Agreements Edit"));
    QVERIFY(catalog.entry(QStringLiteral("member.default-board"))->kind == CheckKind::DefaultBoard);

    const ConnectWiseAssumptions a = ConnectWiseAssumptions::load(&error);
    QVERIFY2(a.isValid(), qPrintable(error));
    QCOMPARE(a.cloudLoginToApi.value(QStringLiteral("na.myconnectwise.net")),
        QStringLiteral("api-na.myconnectwise.net"));
    QVERIFY(a.clientIdMessagePattern.isValid());
    QVERIFY(
        a.clientIdMessagePattern.match(QStringLiteral("clientId header is required.")).hasMatch());
    QCOMPARE(a.levelAll, QStringLiteral("All"));
    QCOMPARE(a.maxRateLimitRetries, 3);
    QCOMPARE(
        a.probes.value(QStringLiteral("companies.manage-attachments.add")).multipartFields.size(),
        3);
}

void TestCatalog::everyPermissionHasAProbeAndASecurityName()
{
    const PermissionCatalog catalog = PermissionCatalog::load();
    const ConnectWiseAssumptions a = ConnectWiseAssumptions::load();
    for (const auto &e : catalog.entries()) {
        if (e.kind != CheckKind::Permission)
            continue;
        QVERIFY2(a.probes.contains(e.id), qPrintable(e.id));
        QVERIFY2(
            a.securityNames.contains(e.module + QLatin1Char('/') + e.function), qPrintable(e.id));
        QVERIFY2(a.levelFields.contains(e.level), qPrintable(e.id));
        const ProbeSpec p = a.probes.value(e.id);
        QVERIFY2(p.method != "PUT", "probes never PUT");
        if (p.method == "PATCH")
            QVERIFY2(p.path.endsWith(QLatin1String("/2147483647")),
                "PATCH only a record that cannot exist");
    }
}

void TestCatalog::addingARowIsData()
{
    const QByteArray json = R"({"catalogVersion":"x","features":[{"id":"billing","name":"Billing"}],
        "checks":[{"id":"finance.invoices.inquire","kind":"permission","module":"Finance",
        "function":"Invoices","level":"inquire","required":"All","features":["billing"]}]})";
    QString error;
    const PermissionCatalog catalog = PermissionCatalog::fromJson(json, &error);
    QVERIFY2(catalog.isValid(), qPrintable(error));
    QCOMPARE(
        catalog.entries().first().displayName(), QStringLiteral("Finance > Invoices > Inquire"));
}

void TestCatalog::brokenFilesSayWhy()
{
    QString error;
    QVERIFY(!PermissionCatalog::fromJson("{not json", &error).isValid());
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!ConnectWiseAssumptions::fromJson("{}", &error).isValid());
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"

// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "companymappingmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

namespace {

CwCompany company(int id, const QString &name, bool active = true)
{
    CwCompany c;
    c.id = id;
    c.name = name;
    c.active = active;
    return c;
}

} // namespace

class TestCompanyMappingModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void showsEveryState();
    void followsChanges();
    void filtersThousandsOfRows();
};

void TestCompanyMappingModel::showsEveryState()
{
    CompanyMapping mapping;
    CompanyMappingModel model(&mapping);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    CompanyMappingRow gone(QStringLiteral("Gone Corp"), QStringLiteral("999"), QString());
    gone.connectwiseCompanyName = QStringLiteral("Gone Corporation");
    CompanyMappingRow mapped(
        QStringLiteral("Contoso"), QStringLiteral("251"), QString(), QStringLiteral("17"));
    mapped.agreementName = QStringLiteral("Phin");
    mapping.loadRows({ mapped, gone });
    mapping.addOrganizations(
        { { QStringLiteral("Northwind Dental"), {}, {} }, { QStringLiteral("Bakery"), {}, {} } });
    mapping.setCompanies({ company(250, QStringLiteral("Northwind Dental, Inc.")),
                             company(251, QStringLiteral("Contoso Legal")) },
        QDateTime(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC));
    mapping.proposeAll();

    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), int(CompanyMappingModel::ColumnCount));
    const auto text
        = [&model](int row, int column) { return model.index(row, column).data().toString(); };
    QCOMPARE(text(0, CompanyMappingModel::CompanyColumn), QStringLiteral("Contoso Legal"));
    QCOMPARE(text(0, CompanyMappingModel::AgreementColumn), QStringLiteral("Phin"));
    QCOMPARE(text(0, CompanyMappingModel::StatusColumn), QStringLiteral("Mapped"));
    QCOMPARE(text(1, CompanyMappingModel::CompanyColumn), QStringLiteral("Gone Corporation"));
    QCOMPARE(text(1, CompanyMappingModel::StatusColumn),
        QStringLiteral("Missing in ConnectWise since 2026-11-23"));
    QCOMPARE(
        model.index(1, 0).data(CompanyMappingModel::StateRole).toInt(), int(MappingState::Missing));
    QCOMPARE(text(2, CompanyMappingModel::CompanyColumn), QStringLiteral("Northwind Dental, Inc."));
    QVERIFY(text(2, CompanyMappingModel::StatusColumn).startsWith(QLatin1String("Proposed (")));
    QVERIFY(text(2, CompanyMappingModel::MatchColumn)
                .contains(QLatin1String("name equal after removing Inc.")));
    QVERIFY(model.index(2, CompanyMappingModel::MatchColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QLatin1String("Inc.")));
    QCOMPARE(model.index(2, 0).data(CompanyMappingModel::CompanyIdRole).toInt(), 250);
    QCOMPARE(text(3, CompanyMappingModel::StatusColumn), QStringLiteral("Not mapped"));
    QCOMPARE(model.index(3, 0).data(CompanyMappingModel::CompanyIdRole).toInt(), 0);
    QCOMPARE(model.headerData(CompanyMappingModel::OrganizationColumn, Qt::Horizontal).toString(),
        QStringLiteral("Phin organisation"));
}

void TestCompanyMappingModel::followsChanges()
{
    CompanyMapping mapping;
    CompanyMappingModel model(&mapping);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    mapping.addOrganizations({ { QStringLiteral("Northwind Dental"), {}, {} } });
    mapping.setCompanies({ company(250, QStringLiteral("Northwind Dental, Inc.")) });
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    mapping.proposeAll();
    QCOMPARE(reset.size(), 1);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(mapping.acceptProposal(0));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex().row(), 0);
    QCOMPARE(model.index(0, CompanyMappingModel::StatusColumn).data().toString(),
        QStringLiteral("Mapped"));
    QCOMPARE(model.index(0, CompanyMappingModel::MatchColumn).data().toString(), QString());
    mapping.clear(0);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(model.index(0, CompanyMappingModel::StatusColumn).data().toString(),
        QStringLiteral("Not mapped"));
}

void TestCompanyMappingModel::filtersThousandsOfRows()
{
    CompanyMapping mapping;
    CompanyMappingModel model(&mapping);
    QList<PhinOrganization> orgs;
    for (int i = 0; i < 2000; ++i)
        orgs.append({ QStringLiteral("Customer %1").arg(i, 4, 10, QLatin1Char('0')), {}, {} });
    orgs.append({ QStringLiteral("Harbor View Dental"), {}, {} });
    mapping.addOrganizations(orgs);
    QCOMPARE(model.rowCount(), 2001);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setFilterRole(CompanyMappingModel::FilterRole);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.setFilterFixedString(QStringLiteral("harbor"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setFilterFixedString(QStringLiteral("customer 19"));
    QCOMPARE(proxy.rowCount(), 100);
}

QTEST_GUILESS_MAIN(TestCompanyMappingModel)
#include "tst_companymappingmodel.moc"

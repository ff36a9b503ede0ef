// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "companymapping.h"
#include "connectionvault.h"
#include "fakesecretstore.h"
#include "memoryprofilestore.h"
#include "settingsprofilestore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QDateTime kMonday(QDate(2026, 11, 23), QTime(9, 0), Qt::UTC);
const QDateTime kFriday(QDate(2026, 11, 27), QTime(16, 0), Qt::UTC);

CwCompany company(int id, const QString &name, bool active = true, bool deleted = false)
{
    CwCompany c;
    c.id = id;
    c.name = name;
    c.identifier = name.left(8).remove(QLatin1Char(' '));
    c.active = active && !deleted;
    c.deleted = deleted;
    return c;
}

QList<CwCompany> companies()
{
    return { company(250, QStringLiteral("Northwind Dental, Inc.")),
        company(251, QStringLiteral("Contoso Legal LLC")),
        company(252, QStringLiteral("Fabrikam Manufacturing")),
        company(253, QStringLiteral("Tailspin Toys"), false) };
}

QList<PhinOrganization> organizations()
{
    return { { QStringLiteral("Northwind Dental"), {}, {} },
        { QStringLiteral("Contoso Legal"), {}, {} }, { QStringLiteral("Fabrikam Mfg"), {}, {} },
        { QStringLiteral("Unknown Bakery"), {}, {} } };
}

CompanyMappingRow mapped(const QString &org, int id, const QString &name)
{
    CompanyMappingRow r(org, QString::number(id), QString());
    r.connectwiseCompanyName = name;
    return r;
}

} // namespace

class TestCompanyMapping : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void proposeAcceptChangeClear();
    void agreementsBelongToTheMappedCompany();
    void newOrganizationListKeepsEveryRow();
    void disappearedCompaniesAreFlaggedNotDropped();
    void summaryAndDescriptions();
    void csvImportIsAllOrNothing();
    void csvExportImportRoundTrip();
    void disconnectKeepsMappingAndReconnectReusesIt();
    void settingsStoreKeepsMappingAndCatalogVersion();
};

void TestCompanyMapping::initTestCase()
{
    qRegisterMetaType<VaultResult>();
}

void TestCompanyMapping::proposeAcceptChangeClear()
{
    CompanyMapping mapping;
    QSignalSpy reset(&mapping, &CompanyMapping::entriesReset);
    QSignalSpy changed(&mapping, &CompanyMapping::entryChanged);
    mapping.addOrganizations(organizations());
    mapping.setCompanies(companies());
    mapping.proposeAll();
    QVERIFY(reset.size() >= 3);
    QCOMPARE(mapping.count(), 4);
    QCOMPARE(mapping.entry(0).state(), MappingState::Proposed);
    QCOMPARE(mapping.entry(0).candidates.first().companyId, 250);
    QCOMPARE(mapping.entry(2).state(), MappingState::Proposed);
    QCOMPARE(mapping.entry(2).candidates.first().companyId, 252);
    QCOMPARE(mapping.entry(3).state(), MappingState::Unmapped);
    // Proposals are not stored until accepted.
    QVERIFY(mapping.rows().at(0).connectwiseCompanyId.isEmpty());

    QVERIFY(mapping.acceptProposal(0));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toInt(), 0);
    QCOMPARE(mapping.entry(0).state(), MappingState::Mapped);
    QCOMPARE(mapping.rows().at(0).connectwiseCompanyId, QStringLiteral("250"));
    QCOMPARE(mapping.rows().at(0).connectwiseCompanyName, QStringLiteral("Northwind Dental, Inc."));
    QVERIFY(!mapping.acceptProposal(3)); // nothing to accept
    QCOMPARE(mapping.acceptAllProposals(), 2);
    QCOMPARE(mapping.summary().mapped, 3);

    // Change: to any company in the list, found with search().
    const QList<int> found = mapping.matcher()->search(QStringLiteral("tailspin"));
    QCOMPARE(found.size(), 1);
    QVERIFY(mapping.setCompany(3, mapping.companies().at(found.first()).id));
    QCOMPARE(mapping.rows().at(3).connectwiseCompanyId, QStringLiteral("253"));
    QVERIFY(mapping.entry(3).companyInactive);
    QVERIFY(!mapping.setCompany(3, 999)); // not a company in the list
    QCOMPARE(mapping.rows().at(3).connectwiseCompanyId, QStringLiteral("253"));

    // Clear: unmapped, organisation kept, not proposed again until asked.
    mapping.clear(1);
    QCOMPARE(mapping.entry(1).state(), MappingState::Unmapped);
    QCOMPARE(mapping.rows().at(1).phinOrganization, QStringLiteral("Contoso Legal"));
    QVERIFY(mapping.rows().at(1).connectwiseCompanyId.isEmpty());
    mapping.proposeAll();
    QCOMPARE(mapping.entry(1).state(), MappingState::Proposed);
    QCOMPARE(mapping.entry(0).state(), MappingState::Mapped); // mapped rows are left alone
}

void TestCompanyMapping::agreementsBelongToTheMappedCompany()
{
    CompanyMapping mapping;
    mapping.addOrganizations(organizations());
    mapping.setCompanies(companies());
    QVERIFY(!mapping.setAgreement(0, { 17, QStringLiteral("Phin"), {}, 250, false })); // unmapped
    QVERIFY(mapping.setCompany(0, 250));
    QVERIFY(!mapping.setAgreement(0, { 18, QStringLiteral("Other"), {}, 251, false }));
    QVERIFY(mapping.setAgreement(0, { 17, QStringLiteral("Phin"), {}, 250, false }));
    QCOMPARE(mapping.rows().at(0).agreementId, QStringLiteral("17"));
    QCOMPARE(mapping.rows().at(0).agreementName, QStringLiteral("Phin"));
    QVERIFY(mapping.setCompany(0, 250)); // same company: agreement stays
    QCOMPARE(mapping.rows().at(0).agreementId, QStringLiteral("17"));
    QVERIFY(mapping.setCompany(0, 251)); // another company: its agreement must be chosen again
    QVERIFY(mapping.rows().at(0).agreementId.isEmpty());
    QVERIFY(mapping.setAgreement(0, { 18, QStringLiteral("Other"), {}, 251, false }));
    mapping.clearAgreement(0);
    QVERIFY(mapping.rows().at(0).agreementId.isEmpty());
    QCOMPARE(mapping.rows().at(0).connectwiseCompanyId, QStringLiteral("251"));
}

void TestCompanyMapping::newOrganizationListKeepsEveryRow()
{
    CompanyMapping mapping;
    mapping.loadRows(
        { mapped(QStringLiteral("Northwind Dental"), 250, QStringLiteral("Northwind Dental, Inc.")),
            CompanyMappingRow(QStringLiteral("Old Customer"), QString(), QString()) });
    mapping.addOrganizations(
        { { QStringLiteral("NORTHWIND DENTAL"), QStringLiteral("northwind.com"), {} },
            { QStringLiteral("New Customer"), {}, QStringLiteral("NC1") } });
    QCOMPARE(mapping.count(), 3);
    QCOMPARE(mapping.rows().at(0).connectwiseCompanyId, QStringLiteral("250"));
    QCOMPARE(mapping.rows().at(0).phinDomain, QStringLiteral("northwind.com"));
    QCOMPARE(mapping.rows().at(1).phinOrganization, QStringLiteral("Old Customer"));
    QCOMPARE(mapping.rows().at(2).phinId, QStringLiteral("NC1"));
    QVERIFY(!mapping.addOrganization({ QStringLiteral("new customer"), {}, {} }));
    QVERIFY(!mapping.addOrganization({ QStringLiteral("  "), {}, {} }));
    QVERIFY(mapping.addOrganization({ QStringLiteral("Typed In Ltd"), {}, {} }));
    QCOMPARE(mapping.count(), 4);
    mapping.removeOrganization(1);
    QCOMPARE(mapping.indexOf(QStringLiteral("Old Customer")), -1);
    QCOMPARE(mapping.count(), 3);
}

void TestCompanyMapping::disappearedCompaniesAreFlaggedNotDropped()
{
    CompanyMapping mapping;
    mapping.loadRows(
        { mapped(QStringLiteral("Northwind Dental"), 250, QStringLiteral("Northwind Dental")),
            mapped(QStringLiteral("Gone Corp"), 999, QStringLiteral("Gone Corporation")),
            mapped(QStringLiteral("Deleted Ltd"), 300, QStringLiteral("Deleted Ltd")),
            CompanyMappingRow(QStringLiteral("Unknown Bakery"), QString(), QString()) });
    QList<CwCompany> fresh = companies();
    fresh.append(company(300, QStringLiteral("Deleted Ltd"), true, true));
    mapping.setCompanies(fresh, kMonday);

    QCOMPARE(mapping.count(), 4);
    QCOMPARE(mapping.entry(0).state(), MappingState::Mapped);
    // The name is refreshed from ConnectWise (renamed there).
    QCOMPARE(mapping.rows().at(0).connectwiseCompanyName, QStringLiteral("Northwind Dental, Inc."));
    QCOMPARE(mapping.entry(1).state(), MappingState::Missing);
    QCOMPARE(mapping.rows().at(1).missingSince, kMonday);
    QCOMPARE(mapping.rows().at(1).connectwiseCompanyId, QStringLiteral("999"));
    QCOMPARE(mapping.rows().at(1).connectwiseCompanyName, QStringLiteral("Gone Corporation"));
    QCOMPARE(mapping.entry(2).state(), MappingState::Missing); // deleted counts as gone
    QCOMPARE(mapping.summary().missing, 2);

    // Still missing later: the first date stays.
    mapping.setCompanies(fresh, kFriday);
    QCOMPARE(mapping.rows().at(1).missingSince, kMonday);

    // Back in ConnectWise: the flag is cleared.
    fresh.append(company(999, QStringLiteral("Gone Corporation")));
    mapping.setCompanies(fresh, kFriday);
    QCOMPARE(mapping.entry(1).state(), MappingState::Mapped);
    QVERIFY(!mapping.rows().at(1).missingSince.isValid());

    // Missing rows can still be cleared or re-mapped by people.
    fresh.removeLast();
    mapping.setCompanies(fresh, kFriday);
    QCOMPARE(mapping.entry(1).state(), MappingState::Missing);
    QVERIFY(mapping.setCompany(1, 251));
    QCOMPARE(mapping.entry(1).state(), MappingState::Mapped);
    QVERIFY(!mapping.rows().at(1).missingSince.isValid());
}

void TestCompanyMapping::summaryAndDescriptions()
{
    CompanyMappingRow withAgreement
        = mapped(QStringLiteral("Northwind Dental"), 250, QStringLiteral("Northwind Dental, Inc."));
    withAgreement.agreementId = QStringLiteral("17");
    withAgreement.agreementName = QStringLiteral("Phin Security Awareness");
    CompanyMappingRow gone
        = mapped(QStringLiteral("Gone Corp"), 999, QStringLiteral("Gone Corporation"));
    gone.missingSince = kMonday;
    const CompanyMappingRow open(QStringLiteral("Unknown Bakery"), QString(), QString());
    const MappingSummary s = CompanyMapping::summarize({ withAgreement, gone, open });
    QCOMPARE(s.organizations, 3);
    QCOMPARE(s.mapped, 2);
    QCOMPARE(s.unmapped, 1);
    QCOMPARE(s.missing, 1);
    QCOMPARE(s.withAgreement, 1);
    QCOMPARE(s.text(),
        QStringLiteral(
            "2 of 3 organisations mapped (1 with an agreement); 1 company missing in ConnectWise"));
    QCOMPARE(CompanyMapping::describe(withAgreement),
        QStringLiteral("Northwind Dental → Northwind Dental, Inc. (#250), agreement Phin Security "
                       "Awareness (#17)"));
    QCOMPARE(CompanyMapping::describe(gone),
        QStringLiteral(
            "Gone Corp → Gone Corporation (#999): missing in ConnectWise since 2026-11-23"));
    QCOMPARE(CompanyMapping::describe(open), QStringLiteral("Unknown Bakery: not mapped"));
}

void TestCompanyMapping::csvImportIsAllOrNothing()
{
    CompanyMapping mapping;
    mapping.loadRows(
        { mapped(QStringLiteral("Northwind Dental"), 250, QStringLiteral("Northwind Dental")),
            CompanyMappingRow(QStringLiteral("Unknown Bakery"), QString(), QString()) });
    const QList<CompanyMappingRow> before = mapping.rows();
    QSignalSpy reset(&mapping, &CompanyMapping::entriesReset);

    const QByteArray header = MappingCsv::mappingHeader().join(QLatin1Char(',')).toUtf8() + "\n";
    const MappingImport bad
        = mapping.importCsv(header + "Northwind Dental,,,251,,,,,\nContoso,,,x,,,,,\n");
    QVERIFY(!bad.ok());
    QVERIFY(bad.errorText().contains(QLatin1String("line 3, column 4")));
    QCOMPARE(mapping.rows(), before); // the good first line was not applied either
    QCOMPARE(reset.size(), 0);

    const OrganizationImport badOrgs = mapping.importOrganizationsCsv("name\nA\n\"B\n");
    QVERIFY(!badOrgs.ok());
    QCOMPARE(mapping.rows(), before);

    const MappingImport good = mapping.importCsv(
        header + "northwind dental,,,251,,Contoso Legal LLC,,,\nContoso,,,252,,,,,\n");
    QVERIFY2(good.ok(), qPrintable(good.errorText()));
    QCOMPARE(mapping.count(), 3);
    QCOMPARE(mapping.rows().at(0).connectwiseCompanyId, QStringLiteral("251"));
    QCOMPARE(mapping.rows().at(1).phinOrganization, QStringLiteral("Unknown Bakery")); // kept
    QCOMPARE(mapping.rows().at(2).phinOrganization, QStringLiteral("Contoso"));

    const OrganizationImport orgs
        = mapping.importOrganizationsCsv("name;domain\nFabrikam;fabrikam.com\n");
    QVERIFY(orgs.ok());
    QCOMPARE(mapping.count(), 4);
    QCOMPARE(mapping.rows().at(3).phinDomain, QStringLiteral("fabrikam.com"));
}

void TestCompanyMapping::csvExportImportRoundTrip()
{
    CompanyMapping mapping;
    mapping.addOrganizations(organizations());
    mapping.setCompanies(companies(), kMonday);
    mapping.proposeAll();
    mapping.acceptAllProposals();
    QVERIFY(mapping.setAgreement(0, { 17, QStringLiteral("Phin; \"Gold\""), {}, 250, false }));
    const QByteArray csv = mapping.exportCsv(QLatin1Char(';'));
    CompanyMapping other;
    QVERIFY(other.importCsv(csv).ok());
    QCOMPARE(other.rows(), mapping.rows());
}

void TestCompanyMapping::disconnectKeepsMappingAndReconnectReusesIt()
{
    FakeSecretStore secrets;
    MemoryProfileStore profiles;
    ConnectionVault vault(secrets, profiles);

    // Map after the first connection and save it with the profile.
    CompanyMapping mapping;
    mapping.addOrganizations(organizations());
    mapping.setCompanies(companies(), kMonday);
    mapping.proposeAll();
    QCOMPARE(mapping.acceptAllProposals(), 3);
    QVERIFY(mapping.setAgreement(0, { 17, QStringLiteral("Phin"), {}, 250, false }));
    ConnectionProfile profile;
    profile.name = QStringLiteral("Acme MSP");
    profile.site = QStringLiteral("na.myconnectwise.net");
    profile.loginHost = QStringLiteral("na.myconnectwise.net");
    profile.companyId = QStringLiteral("acme");
    profile.catalogVersion = QStringLiteral("2026.11");
    profile.companyMapping = mapping.rows();
    QSignalSpy saved(&vault, &ConnectionVault::saveFinished);
    vault.saveConnection(profile, { "PUBKEYAAAA1111QZ", "PRIVKEYBBBB2222X" }, true);
    QVERIFY(saved.wait());
    QVERIFY(saved.first().first().value<VaultResult>().ok());

    // Disconnect: the keys go, the mapping stays.
    QSignalSpy disconnected(&vault, &ConnectionVault::disconnectFinished);
    vault.disconnectProfile(profile.name);
    QVERIFY(disconnected.wait());
    QVERIFY(disconnected.first().first().value<VaultResult>().ok());
    QVERIFY(secrets.entries().isEmpty());
    std::optional<ConnectionProfile> stored = profiles.profile(profile.name);
    QVERIFY(stored);
    QVERIFY(!stored->connected);
    QCOMPARE(stored->companyMapping, mapping.rows());
    QCOMPARE(CompanyMapping::summarize(stored->companyMapping).text(),
        QStringLiteral("3 of 4 organisations mapped (1 with an agreement)"));

    // Reconnect: the wizard saves the profile again without a mapping of its own.
    ConnectionProfile again = profile;
    again.companyMapping.clear();
    vault.saveConnection(again, { "PUBKEYCCCC3333RY", "PRIVKEYDDDD4444W" }, true);
    QVERIFY(saved.wait());
    QVERIFY(saved.last().first().value<VaultResult>().ok());
    stored = profiles.profile(profile.name);
    QVERIFY(stored->connected);
    QCOMPARE(stored->companyMapping, mapping.rows());

    // And the mapping is reused against a fresh company list: nothing to redo.
    CompanyMapping reused;
    reused.loadRows(stored->companyMapping);
    reused.setCompanies(companies(), kFriday);
    reused.proposeAll();
    QCOMPARE(reused.summary().mapped, 3);
    QCOMPARE(reused.summary().missing, 0);
    QCOMPARE(reused.entry(0).state(), MappingState::Mapped);
    QCOMPARE(reused.rows().at(0).agreementId, QStringLiteral("17"));
    QCOMPARE(reused.entry(3).state(), MappingState::Unmapped);
    QCOMPARE(reused.rows(), mapping.rows());
}

void TestCompanyMapping::settingsStoreKeepsMappingAndCatalogVersion()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString ini = dir.filePath(QStringLiteral("profiles.ini"));
    ConnectionProfile p;
    p.name = QStringLiteral("Acme/MSP");
    p.site = QStringLiteral("na.myconnectwise.net");
    p.companyId = QStringLiteral("acme");
    p.catalogVersion = QStringLiteral("2026.11");
    CompanyMappingRow full = mapped(
        QStringLiteral("Smith, Jones & \"Partners\""), 250, QStringLiteral("Smith Jones LLC"));
    full.connectwiseCompanyIdentifier = QStringLiteral("SmithJones");
    full.agreementId = QStringLiteral("17");
    full.agreementName = QStringLiteral("Phin");
    full.phinDomain = QStringLiteral("smithjones.com");
    full.phinId = QStringLiteral("ORG-1");
    full.missingSince = kMonday;
    p.companyMapping
        = { full, CompanyMappingRow(QStringLiteral("Café Olé"), QString(), QString()) };
    {
        SettingsProfileStore store(ini);
        QString error;
        QVERIFY2(store.saveProfile(p, &error), qPrintable(error));
    }
    SettingsProfileStore reopened(ini);
    const std::optional<ConnectionProfile> back = reopened.profile(p.name);
    QVERIFY(back);
    QCOMPARE(back->catalogVersion, QStringLiteral("2026.11"));
    QCOMPARE(back->companyMapping, p.companyMapping);
}

QTEST_GUILESS_MAIN(TestCompanyMapping)
#include "tst_companymapping.moc"

// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mappingcsv.h"

#include <QTest>

class TestMappingCsv : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesRfc4180_data();
    void parsesRfc4180();
    void organizations_data();
    void organizations();
    void badOrganizationFiles_data();
    void badOrganizationFiles();
    void mappingRoundTrip_data();
    void mappingRoundTrip();
    void badMappingFiles_data();
    void badMappingFiles();
    void errorsAreCapped();
    void formulaCellsAreNeutralised_data();
    void formulaCellsAreNeutralised();
    void formulaGuardRoundTrips_data();
    void formulaGuardRoundTrips();
};

void TestMappingCsv::parsesRfc4180_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("separator");
    QTest::addColumn<QString>("joined"); ///< records joined by '|', fields by '/'
    QTest::newRow("comma-lf") << QByteArray("a,b\nc,d\n") << ","
                              << "a/b|c/d";
    QTest::newRow("crlf-no-final-newline") << QByteArray("a,b\r\nc,d") << ","
                                           << "a/b|c/d";
    QTest::newRow("semicolon-excel-europe")
        << QByteArray("name;domain\nAcme, Inc.;acme.com\n") << ";"
        << "name/domain|Acme, Inc./acme.com";
    QTest::newRow("tab") << QByteArray("a\tb\n") << "\t"
                         << "a/b";
    QTest::newRow("utf8-bom") << QByteArray("\xEF\xBB\xBFname\nCaf\xC3\xA9\n") << ","
                              << "name|Café";
    QTest::newRow("quoted-separator-and-quote")
        << QByteArray("\"Smith, Jones & \"\"Partners\"\"\",x\n") << ","
        << "Smith, Jones & \"Partners\"/x";
    QTest::newRow("quoted-newline") << QByteArray("\"two\r\nlines\",x\n") << ","
                                    << "two\nlines/x";
    QTest::newRow("empty-fields") << QByteArray("a,,\n,,b\n") << ","
                                  << "a//|//b";
    QTest::newRow("quoted-empty") << QByteArray("\"\",x\n") << ","
                                  << "/x";
    QTest::newRow("comma-in-quotes-does-not-vote") << QByteArray("\"a,b,c\";d\n") << ";"
                                                   << "a,b,c/d";
}

void TestMappingCsv::parsesRfc4180()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, separator);
    QFETCH(QString, joined);
    const CsvTable table = MappingCsv::parse(data);
    QVERIFY2(table.ok(), qPrintable(table.errors.value(0).toString()));
    QCOMPARE(QString(table.separator), separator);
    QStringList records;
    for (const QStringList &r : table.records)
        records.append(r.join(QLatin1Char('/')));
    QCOMPARE(records.join(QLatin1Char('|')), joined);
}

void TestMappingCsv::organizations_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("expected"); ///< name/domain/id per organisation, '|' between
    QTest::newRow("header-name-domain-id")
        << QByteArray("name,domain,id\nAcme Dental,acme.com,\nNorthwind,,NW01\n")
        << "Acme Dental/acme.com/|Northwind//NW01";
    QTest::newRow("header-other-order-and-names")
        << QByteArray("Organization ID;Website;Organisation Name\n7;https://acme.com;Acme\n")
        << "Acme/https://acme.com/7";
    QTest::newRow("no-header-name-only")
        << QByteArray("Acme Dental\nNorthwind Traders\n") << "Acme Dental//|Northwind Traders//";
    QTest::newRow("no-header-domain-or-id") << QByteArray("Acme Dental,acme.com\nNorthwind,NW01\n")
                                            << "Acme Dental/acme.com/|Northwind//NW01";
    QTest::newRow("blank-lines-and-spaces")
        << QByteArray("name\n\n  Acme   Dental  \n,\n") << "Acme Dental//";
    QTest::newRow("extra-columns-ignored")
        << QByteArray("name,seats,domain\nAcme,12,acme.com\n") << "Acme/acme.com/";
}

void TestMappingCsv::organizations()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, expected);
    const OrganizationImport result = MappingCsv::importOrganizations(data);
    QVERIFY2(result.ok(), qPrintable(result.errorText()));
    QStringList got;
    for (const PhinOrganization &o : result.organizations)
        got.append(o.name + QLatin1Char('/') + o.domain + QLatin1Char('/') + o.id);
    QCOMPARE(got.join(QLatin1Char('|')), expected);
}

void TestMappingCsv::badOrganizationFiles_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("error");
    QTest::newRow("empty") << QByteArray("") << "the file is empty";
    QTest::newRow("only-bom") << QByteArray("\xEF\xBB\xBF\r\n") << "the file is empty";
    QTest::newRow("header-only") << QByteArray("name,domain\n")
                                 << "the file lists no organisations";
    QTest::newRow("not-utf8-latin1")
        << QByteArray("name\nAcme\nCaf\xE9 Ol\xE9\n") << "line 3: the text is not UTF-8";
    QTest::newRow("unclosed-quote")
        << QByteArray("name,domain\nAcme,acme.com\n\"Northwind,nw.com\nOther,o.com\n")
        << "line 3, column 1: a quoted field is never closed";
    QTest::newRow("stray-quote") << QByteArray("name\nAcme \"Best\" Dental\n")
                                 << "line 2, column 1: a quote inside a field must be doubled";
    QTest::newRow("text-after-closing-quote")
        << QByteArray("name,domain\n\"Acme\" Dental,acme.com\n")
        << "line 2, column 1: text after the closing quote";
    QTest::newRow("empty-name") << QByteArray("name,domain\nAcme,acme.com\n,nw.com\n")
                                << "line 3, column 1 (name): the organisation name is empty";
    QTest::newRow("duplicate-name") << QByteArray("domain;name\na.com;Acme\nb.com;ACME\n")
                                    << "line 3, column 2 (name): “ACME” is already on line 2";
    QTest::newRow("domain-with-spaces")
        << QByteArray("name,domain\nAcme,acme dental com\n")
        << "line 2, column 2 (domain): “acme dental com” is not a domain";
}

void TestMappingCsv::badOrganizationFiles()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, error);
    const OrganizationImport result = MappingCsv::importOrganizations(data);
    QVERIFY(!result.ok());
    // Nothing half-imported: a file with an error gives no organisations at all.
    QVERIFY(result.organizations.isEmpty());
    QVERIFY2(result.errorText().contains(error), qPrintable(result.errorText()));
}

void TestMappingCsv::mappingRoundTrip_data()
{
    QTest::addColumn<QString>("separator");
    QTest::newRow("comma") << ",";
    QTest::newRow("semicolon") << ";";
}

void TestMappingCsv::mappingRoundTrip()
{
    QFETCH(QString, separator);
    QList<CompanyMappingRow> rows;
    CompanyMappingRow a(QStringLiteral("Smith, Jones & \"Partners\""), QStringLiteral("250"),
        QStringLiteral("SmithJones"), QStringLiteral("17"));
    a.phinDomain = QStringLiteral("smithjones.com");
    a.connectwiseCompanyName = QStringLiteral("Smith; Jones\nPartners LLC");
    a.agreementName = QStringLiteral("Phin Security Awareness");
    CompanyMappingRow b(QStringLiteral("Café Olé"), QString(), QString());
    b.phinId = QStringLiteral("ORG-7");
    CompanyMappingRow c(QStringLiteral("  Leading spaces kept by quoting"), QStringLiteral("9"),
        QStringLiteral("Gone"));
    c.phinOrganization = c.phinOrganization.trimmed();
    c.connectwiseCompanyName = QStringLiteral(" Gone Inc. ");
    c.missingSince = QDateTime(QDate(2026, 11, 28), QTime(10, 0), Qt::UTC);
    rows << a << b << c;

    const QByteArray csv = MappingCsv::exportMapping(rows, separator.at(0));
    QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
    QVERIFY(csv.contains("\r\n"));
    const MappingImport back = MappingCsv::importMapping(csv);
    QVERIFY2(back.ok(), qPrintable(back.errorText()));
    QCOMPARE(back.rows.size(), 3);
    QCOMPARE(back.rows.at(0), a);
    QCOMPARE(back.rows.at(1), b);
    // Fields are trimmed on import, except what quoting protects inside them.
    CompanyMappingRow cTrimmed = c;
    cTrimmed.connectwiseCompanyName = cTrimmed.connectwiseCompanyName.trimmed();
    QCOMPARE(back.rows.at(2), cTrimmed);
}

void TestMappingCsv::badMappingFiles_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("error");
    const QByteArray header = MappingCsv::mappingHeader().join(QLatin1Char(',')).toUtf8() + "\n";
    QTest::newRow("no-header") << QByteArray("Acme,,,250\n")
                               << "line 1: the first line must be the header";
    QTest::newRow("company-id-not-a-number")
        << QByteArray(header + "Acme,,,250,,,,,\nNorthwind,,,abc,,,,,\n")
        << "line 3, column 4 (connectwise_company_id): “abc” is not a ConnectWise company id";
    QTest::newRow("agreement-without-company")
        << QByteArray(header + "Acme,,,,,,17,,\n")
        << "line 2, column 7 (agreement_id): an agreement needs a company";
    QTest::newRow("bad-date") << QByteArray(header + "Acme,,,250,,,,,yesterday\n")
                              << "line 2, column 9 (missing_since): “yesterday” is not a date";
    QTest::newRow("duplicate")
        << QByteArray(header + "Acme,,,250,,,,,\nacme,,,251,,,,,\n")
        << "line 3, column 1 (phin_organization): “acme” is already on line 2";
    QTest::newRow("unclosed-quote") << QByteArray(header + "\"Acme,,,250\n")
                                    << "line 2, column 1: a quoted field is never closed";
}

void TestMappingCsv::badMappingFiles()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, error);
    const MappingImport result = MappingCsv::importMapping(data);
    QVERIFY(!result.ok());
    QVERIFY(result.rows.isEmpty());
    QVERIFY2(result.errorText().contains(error), qPrintable(result.errorText()));
}

void TestMappingCsv::errorsAreCapped()
{
    QByteArray data("name\n");
    for (int i = 0; i < 100; ++i)
        data += "Acme\n";
    const OrganizationImport result = MappingCsv::importOrganizations(data);
    QCOMPARE(result.errors.size(), MappingCsv::kMaxErrors + 1);
    QVERIFY(result.errors.last().message.contains(QLatin1String("more errors")));
    QCOMPARE(result.errors.first().line, 3);
}

void TestMappingCsv::formulaCellsAreNeutralised_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QString>("guarded");
    QTest::newRow("equals") << "=Acme"
                            << "'=Acme";
    QTest::newRow("minus") << "-Ace Corp"
                           << "'-Ace Corp";
    QTest::newRow("plus") << "+1 Dental"
                          << "'+1 Dental";
    QTest::newRow("at") << "@Home LLC"
                        << "'@Home LLC";
    QTest::newRow("tab") << "\tTabbed"
                         << "'\tTabbed";
    QTest::newRow("carriage-return") << "\rReturned"
                                     << "'\rReturned";
    QTest::newRow("formula-payload") << "=HYPERLINK(\"http://x\")"
                                     << "'=HYPERLINK(\"http://x\")";
    QTest::newRow("already-apostrophe-guarded") << "'=Acme"
                                                << "''=Acme";
    QTest::newRow("two-apostrophes") << "''-x"
                                     << "'''-x";
    QTest::newRow("plain") << "Acme Dental"
                           << "Acme Dental";
    QTest::newRow("apostrophe-inside") << "O'Brien & Sons"
                                       << "O'Brien & Sons";
    QTest::newRow("apostrophe-then-letter") << "'Quoted"
                                            << "'Quoted";
    QTest::newRow("only-apostrophes") << "''"
                                      << "''";
    QTest::newRow("minus-inside") << "Ace-Corp"
                                  << "Ace-Corp";
    QTest::newRow("empty") << ""
                           << "";
}

void TestMappingCsv::formulaCellsAreNeutralised()
{
    QFETCH(QString, cell);
    QFETCH(QString, guarded);
    QCOMPARE(MappingCsv::guardCell(cell), guarded);
    QCOMPARE(MappingCsv::unguardCell(guarded), cell);
    // What a spreadsheet reads: the written field, without its quotes, is the guarded text.
    const QByteArray csv = MappingCsv::write({ { QStringLiteral("x"), cell } });
    QString written = QString::fromUtf8(csv.mid(3)); // after the byte order mark
    QVERIFY(written.startsWith(QStringLiteral("x,")));
    written = written.mid(2);
    written.chop(2); // CRLF
    if (written.startsWith(QLatin1Char('"'))) {
        written = written.mid(1, written.size() - 2);
        written.replace(QStringLiteral("\"\""), QStringLiteral("\""));
    }
    QCOMPARE(written, guarded);
    const CsvTable back = MappingCsv::parse(csv);
    QVERIFY(back.ok());
    QCOMPARE(back.records.first().value(1), cell);
}

void TestMappingCsv::formulaGuardRoundTrips_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("minus") << "-Ace Corp";
    QTest::newRow("equals") << "=Acme";
    QTest::newRow("plus") << "+Plus Partners";
    QTest::newRow("at") << "@Home";
    QTest::newRow("apostrophe-equals") << "'=Acme";
    QTest::newRow("formula") << "=1+2";
}

void TestMappingCsv::formulaGuardRoundTrips()
{
    QFETCH(QString, name);
    // The mapping export: every text column, imported back equal.
    CompanyMappingRow row(name, QStringLiteral("250"), name, QStringLiteral("17"));
    row.phinDomain = QStringLiteral("acme.example");
    row.phinId = name;
    row.connectwiseCompanyName = name;
    row.agreementName = name;
    const QByteArray csv = MappingCsv::exportMapping({ row });
    // The name never starts a field unguarded (after a line break or a separator).
    const QByteArray raw = name.toUtf8();
    const QByteArray atLineStart = QByteArray("\n").append(raw);
    const QByteArray atFieldStart = QByteArray(",").append(raw);
    QVERIFY2(!csv.contains(atLineStart) && !csv.contains(atFieldStart), csv.constData());
    const MappingImport back = MappingCsv::importMapping(csv);
    QVERIFY2(back.ok(), qPrintable(back.errorText()));
    QCOMPARE(back.rows.size(), 1);
    QCOMPARE(back.rows.first(), row);

    // The organisation export.
    const PhinOrganization org { name, QStringLiteral("acme.example"), name };
    const QByteArray orgCsv = MappingCsv::exportOrganizations({ org });
    QVERIFY2(!orgCsv.contains(atLineStart) && !orgCsv.contains(atFieldStart), orgCsv.constData());
    const OrganizationImport orgBack = MappingCsv::importOrganizations(orgCsv);
    QVERIFY2(orgBack.ok(), qPrintable(orgBack.errorText()));
    QCOMPARE(orgBack.organizations.size(), 1);
    QCOMPARE(orgBack.organizations.first(), org);
}

QTEST_GUILESS_MAIN(TestMappingCsv)
#include "tst_mappingcsv.moc"

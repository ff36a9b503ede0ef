// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkheader.h"
#include "pagedloader.h"

#include <QTest>

class TestLinkHeader : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parses_data();
    void parses();
    void rejects_data();
    void rejects();
    void pageNumber_data();
    void pageNumber();
};

void TestLinkHeader::parses_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("next");
    QTest::addColumn<QString>("last");
    QTest::addColumn<int>("links");

    const QString p2 = QStringLiteral("https://api-na.myconnectwise.net/v2025_1/apis/3.0/"
                                      "company/companies?pageSize=1000&page=2");
    const QString p10 = QStringLiteral("https://api-na.myconnectwise.net/v2025_1/apis/3.0/"
                                       "company/companies?pageSize=1000&page=10");
    const QByteArray b2 = p2.toUtf8();
    const QByteArray b10 = p10.toUtf8();

    QTest::newRow("empty-header") << QByteArray() << QString() << QString() << 0;
    QTest::newRow("connectwise-first-page")
        << QByteArray("<" + b2 + ">; rel=\"next\", <" + b10 + ">; rel=\"last\"") << p2 << p10 << 2;
    QTest::newRow("last-page-ends-with-first")
        << QByteArray("<" + b2 + ">; rel=\"prev\", <" + b2 + ">; rel=\"first\"") << QString()
        << QString() << 2;
    QTest::newRow("unquoted-rel") << QByteArray("<" + b2 + ">; rel=next") << p2 << QString() << 1;
    QTest::newRow("upper-case-rel-and-param")
        << QByteArray("<" + b2 + ">; REL=\"NEXT\"") << p2 << QString() << 1;
    QTest::newRow("no-spaces") << QByteArray("<" + b2 + ">;rel=\"next\",<" + b10 + ">;rel=\"last\"")
                               << p2 << p10 << 2;
    QTest::newRow("extra-spaces-and-tabs")
        << QByteArray("  <" + b2 + ">  ;\trel = \"next\" ,  <" + b10 + "> ; rel=\"last\"  ") << p2
        << p10 << 2;
    QTest::newRow("multi-valued-rel")
        << QByteArray("<" + b10 + ">; rel=\"next last\"") << p10 << p10 << 1;
    QTest::newRow("other-params-and-title-with-comma")
        << QByteArray("<" + b2 + ">; title=\"page, two\"; rel=\"next\"; type=\"application/json\"")
        << p2 << QString() << 1;
    QTest::newRow("only-the-first-rel-counts")
        << QByteArray("<" + b2 + ">; rel=\"prev\"; rel=\"next\"") << QString() << QString() << 1;
    QTest::newRow("comma-inside-url")
        << QByteArray("<https://api-na.myconnectwise.net/x?fields=id,name&page=2>; rel=\"next\"")
        << QStringLiteral("https://api-na.myconnectwise.net/x?fields=id,name&page=2") << QString()
        << 1;
    QTest::newRow("relative-target-resolves")
        << QByteArray("</v2025_1/apis/3.0/company/companies?pageSize=1000&page=2>; rel=\"next\"")
        << p2 << QString() << 1;
    QTest::newRow("empty-elements")
        << QByteArray(", <" + b2 + ">; rel=\"next\",,") << p2 << QString() << 1;
    QTest::newRow("forward-only-pageId")
        << QByteArray("<https://api-na.myconnectwise.net/v2025_1/apis/3.0/company/"
                      "companies?pageSize=1000&pageId=1234>; rel=\"next\"")
        << QStringLiteral("https://api-na.myconnectwise.net/v2025_1/apis/3.0/company/"
                          "companies?pageSize=1000&pageId=1234")
        << QString() << 1;
}

void TestLinkHeader::parses()
{
    QFETCH(QByteArray, header);
    QFETCH(QString, next);
    QFETCH(QString, last);
    QFETCH(int, links);
    const QUrl base(QStringLiteral(
        "https://api-na.myconnectwise.net/v2025_1/apis/3.0/company/companies?page=1"));
    const LinkHeader parsed = LinkHeader::parse(header, base);
    QVERIFY2(parsed.isValid(), qPrintable(parsed.error()));
    QCOMPARE(parsed.links().size(), links);
    QCOMPARE(parsed.target(QStringLiteral("next")).toString(), next);
    QCOMPARE(parsed.target(QStringLiteral("last")).toString(), last);
}

void TestLinkHeader::rejects_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::newRow("bare-url") << QByteArray("https://x.example/?page=2; rel=\"next\"");
    QTest::newRow("no-closing-bracket") << QByteArray("<https://x.example/?page=2; rel=\"next\"");
    QTest::newRow("unterminated-quote") << QByteArray("<https://x.example/?page=2>; rel=\"next");
    QTest::newRow("garbage-between-links")
        << QByteArray("<https://x.example/?page=2>; rel=\"next\" junk <https://x.example/>");
    QTest::newRow("empty-target") << QByteArray("<>; rel=\"next\"");
    QTest::newRow("parameter-without-name") << QByteArray("<https://x.example/?page=2>; =next");
    QTest::newRow("html-instead") << QByteArray("<html><body>Error</body></html>");
}

void TestLinkHeader::rejects()
{
    QFETCH(QByteArray, header);
    const LinkHeader parsed = LinkHeader::parse(header);
    QVERIFY(!parsed.isValid());
    QVERIFY(parsed.links().isEmpty());
    QVERIFY(parsed.error().contains(QLatin1String("character")));
    QVERIFY(parsed.target(QStringLiteral("next")).isEmpty());
}

void TestLinkHeader::pageNumber_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("page");
    QTest::newRow("page-10") << "https://h/x?pageSize=1000&page=10" << 10;
    QTest::newRow("case-insensitive") << "https://h/x?Page=3" << 3;
    QTest::newRow("forward-only-has-none") << "https://h/x?pageId=55" << 0;
    QTest::newRow("empty") << "" << 0;
}

void TestLinkHeader::pageNumber()
{
    QFETCH(QString, url);
    QFETCH(int, page);
    QCOMPARE(PagedLoader::pageNumberOf(QUrl(url)), page);
}

QTEST_GUILESS_MAIN(TestLinkHeader)
#include "tst_linkheader.moc"

// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectwiseassumptions.h"
#include "inputvalidation.h"

#include <QTest>

class TestInputValidation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void companyId_data();
    void companyId();
    void keys_data();
    void keys();
    void messagesNeverContainTheKeys();
    void publicKeyHint();

private:
    ConnectWiseAssumptions m_assumptions;
};

void TestInputValidation::initTestCase()
{
    m_assumptions = ConnectWiseAssumptions::load();
    QVERIFY(m_assumptions.isValid());
}

void TestInputValidation::companyId_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("code"); // first issue code, "" when none
    QTest::addColumn<bool>("ok");
    QTest::newRow("plain") << "acme"
                           << "acme"
                           << "" << true;
    QTest::newRow("underscore-digits") << "acme_it2"
                                       << "acme_it2"
                                       << "" << true;
    QTest::newRow("trimmed") << "  acme\n"
                             << "acme"
                             << "trimmed" << true;
    QTest::newRow("empty") << "   "
                           << ""
                           << "empty" << false;
    QTest::newRow("display-name") << "Acme IT Services"
                                  << "Acme IT Services"
                                  << "display-name" << false;
    QTest::newRow("numeric-id") << "19321"
                                << "19321"
                                << "numeric" << false;
    QTest::newRow("url-pasted") << "https://na.myconnectwise.net"
                                << "https://na.myconnectwise.net"
                                << "looks-like-url" << false;
    QTest::newRow("odd-characters") << "acme!"
                                    << "acme!"
                                    << "characters" << false;
}

void TestInputValidation::companyId()
{
    QFETCH(QString, input);
    QFETCH(QString, value);
    QFETCH(QString, code);
    QFETCH(bool, ok);
    const CompanyIdCheck r = InputValidation::checkCompanyId(input, m_assumptions);
    QCOMPARE(r.value, value);
    QCOMPARE(r.ok(), ok);
    if (code.isEmpty()) {
        QVERIFY(r.issues.isEmpty());
    } else {
        QVERIFY(!r.issues.isEmpty());
        QCOMPARE(r.issues.first().code, code);
        QVERIFY(r.issues.first().field == InputField::CompanyId);
        QVERIFY2(r.issues.first().message.startsWith(QLatin1String("Company ID:")),
            qPrintable(r.issues.first().message));
    }
}

void TestInputValidation::keys_data()
{
    QTest::addColumn<QByteArray>("publicKey");
    QTest::addColumn<QByteArray>("privateKey");
    QTest::addColumn<QStringList>("codes"); // "field:code:severity"
    QTest::addColumn<bool>("ok");
    const QByteArray pub("Ab12Cd34Ef56Gh78");
    const QByteArray priv("Zz98Yy76Xx54Ww32");
    QTest::newRow("clean") << pub << priv << QStringList {} << true;
    QTest::newRow("trimmed-both") << QByteArray("  " + pub + "\n") << QByteArray("\t" + priv)
                                  << QStringList { "public:trimmed:notice",
                                         "private:trimmed:notice" }
                                  << true;
    QTest::newRow("same-value-in-both")
        << pub << pub << QStringList { "private:same-keys:error" } << false;
    QTest::newRow("empty-private")
        << pub << QByteArray() << QStringList { "private:empty:error" } << false;
    QTest::newRow("label-pasted") << QByteArray("Public Key: " + pub) << priv
                                  << QStringList { "public:label:error" } << false;
    QTest::newRow("quoted") << QByteArray("\"" + pub + "\"") << priv
                            << QStringList { "public:quoted:error" } << false;
    QTest::newRow("broken-in-two") << pub << QByteArray("Zz98Yy76 Xx54Ww32")
                                   << QStringList { "private:inner-whitespace:error" } << false;
    QTest::newRow("curly-quote") << pub << QByteArray("Zz98Yy76Xx54Ww3\xe2\x80\x9d")
                                 << QStringList { "private:non-ascii:error" } << false;
    QTest::newRow("truncated-warns") << QByteArray("Ab12Cd34Ef56") << priv
                                     << QStringList { "public:unusual-format:warning" } << true;
    QTest::newRow("colon-in-public")
        << QByteArray("Ab12Cd34:f56Gh78") << priv << QStringList { "public:colon:error" } << false;
}

static QString describe(const InputIssue &i)
{
    const QString field
        = i.field == InputField::PublicKey ? QStringLiteral("public") : QStringLiteral("private");
    const QString severity = i.severity == IssueSeverity::Error
        ? QStringLiteral("error")
        : (i.severity == IssueSeverity::Warning ? QStringLiteral("warning")
                                                : QStringLiteral("notice"));
    return field + QLatin1Char(':') + i.code + QLatin1Char(':') + severity;
}

void TestInputValidation::keys()
{
    QFETCH(QByteArray, publicKey);
    QFETCH(QByteArray, privateKey);
    QFETCH(QStringList, codes);
    QFETCH(bool, ok);
    const KeysCheck r = InputValidation::checkKeys(publicKey, privateKey, m_assumptions);
    QStringList got;
    for (const auto &i : r.issues)
        got.append(describe(i));
    QCOMPARE(got, codes);
    QCOMPARE(r.ok(), ok);
    QCOMPARE(r.publicKey, publicKey.trimmed());
    QCOMPARE(r.privateKey, privateKey.trimmed());
}

void TestInputValidation::messagesNeverContainTheKeys()
{
    const QByteArray pub("Ab12Cd34 Ef56Gh78");
    const QByteArray priv("Public Key: Zz98Yy76Xx54Ww32");
    const KeysCheck r = InputValidation::checkKeys(pub, priv, m_assumptions);
    QVERIFY(!r.issues.isEmpty());
    for (const auto &i : r.issues) {
        QVERIFY(!i.message.contains(QLatin1String("Zz98Yy76")));
        QVERIFY(!i.message.contains(QLatin1String("Ab12Cd34")));
    }
}

void TestInputValidation::publicKeyHint()
{
    QCOMPARE(InputValidation::publicKeyHint("Ab12Cd34Ef56Gh78"), QStringLiteral("…Gh78"));
    QCOMPARE(InputValidation::publicKeyHint("abc"), QStringLiteral("…"));
}

QTEST_GUILESS_MAIN(TestInputValidation)
#include "tst_inputvalidation.moc"

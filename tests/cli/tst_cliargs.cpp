// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkcommand.h"
#include "phinconfig.h"

#include <QTest>

using Action = CliParseResult::Action;
Q_DECLARE_METATYPE(CliParseResult::Action)

class TestCliArgs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data();
    void parse();
    void defaults();
    void explicitValues();
    void keyArgumentsNeverEchoed();
};

static QStringList args(const QString &line)
{
    return QStringList { QStringLiteral("phin-cw-check") }
    + line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

void TestCliArgs::parse_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<Action>("action");
    QTest::addColumn<QString>("messagePart");
    const QString base = QStringLiteral("--site na.myconnectwise.net --company acme ");
    QTest::newRow("minimal") << base << Action::Run << "";
    QTest::newRow("sandbox-alone") << "--sandbox ready" << Action::Run << "";
    QTest::newRow("help") << "--help" << Action::ShowHelp << "--keys-from-stdin";
    QTest::newRow("version") << "--version" << Action::ShowVersion << PHIN_VERSION;
    QTest::newRow("missing-company")
        << "--site na.myconnectwise.net" << Action::UsageError << "--company";
    QTest::newRow("missing-site") << "--company acme" << Action::UsageError << "--site";
    QTest::newRow("private-key-arg")
        << base + "--private-key SECRETVALUE" << Action::UsageError << "CW_PRIVATE_KEY";
    QTest::newRow("private-key-equals")
        << base + "--private-key=SECRETVALUE" << Action::UsageError << "never accepted";
    QTest::newRow("public-key-arg")
        << base + "--public-key abc" << Action::UsageError << "never accepted";
    QTest::newRow("privatekey-arg")
        << base + "--privateKey abc" << Action::UsageError << "never accepted";
    QTest::newRow("key-arg") << base + "--key abc" << Action::UsageError << "never accepted";
    QTest::newRow("bad-format") << base + "--format xml" << Action::UsageError << "--format";
    QTest::newRow("md-format-alias") << base + "--format md" << Action::Run << "";
    QTest::newRow("bad-feature") << base + "--features billing,payroll" << Action::UsageError
                                 << "payroll";
    QTest::newRow("empty-features") << base + "--features ," << Action::UsageError << "--features";
    QTest::newRow("bad-timeout") << base + "--timeout soon" << Action::UsageError << "--timeout";
    QTest::newRow("zero-timeout") << base + "--timeout 0" << Action::UsageError << "--timeout";
    QTest::newRow("unknown-option") << base + "--frobnicate" << Action::UsageError << "frobnicate";
    QTest::newRow("stray-argument") << base + "extra" << Action::UsageError << "extra";
}

void TestCliArgs::parse()
{
    QFETCH(QString, line);
    QFETCH(Action, action);
    QFETCH(QString, messagePart);
    const CliParseResult r = CheckCommand::parse(args(line));
    QCOMPARE(int(r.action), int(action));
    QVERIFY2(r.message.contains(messagePart), qPrintable(r.message));
    QVERIFY(!r.message.contains(QLatin1String("SECRETVALUE")));
}

void TestCliArgs::defaults()
{
    const CliParseResult r
        = CheckCommand::parse(args(QStringLiteral("--site s.example --company acme")));
    QCOMPARE(int(r.action), int(Action::Run));
    QCOMPARE(r.options.format, QStringLiteral("text"));
    QCOMPARE(r.options.timeoutMs, 30000);
    QCOMPARE(r.options.clientId, QStringLiteral(PHIN_CLIENT_ID));
    QVERIFY(r.options.features.isEmpty());
    QVERIFY(!r.options.keysFromStdin);
    QVERIFY(!r.options.sequential);
}

void TestCliArgs::explicitValues()
{
    const CliParseResult r = CheckCommand::parse(args(QStringLiteral(
        "--site s.example --company acme --features service-desk,billing,billing --format json "
        "--timeout 2.5 --client-id my-id --output out.json --keys-from-stdin --verbose "
        "--sequential --member PhinAPI --lang de --ca-file ca.pem")));
    QCOMPARE(int(r.action), int(Action::Run));
    QCOMPARE(r.options.features,
        (QStringList { QStringLiteral("service-desk"), QStringLiteral("billing") }));
    QCOMPARE(r.options.format, QStringLiteral("json"));
    QCOMPARE(r.options.timeoutMs, 2500);
    QCOMPARE(r.options.clientId, QStringLiteral("my-id"));
    QCOMPARE(r.options.output, QStringLiteral("out.json"));
    QCOMPARE(r.options.member, QStringLiteral("PhinAPI"));
    QCOMPARE(r.options.lang, QStringLiteral("de"));
    QCOMPARE(r.options.caFile, QStringLiteral("ca.pem"));
    QVERIFY(r.options.keysFromStdin);
    QVERIFY(r.options.verbose);
    QVERIFY(r.options.sequential);
}

void TestCliArgs::keyArgumentsNeverEchoed()
{
    const CliParseResult r = CheckCommand::parse(
        args(QStringLiteral("--site s --company c --private-key=Zz98Yy76Xx54Ww32")));
    QVERIFY(!r.message.contains(QLatin1String("Zz98Yy76Xx54Ww32")));
}

QTEST_GUILESS_MAIN(TestCliArgs)
#include "tst_cliargs.moc"

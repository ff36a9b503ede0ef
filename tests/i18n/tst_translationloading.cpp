// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
// The embedded .qm files load and say what the .ts files say; --lang and the system locale
// choose the language in phin-cw-check; Qt's own strings (standard buttons) follow; JSON
// keys, check ids and ConnectWise's own menu names stay English.
#include "translationinstaller.h"
#include "tsfile.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QPushButton>
#include <QTest>

namespace {

struct CheckRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

CheckRun runCheck(const QStringList &arguments, const QProcessEnvironment &environment)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(PHIN_CHECK_BINARY), arguments);
    CheckRun run;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// An environment without any locale, so only what a test sets decides the language.
QProcessEnvironment neutralEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name :
        { "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG", "CW_PUBLIC_KEY", "CW_PRIVATE_KEY" })
        environment.remove(QString::fromLatin1(name));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    return environment;
}

QString translationOf(const QString &language, const char *context, const char *source)
{
    const TsFile ts = readTsFile(tsPath(language));
    for (const TsMessage &m : ts.messages) {
        if (m.context == QLatin1String(context) && m.source == QLatin1String(source))
            return m.translations.value(0);
    }
    return {};
}

} // namespace

class TestTranslationLoading : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup();
    void qmMatchesTs_data();
    void qmMatchesTs();
    void qtStandardButtons_data();
    void qtStandardButtons();
    void englishLoadsNothing();
    void unknownLanguageIsReported();
    void languageArgument_data();
    void languageArgument();
    void checkerSpeaksGerman();
    void checkerFollowsSystemLocale();
    void checkerJsonStaysEnglish();
    void checkerUnknownLanguage();
};

void TestTranslationLoading::cleanup()
{
    installTranslations(qApp, QStringLiteral("en"));
}

void TestTranslationLoading::qmMatchesTs_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : languages())
        QTest::newRow(qPrintable(language)) << language;
}

void TestTranslationLoading::qmMatchesTs()
{
    QFETCH(QString, language);
    const TranslationResult result = installTranslations(qApp, language);
    QVERIFY2(result.appLoaded, "the embedded .qm did not load");
    QVERIFY(!result.missing());
    const TsFile ts = readTsFile(tsPath(language));
    QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
    QStringList problems;
    for (const TsMessage &m : ts.messages) {
        if (m.isContextNote())
            continue;
        const QByteArray context = m.context.toUtf8();
        const QByteArray source = m.source.toUtf8();
        const QByteArray comment = m.comment.toUtf8();
        const char *disambiguation = m.comment.isEmpty() ? nullptr : comment.constData();
        // For numerus messages, n = 1 picks the first form in all four languages.
        const QString translated = QCoreApplication::translate(
            context.constData(), source.constData(), disambiguation, m.numerus ? 1 : -1);
        // translate() fills %n (and the localised %Ln) in numerus forms.
        QString expected = m.translations.value(0);
        if (m.numerus) {
            expected.replace(QLatin1String("%Ln"), QLatin1String("1"));
            expected.replace(QLatin1String("%n"), QLatin1String("1"));
        }
        if (translated != expected)
            problems << m.name() + QStringLiteral(" -> ") + translated;
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslationLoading::qtStandardButtons_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("cancel");
    QTest::newRow("de") << "de"
                        << "Abbrechen";
    QTest::newRow("fr") << "fr"
                        << "Annuler";
    QTest::newRow("es") << "es"
                        << "Cancelar";
    QTest::newRow("nl") << "nl"
                        << "Annuleren";
}

void TestTranslationLoading::qtStandardButtons()
{
    QFETCH(QString, language);
    QFETCH(QString, cancel);
    const TranslationResult result = installTranslations(qApp, language);
    QVERIFY2(result.qtLoaded, "Qt's qtbase translation was not found");
    QDialogButtonBox box(QDialogButtonBox::Cancel);
    QCOMPARE(box.button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&')), cancel);
}

void TestTranslationLoading::englishLoadsNothing()
{
    const TranslationResult result = installTranslations(qApp, QStringLiteral("en"));
    QVERIFY(result.english);
    QVERIFY(!result.missing());
    QVERIFY(!result.appLoaded);
    QDialogButtonBox box(QDialogButtonBox::Cancel);
    QCOMPARE(box.button(QDialogButtonBox::Cancel)->text().remove(QLatin1Char('&')),
        QStringLiteral("Cancel"));
}

void TestTranslationLoading::unknownLanguageIsReported()
{
    const TranslationResult result = installTranslations(qApp, QStringLiteral("xx"));
    QVERIFY(!result.english);
    QVERIFY(result.missing());
}

void TestTranslationLoading::languageArgument_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("none") << QStringList { "prog", "--sandbox", "ready" } << "";
    QTest::newRow("separate") << QStringList { "prog", "--lang", "de", "--help" } << "de";
    QTest::newRow("equals") << QStringList { "prog", "--lang=fr_CA" } << "fr_CA";
    QTest::newRow("missing-value") << QStringList { "prog", "--lang" } << "";
    QTest::newRow("after-double-dash") << QStringList { "prog", "--", "--lang", "nl" } << "";
}

void TestTranslationLoading::languageArgument()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    QCOMPARE(::languageArgument(arguments), expected);
}

void TestTranslationLoading::checkerSpeaksGerman()
{
    const CheckRun run
        = runCheck({ QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--sandbox"),
                       QStringLiteral("missing-attachments") },
            neutralEnvironment());
    QCOMPARE(run.exitCode, 1);
    const QString checks = translationOf(QStringLiteral("de"), "ReportFormatter", "Checks");
    const QString howToFix = translationOf(QStringLiteral("de"), "ReportFormatter", "How to fix");
    QVERIFY(!checks.isEmpty() && checks != QLatin1String("Checks"));
    QVERIFY2(run.out.contains(checks), qPrintable(run.out));
    QVERIFY2(run.out.contains(howToFix), qPrintable(run.out));
    QVERIFY2(!run.out.contains(QLatin1String("How to fix")), qPrintable(run.out));
    // ConnectWise's own names stay as ConnectWise shows them.
    QVERIFY2(run.out.contains(QLatin1String("Manage Attachments")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QLatin1String("System > Security Roles")), qPrintable(run.out));
}

void TestTranslationLoading::checkerFollowsSystemLocale()
{
    QProcessEnvironment environment = neutralEnvironment();
    environment.insert(QStringLiteral("LANG"), QStringLiteral("fr_FR.UTF-8"));
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("fr"));
    const CheckRun run = runCheck(
        { QStringLiteral("--sandbox"), QStringLiteral("missing-attachments") }, environment);
    QCOMPARE(run.exitCode, 1);
    const QString howToFix = translationOf(QStringLiteral("fr"), "ReportFormatter", "How to fix");
    QVERIFY(!howToFix.isEmpty());
    QVERIFY2(run.out.contains(howToFix), qPrintable(run.out));

    // --lang wins over the system locale.
    const CheckRun english
        = runCheck({ QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--sandbox"),
                       QStringLiteral("missing-attachments") },
            environment);
    QVERIFY2(english.out.contains(QLatin1String("How to fix")), qPrintable(english.out));
}

void TestTranslationLoading::checkerJsonStaysEnglish()
{
    const CheckRun run
        = runCheck({ QStringLiteral("--lang"), QStringLiteral("nl"), QStringLiteral("--sandbox"),
                       QStringLiteral("missing-attachments"), QStringLiteral("--format"),
                       QStringLiteral("json") },
            neutralEnvironment());
    QCOMPARE(run.exitCode, 1);
    const QJsonObject report = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QVERIFY2(report.contains(QLatin1String("checks")) && report.contains(QLatin1String("summary")),
        qPrintable(run.out));
    QStringList ids;
    for (const QJsonValue &check : report.value(QLatin1String("checks")).toArray())
        ids << check.toObject().value(QLatin1String("id")).toString();
    QVERIFY2(ids.contains(QLatin1String("companies.manage-attachments.add")),
        qPrintable(ids.join(u',')));
}

void TestTranslationLoading::checkerUnknownLanguage()
{
    const CheckRun run = runCheck({ QStringLiteral("--lang"), QStringLiteral("xx"),
                                      QStringLiteral("--sandbox"), QStringLiteral("ready") },
        neutralEnvironment());
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains(QLatin1String("\"xx\"")), qPrintable(run.err));
    QVERIFY2(run.out.contains(QLatin1String("Checks")), qPrintable(run.out));
}

QTEST_MAIN(TestTranslationLoading)
#include "tst_translationloading.moc"

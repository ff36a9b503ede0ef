// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
// The wizard's reading of a check that ConnectWise did not answer normally must not depend on
// the language: the engine's observed text is translated, so the pages decide on its
// structured answer (CheckResult::answerProblem) instead.
#include "checkreport.h"
#include "connectwiseassumptions.h"
#include "models/checkrows.h"
#include "probeinterpretation.h"
#include "translationinstaller.h"

#include <QApplication>
#include <QTest>

class TestCheckRows : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void unreadableAnswerInEveryLanguage_data();
    void unreadableAnswerInEveryLanguage();
    void timeLimitInEveryLanguage_data();
    void timeLimitInEveryLanguage();
    void roleProblemsAreNotAnswerProblems();
    void networkCauseInThePersonsLanguage();
};

namespace {

void addLanguages()
{
    QTest::addColumn<QString>("language");
    for (const char *code : { "en", "de", "fr", "es", "nl" })
        QTest::newRow(code) << QString::fromLatin1(code);
}

} // namespace

void TestCheckRows::unreadableAnswerInEveryLanguage_data()
{
    addLanguages();
}

void TestCheckRows::unreadableAnswerInEveryLanguage()
{
    QFETCH(QString, language);
    installTranslations(qApp, language);
    const ConnectWiseAssumptions assumptions = ConnectWiseAssumptions::load();
    const ProbeSpec spec
        = assumptions.probes.value(QStringLiteral("service-desk.service-tickets.add"));
    HttpResponse page;
    page.status = 200;
    page.headers = { { "Content-Type", "text/html" } };
    page.body = "<html><body>Sign in</body></html>";
    const Interpretation i = interpretProbe(spec, page, assumptions);
    QCOMPARE(i.status, CheckStatus::Unknown);
    QCOMPARE(i.answerProblem, AnswerProblem::Unreadable);
    // The words really are translated, so nothing can be read from them.
    QVERIFY2(language == QLatin1String("en") || !i.observed.contains(QLatin1String("not JSON")),
        qPrintable(i.observed));

    CheckResult r;
    r.status = i.status;
    r.observed = i.observed;
    r.answerProblem = i.answerProblem;
    r.evidence
        = { Evidence { QStringLiteral("POST"), QStringLiteral("/service/tickets"), 200, i.note } };
    const QString shown = CheckRows::failedAnswer(r);
    QVERIFY2(!shown.isEmpty(), qPrintable(r.observed));
    QVERIFY2(shown.contains(QLatin1String("200")), qPrintable(shown));
}

void TestCheckRows::timeLimitInEveryLanguage_data()
{
    addLanguages();
}

void TestCheckRows::timeLimitInEveryLanguage()
{
    QFETCH(QString, language);
    installTranslations(qApp, language);
    CheckResult r;
    r.status = CheckStatus::Unknown;
    r.observed = QStringLiteral("—"); // whatever the language says
    r.answerProblem = AnswerProblem::TimeLimit;
    QVERIFY(!CheckRows::failedAnswer(r).isEmpty());
}

void TestCheckRows::roleProblemsAreNotAnswerProblems()
{
    installTranslations(qApp, QStringLiteral("en"));
    // An unrecognised level read from the member's security: for ConnectWise to fix, not a
    // failed answer.
    CheckResult r;
    r.status = CheckStatus::Unknown;
    r.observed = QStringLiteral("Sometimes");
    r.source = CheckSource::SecurityRead;
    r.evidence
        = { Evidence { QStringLiteral("GET"), QStringLiteral("/system/mySecurity"), 200, {} } };
    QVERIFY(CheckRows::failedAnswer(r).isEmpty());
}

void TestCheckRows::networkCauseInThePersonsLanguage()
{
    CheckResult r;
    r.status = CheckStatus::Unknown;
    r.observed = QStringLiteral("no answer: connection reset"); // as the engine records it
    r.source = CheckSource::Probe;
    r.evidence = { Evidence { QStringLiteral("POST"), QStringLiteral("/service/tickets"), 0,
        QStringLiteral("no answer: connection reset"), TransportError::ConnectionReset } };
    installTranslations(qApp, QStringLiteral("en"));
    QCOMPARE(CheckRows::failedAnswer(r), QStringLiteral("connection failed (connection reset)"));
    QVERIFY(installTranslations(qApp, QStringLiteral("de")).appLoaded);
    const QString german = CheckRows::failedAnswer(r);
    installTranslations(qApp, QStringLiteral("en"));
    QVERIFY2(!german.isEmpty() && !german.contains(QLatin1String("connection reset")),
        qPrintable(german));
}

QTEST_MAIN(TestCheckRows)
#include "tst_checkrows.moc"

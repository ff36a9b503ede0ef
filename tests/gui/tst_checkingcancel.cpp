// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
// Stopping the checks at any time, and running them again.
#include "wizardharness.h"

#include "models/checkstatusmodel.h"
#include "pages/checkingpage.h"
#include "widgets/inlinenotice.h"

#include <QCheckBox>
#include <QPushButton>

class TestCheckingCancel : public QObject
{
    Q_OBJECT
private slots:
    void stopDuringChecksThenRunAgain();
    void backDuringChecksStopsThem();
    void connectionFailureShownWithRetry();

private:
    static bool startSlowRun(WizardHarness &h);
};

bool TestCheckingCancel::startSlowRun(WizardHarness &h)
{
    // Slow enough that the run is still going when the user clicks.
    h.sandbox().setLatencyMs(1500);
    h.clickNext();
    h.clickNext();
    h.typeSandboxDetails();
    h.clickNext();
    return h.currentId() == SetupWizard::CheckingPageId
        && h.wizard().checkingPage()->state() == CheckingPage::State::Running;
}

void TestCheckingCancel::stopDuringChecksThenRunAgain()
{
    WizardHarness h(QStringLiteral("ready"));
    QVERIFY(startSlowRun(h));
    CheckingPage *page = h.wizard().checkingPage();
    auto *stop = h.find<QPushButton>(QStringLiteral("cancelChecksButton"));
    QVERIFY(stop->isEnabled());
    QVERIFY(!h.nextButton()->isEnabled());
    QTest::mouseClick(stop, Qt::LeftButton);
    QCOMPARE(page->state(), CheckingPage::State::Canceled);
    QVERIFY(!h.context().isChecking());
    QVERIFY(!stop->isEnabled());
    QVERIFY(!h.nextButton()->isEnabled());
    const CheckStatusModel *model = page->model();
    QVERIFY(model->countWhere(StatusKind::Skipped) > 0);
    QCOMPARE(model->countWhere(StatusKind::Running), 0);
    QCOMPARE(model->countWhere(StatusKind::Pending), 0);

    // No late result sneaks in after the stop.
    h.sandbox().setLatencyMs(0);
    auto *notice = h.find<InlineNotice>(QStringLiteral("resultNotice"));
    QCOMPARE(notice->kind(), InlineNotice::Kind::Warning);
    auto *again = h.find<QPushButton>(QStringLiteral("resultRetryButton"));
    QVERIFY(again->isVisible());
    QTest::mouseClick(again, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(page->state(), CheckingPage::State::Finished, 10000);
    QCOMPARE(model->countWhere(StatusKind::Granted), model->rowCount());
    QVERIFY(h.nextButton()->isEnabled());
}

void TestCheckingCancel::backDuringChecksStopsThem()
{
    WizardHarness h(QStringLiteral("ready"));
    QVERIFY(startSlowRun(h));
    QTest::mouseClick(h.backButton(), Qt::LeftButton);
    QCOMPARE(h.currentId(), int(SetupWizard::ConnectionPageId));
    QVERIFY(!h.context().isChecking());
    // What was typed is still there.
    QCOMPARE(h.find<QLineEdit>(QStringLiteral("companyIdEdit"))->text(),
        h.sandbox().scenario().companyId);
    QCOMPARE(h.find<QLineEdit>(QStringLiteral("privateKeyEdit"))->text(),
        h.sandbox().scenario().privateKey);
}

void TestCheckingCancel::connectionFailureShownWithRetry()
{
    WizardHarness h(QStringLiteral("ready"));
    h.clickNext();
    h.clickNext();
    h.typeSandboxDetails();
    WizardHarness::typeInto(
        h.find<QLineEdit>(QStringLiteral("privateKeyEdit")), QStringLiteral("WrongPrivateKey1"));
    QVERIFY(h.clickNext());
    CheckingPage *page = h.wizard().checkingPage();
    QTRY_COMPARE_WITH_TIMEOUT(page->state(), CheckingPage::State::Finished, 10000);
    QCOMPARE(page->model()->row(QStringLiteral("keys")).status, StatusKind::Missing);
    QCOMPARE(page->model()->row(QStringLiteral("site")).status, StatusKind::Granted);
    QVERIFY(!h.nextButton()->isEnabled());
    auto *notice = h.find<InlineNotice>(QStringLiteral("resultNotice"));
    QCOMPARE(notice->kind(), InlineNotice::Kind::Error);
    QVERIFY(h.find<QPushButton>(QStringLiteral("resultRetryButton"))->isVisible());
}

QTEST_MAIN(TestCheckingCancel)
#include "tst_checkingcancel.moc"

// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
// Stopping the checks at any time, and running them again.
#include "wizardharness.h"

#include "models/checkstatusmodel.h"
#include "pages/checkingpage.h"
#include "pages/connectionpage.h"
#include "pages/integrationspage.h"
#include "pages/remediationpage.h"
#include "pages/savepage.h"
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
    void stopCompanyLookup();
    void stopRecheck();
    void stopFeatureCheck();

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

void TestCheckingCancel::stopCompanyLookup()
{
    WizardHarness h(QStringLiteral("ready"));
    h.sandbox().setLatencyMs(3000);
    h.clickNext();
    h.clickNext();
    WizardHarness::typeInto(
        h.find<QLineEdit>(QStringLiteral("siteEdit")), h.sandbox().siteUrl().toString());
    WizardHarness::typeInto(
        h.find<QLineEdit>(QStringLiteral("companyIdEdit")), h.sandbox().scenario().companyId);
    ConnectionPage *page = h.wizard().connectionPage();
    QTRY_COMPARE(page->lookupState(), ConnectionPage::LookupState::Running);
    auto *stop = h.find<QPushButton>(QStringLiteral("lookupRetryButton"));
    QVERIFY(stop->isVisible());
    QTest::mouseClick(stop, Qt::LeftButton);
    QVERIFY(page->lookupState() != ConnectionPage::LookupState::Running);
    QCOMPARE(
        h.find<InlineNotice>(QStringLiteral("lookupNotice"))->kind(), InlineNotice::Kind::Info);
}

void TestCheckingCancel::stopRecheck()
{
    WizardHarness h(QStringLiteral("missing-attachments"));
    QVERIFY(h.runToCheckingDone());
    QVERIFY(h.clickNext());
    RemediationPage *page = h.wizard().remediationPage();
    const QStringList before = page->listedCheckIds();
    h.sandbox().setLatencyMs(3000);
    QTest::mouseClick(h.find<QPushButton>(QStringLiteral("recheckButton")), Qt::LeftButton);
    QVERIFY(page->isRechecking());
    QTest::mouseClick(h.find<QPushButton>(QStringLiteral("actionRetryButton")), Qt::LeftButton);
    QVERIFY(!page->isRechecking());
    QVERIFY(!h.context().isChecking());
    QCOMPARE(page->listedCheckIds(), before);
    QVERIFY(h.nextButton()->isEnabled());
}

void TestCheckingCancel::stopFeatureCheck()
{
    WizardHarness h(QStringLiteral("missing-attachments"));
    QVERIFY(h.runToCheckingDone());
    QVERIFY(h.clickNext());
    QVERIFY(h.clickNext());
    QTest::mouseClick(h.find<QPushButton>(QStringLiteral("saveButton")), Qt::LeftButton);
    QTRY_COMPARE(h.wizard().savePage()->state(), SavePage::State::Saved);
    QVERIFY(h.clickNext()); // company mapping, optional
    QVERIFY(h.clickNext());
    IntegrationsPage *page = h.wizard().integrationsPage();
    h.sandbox().setLatencyMs(3000);
    auto *serviceDesk = h.find<QCheckBox>(QStringLiteral("serviceDeskSwitch"));
    QTest::mouseClick(serviceDesk, Qt::LeftButton);
    QVERIFY(page->isBusy());
    QTest::mouseClick(h.find<QPushButton>(QStringLiteral("featureRetryButton")), Qt::LeftButton);
    QVERIFY(!page->isBusy());
    QVERIFY(!h.context().isChecking());
    QVERIFY(!serviceDesk->isChecked());
    QVERIFY(serviceDesk->isEnabled());
}

QTEST_MAIN(TestCheckingCancel)
#include "tst_checkingcancel.moc"

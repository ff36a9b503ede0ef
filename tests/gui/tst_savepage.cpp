// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
// Keychain failures on the Save page are explained inline, with a retry.
#include "wizardharness.h"

#include "pages/savepage.h"
#include "widgets/inlinenotice.h"

#include <QPushButton>

class TestSavePage : public QObject
{
    Q_OBJECT
private slots:
    void keychainFailureShownInline_data();
    void keychainFailureShownInline();
    void sessionOnlyContinuesWithoutSaving();
    void invalidNameBlocksSave();
    void typedNameSurvivesBack();
};

void TestSavePage::keychainFailureShownInline_data()
{
    QTest::addColumn<int>("error");
    QTest::newRow("no-backend") << int(SecretError::NoBackendAvailable);
    QTest::newRow("access-denied-by-user") << int(SecretError::AccessDeniedByUser);
    QTest::newRow("access-denied") << int(SecretError::AccessDenied);
    QTest::newRow("other") << int(SecretError::OtherError);
}

void TestSavePage::keychainFailureShownInline()
{
    QFETCH(int, error);
    WizardHarness h(QStringLiteral("ready"));
    QVERIFY(h.runToCheckingDone());
    QVERIFY(h.clickNext());
    QCOMPARE(h.currentId(), int(SetupWizard::SavePageId));
    SavePage *page = h.wizard().savePage();
    h.secrets().failNext(QStringLiteral("write"), SecretError(error));
    QTest::mouseClick(h.find<QAbstractButton>(QStringLiteral("saveButton")), Qt::LeftButton);
    QTRY_COMPARE(page->state(), SavePage::State::Failed);

    auto *notice = h.find<InlineNotice>(QStringLiteral("saveNotice"));
    QCOMPARE(notice->kind(), InlineNotice::Kind::Error);
    QVERIFY(!page->lastResult().message.isEmpty());
    QVERIFY(notice->text().contains(page->lastResult().message.toHtmlEscaped().left(20)));
    QVERIFY(!notice->text().contains(h.sandbox().scenario().privateKey));
    QVERIFY(!h.nextButton()->isEnabled());
    QVERIFY(!h.profiles().profile(page->connectionName()));

    // Retry, next to the error, succeeds once the keychain answers.
    auto *retry = h.find<QPushButton>(QStringLiteral("saveRetryButton"));
    QVERIFY(retry->isVisible());
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_COMPARE(page->state(), SavePage::State::Saved);
    QVERIFY(h.nextButton()->isEnabled());
    QVERIFY(h.profiles().profile(page->connectionName()));
}

void TestSavePage::sessionOnlyContinuesWithoutSaving()
{
    WizardHarness h(QStringLiteral("ready"));
    QVERIFY(h.runToCheckingDone());
    QVERIFY(h.clickNext());
    SavePage *page = h.wizard().savePage();
    h.secrets().failNext(QStringLiteral("write"), SecretError::NoBackendAvailable);
    QTest::mouseClick(h.find<QAbstractButton>(QStringLiteral("saveButton")), Qt::LeftButton);
    QTRY_COMPARE(page->state(), SavePage::State::Failed);
    auto *sessionOnly = h.find<QAbstractButton>(QStringLiteral("sessionOnlyButton"));
    QVERIFY(sessionOnly->isVisible());
    QTest::mouseClick(sessionOnly, Qt::LeftButton);
    QCOMPARE(page->state(), SavePage::State::SessionOnly);
    QVERIFY(h.clickNext());
    QCOMPARE(h.currentId(), int(SetupWizard::MappingPageId));
    QVERIFY(h.clickNext()); // company mapping is optional
    QCOMPARE(h.currentId(), int(SetupWizard::IntegrationsPageId));
    QVERIFY(h.secrets().entries().isEmpty());
    QVERIFY(h.profiles().profileNames().isEmpty());
}

void TestSavePage::invalidNameBlocksSave()
{
    WizardHarness h(QStringLiteral("ready"));
    QVERIFY(h.runToCheckingDone());
    QVERIFY(h.clickNext());
    auto *name = h.find<QLineEdit>(QStringLiteral("connectionNameEdit"));
    WizardHarness::typeInto(name, QString());
    QVERIFY(!h.find<QAbstractButton>(QStringLiteral("saveButton"))->isEnabled());
    QVERIFY(h.find<InlineNotice>(QStringLiteral("nameNotice"))->isActive());
    WizardHarness::typeInto(name, QStringLiteral("Main office"));
    QVERIFY(h.find<QAbstractButton>(QStringLiteral("saveButton"))->isEnabled());
    QVERIFY(!h.find<InlineNotice>(QStringLiteral("nameNotice"))->isActive());
}

void TestSavePage::typedNameSurvivesBack()
{
    WizardHarness h(QStringLiteral("ready"));
    QVERIFY(h.runToCheckingDone());
    QVERIFY(h.clickNext());
    auto *name = h.find<QLineEdit>(QStringLiteral("connectionNameEdit"));
    QVERIFY(!name->text().isEmpty()); // a suggestion
    WizardHarness::typeInto(name, QStringLiteral("Head office"));
    QTest::mouseClick(h.backButton(), Qt::LeftButton);
    QVERIFY(h.clickNext());
    QCOMPARE(name->text(), QStringLiteral("Head office"));
}

QTEST_MAIN(TestSavePage)
#include "tst_savepage.moc"

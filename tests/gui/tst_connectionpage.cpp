// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
// The Connection details page: inline validation as you type, the masked key, the background
// company lookup, and nothing lost when going Back.
#include "wizardharness.h"

#include "pages/connectionpage.h"
#include "widgets/inlinenotice.h"

#include <QLabel>
#include <QPushButton>
#include <QToolButton>

class TestConnectionPage : public QObject
{
    Q_OBJECT
private slots:
    void inlineValidation_data();
    void inlineValidation();
    void freshPageShowsNoErrors();
    void privateKeyMaskedWithToggle();
    void pastedWhitespaceTrimmedAndSaid();
    void helpShownOnDemand();
    void lookupRunsBeforeNext();
    void lookupUnknownCompanyWithRetry();
    void backKeepsWhatWasTyped();

private:
    static void openPage(WizardHarness &h);
};

void TestConnectionPage::openPage(WizardHarness &h)
{
    QVERIFY(h.clickNext());
    QVERIFY(h.clickNext());
    QCOMPARE(h.currentId(), int(SetupWizard::ConnectionPageId));
}

void TestConnectionPage::inlineValidation_data()
{
    QTest::addColumn<QString>("field"); ///< object name of the edit
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("notice"); ///< object name of the notice that must show an error
    QTest::newRow("http-not-https") << "siteEdit"
                                    << "http://na.myconnectwise.net"
                                    << "siteNotice";
    QTest::newRow("site-with-credentials") << "siteEdit"
                                           << "https://user:pw@na.myconnectwise.net"
                                           << "siteNotice";
    QTest::newRow("ftp-scheme") << "siteEdit"
                                << "ftp://na.myconnectwise.net"
                                << "siteNotice";
    QTest::newRow("company-with-spaces") << "companyIdEdit"
                                         << "acme corp"
                                         << "companyIdNotice";
    QTest::newRow("public-key-typed-then-cleared") << "publicKeyEdit"
                                                   << ""
                                                   << "publicKeyNotice";
}

void TestConnectionPage::inlineValidation()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(QString, notice);
    WizardHarness h;
    openPage(h);
    h.typeSandboxDetails();
    QVERIFY(h.nextButton()->isEnabled());
    auto *edit = h.find<QLineEdit>(field);
    WizardHarness::typeInto(edit, text);
    auto *shown = h.find<InlineNotice>(notice);
    QCOMPARE(shown->kind(), InlineNotice::Kind::Error);
    QVERIFY(shown->isActive());
    QVERIFY(!h.nextButton()->isEnabled());
    // Fixing the value clears the error and enables Next again.
    h.typeSandboxDetails();
    QVERIFY(!shown->isActive() || shown->kind() != InlineNotice::Kind::Error);
    QVERIFY(h.nextButton()->isEnabled());
}

void TestConnectionPage::freshPageShowsNoErrors()
{
    WizardHarness h;
    openPage(h);
    for (const QString &name : { QStringLiteral("companyIdNotice"), QStringLiteral("siteNotice"),
             QStringLiteral("publicKeyNotice"), QStringLiteral("privateKeyNotice") })
        QVERIFY2(!h.find<InlineNotice>(name)->isActive(), qPrintable(name));
    QVERIFY(!h.nextButton()->isEnabled());
}

void TestConnectionPage::privateKeyMaskedWithToggle()
{
    WizardHarness h;
    openPage(h);
    auto *edit = h.find<QLineEdit>(QStringLiteral("privateKeyEdit"));
    auto *toggle = h.find<QToolButton>(QStringLiteral("showPrivateKeyButton"));
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
    QTest::mouseClick(toggle, Qt::LeftButton);
    QCOMPARE(edit->echoMode(), QLineEdit::Normal);
    QCOMPARE(toggle->accessibleName(), QStringLiteral("Hide the key"));
    QTest::mouseClick(toggle, Qt::LeftButton);
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
}

void TestConnectionPage::pastedWhitespaceTrimmedAndSaid()
{
    WizardHarness h;
    openPage(h);
    auto *edit = h.find<QLineEdit>(QStringLiteral("privateKeyEdit"));
    edit->setFocus();
    // A paste arrives as one edit.
    edit->insert(QStringLiteral("  SbxPrivateKey001\n"));
    QCOMPARE(edit->text(), QStringLiteral("SbxPrivateKey001"));
    auto *notice = h.find<InlineNotice>(QStringLiteral("privateKeyNotice"));
    QVERIFY(notice->isActive());
    QVERIFY(notice->text().contains(QStringLiteral("removed")));
}

void TestConnectionPage::helpShownOnDemand()
{
    WizardHarness h;
    openPage(h);
    auto *help = h.find<QLabel>(QStringLiteral("companyIdHelpLabel"));
    QVERIFY(!help->isVisible());
    QTest::mouseClick(h.find<QToolButton>(QStringLiteral("companyIdHelpButton")), Qt::LeftButton);
    QVERIFY(help->isVisible());
    QVERIFY(help->text().contains(QStringLiteral("My Company")));
}

void TestConnectionPage::lookupRunsBeforeNext()
{
    WizardHarness h;
    openPage(h);
    WizardHarness::typeInto(
        h.find<QLineEdit>(QStringLiteral("siteEdit")), h.sandbox().siteUrl().toString());
    WizardHarness::typeInto(
        h.find<QLineEdit>(QStringLiteral("companyIdEdit")), h.sandbox().scenario().companyId);
    // No keys yet, Next disabled: the lookup still runs.
    QVERIFY(!h.nextButton()->isEnabled());
    ConnectionPage *page = h.wizard().connectionPage();
    QTRY_COMPARE(page->lookupState(), ConnectionPage::LookupState::Found);
    auto *notice = h.find<InlineNotice>(QStringLiteral("lookupNotice"));
    QCOMPARE(notice->kind(), InlineNotice::Kind::Success);
    QVERIFY2(notice->text().contains(QStringLiteral("Sandbox MSP, ConnectWise v2025.1")),
        qPrintable(notice->text()));
    QCOMPARE(page->lookedUpCompany().companyName, QStringLiteral("Sandbox MSP"));
    // Exactly one lookup for one site and company, however many keys were typed.
    int lookups = 0;
    for (const LedgerEntry &entry : h.sandbox().ledger())
        lookups += entry.target.contains(QStringLiteral("companyinfo")) ? 1 : 0;
    QCOMPARE(lookups, 1);
}

void TestConnectionPage::lookupUnknownCompanyWithRetry()
{
    WizardHarness h;
    openPage(h);
    WizardHarness::typeInto(
        h.find<QLineEdit>(QStringLiteral("siteEdit")), h.sandbox().siteUrl().toString());
    WizardHarness::typeInto(
        h.find<QLineEdit>(QStringLiteral("companyIdEdit")), QStringLiteral("nosuchcompany"));
    ConnectionPage *page = h.wizard().connectionPage();
    QTRY_COMPARE(page->lookupState(), ConnectionPage::LookupState::Failed);
    auto *notice = h.find<InlineNotice>(QStringLiteral("lookupNotice"));
    QCOMPARE(notice->kind(), InlineNotice::Kind::Error);
    QVERIFY(!notice->text().isEmpty());
    auto *retry = h.find<QPushButton>(QStringLiteral("lookupRetryButton"));
    QVERIFY(retry->isVisible());
    QTest::mouseClick(retry, Qt::LeftButton);
    QCOMPARE(page->lookupState(), ConnectionPage::LookupState::Running);
    QTRY_COMPARE(page->lookupState(), ConnectionPage::LookupState::Failed);
}

void TestConnectionPage::backKeepsWhatWasTyped()
{
    WizardHarness h;
    openPage(h);
    h.typeSandboxDetails();
    QTest::mouseClick(h.backButton(), Qt::LeftButton);
    QTest::mouseClick(h.backButton(), Qt::LeftButton);
    QCOMPARE(h.currentId(), int(SetupWizard::WelcomePageId));
    QVERIFY(h.clickNext());
    QVERIFY(h.clickNext());
    const Scenario &s = h.sandbox().scenario();
    QCOMPARE(h.find<QLineEdit>(QStringLiteral("companyIdEdit"))->text(), s.companyId);
    QCOMPARE(
        h.find<QLineEdit>(QStringLiteral("siteEdit"))->text(), h.sandbox().siteUrl().toString());
    QCOMPARE(h.find<QLineEdit>(QStringLiteral("publicKeyEdit"))->text(), s.publicKey);
    QCOMPARE(h.find<QLineEdit>(QStringLiteral("privateKeyEdit"))->text(), s.privateKey);
    QVERIFY(h.nextButton()->isEnabled());
}

QTEST_MAIN(TestConnectionPage)
#include "tst_connectionpage.moc"

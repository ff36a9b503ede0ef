// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
// The Welcome page: features, the sandbox link, and saved connections.
#include "wizardharness.h"

#include "models/checkstatusmodel.h"
#include "pages/checkingpage.h"
#include "pages/welcomepage.h"
#include "widgets/inlinenotice.h"

#include <QCheckBox>
#include <QCommandLinkButton>
#include <QListWidget>

namespace {
// Clicks the box itself: the widget is as wide as the page, its centre is empty space.
void clickBox(QCheckBox *box)
{
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(8, box->height() / 2));
}
} // namespace

class TestWelcomePage : public QObject
{
    Q_OBJECT
private slots:
    void atLeastOneFeature();
    void featuresReachTheContext();
    void sandboxLinkConnectsAndPrefills();
    void savedConnectionRecheck();
    void savedConnectionKeychainFailureInline();
    void savedConnectionEditOpensDetails();
    void reopeningOffersSavedConnection();

private:
    static void saveSandboxProfile(WizardHarness &h, const QString &name);
};

void TestWelcomePage::atLeastOneFeature()
{
    WizardHarness h;
    auto *billing = h.find<QCheckBox>(QStringLiteral("billingCheck"));
    auto *serviceDesk = h.find<QCheckBox>(QStringLiteral("serviceDeskCheck"));
    QVERIFY(h.nextButton()->isEnabled());
    clickBox(billing);
    clickBox(serviceDesk);
    QVERIFY(!h.nextButton()->isEnabled());
    QVERIFY(h.find<InlineNotice>(QStringLiteral("featuresNotice"))->isActive());
    clickBox(serviceDesk);
    QVERIFY(h.nextButton()->isEnabled());
    QVERIFY(!h.find<InlineNotice>(QStringLiteral("featuresNotice"))->isActive());
}

void TestWelcomePage::featuresReachTheContext()
{
    WizardHarness h;
    clickBox(h.find<QCheckBox>(QStringLiteral("serviceDeskCheck")));
    QVERIFY(h.clickNext());
    QCOMPARE(h.context().features(), QStringList { QStringLiteral("billing") });
}

void TestWelcomePage::sandboxLinkConnectsAndPrefills()
{
    WizardHarness h(QStringLiteral("ready"));
    auto *link = h.find<QCommandLinkButton>(QStringLiteral("sandboxButton"));
    QVERIFY(link->isVisible());
    QTest::mouseClick(link, Qt::LeftButton);
    QCOMPARE(h.currentId(), int(SetupWizard::PreparePageId));
    QVERIFY(h.context().isSandbox());
    QVERIFY(h.wizard().windowTitle().contains(QStringLiteral("sandbox: ready")));
    QVERIFY(h.clickNext());
    QCOMPARE(
        h.find<QLineEdit>(QStringLiteral("siteEdit"))->text(), h.sandbox().siteUrl().toString());
    QCOMPARE(h.find<QLineEdit>(QStringLiteral("companyIdEdit"))->text(),
        h.sandbox().scenario().companyId);
    QCOMPARE(h.find<QLineEdit>(QStringLiteral("privateKeyEdit"))->text(),
        h.sandbox().scenario().privateKey);
    QVERIFY(h.nextButton()->isEnabled());
    QVERIFY(h.context().suggestedProfileName().contains(QStringLiteral("Sandbox")));
}

void TestWelcomePage::saveSandboxProfile(WizardHarness &h, const QString &name)
{
    const Scenario &s = h.sandbox().scenario();
    ConnectionProfile profile;
    profile.name = name;
    profile.site = h.sandbox().siteUrl().toString();
    profile.loginHost = QStringLiteral("127.0.0.1");
    profile.companyId = s.companyId;
    profile.features = { QStringLiteral("billing") };
    profile.connected = true;
    profile.keychainAccount = profile.defaultKeychainAccount();
    QVERIFY(h.profiles().saveProfile(profile, nullptr));
    QVERIFY(h.profiles().setDefaultProfileName(name, nullptr));
    const QString account = profile.effectiveKeychainAccount();
    h.secrets().setEntries({
        { ConnectionProfile::publicKeyEntry(account), s.publicKey.toUtf8() },
        { ConnectionProfile::privateKeyEntry(account), s.privateKey.toUtf8() },
    });
    h.wizard().welcomePage()->refreshSavedConnections();
}

void TestWelcomePage::savedConnectionRecheck()
{
    WizardHarness h(QStringLiteral("ready"));
    saveSandboxProfile(h, QStringLiteral("Main office"));
    auto *list = h.find<QListWidget>(QStringLiteral("savedConnectionsView"));
    QVERIFY(list->isVisibleTo(&h.wizard()));
    QCOMPARE(h.wizard().welcomePage()->savedConnections(),
        QStringList { QStringLiteral("Main office") });
    QTest::mouseClick(
        h.find<QAbstractButton>(QStringLiteral("recheckSavedButton")), Qt::LeftButton);
    QTRY_COMPARE(h.currentId(), int(SetupWizard::CheckingPageId));
    CheckingPage *page = h.wizard().checkingPage();
    QTRY_COMPARE_WITH_TIMEOUT(page->state(), CheckingPage::State::Finished, 10000);
    // The saved features were re-checked with the keys from the keychain.
    QCOMPARE(h.context().features(), QStringList { QStringLiteral("billing") });
    QCOMPARE(page->model()->row(QStringLiteral("keys")).status, StatusKind::Granted);
    QCOMPARE(h.context().profileName(), QStringLiteral("Main office"));
}

void TestWelcomePage::savedConnectionKeychainFailureInline()
{
    WizardHarness h(QStringLiteral("ready"));
    saveSandboxProfile(h, QStringLiteral("Main office"));
    h.secrets().failNext(QStringLiteral("read"), SecretError::NoBackendAvailable);
    QTest::mouseClick(
        h.find<QAbstractButton>(QStringLiteral("recheckSavedButton")), Qt::LeftButton);
    auto *notice = h.find<InlineNotice>(QStringLiteral("savedNotice"));
    QTRY_COMPARE(notice->kind(), InlineNotice::Kind::Error);
    QCOMPARE(h.currentId(), int(SetupWizard::WelcomePageId));
    QVERIFY(notice->actionButton()->isVisible());
    // Retry reads again and goes on.
    QTest::mouseClick(notice->actionButton(), Qt::LeftButton);
    QTRY_COMPARE(h.currentId(), int(SetupWizard::CheckingPageId));
}

void TestWelcomePage::savedConnectionEditOpensDetails()
{
    WizardHarness h(QStringLiteral("ready"));
    saveSandboxProfile(h, QStringLiteral("Main office"));
    QTest::mouseClick(h.find<QAbstractButton>(QStringLiteral("editSavedButton")), Qt::LeftButton);
    QTRY_COMPARE(h.currentId(), int(SetupWizard::ConnectionPageId));
    QCOMPARE(h.find<QLineEdit>(QStringLiteral("companyIdEdit"))->text(),
        h.sandbox().scenario().companyId);
    QCOMPARE(h.find<QLineEdit>(QStringLiteral("publicKeyEdit"))->text(),
        h.sandbox().scenario().publicKey);
}

void TestWelcomePage::reopeningOffersSavedConnection()
{
    WizardHarness first(QStringLiteral("ready"));
    QVERIFY(first.runToCheckingDone());
    QVERIFY(first.clickNext());
    QTest::mouseClick(first.find<QAbstractButton>(QStringLiteral("saveButton")), Qt::LeftButton);
    QTRY_VERIFY(first.nextButton()->isEnabled());
    const QString name = first.context().profileName();
    first.wizard().close();

    // The app opens again with the same settings file and keychain.
    WizardHarness second(QStringLiteral("ready"), &first.secrets(), first.iniPath());
    QCOMPARE(second.wizard().welcomePage()->savedConnections(), QStringList { name });
    QTest::mouseClick(
        second.find<QAbstractButton>(QStringLiteral("recheckSavedButton")), Qt::LeftButton);
    QTRY_COMPARE(second.currentId(), int(SetupWizard::CheckingPageId));
    CheckingPage *page = second.wizard().checkingPage();
    QTRY_COMPARE_WITH_TIMEOUT(page->state(), CheckingPage::State::Finished, 10000);
    QCOMPARE(page->model()->row(QStringLiteral("keys")).status, StatusKind::Granted);
}

QTEST_MAIN(TestWelcomePage)
#include "tst_welcomepage.moc"

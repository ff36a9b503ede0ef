// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
// The Save page and Disconnect with the real OS keychain (QtKeychain): once inside a private
// D-Bus session with an unlocked gnome-keyring, once without any session bus, where the
// keychain cannot be reached and the page must say so inline.
#include "wizardharness.h"

#include "keychainsecretstore.h"
#include "pages/integrationspage.h"
#include "pages/savepage.h"
#include "widgets/inlinenotice.h"

#include <QSignalSpy>

class TestSaveKeychain : public QObject
{
    Q_OBJECT
private slots:
    void saveWithRealKeychain();
};

void TestSaveKeychain::saveWithRealKeychain()
{
    KeychainSecretStore keychain(QStringLiteral("io.phinsec.CwSetup.tests"));
    WizardHarness h(QStringLiteral("ready"), &keychain);
    QVERIFY(h.runToCheckingDone());
    QVERIFY(h.clickNext());
    SavePage *page = h.wizard().savePage();
    QTest::mouseClick(h.find<QAbstractButton>(QStringLiteral("saveButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->state() != SavePage::State::Saving, 20000);
#if PHIN_EXPECT_KEYCHAIN
    QCOMPARE(page->state(), SavePage::State::Saved);
    // The key is really in the keychain, under the profile's account.
    const auto profile = h.profiles().profile(h.context().profileName());
    QVERIFY(profile);
    const QString entry = ConnectionProfile::privateKeyEntry(profile->effectiveKeychainAccount());
    SecretResult read;
    bool done = false;
    keychain.read(entry, this, [&](const SecretResult &r) {
        read = r;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    QVERIFY2(read.ok(), qPrintable(read.errorString));
    QCOMPARE(read.secret, h.sandbox().scenario().privateKey.toUtf8());

    // Disconnect removes it again (past the optional company mapping).
    QVERIFY(h.clickNext());
    QVERIFY(h.clickNext());
    QTest::mouseClick(h.find<QAbstractButton>(QStringLiteral("disconnectButton")), Qt::LeftButton);
    QTest::mouseClick(
        h.find<QAbstractButton>(QStringLiteral("confirmDisconnectButton")), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(h.wizard().integrationsPage()->isDisconnected(), 20000);
    done = false;
    keychain.read(entry, this, [&](const SecretResult &r) {
        read = r;
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 20000);
    QCOMPARE(read.error, SecretError::EntryNotFound);
#else
    // No session bus: the failure is explained next to the Save button, with what to do.
    QCOMPARE(page->state(), SavePage::State::Failed);
    auto *notice = h.find<InlineNotice>(QStringLiteral("saveNotice"));
    QCOMPARE(notice->kind(), InlineNotice::Kind::Error);
    QVERIFY(!page->lastResult().message.isEmpty());
    QVERIFY2(page->lastResult().error == VaultError::NoSessionBus
            || page->lastResult().error == VaultError::NoKeychainService,
        qPrintable(page->lastResult().message));
    QVERIFY(h.find<QAbstractButton>(QStringLiteral("saveRetryButton"))->isVisible());
    QVERIFY(h.find<QAbstractButton>(QStringLiteral("sessionOnlyButton"))->isVisible());
    QVERIFY(!h.nextButton()->isEnabled());
#endif
}

QTEST_MAIN(TestSaveKeychain)
#include "tst_savekeychain.moc"

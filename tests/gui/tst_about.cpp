// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizardharness.h"

#include "buildinfo.h"

#include <QAbstractButton>
#include <QMessageBox>
#include <QTest>

/// The About box names the exact build (version, commit, Qt, QtKeychain) from any page,
/// without blocking the wizard.
class TestAbout : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aboutNamesTheBuild()
    {
        WizardHarness h;
        auto *about = h.find<QAbstractButton>(QStringLiteral("aboutButton"));
        QVERIFY(about);
        QVERIFY(about->isVisible());
        QVERIFY(!about->accessibleName().isEmpty());
        QTest::mouseClick(about, Qt::LeftButton);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = h.wizard().findChild<QMessageBox *>(QStringLiteral("aboutBox"))));
        QTRY_VERIFY(box->isVisible());
        QVERIFY(box->text().contains(BuildInfo::versionText(QStringLiteral("phin-cw-setup"))));
        QVERIFY(box->text().contains(BuildInfo::commit()));
        QVERIFY(box->text().contains(QStringLiteral("QtKeychain")));
        // Not blocking: the wizard still answers while the box is open.
        QVERIFY(h.clickNext());
        box->button(QMessageBox::Close)->click();
        QTRY_VERIFY(!h.wizard().findChild<QMessageBox *>(QStringLiteral("aboutBox")));
    }

    // The button has no mnemonic (it is on every page), so F1 is its keyboard path.
    void f1OpensAbout()
    {
        WizardHarness h;
        h.wizard().activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&h.wizard()));
        QTest::keyClick(&h.wizard(), Qt::Key_F1);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = h.wizard().findChild<QMessageBox *>(QStringLiteral("aboutBox"))));
        QTRY_VERIFY(box->isVisible());
        box->button(QMessageBox::Close)->click();
    }
};

QTEST_MAIN(TestAbout)
#include "tst_about.moc"

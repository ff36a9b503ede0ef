// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
// The Prepare page: tailored to the chosen features, every line from the catalog, copyable.
#include "wizardharness.h"

#include "pages/preparepage.h"
#include "widgets/inlinenotice.h"

#include <QCheckBox>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>

class TestPreparePage : public QObject
{
    Q_OBJECT
private slots:
    void tailoredToFeatures_data();
    void tailoredToFeatures();
    void copyButtons();
};

void TestPreparePage::tailoredToFeatures_data()
{
    QTest::addColumn<QStringList>("features");
    QTest::addColumn<QString>("mustShow");
    QTest::addColumn<QString>("mustNotShow");
    QTest::addColumn<bool>("board");
    QTest::newRow("billing") << QStringList { QStringLiteral("billing") }
                             << "Finance > Agreements > Edit Level (All)"
                             << "Service Desk > Service Tickets > Add Level (All)" << false;
    QTest::newRow("service-desk") << QStringList { QStringLiteral("service-desk") }
                                  << "Companies > Manage Attachments > Add Level (All)"
                                  << "Finance > Agreements > Edit Level (All)" << true;
    QTest::newRow("both") << QStringList { QStringLiteral("billing"),
        QStringLiteral("service-desk") }
                          << "Companies > Company Maintenance > Inquire Level (All)" << QString()
                          << true;
}

void TestPreparePage::tailoredToFeatures()
{
    QFETCH(QStringList, features);
    QFETCH(QString, mustShow);
    QFETCH(QString, mustNotShow);
    QFETCH(bool, board);
    WizardHarness h;
    h.find<QCheckBox>(QStringLiteral("billingCheck"))
        ->setChecked(features.contains(QStringLiteral("billing")));
    h.find<QCheckBox>(QStringLiteral("serviceDeskCheck"))
        ->setChecked(features.contains(QStringLiteral("service-desk")));
    QVERIFY(h.clickNext());
    QCOMPARE(h.currentId(), int(SetupWizard::PreparePageId));
    PreparePage *page = h.wizard().preparePage();

    // One line per catalog permission row that a chosen feature needs.
    int expected = 0;
    for (const CatalogEntry &entry : h.catalog().entries()) {
        bool wanted = false;
        for (const QString &f : entry.features)
            wanted = wanted || features.contains(f);
        expected += (wanted && entry.kind == CheckKind::Permission) ? 1 : 0;
    }
    QCOMPARE(page->permissionLines().size(), expected);
    QVERIFY(page->permissionLines().contains(mustShow));
    if (!mustNotShow.isEmpty())
        QVERIFY(!page->permissionLines().contains(mustNotShow));
    QCOMPARE(page->needsDefaultBoard(), board);
    QCOMPARE(h.wizard().findChildren<QPushButton *>(QStringLiteral("copyPermissionButton")).size(),
        expected);
    auto *steps = h.find<QLabel>(QStringLiteral("memberStepsLabel"));
    QCOMPARE(steps->text().contains(QStringLiteral("Default Board")), board);
    // The Admin shortcut is stated.
    QVERIFY(h.find<InlineNotice>(QStringLiteral("adminNotice"))
                ->text()
                .contains(QStringLiteral("Admin")));
}

void TestPreparePage::copyButtons()
{
    WizardHarness h;
    QVERIFY(h.clickNext());
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(h.find<QPushButton>(QStringLiteral("copyRoleNameButton")), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), PreparePage::roleName());
    QCOMPARE(PreparePage::roleName(), QStringLiteral("Phin Integration"));

    const auto buttons
        = h.wizard().findChildren<QPushButton *>(QStringLiteral("copyPermissionButton"));
    QVERIFY(!buttons.isEmpty());
    const QStringList lines = h.wizard().preparePage()->permissionLines();
    for (int i = 0; i < buttons.size(); ++i) {
        QTest::mouseClick(buttons.at(i), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), lines.at(i));
    }
    QTest::mouseClick(
        h.find<QPushButton>(QStringLiteral("copyAllPermissionsButton")), Qt::LeftButton);
    QCOMPARE(QGuiApplication::clipboard()->text(), lines.join(QLatin1Char('\n')));
    QVERIFY(h.find<InlineNotice>(QStringLiteral("copyNotice"))->isActive());
}

QTEST_MAIN(TestPreparePage)
#include "tst_preparepage.moc"

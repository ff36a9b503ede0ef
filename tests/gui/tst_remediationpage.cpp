// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
// The remediation page for each sandbox scenario that leaves something to fix.
#include "wizardharness.h"

#include "models/checkstatusmodel.h"
#include "pages/checkingpage.h"
#include "pages/remediationpage.h"
#include "widgets/inlinenotice.h"

#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QGuiApplication>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTreeWidget>

class TestRemediationPage : public QObject
{
    Q_OBJECT
private slots:
    void listsOnlyWhatNeedsDoing_data();
    void listsOnlyWhatNeedsDoing();
    void copyStepsPutsPlainTextOnClipboard();
    void saveReportWritesRedactedFormats_data();
    void saveReportWritesRedactedFormats();
    void saveReportFailureShownInline();
    void saveReportButtonOpensNonModalChooser();
    void recheckAfterRoleFixedShowsChanges();

private:
    static QStringList needingAction(const CheckStatusModel *model);
};

QStringList TestRemediationPage::needingAction(const CheckStatusModel *model)
{
    QStringList ids;
    for (const StatusRow &row : model->rows()) {
        if (statusNeedsAction(row.status))
            ids << row.id;
    }
    return ids;
}

void TestRemediationPage::listsOnlyWhatNeedsDoing_data()
{
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("expectedId"); ///< one check the scenario is built to break
    QTest::addColumn<QString>("expectedGroup"); ///< where it is fixed
    QTest::newRow("missing-attachments") << "missing-attachments"
                                         << "companies.manage-attachments.add"
                                         << "Security role";
    QTest::newRow("billing-only-role") << "billing-only-role"
                                       << "service-desk.service-tickets.add"
                                       << "Security role";
    QTest::newRow("no-default-board") << "no-default-board"
                                      << "member.default-board"
                                      << "API member";
    QTest::newRow("inquire-my-only") << "inquire-my-only"
                                     << "companies.company-maintenance.inquire"
                                     << "Security role";
}

void TestRemediationPage::listsOnlyWhatNeedsDoing()
{
    QFETCH(QString, scenario);
    QFETCH(QString, expectedId);
    QFETCH(QString, expectedGroup);
    WizardHarness h(scenario);
    QVERIFY(h.runToCheckingDone());
    const auto *model = h.wizard().checkingPage()->model();
    const QStringList broken = needingAction(model);
    QVERIFY2(broken.contains(expectedId), qPrintable(broken.join(QLatin1Char(','))));

    QVERIFY(h.clickNext());
    QCOMPARE(h.currentId(), int(SetupWizard::RemediationPageId));
    RemediationPage *page = h.wizard().remediationPage();
    QStringList listed = page->listedCheckIds();
    QStringList expected = broken;
    listed.sort();
    expected.sort();
    QCOMPARE(listed, expected);

    auto *view = h.find<QTreeWidget>(QStringLiteral("remediationView"));
    bool found = false;
    for (int g = 0; g < view->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = view->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            if (group->child(i)->data(0, Qt::UserRole + 1).toString() == expectedId) {
                found = true;
                QVERIFY2(group->text(0).startsWith(expectedGroup), qPrintable(group->text(0)));
                QVERIFY(!group->child(i)->text(2).isEmpty()); // the features it blocks
            }
        }
    }
    QVERIFY(found);
    // Open items do not stop people from saving the connection.
    QVERIFY(h.nextButton()->isEnabled());
}

void TestRemediationPage::copyStepsPutsPlainTextOnClipboard()
{
    WizardHarness h(QStringLiteral("missing-attachments"));
    QVERIFY(h.runToCheckingDone());
    QVERIFY(h.clickNext());
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(h.find<QAbstractButton>(QStringLiteral("copyStepsButton")), Qt::LeftButton);
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY(!copied.isEmpty());
    QCOMPARE(copied, h.wizard().remediationPage()->stepsText());
    QVERIFY(copied.contains(QStringLiteral("Manage Attachments")));
    QVERIFY(!copied.contains(QLatin1Char('<'))); // plain text, not HTML
    QVERIFY(h.find<InlineNotice>(QStringLiteral("actionNotice"))->isActive());
}

void TestRemediationPage::saveReportWritesRedactedFormats_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("marker");
    QTest::newRow("markdown") << int(RemediationPage::ReportFormat::Markdown) << "report.md"
                              << "#";
    QTest::newRow("json") << int(RemediationPage::ReportFormat::Json) << "report.json"
                          << "\"schemaVersion\"";
    QTest::newRow("html") << int(RemediationPage::ReportFormat::Html) << "report.html"
                          << "<html";
}

void TestRemediationPage::saveReportWritesRedactedFormats()
{
    QFETCH(int, format);
    QFETCH(QString, fileName);
    QFETCH(QString, marker);
    WizardHarness h(QStringLiteral("missing-attachments"));
    QVERIFY(h.runToCheckingDone());
    QVERIFY(h.clickNext());
    QTemporaryDir dir;
    const QString path = dir.filePath(fileName);
    QVERIFY(h.wizard().remediationPage()->saveReport(path, RemediationPage::ReportFormat(format)));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY2(text.contains(marker, Qt::CaseInsensitive), qPrintable(text.left(200)));
    QVERIFY(text.contains(QStringLiteral("phinsandbox")));
    const Scenario &s = h.sandbox().scenario();
    QVERIFY(!text.contains(s.privateKey));
    QVERIFY(!text.contains(s.publicKey)); // only its last four characters may appear
    QVERIFY(h.find<InlineNotice>(QStringLiteral("actionNotice"))->kind()
        == InlineNotice::Kind::Success);
}

void TestRemediationPage::saveReportFailureShownInline()
{
    WizardHarness h(QStringLiteral("missing-attachments"));
    QVERIFY(h.runToCheckingDone());
    QVERIFY(h.clickNext());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no/such/folder/report.md"));
    QVERIFY(
        !h.wizard().remediationPage()->saveReport(path, RemediationPage::ReportFormat::Markdown));
    auto *notice = h.find<InlineNotice>(QStringLiteral("actionNotice"));
    QCOMPARE(notice->kind(), InlineNotice::Kind::Error);
    QVERIFY(notice->actionButton()->isVisible());
}

void TestRemediationPage::saveReportButtonOpensNonModalChooser()
{
    WizardHarness h(QStringLiteral("missing-attachments"));
    QVERIFY(h.runToCheckingDone());
    QVERIFY(h.clickNext());
    QTest::mouseClick(h.find<QAbstractButton>(QStringLiteral("saveReportButton")), Qt::LeftButton);
    // The click returned: the chooser is window-modal at most, never a nested event loop.
    auto *dialog = h.wizard().findChild<QFileDialog *>(QStringLiteral("saveReportDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("chosen.json"));
    dialog->selectNameFilter(dialog->nameFilters().at(1));
    dialog->selectFile(path);
    QMetaObject::invokeMethod(dialog, "accept"); // what the dialog's Save button does
    QTRY_VERIFY(QFile::exists(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("\"schemaVersion\""));
}

void TestRemediationPage::recheckAfterRoleFixedShowsChanges()
{
    WizardHarness h(QStringLiteral("missing-attachments"));
    QVERIFY(h.runToCheckingDone());
    QVERIFY(h.clickNext());
    RemediationPage *page = h.wizard().remediationPage();
    QVERIFY(page->listedCheckIds().contains(QStringLiteral("companies.manage-attachments.add")));

    // The ConnectWise admin fixes the role; the technician re-checks.
    FunctionLevels &levels
        = h.sandbox().scenario().levels[QStringLiteral("Companies/Manage Attachments")];
    levels.inquire = QStringLiteral("All");
    levels.add = QStringLiteral("All");
    QTest::mouseClick(h.find<QAbstractButton>(QStringLiteral("recheckButton")), Qt::LeftButton);
    QVERIFY(page->isRechecking());
    QVERIFY(!h.nextButton()->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!page->isRechecking(), 10000);

    const QStringList changes = page->changes();
    QVERIFY2(changes.size() >= 2, qPrintable(changes.join(QLatin1Char('|'))));
    bool addFixed = false;
    for (const QString &change : changes) {
        addFixed = addFixed
            || (change.contains(QStringLiteral("Manage Attachments Add"))
                && change.contains(QStringLiteral("missing → granted")));
    }
    QVERIFY2(addFixed, qPrintable(changes.join(QLatin1Char('|'))));
    QVERIFY(h.find<InlineNotice>(QStringLiteral("changesNotice"))->isActive());
    QVERIFY(page->listedCheckIds().isEmpty());
    QVERIFY(h.nextButton()->isEnabled());
}

QTEST_MAIN(TestRemediationPage)
#include "tst_remediationpage.moc"

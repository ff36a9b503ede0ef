// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
// The wizard through success and every kind of failure (wrong private key, wrong public key,
// missing permissions, a server fault, a keychain failure, disconnect) with every Qt debug
// category on, scanned for the keys: every log line, the clipboard, every file written (reports
// in each format, the settings INI, the simulator's ledger) and the text, tool tip, accessible
// name and description and placeholder of every widget on every page after every step. Only
// the key fields hold the keys: the private key only in its password-mode line edit, the public
// key only in its own line edit. Anywhere else the private key may not appear at all, not even
// four characters of it, and the public key only as its last four characters.
#include "wizardharness.h"

#include "keyfragments.h"
#include "models/checkstatusmodel.h"
#include "pages/checkingpage.h"
#include "pages/mappingpage.h"
#include "pages/remediationpage.h"
#include "pages/savepage.h"
#include "widgets/inlinenotice.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDirIterator>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QWizardPage>

namespace {

// Distinctive keys, so that a leaked fragment cannot be mistaken for ordinary words.
const QByteArray kPublicKey = "Jw3Rt8Nc5Yb2Pq6D";
const QByteArray kPrivateKey = "Xk9Gm4Hs7Lv1Zf3T";
const QByteArray kWrongPublicKey = "Ea6Wn2Ku8Co4Mi1S";
const QByteArray kWrongPrivateKey = "Vb7Qy3Fj9Dr5Ht2L";

enum class Path {
    Success,
    WrongPrivateKey,
    WrongPublicKey,
    MissingPermissions,
    Fault,
    KeychainFailure,
    Disconnect
};

QStringList *g_log = nullptr;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (g_log)
        g_log->append(QString::fromLatin1(context.category ? context.category : "default")
            + QStringLiteral(": ") + message);
    // Only what would end the run goes on to the test log; the rest is scanned.
    if (g_previousHandler && (type == QtCriticalMsg || type == QtFatalMsg))
        g_previousHandler(type, context, message);
}

// Every text a widget shows or tells assistive technology, except a line edit's own text.
QStringList textsOf(QWidget *w)
{
    QStringList texts { w->toolTip(), w->whatsThis(), w->statusTip(), w->accessibleName(),
        w->accessibleDescription(), w->windowTitle() };
    if (auto *label = qobject_cast<QLabel *>(w))
        texts << label->text();
    if (auto *button = qobject_cast<QAbstractButton *>(w))
        texts << button->text();
    if (auto *edit = qobject_cast<QLineEdit *>(w))
        texts << edit->placeholderText();
    if (auto *edit = qobject_cast<QPlainTextEdit *>(w))
        texts << edit->toPlainText() << edit->placeholderText();
    if (auto *edit = qobject_cast<QTextEdit *>(w))
        texts << edit->toPlainText() << edit->placeholderText();
    if (auto *box = qobject_cast<QGroupBox *>(w))
        texts << box->title();
    if (auto *combo = qobject_cast<QComboBox *>(w))
        texts << combo->currentText();
    if (auto *bar = qobject_cast<QProgressBar *>(w))
        texts << bar->text();
    if (auto *page = qobject_cast<QWizardPage *>(w))
        texts << page->title() << page->subTitle();
    if (auto *view = qobject_cast<QAbstractItemView *>(w)) {
        const QAbstractItemModel *model = view->model();
        std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
            if (!model)
                return;
            for (int r = 0; r < model->rowCount(parent); ++r) {
                for (int c = 0; c < model->columnCount(parent); ++c) {
                    const QModelIndex index = model->index(r, c, parent);
                    for (const int role : { int(Qt::DisplayRole), int(Qt::ToolTipRole),
                             int(Qt::StatusTipRole), int(Qt::WhatsThisRole),
                             int(Qt::AccessibleTextRole), int(Qt::AccessibleDescriptionRole),
                             int(Qt::UserRole + 1), int(Qt::UserRole + 2), int(Qt::UserRole + 3) })
                        texts << index.data(role).toString();
                }
                walk(model->index(r, 0, parent));
            }
        };
        walk(view->rootIndex());
    }
    return texts;
}

} // namespace

// A failed scan ends the row there: the QTRY_ waits after it would give up at once and add
// failures that only repeat the first.
#define CHECKED(call)                                                                              \
    do {                                                                                           \
        call;                                                                                      \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)

Q_DECLARE_METATYPE(Path)

class TestGuiSecretHygiene : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyPath_data();
    void everyPath();
    void cleanupTestCase();

private:
    void scan(const QString &what, const QByteArray &data);
    void scanWidgets(const QString &step);
    void scanClipboard(const QString &step);
    void showEveryEvidence(WizardHarness &h, const QString &step);

    QStringList m_log;
    QList<QByteArray> m_forbidden;
    qint64 m_scannedBytes = 0;
    int m_scannedWidgets = 0;
};

void TestGuiSecretHygiene::initTestCase()
{
    m_forbidden = KeyFragments::forbidden(
        kPublicKey, { kPrivateKey, kWrongPrivateKey }, QStringLiteral("phinsandbox"));
    m_forbidden += KeyFragments::forbidden(
        kWrongPublicKey, { kPrivateKey, kWrongPrivateKey }, QStringLiteral("phinsandbox"));
    g_log = &m_log;
    g_previousHandler = qInstallMessageHandler(captureMessage);
}

void TestGuiSecretHygiene::cleanupTestCase()
{
    qInstallMessageHandler(g_previousHandler);
    g_log = nullptr;
    qInfo("scanned %lld bytes and %d widget states", m_scannedBytes, m_scannedWidgets);
}

void TestGuiSecretHygiene::scan(const QString &what, const QByteArray &data)
{
    m_scannedBytes += data.size();
    const QString found = KeyFragments::findIn(data, m_forbidden);
    QVERIFY2(found.isEmpty(), qPrintable(what + QStringLiteral(" contains ") + found));
}

void TestGuiSecretHygiene::scanWidgets(const QString &step)
{
    for (QWidget *w : QApplication::allWidgets()) {
        ++m_scannedWidgets;
        const QString what = step + QStringLiteral(": ")
            + QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ')
            + w->objectName();
        if (auto *edit = qobject_cast<QLineEdit *>(w)) {
            // The key fields hold what was typed; the private one shows only bullets.
            if (edit->objectName() == QLatin1String("privateKeyEdit"))
                QVERIFY2(edit->echoMode() == QLineEdit::Password, qPrintable(what));
            else if (edit->objectName() != QLatin1String("publicKeyEdit"))
                scan(what + QStringLiteral(" text"), edit->text().toUtf8());
        }
        scan(what, textsOf(w).join(QLatin1Char('\n')).toUtf8());
        if (QTest::currentTestFailed())
            return;
    }
}

void TestGuiSecretHygiene::scanClipboard(const QString &step)
{
    const QString text = QGuiApplication::clipboard()->text();
    QVERIFY2(!text.isEmpty(), qPrintable(step + QStringLiteral(": nothing was copied")));
    scan(step + QStringLiteral(": clipboard"), text.toUtf8());
}

void TestGuiSecretHygiene::showEveryEvidence(WizardHarness &h, const QString &step)
{
    // The evidence pane shows one row at a time: show each.
    auto *button = h.find<QPushButton>(QStringLiteral("showEvidenceButton"));
    auto *view = h.find<QAbstractItemView>(QStringLiteral("checksView"));
    auto *evidence = h.find<QPlainTextEdit>(QStringLiteral("evidenceView"));
    if (!button->isChecked())
        QTest::mouseClick(button, Qt::LeftButton);
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        view->setCurrentIndex(view->model()->index(r, 0));
        scan(step + QStringLiteral(": evidence row ") + QString::number(r),
            evidence->toPlainText().toUtf8());
    }
}

void TestGuiSecretHygiene::everyPath_data()
{
    QTest::addColumn<Path>("path");
    QTest::newRow("success") << Path::Success;
    QTest::newRow("wrong-private-key") << Path::WrongPrivateKey;
    QTest::newRow("wrong-public-key") << Path::WrongPublicKey;
    QTest::newRow("missing-permissions") << Path::MissingPermissions;
    QTest::newRow("fault") << Path::Fault;
    QTest::newRow("keychain-failure") << Path::KeychainFailure;
    QTest::newRow("disconnect") << Path::Disconnect;
}

void TestGuiSecretHygiene::everyPath()
{
    QFETCH(Path, path);
    m_log.clear();
    QTemporaryDir files;
    QVERIFY(files.isValid());
    WizardHarness h(path == Path::MissingPermissions ? QStringLiteral("missing-attachments")
                                                     : QStringLiteral("ready"),
        nullptr, {}, 1000);
    Scenario &scenario = h.sandbox().scenario();
    scenario.publicKey = QString::fromLatin1(kPublicKey);
    scenario.privateKey = QString::fromLatin1(kPrivateKey);
    if (path == Path::Fault) {
        FaultRule rule;
        rule.method = QStringLiteral("GET");
        rule.path = QStringLiteral("/system/myMembers");
        rule.exact = true;
        rule.kind = FaultKind::ServerError;
        scenario.faults = { rule };
    }
    QString error;
    const QString ledger = files.filePath(QStringLiteral("ledger.jsonl"));
    QVERIFY2(h.sandbox().setLedgerFile(ledger, &error), qPrintable(error));

    // Welcome and Prepare, with the Prepare page's copy buttons.
    CHECKED(scanWidgets(QStringLiteral("welcome")));
    QVERIFY(h.clickNext());
    QTest::mouseClick(
        h.find<QPushButton>(QStringLiteral("copyAllPermissionsButton")), Qt::LeftButton);
    CHECKED(scanClipboard(QStringLiteral("prepare")));
    QVERIFY(h.clickNext());

    // Connection: the keys are typed; a wrong one replaces the right one.
    h.typeSandboxDetails();
    if (path == Path::WrongPrivateKey)
        WizardHarness::typeInto(h.find<QLineEdit>(QStringLiteral("privateKeyEdit")),
            QString::fromLatin1(kWrongPrivateKey));
    if (path == Path::WrongPublicKey)
        WizardHarness::typeInto(h.find<QLineEdit>(QStringLiteral("publicKeyEdit")),
            QString::fromLatin1(kWrongPublicKey));
    QTRY_COMPARE(
        h.find<InlineNotice>(QStringLiteral("lookupNotice"))->kind(), InlineNotice::Kind::Success);
    CHECKED(scanWidgets(QStringLiteral("connection")));

    // Checking.
    QVERIFY(h.clickNext());
    CheckingPage *checking = h.wizard().checkingPage();
    QTRY_COMPARE_WITH_TIMEOUT(checking->state(), CheckingPage::State::Finished, 10000);
    CHECKED(scanWidgets(QStringLiteral("checking")));
    CHECKED(showEveryEvidence(h, QStringLiteral("checking")));
    // The report of every run, in every format, whatever the outcome.
    const QList<QPair<QString, RemediationPage::ReportFormat>> formats {
        { QStringLiteral("md"), RemediationPage::ReportFormat::Markdown },
        { QStringLiteral("json"), RemediationPage::ReportFormat::Json },
        { QStringLiteral("html"), RemediationPage::ReportFormat::Html },
    };
    auto saveReports = [&](const QString &when) {
        for (const auto &format : formats) {
            QVERIFY(h.wizard().remediationPage()->saveReport(
                files.filePath(when + QStringLiteral(".") + format.first), format.second));
        }
    };
    saveReports(QStringLiteral("checking"));
    if (path == Path::WrongPrivateKey || path == Path::WrongPublicKey) {
        QCOMPARE(checking->model()->row(QStringLiteral("keys")).status, StatusKind::Missing);
        // Retry, then back to the connection page with the keys still in their fields.
        QTest::mouseClick(h.find<QPushButton>(QStringLiteral("resultRetryButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(checking->state(), CheckingPage::State::Finished, 10000);
        CHECKED(scanWidgets(QStringLiteral("checking after retry")));
        QTest::mouseClick(h.backButton(), Qt::LeftButton);
        CHECKED(scanWidgets(QStringLiteral("connection after back")));
    } else {
        if (path == Path::MissingPermissions || path == Path::Fault) {
            QVERIFY(h.clickNext());
            QCOMPARE(h.currentId(), int(SetupWizard::RemediationPageId));
            RemediationPage *page = h.wizard().remediationPage();
            CHECKED(scanWidgets(QStringLiteral("remediation")));
            // Copy steps is there when something is to change in ConnectWise (not for a fault).
            auto *copySteps = h.find<QPushButton>(QStringLiteral("copyStepsButton"));
            QCOMPARE(copySteps->isEnabled(), path == Path::MissingPermissions);
            if (copySteps->isEnabled()) {
                QGuiApplication::clipboard()->clear();
                QTest::mouseClick(copySteps, Qt::LeftButton);
                CHECKED(scanClipboard(QStringLiteral("copy steps")));
            }
            saveReports(QStringLiteral("remediation"));
            CHECKED(scanWidgets(QStringLiteral("remediation after saving")));
            scenario.faults.clear();
            QTest::mouseClick(h.find<QPushButton>(QStringLiteral("recheckButton")), Qt::LeftButton);
            QTRY_VERIFY_WITH_TIMEOUT(!page->isRechecking(), 10000);
            CHECKED(scanWidgets(QStringLiteral("remediation after re-check")));
            saveReports(QStringLiteral("re-check"));
        }
        QVERIFY(h.clickNext());
        QCOMPARE(h.currentId(), int(SetupWizard::SavePageId));
        SavePage *save = h.wizard().savePage();
        CHECKED(scanWidgets(QStringLiteral("save")));
        if (path == Path::KeychainFailure) {
            h.secrets().failNext(QStringLiteral("write"), SecretError::NoBackendAvailable);
            QTest::mouseClick(h.find<QPushButton>(QStringLiteral("saveButton")), Qt::LeftButton);
            QTRY_COMPARE(save->state(), SavePage::State::Failed);
            CHECKED(scanWidgets(QStringLiteral("save failed")));
            QTest::mouseClick(
                h.find<QPushButton>(QStringLiteral("sessionOnlyButton")), Qt::LeftButton);
            QTRY_COMPARE(save->state(), SavePage::State::SessionOnly);
        } else {
            QTest::mouseClick(h.find<QPushButton>(QStringLiteral("saveButton")), Qt::LeftButton);
            QTRY_COMPARE(save->state(), SavePage::State::Saved);
        }
        CHECKED(scanWidgets(QStringLiteral("saved")));
        QVERIFY(h.clickNext());
        if (h.currentId() == SetupWizard::MappingPageId) {
            MappingPage *mapping = h.wizard().mappingPage();
            QTRY_VERIFY(mapping->state() != MappingPage::State::Loading);
            CHECKED(scanWidgets(QStringLiteral("mapping")));
            QVERIFY(h.clickNext());
        }
        QCOMPARE(h.currentId(), int(SetupWizard::IntegrationsPageId));
        CHECKED(scanWidgets(QStringLiteral("integrations")));
        if (path == Path::Disconnect) {
            QTest::mouseClick(
                h.find<QPushButton>(QStringLiteral("disconnectButton")), Qt::LeftButton);
            QTest::mouseClick(
                h.find<QPushButton>(QStringLiteral("confirmDisconnectButton")), Qt::LeftButton);
            QTRY_VERIFY(!h.secrets().calls().filter(QStringLiteral("remove:")).isEmpty());
            CHECKED(scanWidgets(QStringLiteral("disconnected")));
        }
    }
    if (QTest::currentTestFailed())
        return;

    // Everything written: reports, the settings file, the ledger; and every log line.
    QFile ini(h.iniPath());
    if (ini.open(QIODevice::ReadOnly))
        scan(QStringLiteral("settings INI"), ini.readAll());
    if (path != Path::WrongPrivateKey && path != Path::WrongPublicKey
        && path != Path::KeychainFailure)
        QVERIFY2(QFile::exists(h.iniPath()), "the profile was not written");
    QDirIterator it(files.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    int written = 0;
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        scan(file.fileName(), file.readAll());
        ++written;
    }
    QVERIFY(written >= 4); // the ledger and three reports at least
    QVERIFY2(!m_log.filter(QStringLiteral("phin.")).isEmpty(), "the debug categories were not on");
    scan(QStringLiteral("log"), m_log.join(QLatin1Char('\n')).toUtf8());
}

QTEST_MAIN(TestGuiSecretHygiene)
#include "tst_guisecrethygiene.moc"

// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
// Every fault the simulator can inject, on a representative request of each kind, as the person
// at the wizard sees it: the real wizard over the real transport against the in-process sandbox
// on 127.0.0.1. Each row checks that the page names the affected checks as unknown with a reason
// a person can act on, that the other checks keep their true status, that nothing hangs (Stop
// works while a request hangs), and that after the fault clears Retry / Re-check shows the true
// status and says what changed.
#include "wizardharness.h"

#include "models/checkstatusmodel.h"
#include "pages/checkingpage.h"
#include "pages/connectionpage.h"
#include "pages/remediationpage.h"
#include "widgets/inlinenotice.h"

#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTreeView>
#include <QTreeWidget>

namespace {

// Every request gives up after this: a hang ends in under a second, as a timeout.
constexpr int kRequestCapMs = 700;
// A row's run, Stop and re-check included, must end well within this.
constexpr int kRowBudgetMs = 6000;

enum class Target { CompanyInfo, SecurityRead, Probe, BoardLookup };

struct Request
{
    QString name;
    Target target;
    QString method;
    QString path;
    bool exact;
    QStringList affected; ///< check ids that become unknown
};

struct Fault
{
    QString name;
    FaultKind kind;
    /// What the person reads for an affected check (pattern, case-insensitive).
    QString reason;
    /// What the Connection page says when the company lookup meets the fault.
    QString lookupReason;
};

QList<Request> requests()
{
    return {
        { "company-lookup", Target::CompanyInfo, "GET", "/login/companyinfo/", false, {} },
        // The security read failing is not a failure the person sees: every permission is
        // probed instead and keeps its true status.
        { "security-read", Target::SecurityRead, "GET", "/system/mySecurity", true, {} },
        { "probe-tickets-add", Target::Probe, "POST", "/service/tickets", true,
            { "service-desk.service-tickets.add" } },
        { "board-lookup", Target::BoardLookup, "GET", "/system/myMembers", true,
            { "member.default-board" } },
    };
}

QList<Fault> faults()
{
    return {
        { "500", FaultKind::ServerError, "server error", "server error|500" },
        { "hang", FaultKind::Hang, "no answer in time|time limit", "did not answer|in time" },
        { "reset", FaultKind::Reset, "connection failed \\(connection reset\\)",
            "reset|closed|lost the connection" },
        { "html-200", FaultKind::Html200, "unreadable answer", "not JSON|web page|HTML" },
        // The lookup cannot tell a cut-off answer from another server's: it says what was
        // missing from it.
        { "truncated-json", FaultKind::TruncatedJson, "unreadable answer",
            "not with the company information" },
        { "redirect-http", FaultKind::RedirectHttp, "redirect", "redirect" },
        { "rate-limit", FaultKind::RateLimit, "too many requests|rate limit|429",
            "too many requests|rate limit|429" },
        { "slow-body", FaultKind::SlowBody, {}, {} },
    };
}

// Words of the code, not of the person: none may reach a page.
const QRegularExpression kRawWords(
    QStringLiteral("OperationCanceledError|TransportError|Error::|FaultKind|CheckStatus|StatusKind|"
                   "ConnectionStatus|unexpected_response|server_error|QNetworkReply"));

bool contains(const QString &text, const QString &pattern)
{
    return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption)
        .match(text)
        .hasMatch();
}

QString dump(const CheckStatusModel *model)
{
    QStringList lines;
    for (const StatusRow &row : model->rows())
        lines << row.id + QStringLiteral(" = ") + statusText(row.status) + QStringLiteral(": ")
                + row.detail;
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestGuiFaults : public QObject
{
    Q_OBJECT
private slots:
    void faultShownAndRecheckRecovers_data();
    void faultShownAndRecheckRecovers();

private:
    void lookupFaultShownOnConnectionPage(WizardHarness &h, const Fault &fault);
    void stopWhileHung(WizardHarness &h);
};

void TestGuiFaults::faultShownAndRecheckRecovers_data()
{
    QTest::addColumn<int>("requestIndex");
    QTest::addColumn<int>("faultIndex");
    const auto all = requests();
    const auto kinds = faults();
    for (int r = 0; r < all.size(); ++r) {
        for (int f = 0; f < kinds.size(); ++f) {
            const QString row = kinds.at(f).name + QStringLiteral("-on-") + all.at(r).name;
            QTest::newRow(qPrintable(row)) << r << f;
        }
    }
}

void TestGuiFaults::faultShownAndRecheckRecovers()
{
    QFETCH(int, requestIndex);
    QFETCH(int, faultIndex);
    const Request request = requests().at(requestIndex);
    const Fault fault = faults().at(faultIndex);
    const bool slow = fault.kind == FaultKind::SlowBody;
    QElapsedTimer clock;
    clock.start();

    WizardHarness h(QStringLiteral("ready"), nullptr, {}, kRequestCapMs);
    Scenario &scenario = h.sandbox().scenario();
    // The member cannot read its own security: every permission is probed.
    if (request.target == Target::Probe)
        scenario.mySecurityRouted = false;
    FaultRule rule;
    rule.method = request.method;
    rule.path = request.path;
    rule.exact = request.exact;
    rule.kind = fault.kind;
    rule.retryAfterSeconds = 0; // every retry is refused again, at once
    rule.chunkDelayMs = 5;
    rule.chunkBytes = 256;
    scenario.faults = { rule };

    QVERIFY(h.clickNext());
    QVERIFY(h.clickNext());
    QCOMPARE(h.currentId(), int(SetupWizard::ConnectionPageId));
    h.typeSandboxDetails();
    if (request.target == Target::CompanyInfo && !slow) {
        lookupFaultShownOnConnectionPage(h, fault);
        if (QTest::currentTestFailed())
            return;
    }
    auto *lookup = h.find<InlineNotice>(QStringLiteral("lookupNotice"));
    QTRY_COMPARE_WITH_TIMEOUT(lookup->kind(), InlineNotice::Kind::Success, 3000);

    QVERIFY(h.clickNext());
    QCOMPARE(h.currentId(), int(SetupWizard::CheckingPageId));
    CheckingPage *checking = h.wizard().checkingPage();
    if (fault.kind == FaultKind::Hang && request.target != Target::CompanyInfo) {
        stopWhileHung(h);
        if (QTest::currentTestFailed())
            return;
    }
    QTRY_COMPARE_WITH_TIMEOUT(checking->state(), CheckingPage::State::Finished, 5000);
    const CheckStatusModel *model = checking->model();
    const QStringList affected = slow ? QStringList() : request.affected;

    // The ladder: the affected checks unknown, with a reason; everything else as it really is.
    for (const StatusRow &row : model->rows()) {
        const QString what = row.id + QStringLiteral(": ") + statusText(row.status)
            + QStringLiteral(" / ") + row.detail;
        QVERIFY2(!kRawWords.match(row.detail).hasMatch(), qPrintable(what));
        if (affected.contains(row.id)) {
            QVERIFY2(row.status == StatusKind::Unknown, qPrintable(what));
            QVERIFY2(contains(row.detail, fault.reason),
                qPrintable(what + QStringLiteral(" does not say ") + fault.reason));
        } else {
            QVERIFY2(row.status == StatusKind::Granted, qPrintable(what + '\n' + dump(model)));
        }
    }
    auto *result = h.find<InlineNotice>(QStringLiteral("resultNotice"));
    QVERIFY(!kRawWords.match(result->text()).hasMatch());
    QVERIFY(h.nextButton()->isEnabled());
    if (affected.isEmpty()) {
        QCOMPARE(result->kind(), InlineNotice::Kind::Success);
        if (request.target == Target::SecurityRead && !slow) {
            // The evidence says how the permissions were still read.
            auto *evidenceButton = h.find<QPushButton>(QStringLiteral("showEvidenceButton"));
            auto *view = h.find<QAbstractItemView>(QStringLiteral("checksView"));
            view->setCurrentIndex(view->model()->index(
                model->indexOf(QStringLiteral("companies.company-maintenance.inquire")), 0));
            QTest::mouseClick(evidenceButton, Qt::LeftButton);
            const QString evidence
                = h.find<QPlainTextEdit>(QStringLiteral("evidenceView"))->toPlainText();
            QVERIFY2(evidence.contains(QStringLiteral("probe")), qPrintable(evidence));
        }
        QVERIFY2(clock.elapsed() < kRowBudgetMs, qPrintable(QString::number(clock.elapsed())));
        return;
    }
    QCOMPARE(result->kind(), InlineNotice::Kind::Warning);
    // The reason fits: nothing on the page is cut at the smallest window size.
    QCOMPARE(h.wizard().size(), SetupWizard::minimumWindowSize());
    QCOMPARE(WizardHarness::clippedText(checking, checking), QStringList());
    auto *ladder = h.find<QTreeView>(QStringLiteral("checksView"));
    for (const QString &id : affected) {
        const QString detail = model->row(id).detail;
        const int needed = ladder->fontMetrics().horizontalAdvance(detail) + 8; // cell margins
        QVERIFY2(needed <= ladder->header()->sectionSize(CheckStatusModel::DetailColumn),
            qPrintable(detail + QStringLiteral(" is cut")));
    }

    // Remediation lists exactly the affected checks and shows why each is unknown.
    QVERIFY(h.clickNext());
    QCOMPARE(h.currentId(), int(SetupWizard::RemediationPageId));
    RemediationPage *page = h.wizard().remediationPage();
    QStringList listed = page->listedCheckIds();
    listed.sort();
    QCOMPARE(listed, affected);
    QCOMPARE(WizardHarness::clippedText(page, page), QStringList());
    auto *view = h.find<QTreeWidget>(QStringLiteral("remediationView"));
    for (int g = 0; g < view->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = view->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            QStringList shown;
            for (int c = 0; c < view->columnCount(); ++c)
                shown << item->text(c);
            const QString visible = group->text(0) + QStringLiteral(" | ") + shown.join(" | ");
            QVERIFY2(contains(visible, fault.reason),
                qPrintable(visible + QStringLiteral(" does not say ") + fault.reason));
            QVERIFY2(!kRawWords.match(visible).hasMatch(), qPrintable(visible));
        }
    }

    // The fault clears; Re-check shows the true status and says what changed.
    scenario.faults.clear();
    QTest::mouseClick(h.find<QAbstractButton>(QStringLiteral("recheckButton")), Qt::LeftButton);
    QVERIFY(page->isRechecking());
    QTRY_VERIFY_WITH_TIMEOUT(!page->isRechecking(), 5000);
    QVERIFY2(page->listedCheckIds().isEmpty(), qPrintable(page->listedCheckIds().join(',')));
    const QStringList changes = page->changes();
    QCOMPARE(changes.size(), affected.size());
    for (const QString &change : changes)
        QVERIFY2(change.contains(QStringLiteral("unknown → granted")), qPrintable(change));
    auto *changesNotice = h.find<InlineNotice>(QStringLiteral("changesNotice"));
    QVERIFY(changesNotice->isActive());
    QVERIFY2(changesNotice->text().contains(QStringLiteral("unknown → granted")),
        qPrintable(changesNotice->text()));
    QVERIFY(h.nextButton()->isEnabled());
    QVERIFY2(clock.elapsed() < kRowBudgetMs, qPrintable(QString::number(clock.elapsed())));
}

void TestGuiFaults::lookupFaultShownOnConnectionPage(WizardHarness &h, const Fault &fault)
{
    ConnectionPage *page = h.wizard().connectionPage();
    auto *lookup = h.find<InlineNotice>(QStringLiteral("lookupNotice"));
    if (fault.kind == FaultKind::Hang) {
        // Stop works while the lookup hangs.
        QTRY_COMPARE(page->lookupState(), ConnectionPage::LookupState::Running);
        QTest::mouseClick(h.find<QPushButton>(QStringLiteral("lookupRetryButton")), Qt::LeftButton);
        QVERIFY(page->lookupState() != ConnectionPage::LookupState::Running);
        QCOMPARE(lookup->kind(), InlineNotice::Kind::Info);
        QTest::mouseClick(h.find<QPushButton>(QStringLiteral("lookupRetryButton")), Qt::LeftButton);
        QCOMPARE(page->lookupState(), ConnectionPage::LookupState::Running);
    }
    QTRY_COMPARE_WITH_TIMEOUT(lookup->kind(), InlineNotice::Kind::Error, 3000);
    const QString text = lookup->text();
    QVERIFY2(contains(text, fault.lookupReason),
        qPrintable(text + QStringLiteral(" does not say ") + fault.lookupReason));
    QVERIFY2(!kRawWords.match(text).hasMatch(), qPrintable(text));
    auto *retry = h.find<QPushButton>(QStringLiteral("lookupRetryButton"));
    QVERIFY(retry->isVisible());

    h.sandbox().scenario().faults.clear();
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(lookup->kind(), InlineNotice::Kind::Success, 3000);
}

void TestGuiFaults::stopWhileHung(WizardHarness &h)
{
    CheckingPage *page = h.wizard().checkingPage();
    // Stop while the request hangs: the page stops at once, nothing is left running.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&h] {
            for (const LedgerEntry &entry : h.sandbox().ledger()) {
                if (entry.fault == QLatin1String("hang"))
                    return true;
            }
            return false;
        }(),
        3000);
    QCOMPARE(page->state(), CheckingPage::State::Running);
    QTest::mouseClick(h.find<QPushButton>(QStringLiteral("cancelChecksButton")), Qt::LeftButton);
    QCOMPARE(page->state(), CheckingPage::State::Canceled);
    QVERIFY(!h.context().isChecking());
    QCOMPARE(page->model()->countWhere(StatusKind::Running), 0);
    QCOMPARE(page->model()->countWhere(StatusKind::Pending), 0);
    // Run again: this time the hung request times out and the run finishes.
    QTest::mouseClick(h.find<QPushButton>(QStringLiteral("resultRetryButton")), Qt::LeftButton);
    QCOMPARE(page->state(), CheckingPage::State::Running);
}

QTEST_MAIN(TestGuiFaults)
#include "tst_guifaults.moc"

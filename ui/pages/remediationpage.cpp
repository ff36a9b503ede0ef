// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "remediationpage.h"

#include "models/checkrows.h"
#include "permissioncatalog.h"
#include "reportformatter.h"
#include "setupwizard.h"
#include "ui_remediationpage.h"
#include "wizardcontext.h"

#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHeaderView>
#include <QSaveFile>

namespace {
constexpr int kCheckIdRole = Qt::UserRole + 1;

bool needsWork(CheckStatus status)
{
    return status == CheckStatus::Missing || status == CheckStatus::Insufficient
        || status == CheckStatus::Unknown;
}
} // namespace

RemediationPage::RemediationPage(WizardContext &context, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_ui(std::make_unique<Ui::RemediationPage>())
{
    m_ui->setupUi(this);
    setTitle(tr("What to change in ConnectWise"));
    setSubTitle(tr("Only what still needs doing, grouped by where it is changed."));
    m_ui->changesNotice->setNames(QStringLiteral("changes"));
    m_ui->actionNotice->setNames(QStringLiteral("action"));
    QHeaderView *header = m_ui->remediationView->header();
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    header->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    header->setStretchLastSection(false);

    connect(m_ui->copyStepsButton, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(stepsText());
        m_ui->actionNotice->show(InlineNotice::Kind::Success,
            tr("The steps are on the clipboard, ready to paste into a message to your "
               "ConnectWise administrator."));
    });
    connect(
        m_ui->saveReportButton, &QPushButton::clicked, this, &RemediationPage::chooseReportFile);
    connect(m_ui->recheckButton, &QPushButton::clicked, this, &RemediationPage::recheck);
    connect(
        m_ui->actionNotice, &InlineNotice::actionTriggered, this, &RemediationPage::onNoticeAction);
    connect(&m_context, &WizardContext::checksFinished, this, &RemediationPage::onChecksFinished);
}

RemediationPage::~RemediationPage() = default;

void RemediationPage::initializePage()
{
    m_changes.clear();
    m_ui->changesNotice->clear();
    m_ui->actionNotice->clear();
    if (const auto report = m_context.lastReport())
        showReport(*report);
}

void RemediationPage::cleanupPage()
{
    if (m_rechecking) {
        m_rechecking = false;
        m_context.cancelChecks();
    }
}

bool RemediationPage::isComplete() const
{
    // Saving the connection is allowed with items still open: the features that need them
    // stay off until a later check passes.
    return !m_rechecking;
}

int RemediationPage::nextId() const
{
    return SetupWizard::SavePageId;
}

QString RemediationPage::stepsText() const
{
    const auto report = m_context.lastReport();
    return report ? ReportFormatter::remediationSteps(*report) : QString();
}

QStringList RemediationPage::listedCheckIds() const
{
    QStringList ids;
    QTreeWidget *view = m_ui->remediationView;
    for (int g = 0; g < view->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = view->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i)
            ids << group->child(i)->data(0, kCheckIdRole).toString();
    }
    return ids;
}

bool RemediationPage::saveReport(const QString &path, ReportFormat format)
{
    const auto report = m_context.lastReport();
    if (!report) {
        m_ui->actionNotice->show(InlineNotice::Kind::Error, tr("There is no report to save yet."));
        return false;
    }
    QByteArray bytes;
    switch (format) {
    case ReportFormat::Markdown:
        bytes = ReportFormatter::toMarkdown(*report).toUtf8();
        break;
    case ReportFormat::Json:
        bytes = ReportFormatter::toJson(*report);
        break;
    case ReportFormat::Html: {
        QString html = ReportFormatter::toHtml(*report);
        // A saved file opens in a browser on its own: give a fragment a full, UTF-8 document.
        if (!html.trimmed().startsWith(QLatin1String("<!DOCTYPE"), Qt::CaseInsensitive)
            && !html.trimmed().startsWith(QLatin1String("<html"), Qt::CaseInsensitive)) {
            html = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
                + tr("Phin ConnectWise check").toHtmlEscaped()
                + QStringLiteral("</title></head><body>\n") + html
                + QStringLiteral("\n</body></html>\n");
        }
        bytes = html.toUtf8();
    } break;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        m_ui->actionNotice->show(InlineNotice::Kind::Error,
            tr("The report could not be saved to %1: %2")
                .arg(QDir::toNativeSeparators(path), file.errorString())
                .toHtmlEscaped(),
            tr("Choose &another file…"));
        m_noticeAction = NoticeAction::ChooseFile;
        return false;
    }
    m_ui->actionNotice->show(InlineNotice::Kind::Success,
        tr("Report saved to %1. It contains no private key; the public key appears only as its "
           "last four characters.")
            .arg(QDir::toNativeSeparators(path))
            .toHtmlEscaped());
    return true;
}

void RemediationPage::chooseReportFile()
{
    // Non-modal: the dialog is opened with open(), the page stays responsive.
    auto *dialog = new QFileDialog(this, tr("Save report"));
    dialog->setObjectName(QStringLiteral("saveReportDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    const QStringList filters { tr("Markdown (*.md)"), tr("JSON (*.json)"), tr("HTML (*.html)") };
    dialog->setNameFilters(filters);
    dialog->setDefaultSuffix(QStringLiteral("md"));
    dialog->selectFile(QStringLiteral("phin-connectwise-report.md"));
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog, filters](const QString &f) {
        const int i = int(filters.indexOf(f));
        dialog->setDefaultSuffix(i == 1 ? QStringLiteral("json")
                : i == 2                ? QStringLiteral("html")
                                        : QStringLiteral("md"));
    });
    connect(dialog, &QFileDialog::fileSelected, this, [this, dialog, filters](const QString &path) {
        const int i = int(filters.indexOf(dialog->selectedNameFilter()));
        ReportFormat format = ReportFormat::Markdown;
        if (i == 1 || path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
            format = ReportFormat::Json;
        else if (i == 2 || path.endsWith(QLatin1String(".html"), Qt::CaseInsensitive))
            format = ReportFormat::Html;
        saveReport(path, format);
    });
    dialog->open();
}

void RemediationPage::recheck()
{
    if (m_rechecking)
        return;
    m_rechecking = true;
    m_ui->recheckButton->setEnabled(false);
    m_noticeAction = NoticeAction::StopRecheck;
    m_ui->actionNotice->show(InlineNotice::Kind::Progress, tr("Checking again…"), tr("S&top"));
    emit completeChanged();
    m_context.startChecks();
}

void RemediationPage::stopRecheck()
{
    if (!m_rechecking)
        return;
    m_rechecking = false;
    m_context.cancelChecks();
    m_ui->recheckButton->setEnabled(true);
    m_noticeAction = NoticeAction::Recheck;
    m_ui->actionNotice->show(InlineNotice::Kind::Info,
        tr("The re-check was stopped; the list shows the previous results."), tr("&Retry"));
    emit completeChanged();
}

void RemediationPage::onNoticeAction()
{
    switch (m_noticeAction) {
    case NoticeAction::Recheck:
        recheck();
        break;
    case NoticeAction::StopRecheck:
        stopRecheck();
        break;
    case NoticeAction::ChooseFile:
        chooseReportFile();
        break;
    }
}

void RemediationPage::onChecksFinished(const CheckReport &report)
{
    if (!m_rechecking)
        return;
    m_rechecking = false;
    m_ui->recheckButton->setEnabled(true);
    m_noticeAction = NoticeAction::Recheck;
    const auto previous = m_context.previousReport();
    m_changes = previous ? ReportFormatter::diff(*previous, report) : QStringList();
    if (!report.connected()) {
        m_ui->actionNotice->show(InlineNotice::Kind::Error,
            tr("The re-check could not connect: %1").arg(report.connectionMessage.toHtmlEscaped()),
            tr("&Retry"));
    } else if (m_changes.isEmpty()) {
        m_ui->actionNotice->show(InlineNotice::Kind::Info,
            tr("Nothing changed since the previous check. Changes to a security role can take "
               "a moment to apply; save them in ConnectWise and re-check."));
    } else {
        m_ui->actionNotice->clear();
    }
    if (m_changes.isEmpty()) {
        m_ui->changesNotice->clear();
    } else {
        QStringList items;
        for (const QString &change : m_changes)
            items << QStringLiteral("<li>") + change.toHtmlEscaped() + QStringLiteral("</li>");
        m_ui->changesNotice->show(InlineNotice::Kind::Info,
            tr("Changed since the previous check:") + QStringLiteral("<ul style=\"margin:0\">")
                + items.join(QString()) + QStringLiteral("</ul>"));
    }
    showReport(report);
    emit completeChanged();
}

void RemediationPage::showReport(const CheckReport &report)
{
    QTreeWidget *view = m_ui->remediationView;
    view->clear();
    const QString role = report.hasMember && !report.member.securityRole.isEmpty()
        ? report.member.securityRole
        : tr("the API member's role");
    const QString member = report.hasMember && !report.member.identifier.isEmpty()
        ? report.member.identifier
        : tr("the API member");
    QTreeWidgetItem *roleGroup = nullptr;
    QTreeWidgetItem *memberGroup = nullptr;
    QTreeWidgetItem *notCheckedGroup = nullptr;
    int open = 0;
    int notChecked = 0;
    for (const CheckResult &result : report.checks) {
        if (!needsWork(result.status))
            continue;
        // A check that got no normal answer has nothing to change in ConnectWise (yet): it is
        // listed apart, with what went wrong, so nobody edits a role that may be fine.
        const QString failed = CheckRows::failedAnswer(result);
        if (failed.isEmpty())
            ++open;
        else
            ++notChecked;
        QTreeWidgetItem *&group = !failed.isEmpty()        ? notCheckedGroup
            : result.entry.kind == CheckKind::DefaultBoard ? memberGroup
                                                           : roleGroup;
        if (!group) {
            group = new QTreeWidgetItem(view);
            group->setText(0,
                !failed.isEmpty() ? tr("Not checked: ConnectWise did not answer normally. Re-check "
                                       "in a moment.")
                    : result.entry.kind == CheckKind::DefaultBoard
                    ? tr("API member: System > Members > API Members > %1").arg(member)
                    : tr("Security role: System > Security Roles > %1").arg(role));
            group->setFirstColumnSpanned(true);
            group->setExpanded(true);
        }
        auto *item = new QTreeWidgetItem(group);
        item->setData(0, kCheckIdRole, result.entry.id);
        item->setIcon(0, statusIcon(CheckRows::kindOf(result.status)));
        // The group names the place; the row names the module and function inside it. Where
        // column 1 gives the reason instead of the level, the row's short name says which level.
        const QString where = !failed.isEmpty() ? result.entry.shortName()
            : result.entry.kind == CheckKind::DefaultBoard
            ? result.entry.function
            : result.entry.module + QStringLiteral(" > ") + result.entry.function;
        item->setText(0, where);
        item->setToolTip(0,
            failed.isEmpty() ? tr("%1 (found: %2). %3")
                                   .arg(ReportFormatter::statusLabel(result.status),
                                       result.observed, result.remediation)
                             : tr("Not checked: %1.").arg(failed));
        if (!failed.isEmpty())
            item->setText(1, failed.at(0).toUpper() + failed.mid(1));
        else
            item->setText(1,
                result.entry.kind == CheckKind::DefaultBoard
                    ? tr("a default board")
                    : tr("%1 Level: %2")
                          .arg(result.entry.level.at(0).toUpper() + result.entry.level.mid(1),
                              result.entry.required));
        item->setToolTip(1, item->toolTip(0));
        QStringList blocks;
        for (const QString &feature : result.entry.features) {
            if (report.features.isEmpty() || report.features.contains(feature))
                blocks << m_context.catalog().featureName(feature);
        }
        item->setText(2, blocks.join(QStringLiteral(", ")));
        item->setData(0, Qt::AccessibleTextRole,
            failed.isEmpty()
                ? tr("%1, %2, set to %3, blocks %4")
                      .arg(ReportFormatter::statusLabel(result.status), where, item->text(1),
                          item->text(2))
                : tr("Not checked, %1: %2, blocks %3").arg(where, failed, item->text(2)));
    }
    view->headerItem()->setText(1,
        notChecked == 0 ? tr("Set to")
            : open == 0 ? tr("Why not checked")
                        : tr("Set to, or why not checked"));
    QStringList summary;
    if (open > 0) {
        summary << (open == 1 ? tr("One item needs changing in ConnectWise.")
                              : tr("%1 items need changing in ConnectWise.").arg(open))
                + QLatin1Char(' ')
                + tr("Change them (or send the steps to your ConnectWise administrator), then "
                     "re-check.");
    }
    if (notChecked > 0) {
        summary << (notChecked == 1
                ? tr("One check got no normal answer from ConnectWise; re-check in a moment.")
                : tr("%1 checks got no normal answer from ConnectWise; re-check in a moment.")
                      .arg(notChecked));
    }
    if (summary.isEmpty()) {
        m_ui->remediationSummaryLabel->setText(
            tr("Everything the chosen features need is now in place. Continue to save the "
               "connection."));
    } else {
        m_ui->remediationSummaryLabel->setText(summary.join(QLatin1Char(' ')));
    }
    m_ui->copyStepsButton->setEnabled(open > 0);
    view->setCurrentItem(view->topLevelItem(0));
}

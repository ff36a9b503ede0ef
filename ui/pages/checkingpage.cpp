// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkingpage.h"

#include "checkrunner.h"
#include "models/checkrows.h"
#include "models/checkstatusmodel.h"
#include "setupwizard.h"
#include "ui_checkingpage.h"
#include "wizardcontext.h"

#include <QHeaderView>

CheckingPage::CheckingPage(WizardContext &context, QWidget *parent)
    : QWizardPage(parent)
    , m_context(context)
    , m_ui(std::make_unique<Ui::CheckingPage>())
    , m_model(new CheckStatusModel(this))
{
    m_ui->setupUi(this);
    setTitle(tr("Checking the connection and permissions"));
    setSubTitle(tr("Each check reads or probes without changing anything in ConnectWise."));
    m_ui->resultNotice->setNames(QStringLiteral("result"));
    m_ui->checksView->setModel(m_model);
    m_ui->checksView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_ui->checksView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_ui->checksView->setUniformRowHeights(true);
    QHeaderView *header = m_ui->checksView->header();
    header->setSectionResizeMode(CheckStatusModel::StatusColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(CheckStatusModel::CheckColumn, QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);

    connect(m_ui->cancelChecksButton, &QPushButton::clicked, this, &CheckingPage::cancelChecks);
    connect(m_ui->resultNotice, &InlineNotice::actionTriggered, this, &CheckingPage::startChecks);
    connect(m_ui->showEvidenceButton, &QPushButton::toggled, this, [this](bool on) {
        m_ui->evidenceView->setVisible(on);
        m_ui->showEvidenceButton->setText(on ? tr("Hide &evidence") : tr("Show &evidence"));
        updateEvidence();
    });
    connect(m_ui->checksView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &CheckingPage::updateEvidence);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &CheckingPage::updateEvidence);

    CheckRunner &runner = m_context.runner();
    connect(&runner, &CheckRunner::stageChanged, this, &CheckingPage::onStageChanged);
    connect(&runner, &CheckRunner::checkUpdated, this, &CheckingPage::onCheckUpdated);
    connect(&m_context, &WizardContext::checksFinished, this, &CheckingPage::onFinished);
}

CheckingPage::~CheckingPage() = default;

void CheckingPage::initializePage()
{
    startChecks();
}

void CheckingPage::cleanupPage()
{
    // Going Back stops the run: its results would describe values that are about to change.
    cancelChecks();
    m_ui->resultNotice->clear();
    setState(State::Idle);
}

bool CheckingPage::isComplete() const
{
    const auto report = m_context.lastReport();
    return m_state == State::Finished && report && report->connected();
}

int CheckingPage::nextId() const
{
    return m_context.needsRemediation() ? SetupWizard::RemediationPageId : SetupWizard::SavePageId;
}

void CheckingPage::startChecks()
{
    m_model->setRows(CheckRows::initialRows(m_context.catalog(), m_context.features()));
    m_ui->resultNotice->clear();
    m_ui->checksProgress->setRange(0, m_model->rowCount());
    m_ui->checksProgress->setValue(0);
    setState(State::Running);
    m_context.startChecks();
    m_ui->checksView->setCurrentIndex(m_model->index(0, 0));
}

void CheckingPage::cancelChecks()
{
    if (m_state != State::Running)
        return;
    setState(State::Canceled);
    m_context.cancelChecks();
    m_model->markUnfinished(StatusKind::Skipped, tr("Stopped before this check finished"));
    m_ui->stageLabel->setText(tr("Checks stopped."));
    m_ui->resultNotice->show(InlineNotice::Kind::Warning,
        tr("The checks were stopped. Run them again to continue, or go Back to change the "
           "connection details."),
        tr("&Run again"));
    updateProgress();
}

void CheckingPage::setState(State state)
{
    m_state = state;
    m_ui->cancelChecksButton->setEnabled(state == State::Running);
    emit completeChanged();
}

void CheckingPage::onStageChanged(CheckStage stage)
{
    if (m_state != State::Running)
        return;
    auto set = [this](const QString &id, StatusKind kind, const QString &detail = {}) {
        StatusRow row = m_model->row(id);
        if (row.status == kind)
            return;
        row.status = kind;
        if (!detail.isEmpty())
            row.detail = detail;
        m_model->updateRow(row);
    };
    switch (stage) {
    case CheckStage::Idle:
    case CheckStage::Finished:
        break;
    case CheckStage::ValidatingInput:
        m_ui->stageLabel->setText(tr("Checking the values…"));
        break;
    case CheckStage::LookingUpCompany:
        m_ui->stageLabel->setText(tr("Looking up the company…"));
        set(CheckRows::kSite, StatusKind::Running);
        set(CheckRows::kCompany, StatusKind::Running);
        break;
    case CheckStage::Connecting:
        m_ui->stageLabel->setText(tr("Signing in with the API keys…"));
        set(CheckRows::kSite, StatusKind::Granted, tr("Answered"));
        set(CheckRows::kCompany, StatusKind::Granted, tr("Found"));
        set(CheckRows::kKeys, StatusKind::Running);
        break;
    case CheckStage::Probing:
        m_ui->stageLabel->setText(tr("Checking permissions…"));
        set(CheckRows::kSite, StatusKind::Granted, tr("Answered"));
        set(CheckRows::kCompany, StatusKind::Granted, tr("Found"));
        set(CheckRows::kKeys, StatusKind::Granted, tr("Accepted"));
        for (const StatusRow &row : m_model->rows()) {
            if (row.status == StatusKind::Pending)
                set(row.id, StatusKind::Running);
        }
        break;
    }
    updateProgress();
}

void CheckingPage::onCheckUpdated(const CheckResult &result)
{
    if (m_state != State::Running)
        return;
    // Checks of features that were not chosen are not on the ladder.
    if (m_model->indexOf(result.entry.id) < 0)
        return;
    m_model->updateRow(CheckRows::rowFor(result));
    updateProgress();
}

void CheckingPage::onFinished(const CheckReport &report)
{
    if (m_state != State::Running)
        return;
    for (const StatusRow &row : CheckRows::connectionRows(report))
        m_model->updateRow(row);
    for (const CheckResult &result : report.checks) {
        if (m_model->indexOf(result.entry.id) >= 0)
            m_model->updateRow(CheckRows::rowFor(result));
    }
    if (!report.connected()) {
        m_model->markUnfinished(StatusKind::Skipped, tr("Not checked: the connection failed"));
        m_ui->stageLabel->setText(tr("The connection failed."));
        m_ui->resultNotice->show(InlineNotice::Kind::Error,
            tr("%1 Go Back to correct the connection details, or try again.")
                .arg(report.connectionMessage.toHtmlEscaped()),
            tr("&Retry"));
    } else {
        const int granted = report.count(CheckStatus::Granted);
        const int open = report.count(CheckStatus::Missing)
            + report.count(CheckStatus::Insufficient) + report.count(CheckStatus::Unknown);
        int notChecked = 0;
        for (const CheckResult &result : report.checks)
            notChecked += CheckRows::failedAnswer(result).isEmpty() ? 0 : 1;
        m_ui->stageLabel->setText(tr("Checks finished."));
        if (open == 0) {
            m_ui->resultNotice->show(InlineNotice::Kind::Success,
                tr("Everything the chosen features need is in place: all %1 checks passed.")
                    .arg(granted));
        } else if (notChecked == open) {
            // Nothing to change in ConnectWise: the answer was missing or broken, so running the
            // checks again is what helps.
            m_ui->resultNotice->show(InlineNotice::Kind::Warning,
                (open == 1 ? tr("One check got no normal answer from ConnectWise.")
                           : tr("%1 checks got no normal answer from ConnectWise.").arg(open))
                    + QLatin1Char(' ')
                    + tr("Run the checks again in a moment, or continue and re-check later."),
                tr("&Run again"));
        } else {
            m_ui->resultNotice->show(InlineNotice::Kind::Warning,
                (open == 1 ? tr("One item needs attention in ConnectWise.")
                           : tr("%1 items need attention in ConnectWise.").arg(open))
                    + QLatin1Char(' ') + tr("Next shows exactly what to change."));
        }
    }
    setState(State::Finished);
    updateProgress();
}

void CheckingPage::updateProgress()
{
    int done = 0;
    for (const StatusRow &row : m_model->rows())
        done += (row.status != StatusKind::Pending && row.status != StatusKind::Running) ? 1 : 0;
    m_ui->checksProgress->setRange(0, m_model->rowCount());
    m_ui->checksProgress->setValue(done);
}

void CheckingPage::updateEvidence()
{
    if (!m_ui->showEvidenceButton->isChecked())
        return;
    const QModelIndex current = m_ui->checksView->currentIndex();
    const StatusRow row = current.isValid()
        ? m_model->row(current.siblingAtColumn(0).data(CheckStatusModel::IdRole).toString())
        : StatusRow {};
    QString text = row.evidence;
    if (text.isEmpty() && !row.title.isEmpty())
        text = tr("%1: %2").arg(
            row.title, row.detail.isEmpty() ? statusText(row.status) : row.detail);
    m_ui->evidenceView->setPlainText(text);
}

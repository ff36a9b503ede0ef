// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checkreport.h"

#include <QWizardPage>

#include <memory>

class WizardContext;
namespace Ui {
class RemediationPage;
}

/// Step 5 (only when something needs doing): what to change in ConnectWise, grouped by where it
/// is changed, with copyable steps, a redacted report and a re-check that shows what changed.
class RemediationPage : public QWizardPage
{
    Q_OBJECT
public:
    enum class ReportFormat { Markdown, Json, Html };

    explicit RemediationPage(WizardContext &context, QWidget *parent = nullptr);
    ~RemediationPage() override;

    /// Writes the last report to path (redacted: no private key, public key as its last four
    /// characters). False, with the reason shown inline, when the file cannot be written.
    bool saveReport(const QString &path, ReportFormat format);
    /// The plain-text steps "Copy steps" puts on the clipboard.
    QString stepsText() const;
    /// Runs every check again; the page shows what changed when it finishes.
    void recheck();
    /// Stops a re-check in flight; the previous results stay.
    void stopRecheck();
    bool isRechecking() const { return m_rechecking; }
    /// "Agreements Edit: missing → granted" lines from the last re-check.
    QStringList changes() const { return m_changes; }
    /// Ids of the catalog checks listed as needing work.
    QStringList listedCheckIds() const;

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    int nextId() const override;

private:
    enum class NoticeAction { Recheck, StopRecheck, ChooseFile };

    void onNoticeAction();
    void showReport(const CheckReport &report);
    void onChecksFinished(const CheckReport &report);
    void chooseReportFile();

    WizardContext &m_context;
    std::unique_ptr<Ui::RemediationPage> m_ui;
    bool m_rechecking = false;
    NoticeAction m_noticeAction = NoticeAction::Recheck;
    QStringList m_changes;
};

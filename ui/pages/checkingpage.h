// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checkreport.h"

#include <QWizardPage>

#include <memory>

class CheckStatusModel;
class WizardContext;
enum class CheckStage;
namespace Ui {
class CheckingPage;
}

/// Step 4: the check ladder fills in live, one row per check; Stop works at any time. The page
/// is complete once a run finished with a working connection.
class CheckingPage : public QWizardPage
{
    Q_OBJECT
public:
    enum class State { Idle, Running, Finished, Canceled };

    explicit CheckingPage(WizardContext &context, QWidget *parent = nullptr);
    ~CheckingPage() override;

    State state() const { return m_state; }
    CheckStatusModel *model() const { return m_model; }
    /// Starts a new run (also what "Run again" does).
    void startChecks();
    void cancelChecks();

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    int nextId() const override;

private:
    void onStageChanged(CheckStage stage);
    void onCheckUpdated(const CheckResult &result);
    void onFinished(const CheckReport &report);
    void updateProgress();
    void updateEvidence();
    void setState(State state);

    WizardContext &m_context;
    std::unique_ptr<Ui::CheckingPage> m_ui;
    CheckStatusModel *m_model = nullptr;
    State m_state = State::Idle;
};

// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vaultresult.h"

#include <QWizardPage>

#include <memory>

struct ConnectionProfile;
class WizardContext;
namespace Ui {
class SavePage;
}

/// Step 6: stores the keys in the OS keychain and the rest of the connection in the settings.
/// Keychain failures are explained inline, with a retry and, where the keys are still good, the
/// choice to use them for this session only.
class SavePage : public QWizardPage
{
    Q_OBJECT
public:
    enum class State { Idle, Saving, Saved, Failed, SessionOnly };

    explicit SavePage(WizardContext &context, QWidget *parent = nullptr);
    ~SavePage() override;

    State state() const { return m_state; }
    QString connectionName() const;
    VaultResult lastResult() const { return m_lastResult; }
    /// Starts saving (what the Save button and Retry do).
    void save();
    /// Continues without storing the keys (only offered when they are usable for the session).
    void useForSessionOnly();

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

private:
    void onSaveFinished(const VaultResult &result);
    void setState(State state);
    ConnectionProfile buildProfile() const;

    WizardContext &m_context;
    std::unique_ptr<Ui::SavePage> m_ui;
    State m_state = State::Idle;
    VaultResult m_lastResult;
    QString m_suggestedName; ///< the name last filled in for people, not typed by them
};

// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vaultresult.h"

#include <QWizardPage>

#include <memory>

struct ApiKeys;
class WizardContext;
namespace Ui {
class WelcomePage;
}

/// Step 1: what will happen, which features to set up, the sandbox, and saved connections.
class WelcomePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit WelcomePage(WizardContext &context, QWidget *parent = nullptr);
    ~WelcomePage() override;

    QStringList selectedFeatures() const;
    void setSelectedFeatures(const QStringList &features);

    /// Starts the built-in simulator with scenario and continues with its details prefilled.
    /// Failures are shown inline on the page.
    bool practiseInSandbox(const QString &scenario = QStringLiteral("ready"));

    /// Saved connections, as listed.
    QStringList savedConnections() const;
    /// Loads the keys of a saved connection from the keychain, then re-checks it (or opens its
    /// details for editing). Keychain failures are shown inline.
    void recheckSaved(const QString &name);
    void editSaved(const QString &name);
    void refreshSavedConnections();

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

private:
    enum class Jump { None, Recheck, Edit };

    void onFeaturesToggled();
    void loadSaved(const QString &name, Jump jump);
    void onKeysLoaded(const VaultResult &result, const ApiKeys &keys);
    QString selectedSaved() const;

    WizardContext &m_context;
    std::unique_ptr<Ui::WelcomePage> m_ui;
    Jump m_jump = Jump::None;
    QString m_loading; ///< the saved connection whose keys are being read
};

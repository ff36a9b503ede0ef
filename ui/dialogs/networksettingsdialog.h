// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "proxyvault.h"

#include <QDialog>

#include <memory>

namespace Ui {
class NetworkSettingsDialog;
}

/// The proxy choice: the system's (default), none, or a manual HTTP/SOCKS5 proxy with an
/// optional user and password. Checked as typed; Save stores it through the ProxyVault (the
/// password in the keychain, never shown again: the field stays empty and says a password is
/// saved) and the running transport uses it at once. Open it with open(), never exec().
class NetworkSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NetworkSettingsDialog(ProxyVault &vault, QWidget *parent = nullptr);
    ~NetworkSettingsDialog() override;

    /// What the form holds now (hasPassword: typed, or kept from the saved proxy).
    ProxySettings currentSettings() const;
    /// Stores and applies the form (what the Save button does).
    void save();

signals:
    /// Saved and applied; the dialog closes unless there is a warning to read.
    void settingsSaved(const ProxyVaultResult &result);

private:
    void load(const ProxySettings &settings);
    void updateForm();
    bool keepsSavedPassword(const ProxySettings &settings) const;
    void onSaved(const ProxyVaultResult &result);

    ProxyVault &m_vault;
    std::unique_ptr<Ui::NetworkSettingsDialog> m_ui;
    ProxySettings m_saved;
    bool m_saving = false;
};

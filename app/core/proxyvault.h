// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "proxysettings.h"

#include <QMetaType>
#include <QObject>
#include <QStringList>

#include <functional>

class SecretStore;
struct SecretResult;

/// Where the proxy settings (never the password) are kept; SettingsProxyStore in the app.
class ProxySettingsStore
{
public:
    virtual ~ProxySettingsStore() = default;
    /// The saved settings; the system proxy when nothing was saved.
    virtual ProxySettings proxySettings() const = 0;
    virtual bool saveProxySettings(const ProxySettings &settings, QString *error) = 0;
};

/// Hands settings and password to the transport (NetworkTransport::applyProxy in the app), so
/// the core never links the network stack. False (and *error, without the password) on failure.
using ProxyApplier
    = std::function<bool(const ProxySettings &settings, const QString &password, QString *error)>;

struct ProxyVaultResult
{
    bool ok = false;
    QString message; ///< what failed, or a one-line summary of what now applies; no password
    QStringList warnings; ///< done, but something was left behind (e.g. an old keychain entry)
    QList<ProxyIssue> issues; ///< why save() refused the settings
    ProxySettings settings; ///< what now applies
};

/// The proxy flows: the password goes to the OS keychain (SecretStore) under an entry specific
/// to the proxy, the rest to the ProxySettingsStore, and both are handed to the transport.
/// Every call answers exactly once with its signal, after it returned.
class ProxyVault : public QObject
{
    Q_OBJECT
public:
    ProxyVault(SecretStore &secrets, ProxySettingsStore &store, ProxyApplier applier,
        QObject *parent = nullptr);

    /// The saved settings (never the password).
    ProxySettings settings() const;

    /// Reads the saved settings and their password and applies them → applied. A password the
    /// keychain cannot give is a warning: the proxy is used without it and will say so on 407.
    void applySaved();
    /// Validates settings (password: newly typed, empty = keep the stored one when the entry is
    /// the same), stores the password, removes the entry of the proxy it replaces, saves the
    /// settings and applies them → saved. Nothing changes when validation or a write fails.
    void save(const ProxySettings &settings, const QString &password);

Q_SIGNALS:
    void applied(const ProxyVaultResult &result);
    void saved(const ProxyVaultResult &result);

private:
    struct Saving;
    void finishSave(std::shared_ptr<Saving> s, const QString &password);
    void deliver(void (ProxyVault::*signal)(const ProxyVaultResult &), ProxyVaultResult result);
    QString keychainProblem(const SecretResult &result) const;

    SecretStore &m_secrets;
    ProxySettingsStore &m_store;
    ProxyApplier m_applier;
};

Q_DECLARE_METATYPE(ProxyVaultResult)

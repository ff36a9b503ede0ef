// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "proxyvault.h"

#include <memory>

class QSettings;

/// ProxySettingsStore over QSettings: the group "network/proxy" of the same settings the saved
/// connections use. The password is never written here (ProxySettings has no field for it).
class SettingsProxyStore : public ProxySettingsStore
{
public:
    /// The application's own settings (organization domain and app id from phinconfig.h).
    SettingsProxyStore();
    /// An INI file at iniPath, e.g. a temporary file in tests or --settings FILE.
    explicit SettingsProxyStore(const QString &iniPath);
    ~SettingsProxyStore() override;

    ProxySettings proxySettings() const override;
    bool saveProxySettings(const ProxySettings &settings, QString *error) override;

private:
    std::unique_ptr<QSettings> m_settings;
};

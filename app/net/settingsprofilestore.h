// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profilestore.h"

#include <memory>

class QSettings;

/// Writes settings to disk at once; false (and *error: cannot write, or not a valid settings
/// file) when that failed.
bool syncSettings(QSettings &settings, QString *error);

/// ProfileStore over QSettings. Each profile is one group under "profiles/", so saving one
/// never rewrites another; every change is synced to disk at once and checked. Keys never go
/// here: ConnectionProfile has no field for them.
class SettingsProfileStore : public ProfileStore
{
public:
    /// The application's own settings (organization domain and app id from phinconfig.h).
    SettingsProfileStore();
    /// An INI file at iniPath, e.g. a temporary file in tests.
    explicit SettingsProfileStore(const QString &iniPath);
    /// Settings owned by the caller, which must outlive this store.
    explicit SettingsProfileStore(QSettings *settings);
    ~SettingsProfileStore() override;

    QString fileName() const;

    QStringList profileNames() const override;
    std::optional<ConnectionProfile> profile(const QString &name) const override;
    bool saveProfile(const ConnectionProfile &profile, QString *error) override;
    bool removeProfile(const QString &name, QString *error) override;
    QString defaultProfileName() const override;
    bool setDefaultProfileName(const QString &name, QString *error) override;

private:
    bool commit(QString *error);

    std::unique_ptr<QSettings> m_owned;
    QSettings *m_settings = nullptr;
};

// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profilestore.h"

#include <QMap>

/// A ProfileStore that keeps profiles for this run only: for "use keys for this session only"
/// and for tests. failNextSave() makes the next save fail like an unwritable settings file.
class MemoryProfileStore : public ProfileStore
{
public:
    QStringList profileNames() const override { return m_profiles.keys(); }
    std::optional<ConnectionProfile> profile(const QString &name) const override;
    bool saveProfile(const ConnectionProfile &profile, QString *error) override;
    bool removeProfile(const QString &name, QString *error) override;
    QString defaultProfileName() const override { return m_default; }
    bool setDefaultProfileName(const QString &name, QString *error) override;

    void failNextSave(const QString &reason) { m_saveFailure = reason; }

private:
    QMap<QString, ConnectionProfile> m_profiles;
    QString m_default;
    QString m_saveFailure;
};

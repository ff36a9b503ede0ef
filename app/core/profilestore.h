// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionprofile.h"

#include <QString>
#include <QStringList>

#include <optional>

/// Where saved connections live (QSettings in the product, memory in tests). Never holds a key.
/// Synchronous: settings are small and local. Mutating calls return false and say why in
/// *error when the change could not be stored.
class ProfileStore
{
public:
    virtual ~ProfileStore() = default;

    virtual QStringList profileNames() const = 0; ///< sorted
    virtual std::optional<ConnectionProfile> profile(const QString &name) const = 0;
    /// Adds or replaces the profile with that name.
    virtual bool saveProfile(const ConnectionProfile &profile, QString *error) = 0;
    virtual bool removeProfile(const QString &name, QString *error) = 0;
    /// Empty when there is none. Removing the default profile clears it.
    virtual QString defaultProfileName() const = 0;
    virtual bool setDefaultProfileName(const QString &name, QString *error) = 0;
};

// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "memoryprofilestore.h"

std::optional<ConnectionProfile> MemoryProfileStore::profile(const QString &name) const
{
    const auto it = m_profiles.constFind(name);
    if (it == m_profiles.constEnd())
        return std::nullopt;
    return *it;
}

bool MemoryProfileStore::saveProfile(const ConnectionProfile &profile, QString *error)
{
    if (!m_saveFailure.isEmpty()) {
        if (error)
            *error = m_saveFailure;
        m_saveFailure.clear();
        return false;
    }
    m_profiles.insert(profile.name, profile);
    return true;
}

bool MemoryProfileStore::removeProfile(const QString &name, QString *)
{
    m_profiles.remove(name);
    if (m_default == name)
        m_default.clear();
    return true;
}

bool MemoryProfileStore::setDefaultProfileName(const QString &name, QString *error)
{
    if (!name.isEmpty() && !m_profiles.contains(name)) {
        if (error)
            *error = QStringLiteral("There is no saved connection named \"%1\".").arg(name);
        return false;
    }
    m_default = name;
    return true;
}

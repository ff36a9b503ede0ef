// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsproxystore.h"

#include "phinconfig.h"
#include "settingsprofilestore.h"

#include <QSettings>

namespace {

const QString kGroup = QStringLiteral("network/proxy");

} // namespace

SettingsProxyStore::SettingsProxyStore()
    : m_settings(std::make_unique<QSettings>(
        QStringLiteral(PHIN_ORGANIZATION_DOMAIN), QStringLiteral(PHIN_APP_ID)))
{ }

SettingsProxyStore::SettingsProxyStore(const QString &iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{ }

SettingsProxyStore::~SettingsProxyStore() = default;

ProxySettings SettingsProxyStore::proxySettings() const
{
    // Another process (the checker, a second wizard) may have saved since this one started.
    m_settings->sync();
    QVariantMap map;
    m_settings->beginGroup(kGroup);
    const QStringList keys = m_settings->childKeys();
    for (const QString &key : keys)
        map.insert(key, m_settings->value(key));
    m_settings->endGroup();
    return ProxySettings::fromMap(map);
}

bool SettingsProxyStore::saveProxySettings(const ProxySettings &settings, QString *error)
{
    m_settings->remove(kGroup);
    m_settings->beginGroup(kGroup);
    const QVariantMap map = settings.toMap();
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        m_settings->setValue(it.key(), it.value());
    m_settings->endGroup();
    return syncSettings(*m_settings, error);
}

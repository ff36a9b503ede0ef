// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsprofilestore.h"

#include "phinconfig.h"

#include <QSettings>
#include <QUrl>

namespace {

constexpr int kFormatVersion = 1;
const QString kProfilesGroup = QStringLiteral("profiles");
const QString kDefaultKey = QStringLiteral("defaultProfile");
const QString kVersionKey = QStringLiteral("formatVersion");

// QSettings treats '/' and '\' in keys as structure; a name may hold either.
QString groupFor(const QString &name)
{
    return kProfilesGroup + QLatin1Char('/') + QString::fromLatin1(QUrl::toPercentEncoding(name));
}

QString toIso(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime fromIso(const QString &text)
{
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}

} // namespace

SettingsProfileStore::SettingsProfileStore()
    : m_owned(std::make_unique<QSettings>(
        QStringLiteral(PHIN_ORGANIZATION_DOMAIN), QStringLiteral(PHIN_APP_ID)))
    , m_settings(m_owned.get())
{ }

SettingsProfileStore::SettingsProfileStore(const QString &iniPath)
    : m_owned(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
    , m_settings(m_owned.get())
{ }

SettingsProfileStore::SettingsProfileStore(QSettings *settings)
    : m_settings(settings)
{ }

SettingsProfileStore::~SettingsProfileStore() = default;

QString SettingsProfileStore::fileName() const
{
    return m_settings->fileName();
}

bool syncSettings(QSettings &settings, QString *error)
{
    settings.sync();
    if (settings.status() == QSettings::NoError)
        return true;
    if (error) {
        *error = settings.status() == QSettings::AccessError
            ? QStringLiteral("cannot write %1").arg(settings.fileName())
            : QStringLiteral("%1 is not a valid settings file").arg(settings.fileName());
    }
    return false;
}

bool SettingsProfileStore::commit(QString *error)
{
    return syncSettings(*m_settings, error);
}

QStringList SettingsProfileStore::profileNames() const
{
    m_settings->beginGroup(kProfilesGroup);
    const QStringList groups = m_settings->childGroups();
    QStringList names;
    for (const QString &group : groups) {
        const QString name = m_settings->value(group + QStringLiteral("/name")).toString();
        if (!name.isEmpty())
            names.append(name);
    }
    m_settings->endGroup();
    names.sort();
    return names;
}

std::optional<ConnectionProfile> SettingsProfileStore::profile(const QString &name) const
{
    const QString group = groupFor(name);
    if (name.isEmpty() || !m_settings->contains(group + QStringLiteral("/name")))
        return std::nullopt;
    m_settings->beginGroup(group);
    ConnectionProfile p;
    p.name = m_settings->value(QStringLiteral("name")).toString();
    p.site = m_settings->value(QStringLiteral("site")).toString();
    p.loginHost = m_settings->value(QStringLiteral("loginHost")).toString();
    p.companyId = m_settings->value(QStringLiteral("companyId")).toString();
    p.features = m_settings->value(QStringLiteral("features")).toStringList();
    p.memberName = m_settings->value(QStringLiteral("memberName")).toString();
    p.roleName = m_settings->value(QStringLiteral("roleName")).toString();
    p.lastCheckSummary = m_settings->value(QStringLiteral("lastCheckSummary")).toString();
    p.lastCheckAt = fromIso(m_settings->value(QStringLiteral("lastCheckAt")).toString());
    p.lastCheckPassed = m_settings->value(QStringLiteral("lastCheckPassed")).toBool();
    p.connected = m_settings->value(QStringLiteral("connected")).toBool();
    p.disconnectedAt = fromIso(m_settings->value(QStringLiteral("disconnectedAt")).toString());
    p.publicKeyHint = m_settings->value(QStringLiteral("publicKeyHint")).toString();
    p.keychainAccount = m_settings->value(QStringLiteral("keychainAccount")).toString();
    p.catalogVersion = m_settings->value(QStringLiteral("catalogVersion")).toString();
    const int rows = m_settings->beginReadArray(QStringLiteral("companyMapping"));
    for (int i = 0; i < rows; ++i) {
        m_settings->setArrayIndex(i);
        CompanyMappingRow row;
        row.phinOrganization = m_settings->value(QStringLiteral("phinOrganization")).toString();
        row.connectwiseCompanyId
            = m_settings->value(QStringLiteral("connectwiseCompanyId")).toString();
        row.connectwiseCompanyIdentifier
            = m_settings->value(QStringLiteral("connectwiseCompanyIdentifier")).toString();
        row.agreementId = m_settings->value(QStringLiteral("agreementId")).toString();
        row.phinDomain = m_settings->value(QStringLiteral("phinDomain")).toString();
        row.phinId = m_settings->value(QStringLiteral("phinId")).toString();
        row.connectwiseCompanyName
            = m_settings->value(QStringLiteral("connectwiseCompanyName")).toString();
        row.agreementName = m_settings->value(QStringLiteral("agreementName")).toString();
        row.missingSince = fromIso(m_settings->value(QStringLiteral("missingSince")).toString());
        p.companyMapping.append(row);
    }
    m_settings->endArray();
    const int pins = m_settings->beginReadArray(QStringLiteral("pinnedCertificates"));
    for (int i = 0; i < pins; ++i) {
        m_settings->setArrayIndex(i);
        const QString site = m_settings->value(QStringLiteral("site")).toString();
        const QByteArray sha256 = TlsCertificateInfo::normalizedFingerprint(
            m_settings->value(QStringLiteral("sha256")).toString().toLatin1());
        // A damaged entry is dropped: it could only ever fail to match.
        if (TlsCertificateInfo::parseSiteKey(site, nullptr, nullptr) && !sha256.isEmpty())
            p.pinnedCertificates.insert(site, QString::fromLatin1(sha256));
    }
    m_settings->endArray();
    m_settings->endGroup();
    return p;
}

bool SettingsProfileStore::saveProfile(const ConnectionProfile &p, QString *error)
{
    if (p.name.isEmpty()) {
        if (error)
            *error = QStringLiteral("a profile needs a name");
        return false;
    }
    m_settings->setValue(kVersionKey, kFormatVersion);
    const QString group = groupFor(p.name);
    m_settings->remove(group); // no leftovers, e.g. mapping rows beyond the new count
    m_settings->beginGroup(group);
    m_settings->setValue(QStringLiteral("name"), p.name);
    m_settings->setValue(QStringLiteral("site"), p.site);
    m_settings->setValue(QStringLiteral("loginHost"), p.loginHost);
    m_settings->setValue(QStringLiteral("companyId"), p.companyId);
    m_settings->setValue(QStringLiteral("features"), p.features);
    m_settings->setValue(QStringLiteral("memberName"), p.memberName);
    m_settings->setValue(QStringLiteral("roleName"), p.roleName);
    m_settings->setValue(QStringLiteral("lastCheckSummary"), p.lastCheckSummary);
    m_settings->setValue(QStringLiteral("lastCheckAt"), toIso(p.lastCheckAt));
    m_settings->setValue(QStringLiteral("lastCheckPassed"), p.lastCheckPassed);
    m_settings->setValue(QStringLiteral("connected"), p.connected);
    m_settings->setValue(QStringLiteral("disconnectedAt"), toIso(p.disconnectedAt));
    m_settings->setValue(QStringLiteral("publicKeyHint"), p.publicKeyHint);
    m_settings->setValue(QStringLiteral("keychainAccount"), p.keychainAccount);
    m_settings->setValue(QStringLiteral("catalogVersion"), p.catalogVersion);
    m_settings->beginWriteArray(QStringLiteral("companyMapping"), int(p.companyMapping.size()));
    for (int i = 0; i < p.companyMapping.size(); ++i) {
        m_settings->setArrayIndex(i);
        const CompanyMappingRow &row = p.companyMapping.at(i);
        m_settings->setValue(QStringLiteral("phinOrganization"), row.phinOrganization);
        m_settings->setValue(QStringLiteral("connectwiseCompanyId"), row.connectwiseCompanyId);
        m_settings->setValue(
            QStringLiteral("connectwiseCompanyIdentifier"), row.connectwiseCompanyIdentifier);
        m_settings->setValue(QStringLiteral("agreementId"), row.agreementId);
        m_settings->setValue(QStringLiteral("phinDomain"), row.phinDomain);
        m_settings->setValue(QStringLiteral("phinId"), row.phinId);
        m_settings->setValue(QStringLiteral("connectwiseCompanyName"), row.connectwiseCompanyName);
        m_settings->setValue(QStringLiteral("agreementName"), row.agreementName);
        m_settings->setValue(QStringLiteral("missingSince"), toIso(row.missingSince));
    }
    m_settings->endArray();
    m_settings->beginWriteArray(
        QStringLiteral("pinnedCertificates"), int(p.pinnedCertificates.size()));
    int pin = 0;
    for (auto it = p.pinnedCertificates.cbegin(); it != p.pinnedCertificates.cend(); ++it) {
        m_settings->setArrayIndex(pin++);
        m_settings->setValue(QStringLiteral("site"), it.key());
        m_settings->setValue(QStringLiteral("sha256"), it.value());
    }
    m_settings->endArray();
    m_settings->endGroup();
    return commit(error);
}

bool SettingsProfileStore::removeProfile(const QString &name, QString *error)
{
    m_settings->remove(groupFor(name));
    if (m_settings->value(kDefaultKey).toString() == name)
        m_settings->remove(kDefaultKey);
    return commit(error);
}

QString SettingsProfileStore::defaultProfileName() const
{
    const QString name = m_settings->value(kDefaultKey).toString();
    // A default that names a removed profile is no default.
    return profile(name) ? name : QString();
}

bool SettingsProfileStore::setDefaultProfileName(const QString &name, QString *error)
{
    if (name.isEmpty()) {
        m_settings->remove(kDefaultKey);
        return commit(error);
    }
    if (!profile(name)) {
        if (error)
            *error = QStringLiteral("there is no saved connection named \"%1\"").arg(name);
        return false;
    }
    m_settings->setValue(kDefaultKey, name);
    return commit(error);
}

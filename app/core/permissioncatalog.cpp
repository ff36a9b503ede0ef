// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "permissioncatalog.h"

#include "corelogging.h"
#include "jsonresource.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

QString capitalized(const QString &s)
{
    return s.isEmpty() ? s : s.left(1).toUpper() + s.mid(1);
}

} // namespace

QString CatalogEntry::displayName() const
{
    if (kind == CheckKind::DefaultBoard)
        return module + QStringLiteral(" > ") + function;
    return module + QStringLiteral(" > ") + function + QStringLiteral(" > ") + capitalized(level);
}

QString CatalogEntry::shortName() const
{
    if (kind == CheckKind::DefaultBoard)
        return QStringLiteral("Default Board");
    return function + QLatin1Char(' ') + capitalized(level);
}

PermissionCatalog PermissionCatalog::load(QString *error)
{
    QByteArray json;
    if (!readDataFile(QStringLiteral(":/connectwise/catalog.json"), QStringLiteral("catalog.json"),
            &json, error))
        return {};
    return fromJson(json, error);
}

PermissionCatalog PermissionCatalog::fromJson(const QByteArray &json, QString *error)
{
    QJsonObject root;
    if (!parseJsonObject(json, QStringLiteral("catalog.json"), &root, error))
        return {};
    PermissionCatalog catalog;
    catalog.m_version = root.value(QLatin1String("catalogVersion")).toString();
    catalog.m_date = root.value(QLatin1String("catalogDate")).toString();
    const QJsonArray features = root.value(QLatin1String("features")).toArray();
    for (const auto &f : features) {
        const QJsonObject o = f.toObject();
        catalog.m_features.append(
            { o.value(QLatin1String("id")).toString(), o.value(QLatin1String("name")).toString() });
    }
    const QJsonArray checks = root.value(QLatin1String("checks")).toArray();
    for (const auto &c : checks) {
        const QJsonObject o = c.toObject();
        CatalogEntry e;
        e.id = o.value(QLatin1String("id")).toString();
        e.kind = o.value(QLatin1String("kind")).toString() == QLatin1String("default-board")
            ? CheckKind::DefaultBoard
            : CheckKind::Permission;
        e.module = o.value(QLatin1String("module")).toString();
        e.function = o.value(QLatin1String("function")).toString();
        e.level = o.value(QLatin1String("level")).toString();
        e.required = o.value(QLatin1String("required")).toString();
        const QJsonArray fs = o.value(QLatin1String("features")).toArray();
        for (const auto &f : fs)
            e.features.append(f.toString());
        e.since = o.value(QLatin1String("since")).toString();
        if (e.id.isEmpty()) {
            if (error)
                *error = QStringLiteral("catalog.json: a check has no id");
            return {};
        }
        catalog.m_entries.append(e);
    }
    if (catalog.m_entries.isEmpty() && error)
        *error = QStringLiteral("catalog.json lists no checks");
    qCDebug(lcPhinData) << "catalog" << catalog.m_version << "with" << catalog.m_entries.size()
                        << "checks";
    return catalog;
}

QStringList PermissionCatalog::featureIds() const
{
    QStringList ids;
    for (const auto &f : m_features)
        ids.append(f.id);
    return ids;
}

QString PermissionCatalog::featureName(const QString &id) const
{
    for (const auto &f : m_features) {
        if (f.id == id)
            return f.name;
    }
    return id;
}

const CatalogEntry *PermissionCatalog::entry(const QString &id) const
{
    for (const auto &e : m_entries) {
        if (e.id == id)
            return &e;
    }
    return nullptr;
}

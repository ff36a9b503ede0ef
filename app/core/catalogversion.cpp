// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogversion.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CatalogVersion)
};

} // namespace

QStringList CatalogChanges::checkIds() const
{
    QStringList ids;
    for (const CatalogChange &c : changes)
        ids.append(c.entry.id);
    return ids;
}

QStringList CatalogChanges::lines() const
{
    QStringList out;
    for (const CatalogChange &c : changes)
        out.append(c.line);
    return out;
}

namespace CatalogVersion {

int compare(const QString &a, const QString &b)
{
    static const QRegularExpression separators(QStringLiteral("[^0-9]+"));
    const QStringList pa = a.split(separators, Qt::SkipEmptyParts);
    const QStringList pb = b.split(separators, Qt::SkipEmptyParts);
    for (int i = 0; i < qMax(pa.size(), pb.size()); ++i) {
        const qlonglong x = i < pa.size() ? pa.at(i).toLongLong() : -1;
        const qlonglong y = i < pb.size() ? pb.at(i).toLongLong() : -1;
        if (x != y)
            return x < y ? -1 : 1;
    }
    return 0;
}

CatalogChanges changesSince(
    const QString &profileVersion, const PermissionCatalog &catalog, const QStringList &features)
{
    CatalogChanges result;
    result.profileVersion = profileVersion.trimmed();
    result.catalogVersion = catalog.version();
    result.catalogDate = catalog.date();
    result.profileVersionUnknown = result.profileVersion.isEmpty();
    if (result.profileVersionUnknown)
        return result;
    for (const CatalogEntry &entry : catalog.entries()) {
        if (compare(entry.since, result.profileVersion) <= 0)
            continue;
        QStringList concerned;
        for (const QString &f : entry.features) {
            if (features.isEmpty() || features.contains(f))
                concerned.append(catalog.featureName(f));
        }
        if (concerned.isEmpty())
            continue;
        const QString what = entry.kind == CheckKind::DefaultBoard
            ? entry.shortName()
            : QStringLiteral("%1 %2").arg(
                entry.function, entry.level.left(1).toUpper() + entry.level.mid(1));
        result.changes.append({ entry,
            //: %1 catalog version ("2026.12"), %2 a ConnectWise function and level ("Service
            //: Tickets Edit", keep in English), %3 Phin features ("Service Desk", in English).
            Text::tr("since %1: %2 needed (%3)")
                .arg(entry.since, what, concerned.join(QStringLiteral(", "))) });
    }
    return result;
}

} // namespace CatalogVersion

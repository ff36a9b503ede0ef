// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "permissioncatalog.h"

#include <QList>
#include <QString>
#include <QStringList>

/// One requirement a newer catalog added since a profile was checked.
struct CatalogChange
{
    CatalogEntry entry;
    QString line; ///< "since 2026.12: Service Tickets Edit needed (Service Desk)"
};

/// What is new in the shipped catalog for one profile, and what to re-check.
struct CatalogChanges
{
    QString profileVersion; ///< the version the profile was checked against; may be empty
    QString catalogVersion; ///< the shipped catalog's version
    QString catalogDate;
    /// The profile was never checked against a versioned catalog: everything must be checked.
    bool profileVersionUnknown = false;
    QList<CatalogChange> changes; ///< in catalog order; only for the profile's features

    bool isUpToDate() const { return !profileVersionUnknown && changes.isEmpty(); }
    QStringList checkIds() const; ///< the catalog ids to re-check
    QStringList lines() const; ///< one per change, for the Integrations page and --all-profiles
};

/// Comparing catalog versions ("2026.11" < "2026.12" < "2027.1") and listing what a newer
/// catalog requires that a profile's last check did not cover.
namespace CatalogVersion {

/// <0, 0 or >0, comparing dot- or dash-separated numbers numerically ("2026.9" < "2026.10");
/// an empty version is older than any other.
int compare(const QString &a, const QString &b);

/// The rows of @p catalog with a "since" newer than @p profileVersion that concern one of
/// @p features (every feature when empty).
CatalogChanges changesSince(
    const QString &profileVersion, const PermissionCatalog &catalog, const QStringList &features);

} // namespace CatalogVersion

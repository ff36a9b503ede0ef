// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

/// What a catalog row asks for: a security-role level, or the API member's default board.
enum class CheckKind { Permission, DefaultBoard };

struct CatalogFeature
{
    QString id; ///< "billing", "service-desk"
    QString name; ///< "Billing", "Service Desk"
};

/// One thing Phin needs from ConnectWise (one row of catalog.json).
struct CatalogEntry
{
    QString id; ///< e.g. "finance.agreements.edit"; also the key into assumptions.json
    CheckKind kind = CheckKind::Permission;
    QString module; ///< "Finance"
    QString function; ///< "Agreements"
    QString level; ///< "inquire", "add", "edit" (or "set" for the board)
    QString required; ///< "All"
    QStringList features;
    QString since;

    /// "Finance > Agreements > Edit" for people.
    QString displayName() const;
    /// "Agreements Edit" for short lists and diffs.
    QString shortName() const;
};

/// The permission catalog: which checks exist and which feature needs which. Loaded from
/// resources/connectwise/catalog.json; adding a permission is one row there.
class PermissionCatalog
{
public:
    /// Loads the embedded :/connectwise/catalog.json.
    static PermissionCatalog load(QString *error = nullptr);
    static PermissionCatalog fromJson(const QByteArray &json, QString *error = nullptr);

    bool isValid() const { return !m_entries.isEmpty(); }
    QString version() const { return m_version; }
    QString date() const { return m_date; } ///< "catalogDate", e.g. "2026-11-28"
    const QList<CatalogEntry> &entries() const { return m_entries; }
    const QList<CatalogFeature> &features() const { return m_features; }
    QStringList featureIds() const;
    QString featureName(const QString &id) const;
    const CatalogEntry *entry(const QString &id) const;

private:
    QString m_version;
    QString m_date;
    QList<CatalogFeature> m_features;
    QList<CatalogEntry> m_entries;
};

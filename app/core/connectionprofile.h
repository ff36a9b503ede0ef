// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tlscertificate.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <utility>

class HttpTransport;

/// One row of the mapping between Phin organizations and ConnectWise companies. Stored and given
/// back unchanged here; CompanyMapping (companymapping.h) interprets it.
struct CompanyMappingRow
{
    CompanyMappingRow() = default;
    CompanyMappingRow(
        QString organization, QString companyId, QString companyIdentifier, QString agreement = {})
        : phinOrganization(std::move(organization))
        , connectwiseCompanyId(std::move(companyId))
        , connectwiseCompanyIdentifier(std::move(companyIdentifier))
        , agreementId(std::move(agreement))
    { }

    QString phinOrganization;
    QString connectwiseCompanyId; ///< empty: not mapped
    QString connectwiseCompanyIdentifier;
    QString agreementId;
    QString phinDomain; ///< from the organisation list, to propose again later
    QString phinId;
    QString connectwiseCompanyName; ///< as it was when mapped, to name a company that is gone
    QString agreementName;
    /// UTC; set when a fresh company list no longer had the company, cleared when it is back.
    QDateTime missingSince;

    friend bool operator==(const CompanyMappingRow &a, const CompanyMappingRow &b)
    {
        return a.phinOrganization == b.phinOrganization
            && a.connectwiseCompanyId == b.connectwiseCompanyId
            && a.connectwiseCompanyIdentifier == b.connectwiseCompanyIdentifier
            && a.agreementId == b.agreementId && a.phinDomain == b.phinDomain
            && a.phinId == b.phinId && a.connectwiseCompanyName == b.connectwiseCompanyName
            && a.agreementName == b.agreementName && a.missingSince == b.missingSince;
    }
};

/// A saved connection: everything about it except the keys, which live in the OS keychain only.
struct ConnectionProfile
{
    QString name; ///< chosen by people; unique among profiles
    QString site; ///< the site as people entered it, e.g. "na.myconnectwise.net"
    QString loginHost; ///< the login host parsed from the site; names the keychain entries
    QString companyId;
    QStringList features; ///< selected features
    QString memberName; ///< the API member seen at the last successful check
    QString roleName; ///< that member's security role
    QString lastCheckSummary; ///< one line, e.g. "12 of 14 permissions granted"
    QDateTime lastCheckAt; ///< UTC
    bool lastCheckPassed = false;
    QList<CompanyMappingRow> companyMapping;
    /// The permission catalog version (catalog.json "catalogVersion") of the last check; a newer
    /// catalog lists what is new since (CatalogVersion::changesSince).
    QString catalogVersion;
    /// True while keys for it are in the keychain; false after a disconnect.
    bool connected = false;
    QDateTime disconnectedAt; ///< UTC, set by a disconnect
    QString publicKeyHint; ///< "…ABCD" at most, never more of the key
    /// The keychain account the keys were stored under ("<companyId>@<loginHost>"); set when
    /// they were saved, so later changes to the naming rule cannot orphan them.
    QString keychainAccount;
    /// Certificates people chose to trust for this connection's server ("host:port" ->
    /// SHA-256 hex): applied to the transport whenever the profile is used, for that site only.
    CertificatePins pinnedCertificates;

    /// Pins every certificate trusted for this connection on transport (for its host:port
    /// only); returns how many. Entries that are not "host:port" are skipped.
    int applyPinnedCertificates(HttpTransport &transport) const;

    /// "<companyId>@<loginHost>", lower case: one keychain account per ConnectWise login.
    QString defaultKeychainAccount() const;
    /// The stored account, or the default one when none was stored yet.
    QString effectiveKeychainAccount() const;
    static QString publicKeyEntry(const QString &account); ///< "<account>/public-key"
    static QString privateKeyEntry(const QString &account); ///< "<account>/private-key"
    /// "…ABCD": the last four characters, the most of a public key that may be shown.
    static QString hintFor(const QByteArray &publicKey);
    /// Empty when the name can be used; otherwise says what is wrong with it.
    static QString nameProblem(const QString &name);
};

Q_DECLARE_METATYPE(ConnectionProfile)

// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

/// One row of the mapping between Phin organizations and ConnectWise companies. Kept as opaque
/// data for a later feature: stored and given back unchanged, never interpreted here.
struct CompanyMappingRow
{
    QString phinOrganization;
    QString connectwiseCompanyId;
    QString connectwiseCompanyIdentifier;
    QString agreementId;

    friend bool operator==(const CompanyMappingRow &a, const CompanyMappingRow &b)
    {
        return a.phinOrganization == b.phinOrganization
            && a.connectwiseCompanyId == b.connectwiseCompanyId
            && a.connectwiseCompanyIdentifier == b.connectwiseCompanyIdentifier
            && a.agreementId == b.agreementId;
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
    /// True while keys for it are in the keychain; false after a disconnect.
    bool connected = false;
    QDateTime disconnectedAt; ///< UTC, set by a disconnect
    QString publicKeyHint; ///< "…ABCD" at most, never more of the key
    /// The keychain account the keys were stored under ("<companyId>@<loginHost>"); set when
    /// they were saved, so later changes to the naming rule cannot orphan them.
    QString keychainAccount;

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

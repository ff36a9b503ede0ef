// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

struct ConnectWiseAssumptions;

enum class InputField { Site, CompanyId, PublicKey, PrivateKey };

/// Notice: we changed something harmless (trimmed spaces). Warning: probably wrong, but the
/// check still runs. Error: the check cannot run until the field is fixed.
enum class IssueSeverity { Notice, Warning, Error };

struct InputIssue
{
    InputField field = InputField::Site;
    IssueSeverity severity = IssueSeverity::Notice;
    QString code; ///< stable machine-readable id, e.g. "trimmed", "same-keys"
    QString message; ///< names the field and says how to fix it; never contains a key
};

struct CompanyIdCheck
{
    QString value; ///< trimmed
    QList<InputIssue> issues;
    bool ok() const;
};

struct KeysCheck
{
    QByteArray publicKey; ///< trimmed
    QByteArray privateKey; ///< trimmed
    QList<InputIssue> issues;
    bool ok() const;
};

/// Checks the company id and the two keys the way people paste them.
class InputValidation
{
public:
    static CompanyIdCheck checkCompanyId(
        const QString &input, const ConnectWiseAssumptions &assumptions);
    static KeysCheck checkKeys(const QByteArray &publicKey, const QByteArray &privateKey,
        const ConnectWiseAssumptions &assumptions);
    static bool hasErrors(const QList<InputIssue> &issues);
    static QString fieldName(InputField field);
    /// "…ABCD": the most of a public key that may ever be shown.
    static QString publicKeyHint(const QByteArray &publicKey);
};

// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checkreport.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

/// Exit codes of phin-cw-check (a scripted contract).
enum ExitCode : int {
    kExitReady = 0, ///< connected, every selected check granted
    kExitNotReady = 1, ///< connected, something missing or insufficient
    kExitNoConnection = 2, ///< input, DNS, TLS, company, auth, unexpected response
    kExitUnknown = 3, ///< connected, nothing missing, something unknown
    kExitUsage = 64,
};

/// Turns a CheckReport into the formats people and scripts read. None of them ever contains a
/// private key; the public key appears at most as its last four characters.
class ReportFormatter
{
public:
    static constexpr int kSchemaVersion = 1;

    static QJsonObject toJsonObject(const CheckReport &report);
    /// Exactly one JSON document (schemaVersion 1).
    static QByteArray toJson(const CheckReport &report);
    static QString toText(const CheckReport &report);
    /// For pasting into a ticket.
    static QString toMarkdown(const CheckReport &report);
    static QString toHtml(const CheckReport &report);
    static int exitCode(const CheckReport &report);
    /// What changed between two runs: "Agreements Edit: missing → granted".
    static QStringList diff(const CheckReport &previous, const CheckReport &current);
    /// Plain steps for a ConnectWise admin, grouped by where they are fixed.
    static QString remediationSteps(const CheckReport &report);
    static QString statusLabel(CheckStatus status); ///< translated, for people
};

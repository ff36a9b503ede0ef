// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checkreport.h"
#include "checkstatusmodel.h"

class PermissionCatalog;

/// Turns the engine's results into rows of the check ladder: first the connection steps (site,
/// company, keys), then one row per catalog check of the chosen features.
namespace CheckRows {

inline const QString kSite = QStringLiteral("site");
inline const QString kCompany = QStringLiteral("company");
inline const QString kKeys = QStringLiteral("keys");

StatusKind kindOf(CheckStatus status);
/// "Finance > Agreements > Edit (All)".
QString titleOf(const CatalogEntry &entry);
/// Pending rows for a run that checks features.
QList<StatusRow> initialRows(const PermissionCatalog &catalog, const QStringList &features);
StatusRow rowFor(const CheckResult &result);
/// For an unknown check whose request got no normal answer from ConnectWise (no answer in time,
/// a lost connection, a server error, "too many requests", a redirect, an answer that could not
/// be read): what went wrong, in a few words, e.g. "server error (500 Internal Server Error)".
/// Running the check again is the remedy. Empty for every other result, including unknowns
/// whose fix is in ConnectWise (a member that cannot be read, a check without a test).
QString failedAnswer(const CheckResult &result);
/// The three connection rows as the report leaves them.
QList<StatusRow> connectionRows(const CheckReport &report);
/// Plain text of the evidence behind a result, one exchange a line; never contains keys.
QString evidenceText(const CheckResult &result);

} // namespace CheckRows

// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

struct ConnectWiseAssumptions;

enum class SiteError {
    None,
    Empty,
    UnsupportedScheme,
    InsecureHttp, ///< http:// to a host that is not loopback
    HasCredentials, ///< user:password@ in the address
    InvalidHost,
    InvalidPort,
};

/// Where a ConnectWise site lives: the host people log in to and the host that answers the API.
struct SiteAddress
{
    QString input; ///< what the user typed, trimmed
    QString scheme = QStringLiteral("https");
    QString loginHost; ///< "na.myconnectwise.net" or the on-premise host
    QString apiHost; ///< "api-na.myconnectwise.net" or the on-premise host
    int port = -1; ///< -1 = the scheme's default
    bool isCloudHost = false; ///< one of the known ConnectWise cloud sites
    bool isLoopback = false; ///< 127.0.0.0/8, ::1 or localhost (the sandbox)

    bool isValid() const { return !apiHost.isEmpty(); }
    QUrl loginUrl() const; ///< https://na.myconnectwise.net/
    QUrl apiOrigin() const; ///< https://api-na.myconnectwise.net (no path)
    /// https://api-na.myconnectwise.net/{codebase}apis/3.0/ (codebase ends with '/').
    QUrl apiBaseUrl(const QString &codebase) const;
    /// Whether credentials may be sent to url: same scheme, host and port as the API origin, and
    /// https (plain http only for loopback).
    bool mayCarryCredentials(const QUrl &url) const;
};

struct SiteParseResult
{
    SiteAddress site;
    SiteError error = SiteError::None;
    QString message; ///< names the field and says how to fix it; empty when ok
    QStringList notices; ///< harmless changes made to the input, e.g. a dropped path
    bool ok() const { return error == SiteError::None; }
};

/// Parses what people paste into the site field: a bare host, a URL with or without scheme, a
/// full login URL with path and query, an api- host, an on-premise host with port, or
/// http://127.0.0.1:port for the sandbox. Cloud login hosts map to their api- host.
SiteParseResult parseSite(const QString &input, const ConnectWiseAssumptions &assumptions);

/// True for localhost, 127.0.0.0/8 and ::1.
bool isLoopbackHost(const QString &host);

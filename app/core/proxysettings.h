// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>
#include <QUrl>
#include <QVariantMap>

/// How requests reach ConnectWise: the system's proxy configuration (the default), directly,
/// or through a proxy the technician entered.
enum class ProxyMode { System, Direct, Manual };
enum class ProxyType { Http, Socks5 };

/// One thing wrong with a manual proxy, with a message that says how to fix it.
struct ProxyIssue
{
    enum class Field { Host, Port, User, Password };
    Field field = Field::Host;
    QString code; ///< stable id: "host-empty", "port-range", "user-without-password", ...
    QString message; ///< never contains the password
};

/// The proxy settings as saved: everything but the password, which lives in the keychain under
/// secretKey(). hasPassword says whether one was stored there.
struct ProxySettings
{
    ProxyMode mode = ProxyMode::System;
    ProxyType type = ProxyType::Http;
    QString host;
    int port = 0;
    QString user;
    bool hasPassword = false;

    bool isManual() const { return mode == ProxyMode::Manual; }
    /// "http://user@host:port", "system proxy" or "no proxy": for messages and logs, never
    /// with the password.
    QString describe() const;
    /// "host:port" (IPv6 literals in brackets), as proxy messages name it.
    QString hostPort() const;
    /// The keychain entry of the password: specific to type, user, host and port, so changing
    /// any of them leaves the old entry to be removed. Empty when no password belongs here.
    QString secretKey() const;
    /// For NetworkTransport::setProxy(); the password only when given. Empty unless manual.
    QUrl url(const QString &password = {}) const;

    /// Problems that stop this from being used; passwordGiven: the user typed one or one is
    /// stored (hasPassword). Empty for System and Direct.
    QList<ProxyIssue> validate(bool passwordGiven) const;

    QVariantMap toMap() const;
    /// The inverse of toMap(); unknown or damaged values fall back to the system proxy.
    static ProxySettings fromMap(const QVariantMap &map);
    /// Parses "http://[user[:password]@]host:port" or "socks5://…"; the password (if any) goes
    /// to *password, never into the settings. On failure returns System and sets *error.
    static ProxySettings fromUrl(const QUrl &url, QString *password, QString *error);

    friend bool operator==(const ProxySettings &a, const ProxySettings &b);
    friend bool operator!=(const ProxySettings &a, const ProxySettings &b) { return !(a == b); }
};

Q_DECLARE_METATYPE(ProxySettings)

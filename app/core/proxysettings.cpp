// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "proxysettings.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

// Gives the free functions below the "ProxySettings" context that lupdate sees.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ProxySettings)
};

const QString kMode = QStringLiteral("mode");
const QString kType = QStringLiteral("type");
const QString kHost = QStringLiteral("host");
const QString kPort = QStringLiteral("port");
const QString kUser = QStringLiteral("user");
const QString kHasPassword = QStringLiteral("hasPassword");

QString modeName(ProxyMode mode)
{
    switch (mode) {
    case ProxyMode::Direct:
        return QStringLiteral("direct");
    case ProxyMode::Manual:
        return QStringLiteral("manual");
    case ProxyMode::System:
        break;
    }
    return QStringLiteral("system");
}

QString schemeOf(ProxyType type)
{
    return type == ProxyType::Socks5 ? QStringLiteral("socks5") : QStringLiteral("http");
}

ProxyIssue issue(ProxyIssue::Field field, const char *code, const QString &message)
{
    return { field, QString::fromLatin1(code), message };
}

} // namespace

QString ProxySettings::hostPort() const
{
    const QString shownHost
        = host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']') : host;
    return shownHost + QLatin1Char(':') + QString::number(port);
}

QString ProxySettings::describe() const
{
    switch (mode) {
    case ProxyMode::System:
        return Text::tr("system proxy");
    case ProxyMode::Direct:
        return Text::tr("no proxy");
    case ProxyMode::Manual:
        break;
    }
    QString userPart;
    if (!user.isEmpty())
        userPart = user + QLatin1Char('@');
    return schemeOf(type) + QStringLiteral("://") + userPart + hostPort();
}

QString ProxySettings::secretKey() const
{
    if (!isManual() || user.isEmpty())
        return {};
    // Percent-encoded, so a user name with '@' or ':' cannot make two settings share an entry.
    return QStringLiteral("proxy:%1://%2@%3")
        .arg(schemeOf(type), QString::fromLatin1(QUrl::toPercentEncoding(user)),
            hostPort().toLower());
}

QUrl ProxySettings::url(const QString &password) const
{
    if (!isManual())
        return {};
    QUrl u;
    u.setScheme(schemeOf(type));
    u.setHost(host);
    u.setPort(port);
    if (!user.isEmpty()) {
        u.setUserName(user, QUrl::DecodedMode);
        if (!password.isEmpty())
            u.setPassword(password, QUrl::DecodedMode);
    }
    return u;
}

QList<ProxyIssue> ProxySettings::validate(bool passwordGiven) const
{
    QList<ProxyIssue> issues;
    if (!isManual())
        return issues;
    using Field = ProxyIssue::Field;
    const QString trimmedHost = host.trimmed();
    if (trimmedHost.isEmpty()) {
        issues.append(issue(Field::Host, "host-empty",
            Text::tr("Enter the proxy's host name or IP address, e.g. proxy.example.com.")));
    } else if (trimmedHost.contains(QStringLiteral("://"))) {
        issues.append(issue(Field::Host, "host-url",
            Text::tr("Enter only the proxy's host name, without \"http://\"; choose the type "
                     "above.")));
    } else if (trimmedHost != host
        || host.contains(QRegularExpression(QStringLiteral("[\\s/@]")))) {
        issues.append(issue(Field::Host, "host-invalid",
            Text::tr("The proxy host must not contain spaces, \"/\" or \"@\".")));
    } else if (QUrl(QStringLiteral("http://")
                   + (host.contains(QLatin1Char(':')) ? QLatin1Char('[') + host + QLatin1Char(']')
                                                      : host))
                   .host()
                   .isEmpty()) {
        issues.append(issue(Field::Host, "host-invalid",
            Text::tr("\"%1\" is not a host name or IP address.").arg(host)));
    }
    if (port < 1 || port > 65535) {
        issues.append(issue(Field::Port, "port-range",
            Text::tr("The proxy port must be a number from 1 to 65535 (often 3128, 8080 or "
                     "1080).")));
    }
    if (user.trimmed() != user) {
        issues.append(issue(Field::User, "user-spaces",
            Text::tr("The proxy user name starts or ends with a space; remove it.")));
    }
    if (!user.isEmpty() && !passwordGiven) {
        issues.append(issue(Field::Password, "user-without-password",
            Text::tr("Enter the password for the proxy user %1, or clear the user name if the "
                     "proxy needs none.")
                .arg(user)));
    }
    if (user.isEmpty() && passwordGiven) {
        issues.append(issue(Field::User, "password-without-user",
            Text::tr("A proxy password needs a user name; enter it, or clear the password.")));
    }
    return issues;
}

QVariantMap ProxySettings::toMap() const
{
    QVariantMap map;
    map.insert(kMode, modeName(mode));
    if (isManual()) {
        map.insert(kType, schemeOf(type));
        map.insert(kHost, host);
        map.insert(kPort, port);
        map.insert(kUser, user);
        map.insert(kHasPassword, hasPassword && !user.isEmpty());
    }
    return map;
}

ProxySettings ProxySettings::fromMap(const QVariantMap &map)
{
    ProxySettings s;
    const QString mode = map.value(kMode).toString();
    if (mode == QLatin1String("direct")) {
        s.mode = ProxyMode::Direct;
        return s;
    }
    if (mode != QLatin1String("manual"))
        return s;
    s.mode = ProxyMode::Manual;
    s.type = map.value(kType).toString() == QLatin1String("socks5") ? ProxyType::Socks5
                                                                    : ProxyType::Http;
    s.host = map.value(kHost).toString();
    bool ok = false;
    s.port = map.value(kPort).toInt(&ok);
    if (!ok)
        s.port = 0;
    s.user = map.value(kUser).toString();
    s.hasPassword = !s.user.isEmpty() && map.value(kHasPassword).toBool();
    return s;
}

ProxySettings ProxySettings::fromUrl(const QUrl &url, QString *password, QString *error)
{
    ProxySettings s;
    const QString scheme = url.scheme().toLower();
    const QString shown = url.adjusted(QUrl::RemoveUserInfo).toString();
    const bool knownScheme = scheme == QLatin1String("http") || scheme == QLatin1String("socks5")
        || scheme == QLatin1String("socks");
    if (!url.isValid() || !knownScheme || url.host().isEmpty() || url.port() <= 0
        || (!url.path().isEmpty() && url.path() != QLatin1String("/"))) {
        if (error) {
            *error = Text::tr("%1 is not a proxy address; give http://host:port or "
                              "socks5://host:port (optionally with user@).")
                         .arg(shown);
        }
        return s;
    }
    s.mode = ProxyMode::Manual;
    s.type = scheme == QLatin1String("http") ? ProxyType::Http : ProxyType::Socks5;
    s.host = url.host();
    s.port = url.port();
    s.user = url.userName(QUrl::FullyDecoded);
    const QString given = url.password(QUrl::FullyDecoded);
    s.hasPassword = !s.user.isEmpty() && !given.isEmpty();
    if (password)
        *password = given;
    return s;
}

bool operator==(const ProxySettings &a, const ProxySettings &b)
{
    if (a.mode != b.mode)
        return false;
    if (!a.isManual())
        return true;
    return a.type == b.type && a.host == b.host && a.port == b.port && a.user == b.user
        && a.hasPassword == b.hasPassword;
}

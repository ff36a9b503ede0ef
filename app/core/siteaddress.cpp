// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "siteaddress.h"

#include "connectwiseassumptions.h"
#include "corelogging.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

// Q_DECLARE_TR_FUNCTIONS gives these free functions the "SiteAddress" context that lupdate sees.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SiteAddress)
};

int defaultPort(const QString &scheme)
{
    return scheme == QLatin1String("http") ? 80 : 443;
}

QUrl origin(const QString &scheme, const QString &host, int port)
{
    QUrl url;
    url.setScheme(scheme);
    url.setHost(host);
    if (port > 0 && port != defaultPort(scheme))
        url.setPort(port);
    return url;
}

bool isValidHostName(const QString &host)
{
    static const QRegularExpression name(
        QStringLiteral("^[a-z0-9]([a-z0-9_-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9_-]*[a-z0-9])?)*$"));
    if (host.contains(QLatin1Char(':'))) // IPv6 literal, already validated by QUrl
        return true;
    return host.size() <= 253 && name.match(host).hasMatch();
}

} // namespace

bool isLoopbackHost(const QString &host)
{
    const QString h = host.toLower();
    if (h == QLatin1String("localhost") || h == QLatin1String("::1") || h == QLatin1String("[::1]"))
        return true;
    static const QRegularExpression v4(QStringLiteral("^127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}$"));
    return v4.match(h).hasMatch();
}

QUrl SiteAddress::loginUrl() const
{
    QUrl url = origin(scheme, loginHost, port);
    url.setPath(QStringLiteral("/"));
    return url;
}

QUrl SiteAddress::apiOrigin() const
{
    return origin(scheme, apiHost, port);
}

QUrl SiteAddress::apiBaseUrl(const QString &codebase) const
{
    QString path = codebase;
    if (!path.startsWith(QLatin1Char('/')))
        path.prepend(QLatin1Char('/'));
    if (!path.endsWith(QLatin1Char('/')))
        path.append(QLatin1Char('/'));
    QUrl url = apiOrigin();
    url.setPath(path + QStringLiteral("apis/3.0/"));
    return url;
}

bool SiteAddress::mayCarryCredentials(const QUrl &url) const
{
    if (!isValid() || url.host().compare(apiHost, Qt::CaseInsensitive) != 0)
        return false;
    if (url.scheme() != scheme
        || url.port(defaultPort(scheme)) != apiOrigin().port(defaultPort(scheme)))
        return false;
    if (url.scheme() == QLatin1String("https"))
        return true;
    return url.scheme() == QLatin1String("http") && isLoopbackHost(url.host());
}

SiteParseResult parseSite(const QString &input, const ConnectWiseAssumptions &assumptions)
{
    SiteParseResult result;
    const QString text = input.trimmed();
    result.site.input = text;
    auto fail = [&result](SiteError error, const QString &message) {
        result.error = error;
        result.message = message;
        result.site.apiHost.clear();
        result.site.loginHost.clear();
        qCDebug(lcPhinSite) << "site rejected:" << message;
        return result;
    };
    if (text.isEmpty()) {
        return fail(SiteError::Empty,
            Text::tr("ConnectWise site: enter the address you use to log in to ConnectWise, for "
                     "example na.myconnectwise.net."));
    }
    if (text.contains(QRegularExpression(QStringLiteral("\\s")))) {
        return fail(SiteError::InvalidHost,
            Text::tr("ConnectWise site: the address contains a space. Copy only the address bar of "
                     "the ConnectWise login page, for example na.myconnectwise.net."));
    }

    QString withScheme = text;
    const int schemeEnd = text.indexOf(QLatin1String("://"));
    if (text.startsWith(QLatin1String("//")))
        withScheme = QStringLiteral("https:") + text;
    else if (schemeEnd < 0)
        withScheme = QStringLiteral("https://") + text;
    const QUrl url(withScheme, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http")) {
        return fail(SiteError::UnsupportedScheme,
            Text::tr(
                "ConnectWise site: \"%1\" is not a web address. Enter the https address of your "
                "ConnectWise login page, for example https://na.myconnectwise.net.")
                .arg(text));
    }
    if (!url.isValid() && url.errorString().contains(QLatin1String("port"), Qt::CaseInsensitive)) {
        return fail(SiteError::InvalidPort,
            Text::tr("ConnectWise site: the port number in \"%1\" is not valid. Use a number such "
                     "as 443 or 8443, or leave the port out.")
                .arg(text));
    }
    if (!url.isValid() || url.host().isEmpty()) {
        return fail(SiteError::InvalidHost,
            Text::tr(
                "ConnectWise site: \"%1\" is not a valid address. Enter the host name only, for "
                "example na.myconnectwise.net or connectwise.example.com:8443.")
                .arg(text));
    }
    if (!url.userInfo().isEmpty()) {
        return fail(SiteError::HasCredentials,
            Text::tr("ConnectWise site: remove the user name before the @ sign; keys go in the key "
                     "fields, never in the address."));
    }
    QString host = url.host(QUrl::EncodeUnicode).toLower();
    if (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    if (!isValidHostName(host)) {
        return fail(SiteError::InvalidHost,
            Text::tr(
                "ConnectWise site: \"%1\" is not a valid host name. Check for typing mistakes.")
                .arg(host));
    }
    const int port = url.port(-1);
    const bool loopback = isLoopbackHost(host);
    if (scheme == QLatin1String("http") && !loopback) {
        return fail(SiteError::InsecureHttp,
            Text::tr(
                "ConnectWise site: http:// is not allowed for %1, because the keys would travel "
                "unencrypted and ConnectWise refuses plain http. Use https://%1 (or type just "
                "the host name).")
                .arg(host));
    }

    SiteAddress &site = result.site;
    site.scheme = scheme;
    site.port = (port == defaultPort(scheme)) ? -1 : port;
    site.isLoopback = loopback;
    site.loginHost = host;
    site.apiHost = host;
    const auto api = assumptions.cloudLoginToApi.constFind(host);
    if (api != assumptions.cloudLoginToApi.constEnd()) {
        site.apiHost = api.value();
        site.isCloudHost = true;
    } else {
        for (auto it = assumptions.cloudLoginToApi.constBegin();
             it != assumptions.cloudLoginToApi.constEnd(); ++it) {
            if (it.value() == host) {
                site.loginHost = it.key();
                site.isCloudHost = true;
                break;
            }
        }
    }
    const QString path = url.path();
    if ((!path.isEmpty() && path != QLatin1String("/")) || url.hasQuery() || url.hasFragment()) {
        result.notices.append(Text::tr(
            "ConnectWise site: kept only the host %1; the rest of the pasted address is not "
            "needed.")
                                  .arg(host));
    }
    qCDebug(lcPhinSite) << "site" << site.loginHost << "api" << site.apiHost
                        << "cloud:" << site.isCloudHost;
    return result;
}

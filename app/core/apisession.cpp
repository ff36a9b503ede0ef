// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apisession.h"

#include "connectwiseassumptions.h"
#include "corelogging.h"

ApiSession::ApiSession(const SiteAddress &site, const QUrl &baseUrl, const QString &companyId,
    const QByteArray &publicKey, const QByteArray &privateKey, const QString &clientId,
    const QByteArray &acceptHeader, const QByteArray &clientIdHeader)
    : m_site(site)
    , m_baseUrl(baseUrl)
    , m_authorization(basicAuthorization(companyId, publicKey, privateKey))
    , m_clientId(clientId.toUtf8())
    , m_acceptHeader(acceptHeader)
    , m_clientIdHeader(clientIdHeader)
{ }

ApiSession::ApiSession(const SiteAddress &site, const QUrl &baseUrl, const QString &companyId,
    const QByteArray &publicKey, const QByteArray &privateKey, const QString &clientId,
    const ConnectWiseAssumptions &assumptions)
    : ApiSession(site, baseUrl, companyId, publicKey, privateKey, clientId,
        assumptions.acceptHeader, assumptions.clientIdHeader)
{ }

QByteArray ApiSession::basicAuthorization(
    const QString &companyId, const QByteArray &publicKey, const QByteArray &privateKey)
{
    QByteArray credentials = companyId.toUtf8() + '+' + publicKey + ':' + privateKey;
    QByteArray header = "Basic " + credentials.toBase64();
    credentials.fill('\0');
    return header;
}

HttpRequest ApiSession::request(const QByteArray &method, const QString &pathAndQuery) const
{
    return requestForUrl(method, QUrl(m_baseUrl.toString() + pathAndQuery, QUrl::StrictMode));
}

HttpRequest ApiSession::requestForUrl(const QByteArray &method, const QUrl &url) const
{
    return build(
        method, url, m_site, m_authorization, m_clientId, m_acceptHeader, m_clientIdHeader);
}

HttpRequest ApiSession::build(const QByteArray &method, const QUrl &url, const SiteAddress &site,
    const QByteArray &authorization, const QByteArray &clientId, const QByteArray &acceptHeader,
    const QByteArray &clientIdHeader)
{
    HttpRequest r;
    r.method = method;
    r.url = url;
    r.setHeader("Accept", acceptHeader);
    // Credentials only ever go to the API origin itself, over https (http only on loopback).
    if (site.mayCarryCredentials(r.url)) {
        r.setHeader("Authorization", authorization);
        if (!clientId.isEmpty())
            r.setHeader(clientIdHeader, clientId);
    } else {
        qCWarning(lcPhinCheck).noquote()
            << "refusing to send credentials to"
            << r.url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery).toString();
    }
    return r;
}

void ApiSession::wipe()
{
    m_authorization.fill('\0');
    m_authorization.clear();
}

// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httptransport.h"
#include "siteaddress.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

struct ConnectWiseAssumptions;

/// Everything needed to build authenticated ConnectWise API requests: the site, the API base
/// URL, the Basic credentials and the clientId. The one place that writes the Authorization
/// header, shared by the check engine and the company directory. Holds a secret: wipe() it when
/// done, and never log it.
class ApiSession
{
public:
    ApiSession() = default;
    /// A session for @p baseUrl (e.g. CheckReport::apiBaseUrl). The keys are only read here.
    ApiSession(const SiteAddress &site, const QUrl &baseUrl, const QString &companyId,
        const QByteArray &publicKey, const QByteArray &privateKey, const QString &clientId,
        const QByteArray &acceptHeader, const QByteArray &clientIdHeader);
    /// Same, with the Accept and clientId header names from @p assumptions.
    ApiSession(const SiteAddress &site, const QUrl &baseUrl, const QString &companyId,
        const QByteArray &publicKey, const QByteArray &privateKey, const QString &clientId,
        const ConnectWiseAssumptions &assumptions);

    /// "Basic base64(company+public:private)": the username is the company and the public key
    /// joined by '+', the password the private key.
    static QByteArray basicAuthorization(
        const QString &companyId, const QByteArray &publicKey, const QByteArray &privateKey);

    bool isValid() const { return m_site.isValid() && m_baseUrl.isValid(); }
    const SiteAddress &site() const { return m_site; }
    QUrl baseUrl() const { return m_baseUrl; }

    /// A request for @p pathAndQuery relative to the API base ("company/companies?page=1").
    HttpRequest request(const QByteArray &method, const QString &pathAndQuery) const;
    /// A request for an absolute URL (e.g. a Link header's next page). Credentials go only to
    /// the API origin itself (SiteAddress::mayCarryCredentials); anywhere else the request
    /// carries none and a warning is logged.
    HttpRequest requestForUrl(const QByteArray &method, const QUrl &url) const;
    /// The one function that puts credentials on a request: Accept always; Authorization and
    /// the clientId only when @p site allows them for @p url.
    static HttpRequest build(const QByteArray &method, const QUrl &url, const SiteAddress &site,
        const QByteArray &authorization, const QByteArray &clientId, const QByteArray &acceptHeader,
        const QByteArray &clientIdHeader);
    /// Whether requestForUrl() would attach credentials to @p url.
    bool mayCarryCredentials(const QUrl &url) const { return m_site.mayCarryCredentials(url); }

    /// Overwrites the credentials with zeros and forgets them.
    void wipe();

private:
    SiteAddress m_site;
    QUrl m_baseUrl;
    QByteArray m_authorization;
    QByteArray m_clientId;
    QByteArray m_acceptHeader;
    QByteArray m_clientIdHeader;
};

// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "companylookup.h"

#include "connectwiseassumptions.h"
#include "corelogging.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

bool jsonBool(const QJsonValue &v)
{
    if (v.isBool())
        return v.toBool();
    return v.toString().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
}

} // namespace

CompanyLookup::CompanyLookup(
    HttpTransport &transport, const ConnectWiseAssumptions &assumptions, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_assumptions(assumptions)
    , m_sender(transport, assumptions, this)
{ }

CompanyLookup::~CompanyLookup()
{
    if (m_running)
        m_transport.cancel(this);
}

void CompanyLookup::cancel()
{
    ++m_generation;
    m_sender.abandonAll();
    if (m_running)
        m_transport.cancel(this);
    m_running = false;
}

void CompanyLookup::start(
    const SiteAddress &site, const QString &companyId, QDeadlineTimer deadline)
{
    cancel();
    m_running = true;
    const quint64 generation = m_generation;
    QString path = m_assumptions.companyInfoPath;
    path.replace(
        QLatin1String("{companyId}"), QString::fromLatin1(QUrl::toPercentEncoding(companyId)));
    HttpRequest request;
    request.method = "GET";
    request.url = QUrl(site.apiOrigin().toString() + QLatin1Char('/') + path, QUrl::StrictMode);
    request.setHeader("Accept", "application/json");
    m_sender.setDeadline(deadline);
    qCDebug(lcPhinLookup).noquote() << "company lookup" << CwResponse::pathOf(request.url);
    m_sender.send(request, [this, generation, site, companyId](const HttpResponse &response, int) {
        if (generation != m_generation)
            return;
        m_running = false;
        Q_EMIT finished(interpret(site, companyId, response, m_assumptions));
    });
}

QString CompanyLookup::describeCertificateProblems(const TlsCertificateInfo &certificate)
{
    const auto when = [](const QDateTime &time) {
        return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    };
    const QString fingerprint = TlsCertificateInfo::groupedFingerprint(certificate.sha256Hex);
    const QString site = certificate.siteKey();
    QStringList sentences;
    // The most alarming first: a changed certificate can mean someone in the middle.
    if (certificate.has(TlsProblem::PinChanged)) {
        sentences << tr(
            "The server's certificate changed since it was trusted for %1: the trusted one "
            "has SHA-256 %2, the server now shows %3. Someone may be intercepting "
            "the connection; only trust the new certificate if your administrator "
            "replaced it.")
                         .arg(site,
                             TlsCertificateInfo::groupedFingerprint(certificate.pinnedSha256Hex),
                             fingerprint);
    }
    if (certificate.has(TlsProblem::Expired)) {
        sentences << tr(
            "The server's certificate expired on %1. The server's administrator must renew "
            "it; an expired certificate cannot be trusted.")
                         .arg(when(certificate.notAfter));
    }
    if (certificate.has(TlsProblem::NotYetValid)) {
        sentences << tr(
            "The server's certificate is valid only from %1. Check the date and time of this "
            "computer; if they are right, the server's administrator must fix the "
            "certificate.")
                         .arg(when(certificate.notBefore));
    }
    if (certificate.has(TlsProblem::HostMismatch)) {
        const QString names = certificate.subjectNames.isEmpty()
            ? tr("no host name")
            : certificate.subjectNames.join(QStringLiteral(", "));
        sentences
            << tr("The server's certificate is for %1, not for %2.").arg(names, certificate.host);
        if (!certificate.canBeTrusted()) {
            sentences << tr("Enter the site by a name the certificate is for, or ask the "
                            "server's administrator for a certificate for %1.")
                             .arg(certificate.host);
        }
    }
    if (certificate.has(TlsProblem::SelfSigned)) {
        sentences << tr(
            "The server's certificate is self-signed (%1), so this computer cannot tell who "
            "the server is.")
                         .arg(certificate.subject);
    } else if (certificate.has(TlsProblem::UntrustedIssuer)) {
        sentences << tr(
            "The server's certificate (%1) was issued by %2, a certificate authority this "
            "computer does not trust.")
                         .arg(certificate.subject, certificate.issuer);
    }
    if (certificate.has(TlsProblem::Revoked))
        sentences << tr("The server's certificate has been revoked by its issuer.");
    if (certificate.has(TlsProblem::Other) && sentences.isEmpty())
        sentences
            << tr("The server's certificate (SHA-256 %1) could not be verified.").arg(fingerprint);
    return sentences.join(QLatin1Char(' '));
}

QString CompanyLookup::explainCertificate(const TlsCertificateInfo &certificate)
{
    QStringList sentences { describeCertificateProblems(certificate) };
    const QString fingerprint = TlsCertificateInfo::groupedFingerprint(certificate.sha256Hex);
    if (certificate.canBeTrusted() && !certificate.has(TlsProblem::PinChanged)) {
        sentences << tr("If this is your own server, compare the SHA-256 fingerprint %1 with "
                        "its administrator, then trust this certificate for %2 in the setup "
                        "wizard, or give its certificate authority with --ca-file.")
                         .arg(fingerprint, certificate.siteKey());
    }
    sentences << tr("Never turn certificate checks off.");
    return sentences.join(QLatin1Char(' '));
}

CompanyInfoResult CompanyLookup::interpret(const SiteAddress &site, const QString &companyId,
    const HttpResponse &response, const ConnectWiseAssumptions &assumptions)
{
    CompanyInfoResult r;
    r.site = site;
    r.requestedCompanyId = companyId;
    r.httpStatus = response.status;
    QString path = assumptions.companyInfoPath;
    path.replace(QLatin1String("{companyId}"), companyId);
    r.evidence = { QStringLiteral("GET"), QLatin1Char('/') + path, response.status,
        CwResponse::describe(response) };
    const QString host = site.apiHost;
    auto fail = [&r](ConnectionStatus status, const QString &message) {
        r.status = status;
        r.message = message;
        r.evidence.note = message;
        qCDebug(lcPhinLookup) << "company lookup failed:" << wireName(status);
        return r;
    };

    if (!response.hasHttpAnswer()) {
        switch (response.error) {
        case TransportError::HostNotFound:
            return fail(ConnectionStatus::Unreachable,
                tr("ConnectWise site: %1 could not be found (DNS lookup failed). Check the "
                   "spelling of the site and your network or VPN.")
                    .arg(host));
        case TransportError::TlsError:
            if (!response.tlsCertificate.isNull()) {
                r.certificate = response.tlsCertificate;
                return fail(ConnectionStatus::TlsError,
                    tr("ConnectWise site: the secure connection to %1 failed. %2")
                        .arg(host, explainCertificate(response.tlsCertificate)));
            }
            return fail(ConnectionStatus::TlsError,
                tr("ConnectWise site: the secure connection to %1 failed (%2). If this is an "
                   "on-premise server with its own certificate authority, trust that CA; never "
                   "turn certificate checks off.")
                    .arg(host, response.errorString));
        case TransportError::Timeout:
        case TransportError::Canceled:
            return fail(ConnectionStatus::Timeout,
                tr("ConnectWise site: %1 did not answer in time. Check the address and your "
                   "network, then try again.")
                    .arg(host));
        default:
            return fail(CwResponse::statusForTransportError(response.error),
                tr("ConnectWise site: could not connect to %1 (%2). Check the address, the "
                   "port and any firewall or proxy.")
                    .arg(host,
                        response.errorString.isEmpty() ? CwResponse::describe(response)
                                                       : response.errorString));
        }
    }
    const int status = response.status;
    if (status >= 300 && status < 400) {
        return fail(ConnectionStatus::UnexpectedResponse,
            tr("ConnectWise site: %1 answered the company lookup with a redirect (%2). Enter "
               "the address of the ConnectWise server itself.")
                .arg(host, CwResponse::describe(response)));
    }
    if (status >= 500) {
        return fail(ConnectionStatus::ServerError,
            tr("ConnectWise at %1 had a server error (%2) while looking up the company. Try "
               "again later.")
                .arg(host, CwResponse::describe(response)));
    }
    if (CwResponse::looksLikeHtml(response)) {
        return fail(ConnectionStatus::UnexpectedResponse,
            tr("ConnectWise site: %1 answered with a web page instead of company information "
               "(HTTP %2). Check that the site is your ConnectWise address.")
                .arg(host)
                .arg(status));
    }
    const QString body = QString::fromUtf8(response.body.trimmed());
    const bool unknownBody = assumptions.unknownCompanyBodies.contains(body);
    if (assumptions.unknownCompanyStatuses.contains(status) || (status < 300 && unknownBody)) {
        return fail(ConnectionStatus::CompanyNotFound,
            tr("Company ID: ConnectWise at %1 does not know the company \"%2\". Enter the "
               "short login company from the Company field of the login page (not the "
               "company's display name).")
                .arg(host, companyId));
    }
    if (status != 200) {
        return fail(ConnectionStatus::UnexpectedResponse,
            tr("ConnectWise site: unexpected answer %1 to the company lookup on %2.")
                .arg(CwResponse::describe(response), host));
    }
    bool ok = false;
    const QJsonDocument doc = CwResponse::json(response, &ok);
    const QJsonObject o = doc.object();
    QString codebase = o.value(QLatin1String("Codebase")).toString().trimmed();
    static const QRegularExpression safeCodebase(QStringLiteral("^[A-Za-z0-9_.-]+/?$"));
    if (!ok || !doc.isObject() || !safeCodebase.match(codebase).hasMatch()) {
        return fail(ConnectionStatus::UnexpectedResponse,
            tr("ConnectWise site: %1 answered the company lookup, but not with the company "
               "information ConnectWise sends (no codebase). Check the site address.")
                .arg(host));
    }
    if (!codebase.endsWith(QLatin1Char('/')))
        codebase.append(QLatin1Char('/'));
    r.status = ConnectionStatus::Ok;
    r.info.codebase = codebase;
    r.info.companyName = o.value(QLatin1String("CompanyName")).toString();
    r.info.companyId = o.value(QLatin1String("CompanyID")).toString();
    r.info.versionCode = o.value(QLatin1String("VersionCode")).toString();
    r.info.versionNumber = o.value(QLatin1String("VersionNumber")).toString();
    r.info.isCloud = jsonBool(o.value(QLatin1String("IsCloud")));
    r.evidence.note = QStringLiteral("codebase ") + codebase;
    qCDebug(lcPhinLookup) << "codebase" << codebase << "cloud:" << r.info.isCloud;
    return r;
}

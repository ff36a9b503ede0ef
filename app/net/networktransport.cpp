// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "networktransport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QLoggingCategory>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>

// Off unless asked for (QT_LOGGING_RULES="phin.net.http.debug=true").
Q_LOGGING_CATEGORY(lcHttp, "phin.net.http", QtInfoMsg)

namespace {

// Scoped to this transport instead of QNetworkProxyFactory::setUseSystemConfiguration(), which
// would change the proxy of every network access manager in the process.
class SystemProxyFactory : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        return systemProxyForQuery(query);
    }
};

// One proxy for every request, for this transport only.
class FixedProxyFactory : public QNetworkProxyFactory
{
public:
    explicit FixedProxyFactory(const QNetworkProxy &proxy)
        : m_proxy(proxy)
    { }
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &) override { return { m_proxy }; }

private:
    QNetworkProxy m_proxy;
};

QByteArray fingerprintOf(const QSslCertificate &certificate)
{
    if (certificate.isNull())
        return {};
    return certificate.digest(QCryptographicHash::Sha256).toHex();
}

// The errors a pin may override: they all say "cannot tell who this is", which the pin answers.
// Expiry, revocation or a broken signature are not questions of identity and always fail.
bool isIdentityError(QSslError::SslError error)
{
    switch (error) {
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
    case QSslError::HostNameMismatch:
        return true;
    default:
        return false;
    }
}

bool onlyIdentityErrors(const QList<QSslError> &errors)
{
    return std::all_of(errors.cbegin(), errors.cend(),
        [](const QSslError &error) { return isIdentityError(error.error()); });
}

// The server's certificate: from the connection, or from the errors when the handshake failed
// before the connection kept it.
QSslCertificate peerCertificateOf(QNetworkReply *reply, const QList<QSslError> &errors)
{
    QSslCertificate peer = reply->sslConfiguration().peerCertificate();
    for (const QSslError &error : errors) {
        if (!peer.isNull())
            break;
        peer = error.certificate();
    }
    return peer;
}

QString certificateNames(const QSslCertificate &certificate)
{
    QStringList names = certificate.subjectAlternativeNames().values(QSsl::DnsEntry);
    if (names.isEmpty())
        names = certificate.subjectInfo(QSslCertificate::CommonName);
    return names.isEmpty() ? QStringLiteral("an unnamed host") : names.join(QStringLiteral(", "));
}

TlsProblem problemFor(QSslError::SslError error)
{
    switch (error) {
    case QSslError::SelfSignedCertificate:
        return TlsProblem::SelfSigned;
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted:
        return TlsProblem::UntrustedIssuer;
    case QSslError::CertificateExpired:
        return TlsProblem::Expired;
    case QSslError::CertificateNotYetValid:
        return TlsProblem::NotYetValid;
    case QSslError::HostNameMismatch:
        return TlsProblem::HostMismatch;
    case QSslError::CertificateRevoked:
        return TlsProblem::Revoked;
    default:
        return TlsProblem::Other;
    }
}

// "CN=server, OU=IT, O=Example, L=Town, ST=State, C=US", the attributes people recognise.
QString distinguishedName(const QSslCertificate &certificate, bool subject)
{
    static const QList<QPair<QSslCertificate::SubjectInfo, const char *>> kAttributes = {
        { QSslCertificate::CommonName, "CN" },
        { QSslCertificate::OrganizationalUnitName, "OU" },
        { QSslCertificate::Organization, "O" },
        { QSslCertificate::LocalityName, "L" },
        { QSslCertificate::StateOrProvinceName, "ST" },
        { QSslCertificate::CountryName, "C" },
    };
    QStringList parts;
    for (const auto &[attribute, label] : kAttributes) {
        const QStringList values
            = subject ? certificate.subjectInfo(attribute) : certificate.issuerInfo(attribute);
        for (const QString &value : values)
            parts.append(QLatin1String(label) + QLatin1Char('=') + value);
    }
    return parts.join(QStringLiteral(", "));
}

TlsCertificateInfo certificateInfo(const QSslCertificate &certificate, const QUrl &url,
    const QList<QSslError> &errors, const QByteArray &brokenPin)
{
    TlsCertificateInfo info;
    info.host = url.host();
    info.port = quint16(url.port(443));
    if (certificate.isNull())
        return info;
    info.subject = distinguishedName(certificate, true);
    info.issuer = distinguishedName(certificate, false);
    const auto alternatives = certificate.subjectAlternativeNames();
    info.subjectNames
        = alternatives.values(QSsl::DnsEntry) + alternatives.values(QSsl::IpAddressEntry);
    if (info.subjectNames.isEmpty())
        info.subjectNames = certificate.subjectInfo(QSslCertificate::CommonName);
    info.notBefore = certificate.effectiveDate().toUTC();
    info.notAfter = certificate.expiryDate().toUTC();
    info.sha256Hex = fingerprintOf(certificate);
    for (const QSslError &error : errors) {
        const TlsProblem problem = problemFor(error.error());
        if (!info.problems.contains(problem))
            info.problems.append(problem);
    }
    if (!brokenPin.isEmpty() && brokenPin != info.sha256Hex) {
        info.pinnedSha256Hex = brokenPin;
        info.problems.append(TlsProblem::PinChanged);
    }
    return info;
}

QString describeSslError(const QSslError &error, const QString &host)
{
    const QSslCertificate cert = error.certificate();
    switch (error.error()) {
    case QSslError::CertificateExpired:
        return QStringLiteral("the server's certificate expired on %1")
            .arg(cert.expiryDate().toString(Qt::ISODate));
    case QSslError::CertificateNotYetValid:
        return QStringLiteral("the server's certificate is not valid before %1")
            .arg(cert.effectiveDate().toString(Qt::ISODate));
    case QSslError::SelfSignedCertificate:
        return QStringLiteral("the server's certificate is self-signed");
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::CertificateUntrusted: {
        const QStringList issuer = cert.issuerInfo(QSslCertificate::CommonName);
        return QStringLiteral("the server's certificate was issued by a certificate authority "
                              "this computer does not trust (%1)")
            .arg(issuer.isEmpty() ? QStringLiteral("unknown issuer") : issuer.join(u", "));
    }
    case QSslError::HostNameMismatch:
        return QStringLiteral("the server's certificate is for %1, not %2")
            .arg(certificateNames(cert), host);
    case QSslError::CertificateRevoked:
        return QStringLiteral("the server's certificate has been revoked");
    default:
        return error.errorString();
    }
}

const char *errorName(TransportError error)
{
    switch (error) {
    case TransportError::None:
        return "none";
    case TransportError::HostNotFound:
        return "host-not-found";
    case TransportError::ConnectionRefused:
        return "connection-refused";
    case TransportError::ConnectionReset:
        return "connection-reset";
    case TransportError::Timeout:
        return "timeout";
    case TransportError::TlsError:
        return "tls-error";
    case TransportError::ProxyError:
        return "proxy-error";
    case TransportError::InsecureRedirect:
        return "insecure-redirect";
    case TransportError::BodyTooLarge:
        return "body-too-large";
    case TransportError::Canceled:
        return "canceled";
    case TransportError::Other:
        break;
    }
    return "other";
}

TransportError mapNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::NoError:
        return TransportError::None;
    case QNetworkReply::ConnectionRefusedError:
        return TransportError::ConnectionRefused;
    case QNetworkReply::RemoteHostClosedError:
        return TransportError::ConnectionReset;
    case QNetworkReply::HostNotFoundError:
        return TransportError::HostNotFound;
    case QNetworkReply::TimeoutError:
        return TransportError::Timeout;
    case QNetworkReply::SslHandshakeFailedError:
        return TransportError::TlsError;
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
        return TransportError::InsecureRedirect;
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError:
        return TransportError::ProxyError;
    default:
        return TransportError::Other;
    }
}

// Codes below 200 come from the network or the proxy; from 200 on they only restate the HTTP
// status, which is the caller's business, not a transport failure.
bool isTransportLevel(QNetworkReply::NetworkError error)
{
    return error != QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied;
}

} // namespace

NetworkTransport::NetworkTransport(QObject *parent)
    : QObject(parent)
    , m_sslConfig(QSslConfiguration::defaultConfiguration())
{
    m_nam.setParent(this);
    m_nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_nam.setProxyFactory(new SystemProxyFactory);
    // Cookies would make one request depend on another; the API is stateless, keep it so.
    m_nam.setCookieJar(nullptr);
    // Pre-connections have no reply of ours: only the manager tells about them.
    connect(&m_nam, &QNetworkAccessManager::sslErrors, this,
        [this](QNetworkReply *reply, const QList<QSslError> &errors) {
            if (reply->url().scheme() == QLatin1String("preconnect-https"))
                onPreconnectSslErrors(reply, errors);
        });
    connect(&m_nam, &QNetworkAccessManager::finished, this, [](QNetworkReply *reply) {
        if (reply->url().scheme().startsWith(QLatin1String("preconnect-")))
            reply->deleteLater();
    });
}

NetworkTransport::~NetworkTransport()
{
    // Owners go away without waiting for answers: drop callbacks, never call them from here.
    const auto replies = m_pending.keys();
    for (QNetworkReply *reply : replies) {
        reply->disconnect(this);
        reply->abort();
        delete reply;
    }
    m_pending.clear();
    for (const auto &connection : std::as_const(m_watchedContexts))
        disconnect(connection);
}

bool NetworkTransport::addCaCertificatesFromFile(const QString &pemPath, QString *error)
{
    QFile file(pemPath);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("Cannot read the certificate file %1: %2")
                         .arg(pemPath, file.errorString());
        return false;
    }
    const QList<QSslCertificate> certificates
        = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty()) {
        if (error)
            *error = QStringLiteral("The file %1 holds no PEM certificate").arg(pemPath);
        return false;
    }
    m_sslConfig.addCaCertificates(certificates);
    return true;
}

void NetworkTransport::pinCertificate(
    const QString &host, quint16 port, const QByteArray &sha256Hex)
{
    m_pins.insert(TlsCertificateInfo::siteKey(host, port),
        TlsCertificateInfo::normalizedFingerprint(sha256Hex));
}

bool NetworkTransport::setProxy(const QUrl &proxy, QString *error)
{
    const QString scheme = proxy.scheme().toLower();
    QNetworkProxy::ProxyType type = QNetworkProxy::NoProxy;
    if (scheme == QLatin1String("http"))
        type = QNetworkProxy::HttpProxy;
    else if (scheme == QLatin1String("socks5") || scheme == QLatin1String("socks"))
        type = QNetworkProxy::Socks5Proxy;
    const QString shown = proxy.adjusted(QUrl::RemoveUserInfo).toString();
    if (type == QNetworkProxy::NoProxy || !proxy.isValid() || proxy.host().isEmpty()
        || proxy.port() <= 0 || (!proxy.path().isEmpty() && proxy.path() != QLatin1String("/"))) {
        if (error)
            *error = QStringLiteral("%1 is not a proxy address; give http://host:port or "
                                    "socks5://host:port (optionally with user:password@)")
                         .arg(shown);
        return false;
    }
    QNetworkProxy p(type, proxy.host(), quint16(proxy.port()), proxy.userName(QUrl::FullyDecoded),
        proxy.password(QUrl::FullyDecoded));
    m_nam.setProxyFactory(new FixedProxyFactory(p));
    // Kept-alive connections and remembered proxy credentials belong to the old proxy.
    m_nam.clearConnectionCache();
    m_proxyCache.clear();
    m_preconnected.clear(); // those connections are gone: pre-connect again at once
    m_manualProxy = true;
    m_proxyCredentials = !p.user().isEmpty() && !p.password().isEmpty();
    return true;
}

bool NetworkTransport::applyProxy(
    const ProxySettings &settings, const QString &password, QString *error)
{
    if (settings.isManual())
        return setProxy(settings.url(password), error);
    if (settings.mode == ProxyMode::Direct)
        m_nam.setProxyFactory(new FixedProxyFactory(QNetworkProxy(QNetworkProxy::NoProxy)));
    else
        m_nam.setProxyFactory(new SystemProxyFactory);
    m_nam.clearConnectionCache();
    m_proxyCache.clear();
    m_preconnected.clear();
    m_manualProxy = false;
    m_proxyCredentials = false;
    return true;
}

QString NetworkTransport::proxyFor(const QUrl &url)
{
    // Asked once per origin: with a proxy auto-config script the answer can be slow to get.
    const QString origin = url.scheme() + QStringLiteral("://") + url.host() + QLatin1Char(':')
        + QString::number(url.port(url.scheme() == QLatin1String("https") ? 443 : 80));
    const auto cached = m_proxyCache.constFind(origin);
    if (cached != m_proxyCache.constEnd())
        return *cached;
    QString proxy;
    const QList<QNetworkProxy> proxies = m_nam.proxyFactory()->queryProxy(QNetworkProxyQuery(url));
    if (!proxies.isEmpty() && proxies.first().type() != QNetworkProxy::NoProxy
        && proxies.first().type() != QNetworkProxy::DefaultProxy) {
        proxy = proxies.first().hostName() + QLatin1Char(':')
            + QString::number(proxies.first().port());
    }
    m_proxyCache.insert(origin, proxy);
    return proxy;
}

void NetworkTransport::watchContext(QObject *context)
{
    if (m_watchedContexts.contains(context))
        return;
    m_watchedContexts.insert(context,
        connect(context, &QObject::destroyed, this, &NetworkTransport::onContextDestroyed));
}

void NetworkTransport::send(const HttpRequest &request, QObject *context, Callback callback)
{
    QNetworkRequest qreq(request.url);
    for (const auto &header : request.headers)
        qreq.setRawHeader(header.first, header.second);
    qreq.setTransferTimeout(request.timeoutMs);
    qreq.setAttribute(QNetworkRequest::Http2AllowedAttribute, true);
    qreq.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    qreq.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    qreq.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    if (request.url.scheme() == QLatin1String("https"))
        qreq.setSslConfiguration(m_sslConfig);

    QNetworkReply *reply = nullptr;
    if (request.method == "GET" && request.body.isEmpty())
        reply = m_nam.get(qreq);
    else if (request.method == "HEAD")
        reply = m_nam.head(qreq);
    else
        reply = m_nam.sendCustomRequest(qreq, request.method, request.body);

    Pending pending;
    pending.context = context;
    pending.callback = std::move(callback);
    pending.request.method = request.method;
    pending.request.url = request.url;
    pending.request.maxBodyBytes = request.maxBodyBytes;
    pending.proxy = proxyFor(request.url);
    pending.elapsed.start();
    m_pending.insert(reply, std::move(pending));
    if (context)
        watchContext(context);

    connect(
        reply, &QNetworkReply::metaDataChanged, this, [this, reply] { onMetaDataChanged(reply); });
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] { onReadyRead(reply); });
    connect(reply, &QNetworkReply::sslErrors, this,
        [this, reply](const QList<QSslError> &errors) { onSslErrors(reply, errors); });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
}

void NetworkTransport::cancel(QObject *context)
{
    const auto replies = m_pending.keys();
    for (QNetworkReply *reply : replies) {
        auto it = m_pending.find(reply);
        if (it != m_pending.end() && it->context == context)
            abortReply(reply, AbortReason::Canceled);
    }
}

void NetworkTransport::preconnect(const QUrl &origin)
{
    const QString scheme = origin.scheme().toLower();
    const bool https = scheme == QLatin1String("https");
    if ((!https && scheme != QLatin1String("http")) || origin.host().isEmpty())
        return;
    const quint16 port = quint16(origin.port(https ? 443 : 80));
    const QString key = scheme + QStringLiteral("://") + origin.host().toLower() + QLatin1Char(':')
        + QString::number(port);
    auto last = m_preconnected.find(key);
    if (last != m_preconnected.end() && !last->hasExpired(kPreconnectIntervalMs))
        return;
    m_preconnected[key].start();
    qCDebug(lcHttp).noquote() << "pre-connecting to" << key;
    if (!https) {
        m_nam.connectToHost(origin.host(), port);
        return;
    }
    // The pool is chosen by the TLS settings too: offer HTTP/2 exactly as send() does, or the
    // requests would open a pool of their own beside this connection.
    QSslConfiguration config = m_sslConfig;
    config.setAllowedNextProtocols(
        { QSslConfiguration::ALPNProtocolHTTP2, QSslConfiguration::NextProtocolHttp1_1 });
    m_nam.connectToHostEncrypted(origin.host(), port, config);
}

void NetworkTransport::onPreconnectSslErrors(QNetworkReply *reply, const QList<QSslError> &errors)
{
    // The same rule as for requests (onSslErrors): a pin only answers "who is this".
    const QUrl url = reply->url();
    const auto pin = m_pins.constFind(TlsCertificateInfo::siteKey(url.host(), url.port(443)));
    if (pin == m_pins.constEnd())
        return;
    const QSslCertificate peer = peerCertificateOf(reply, errors);
    const bool onlyIdentity = onlyIdentityErrors(errors);
    if (onlyIdentity && !peer.isNull() && fingerprintOf(peer) == *pin)
        reply->ignoreSslErrors(errors);
}

void NetworkTransport::abortReply(QNetworkReply *reply, AbortReason reason)
{
    auto it = m_pending.find(reply);
    if (it == m_pending.end() || it->abortReason != AbortReason::None)
        return;
    it->abortReason = reason;
    reply->abort(); // emits finished, which delivers (or drops) the answer
}

void NetworkTransport::onContextDestroyed(QObject *context)
{
    m_watchedContexts.remove(context);
    const auto replies = m_pending.keys();
    for (QNetworkReply *reply : replies) {
        auto it = m_pending.find(reply);
        // The QPointer is already null here, so match on the raw address.
        if (it != m_pending.end() && (it->context.isNull() || it->context.data() == context))
            abortReply(reply, AbortReason::ContextGone);
    }
}

void NetworkTransport::onMetaDataChanged(QNetworkReply *reply)
{
    auto it = m_pending.find(reply);
    if (it == m_pending.end() || it->request.method == "HEAD")
        return;
    bool ok = false;
    const qint64 length = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
    if (ok && length > it->request.maxBodyBytes)
        abortReply(reply, AbortReason::BodyTooLarge);
}

void NetworkTransport::onReadyRead(QNetworkReply *reply)
{
    auto it = m_pending.find(reply);
    if (it == m_pending.end() || it->abortReason != AbortReason::None)
        return;
    it->body.append(reply->readAll());
    if (it->body.size() > it->request.maxBodyBytes)
        abortReply(reply, AbortReason::BodyTooLarge);
}

void NetworkTransport::onSslErrors(QNetworkReply *reply, const QList<QSslError> &errors)
{
    auto it = m_pending.find(reply);
    if (it == m_pending.end())
        return;
    const QSslCertificate peer = peerCertificateOf(reply, errors);
    it->sslErrors = errors;
    it->peerCertificate = peer;
    it->peerFingerprint = fingerprintOf(peer);

    const QUrl url = reply->url();
    const auto pin = m_pins.constFind(TlsCertificateInfo::siteKey(url.host(), url.port(443)));
    if (pin == m_pins.constEnd())
        return;
    const bool onlyIdentity = onlyIdentityErrors(errors);
    if (onlyIdentity && !it->peerFingerprint.isEmpty() && it->peerFingerprint == *pin) {
        // Only this reply, only these errors: the pin vouches for exactly this certificate.
        reply->ignoreSslErrors(errors);
        it->sslErrors.clear();
    } else {
        it->pin = *pin;
        // A pin that matches but cannot cover an expired (or otherwise broken) certificate
        // has not changed; the other errors explain the failure.
        it->pinMismatch = it->peerFingerprint != *pin;
    }
}

HttpResponse NetworkTransport::buildResponse(QNetworkReply *reply, Pending &pending) const
{
    HttpResponse response;
    response.elapsedMs = pending.elapsed.elapsed();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QNetworkReply::NetworkError qerror = reply->error();

    if (pending.abortReason == AbortReason::Canceled
        || pending.abortReason == AbortReason::ContextGone) {
        response.error = TransportError::Canceled;
        response.errorString = QStringLiteral("The request was canceled");
        return response;
    }
    if (pending.abortReason == AbortReason::BodyTooLarge) {
        response.status = status.toInt();
        response.error = TransportError::BodyTooLarge;
        response.errorString = QStringLiteral("The answer is larger than %1 bytes; stopped reading")
                                   .arg(pending.request.maxBodyBytes);
        return response;
    }
    if (qerror == QNetworkReply::OperationCanceledError) {
        // Nobody here aborted it, so the transfer timeout did.
        response.error = TransportError::Timeout;
        response.errorString = QStringLiteral("No answer from %1 within %2 ms")
                                   .arg(reply->url().host())
                                   .arg(reply->request().transferTimeout());
        return response;
    }
    if (isTransportLevel(qerror)) {
        response.error = mapNetworkError(qerror);
        response.errorString = reply->errorString();
        // Through a plain HTTP proxy the only server we connect to is the proxy, and Qt then
        // reports its failures as if the origin had failed.
        const QString proxyOrigin = m_manualProxy
            ? QStringLiteral("The proxy %1")
            : QStringLiteral("The proxy %1 from the system settings");
        if (!pending.proxy.isEmpty()
            && (response.error == TransportError::ConnectionRefused
                || response.error == TransportError::HostNotFound)) {
            response.error = TransportError::ProxyError;
            response.errorString
                = QString(proxyOrigin + QStringLiteral(" could not be reached: %2"))
                      .arg(pending.proxy, reply->errorString());
        }
        if (qerror == QNetworkReply::ProxyAuthenticationRequiredError) {
            // Qt offers the configured credentials once and then gives up with this error, so
            // a wrong password ends here instead of asking again and again.
            const QString where
                = pending.proxy.isEmpty() ? QStringLiteral("in use") : pending.proxy;
            response.errorString = m_proxyCredentials
                ? QString(proxyOrigin
                    + QStringLiteral(" rejected the user name or password (407). Check the "
                                     "proxy user and password."))
                      .arg(where)
                : QString(proxyOrigin
                    + QStringLiteral(" asked for a user name and password (407). Enter "
                                     "them in the proxy settings."))
                      .arg(where);
        }
        if (response.error == TransportError::TlsError) {
            response.tlsFingerprintSha256 = pending.peerFingerprint;
            if (!pending.peerCertificate.isNull()) {
                response.tlsCertificate = certificateInfo(pending.peerCertificate, reply->url(),
                    pending.sslErrors, pending.pinMismatch ? pending.pin : QByteArray());
            }
            QStringList reasons;
            const QString host = reply->url().host();
            for (const QSslError &error : std::as_const(pending.sslErrors)) {
                const QString reason = describeSslError(error, host);
                if (!reasons.contains(reason))
                    reasons.append(reason);
            }
            if (pending.pinMismatch)
                reasons.append(QStringLiteral("the certificate does not match the pinned one"));
            if (!reasons.isEmpty()) {
                response.errorString = QStringLiteral("Secure connection to %1 failed: %2")
                                           .arg(host, reasons.join(QStringLiteral("; ")));
            }
            if (!response.tlsFingerprintSha256.isEmpty()) {
                response.errorString
                    += QStringLiteral(" (certificate SHA-256 %1)")
                           .arg(QString::fromLatin1(response.tlsFingerprintSha256));
            }
        }
        return response;
    }

    response.status = status.toInt();
    if (response.status == 0) {
        response.error = TransportError::Other;
        response.errorString = reply->errorString();
        return response;
    }
    response.headers = reply->rawHeaderPairs();
    response.body = std::move(pending.body);
    return response;
}

void NetworkTransport::onFinished(QNetworkReply *reply)
{
    auto it = m_pending.find(reply);
    if (it == m_pending.end())
        return;
    Pending pending = std::move(*it);
    m_pending.erase(it);
    reply->deleteLater();

    if (pending.abortReason == AbortReason::None && reply->isOpen())
        pending.body.append(reply->readAll());
    const HttpResponse response = buildResponse(reply, pending);

    // Path only: queries and headers can carry identifiers and credentials.
    if (response.error == TransportError::None) {
        qCDebug(lcHttp).noquote() << pending.request.method << pending.request.url.path()
                                  << response.status << response.elapsedMs << "ms";
    } else {
        qCDebug(lcHttp).noquote() << pending.request.method << pending.request.url.path()
                                  << "failed:" << errorName(response.error) << response.elapsedMs
                                  << "ms";
    }

    QObject *context = pending.context.data();
    if (!context || pending.abortReason == AbortReason::ContextGone)
        return;
    bool stillUsed = false;
    for (const auto &other : std::as_const(m_pending))
        stillUsed = stillUsed || other.context == context;
    if (!stillUsed)
        disconnect(m_watchedContexts.take(context));

    // Queued through the context: never inside send() or cancel(), never after it is gone.
    QMetaObject::invokeMethod(
        context, [callback = std::move(pending.callback), response] { callback(response); },
        Qt::QueuedConnection);
}

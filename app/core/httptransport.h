// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tlscertificate.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <functional>

class QObject;

using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

/// Why a request produced no usable HTTP answer. Mirrors what a real network stack can tell.
enum class TransportError {
    None,
    HostNotFound,
    ConnectionRefused,
    ConnectionReset,
    Timeout,
    TlsError,
    ProxyError,
    InsecureRedirect, ///< a redirect the transport refused to follow (never followed with
                      ///< credentials)
    BodyTooLarge,
    Canceled,
    Other,
};

/// A plain value describing one HTTP request. The transport never follows redirects.
struct HttpRequest
{
    QByteArray method = QByteArrayLiteral("GET");
    QUrl url;
    HttpHeaders headers;
    QByteArray body;
    int timeoutMs = 30000;
    qint64 maxBodyBytes = 8 * 1024 * 1024;

    QByteArray header(const QByteArray &name) const;
    void setHeader(const QByteArray &name, const QByteArray &value);
};

/// A plain value describing the answer (or why there is none).
struct HttpResponse
{
    int status = 0; ///< 0 when there was no HTTP answer
    HttpHeaders headers;
    QByteArray body;
    TransportError error = TransportError::None;
    QString errorString; ///< human-readable detail from the network stack; never contains secrets
    QByteArray tlsFingerprintSha256; ///< peer certificate fingerprint when TLS failed, hex
    /// The peer certificate and what was wrong with it, when TLS failed on the certificate
    /// (null otherwise, and for transports that cannot tell).
    TlsCertificateInfo tlsCertificate;
    qint64 elapsedMs = 0;

    QByteArray header(const QByteArray &name) const;
    bool hasHttpAnswer() const { return error == TransportError::None && status > 0; }
};

/// Sends HTTP requests asynchronously. The callback runs on the context's thread after send()
/// returned (never synchronously), and never runs once the context is destroyed.
class HttpTransport
{
public:
    using Callback = std::function<void(const HttpResponse &)>;
    virtual ~HttpTransport() = default;
    virtual void send(const HttpRequest &request, QObject *context, Callback callback) = 0;
    /// Aborts every request sent with this context; their callbacks get TransportError::Canceled.
    virtual void cancel(QObject *context) = 0;
    /// Opens a connection to @p origin (scheme, host and port; the rest is ignored) ahead of the
    /// first request, so that request finds the TCP and TLS handshakes done. Sends no HTTP
    /// request and no credentials. A hint: transports without a connection pool ignore it.
    virtual void preconnect(const QUrl &origin) { Q_UNUSED(origin) }

    /// Whether pinCertificate() works here. Transports that cannot pin leave the default, and
    /// callers then never offer to trust a certificate.
    virtual bool canPinCertificates() const { return false; }
    /// Accepts exactly the certificate with that SHA-256 (hex) on host:port, even when it is
    /// self-signed, from an unknown CA or for another name. Nothing else changes trust.
    virtual void pinCertificate(const QString &host, quint16 port, const QByteArray &sha256Hex)
    {
        Q_UNUSED(host)
        Q_UNUSED(port)
        Q_UNUSED(sha256Hex)
    }
};

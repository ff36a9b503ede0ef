// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httptransport.h"
#include "proxysettings.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>

class QNetworkReply;

/// HttpTransport over one QNetworkAccessManager: connections are kept alive and reused per
/// host, HTTP/2 is used where the server offers it, and redirects are never followed (a 3xx is
/// returned as is, so credentials only ever go where the caller addressed them).
///
/// Trust: the system store plus the CAs given to addCaCertificatesFromFile(), for this
/// transport only. Proxies: the system configuration, or the one given to setProxy().
class NetworkTransport : public QObject, public HttpTransport
{
    Q_OBJECT
public:
    explicit NetworkTransport(QObject *parent = nullptr);
    ~NetworkTransport() override;

    void send(const HttpRequest &request, QObject *context, Callback callback) override;
    void cancel(QObject *context) override;
    /// Opens one connection to the origin (TCP, and TLS for https with this transport's trust
    /// and pins, through its proxy) into the pool that send() reuses, unless one is open. At
    /// most once per origin every kPreconnectIntervalMs; never sends an HTTP request.
    void preconnect(const QUrl &origin) override;
    /// How long a pre-connected origin is left alone: long enough that typing does not open a
    /// connection per key, short enough to reopen one a server closed while people typed.
    static constexpr int kPreconnectIntervalMs = 20000;

    /// Trusts the CA certificates in the PEM file for this transport's requests, in addition to
    /// the system store. Returns false (and says why in *error) when the file holds none.
    bool addCaCertificatesFromFile(const QString &pemPath, QString *error);

    bool canPinCertificates() const override { return true; }
    /// Accepts the certificate whose SHA-256 fingerprint (hex, any case, colons allowed) is
    /// sha256Hex on host:port even when it is self-signed, issued by an unknown CA or names
    /// another host. Any other TLS problem (expired, revoked, ...) still fails. A later pin for
    /// the same host:port replaces the earlier one.
    void pinCertificate(const QString &host, quint16 port, const QByteArray &sha256Hex) override;

    /// Sends every request of this transport through @p proxy instead of the system's choice:
    /// `http://[user:password@]host:port` or `socks5://[user:password@]host:port`. Returns false
    /// (and says why in *error, without the password) for anything else.
    bool setProxy(const QUrl &proxy, QString *error);
    /// Applies saved proxy settings: the system configuration, no proxy at all, or the manual
    /// proxy with password (setProxy()). Returns false (and *error) for an unusable manual one.
    bool applyProxy(const ProxySettings &settings, const QString &password, QString *error);

private:
    enum class AbortReason { None, Canceled, BodyTooLarge, ContextGone };
    struct Pending
    {
        QPointer<QObject> context;
        Callback callback;
        HttpRequest request; ///< kept for logging the method and path only
        QByteArray body;
        QElapsedTimer elapsed;
        AbortReason abortReason = AbortReason::None;
        QList<QSslError> sslErrors;
        QSslCertificate peerCertificate;
        QByteArray peerFingerprint;
        QByteArray pin; ///< the pin for this host:port that did not vouch for the peer
        bool pinMismatch = false;
        QString proxy; ///< "host:port" of the HTTP proxy the system chose, empty when direct
    };

    void onReadyRead(QNetworkReply *reply);
    void onMetaDataChanged(QNetworkReply *reply);
    void onSslErrors(QNetworkReply *reply, const QList<QSslError> &errors);
    void onFinished(QNetworkReply *reply);
    void onContextDestroyed(QObject *context);
    void onPreconnectSslErrors(QNetworkReply *reply, const QList<QSslError> &errors);
    void abortReply(QNetworkReply *reply, AbortReason reason);
    void watchContext(QObject *context);
    HttpResponse buildResponse(QNetworkReply *reply, Pending &pending) const;
    QString proxyFor(const QUrl &url);

    QNetworkAccessManager m_nam;
    QSslConfiguration m_sslConfig;
    QHash<QString, QByteArray> m_pins; ///< "host:port" -> lower-case hex SHA-256
    QHash<QNetworkReply *, Pending> m_pending;
    QHash<QObject *, QMetaObject::Connection> m_watchedContexts;
    QHash<QString, QString> m_proxyCache; ///< "scheme://host:port" -> proxy, see proxyFor()
    QHash<QString, QElapsedTimer> m_preconnected; ///< "scheme://host:port" -> last preconnect
    bool m_manualProxy = false; ///< setProxy() replaced the system configuration
    bool m_proxyCredentials = false; ///< setProxy() was given a user name and password
};

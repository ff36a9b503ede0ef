// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QSslCertificate>
#include <QSslKey>
#include <QTcpServer>

#include <functional>

class QTcpSocket;

/// One request as the server read it off the wire.
struct RawRequest
{
    QByteArray method;
    QByteArray target; ///< path and query as sent
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    int connection = 0; ///< 1-based number of the TCP connection it came on

    QByteArray header(const QByteArray &name) const;
};

/// A deliberately small HTTP/1.1 server on 127.0.0.1 for transport tests: it parses requests
/// (Content-Length bodies only), records them, and lets the test decide what goes back on the
/// socket, including nothing at all, a reset, or bytes that break the protocol. With
/// setTls() every accepted connection is wrapped in a QSslSocket.
class RawHttpServer : public QTcpServer
{
    Q_OBJECT
public:
    using Handler = std::function<void(QTcpSocket *socket, const RawRequest &request)>;

    explicit RawHttpServer(QObject *parent = nullptr);

    bool start();
    quint16 serverPort() const { return QTcpServer::serverPort(); }
    QString url(const QString &path, const QString &scheme = QStringLiteral("http")) const;

    void setHandler(Handler handler) { m_handler = std::move(handler); }
    void setTls(const QSslCertificate &certificate, const QSslKey &key);

    int connectionCount() const { return m_connections; }
    int openConnectionCount() const;
    QList<RawRequest> requests() const { return m_requests; }
    QList<QPointer<QTcpSocket>> sockets() const { return m_sockets; }

    /// A complete HTTP/1.1 response with Content-Length.
    static QByteArray response(int status, const QByteArray &body,
        const QList<QPair<QByteArray, QByteArray>> &headers = {});
    /// Closes the socket with a TCP RST instead of an orderly FIN.
    static void reset(QTcpSocket *socket);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void onReadyRead(QTcpSocket *socket, int connection);

    Handler m_handler;
    QSslCertificate m_certificate;
    QSslKey m_key;
    bool m_tls = false;
    int m_connections = 0;
    QList<RawRequest> m_requests;
    QList<QPointer<QTcpSocket>> m_sockets;
};

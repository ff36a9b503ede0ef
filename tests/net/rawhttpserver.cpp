// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "rawhttpserver.h"

#include <QSslSocket>

#include <sys/socket.h>

QByteArray RawRequest::header(const QByteArray &name) const
{
    for (const auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

RawHttpServer::RawHttpServer(QObject *parent)
    : QTcpServer(parent)
{ }

bool RawHttpServer::start()
{
    return listen(QHostAddress::LocalHost, 0);
}

QString RawHttpServer::url(const QString &path, const QString &scheme) const
{
    return QStringLiteral("%1://127.0.0.1:%2%3").arg(scheme).arg(serverPort()).arg(path);
}

void RawHttpServer::setTls(const QSslCertificate &certificate, const QSslKey &key)
{
    m_certificate = certificate;
    m_key = key;
    m_tls = true;
}

int RawHttpServer::openConnectionCount() const
{
    int open = 0;
    for (const auto &socket : m_sockets) {
        if (socket && socket->state() == QAbstractSocket::ConnectedState)
            ++open;
    }
    return open;
}

QByteArray RawHttpServer::response(
    int status, const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + " Test\r\n";
    for (const auto &h : headers)
        out += h.first + ": " + h.second + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n";
    return out + body;
}

void RawHttpServer::reset(QTcpSocket *socket)
{
    // A zero linger time makes close() send RST, which is what a crashed or hostile peer does.
    struct linger option = { 1, 0 };
    ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &option, sizeof option);
    socket->abort();
}

void RawHttpServer::incomingConnection(qintptr descriptor)
{
    const int connection = ++m_connections;
    QTcpSocket *socket = nullptr;
    if (m_tls) {
        auto *ssl = new QSslSocket(this);
        ssl->setSocketDescriptor(descriptor);
        ssl->setLocalCertificate(m_certificate);
        ssl->setPrivateKey(m_key);
        ssl->setPeerVerifyMode(QSslSocket::VerifyNone);
        ssl->startServerEncryption();
        socket = ssl;
    } else {
        socket = new QTcpSocket(this);
        socket->setSocketDescriptor(descriptor);
    }
    m_sockets.append(socket);
    connect(socket, &QTcpSocket::readyRead, this,
        [this, socket, connection] { onReadyRead(socket, connection); });
    connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
}

void RawHttpServer::onReadyRead(QTcpSocket *socket, int connection)
{
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    for (;;) {
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            break;
        const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
        RawRequest request;
        request.connection = connection;
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        request.target = first.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                request.headers.append(
                    { lines[i].left(colon).trimmed(), lines[i].mid(colon + 1).trimmed() });
        }
        const qsizetype length = request.header("Content-Length").toLongLong();
        if (buffer.size() < headEnd + 4 + length)
            break;
        request.body = buffer.mid(headEnd + 4, length);
        buffer.remove(0, headEnd + 4 + length);
        m_requests.append(request);
        if (m_handler)
            m_handler(socket, request);
        if (socket->state() != QAbstractSocket::ConnectedState)
            return;
    }
    socket->setProperty("buffer", buffer);
}

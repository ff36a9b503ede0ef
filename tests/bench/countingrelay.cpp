// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "countingrelay.h"

#include <QTcpSocket>
#include <QTimer>

#include <memory>

CountingRelay::CountingRelay(quint16 target, int connectDelayMs, QObject *parent)
    : QObject(parent)
    , m_target(target)
    , m_connectDelayMs(connectDelayMs)
{
    m_server.listen(QHostAddress::LocalHost, 0);
    connect(&m_server, &QTcpServer::newConnection, this, &CountingRelay::onNewConnection);
}

void CountingRelay::onNewConnection()
{
    while (QTcpSocket *in = m_server.nextPendingConnection()) {
        ++m_connections;
        auto out = new QTcpSocket(in);
        out->connectToHost(QHostAddress::LocalHost, m_target);
        // Client bytes wait until the handshake's round trip is over, then flow as they come.
        auto open = std::make_shared<bool>(m_connectDelayMs <= 0);
        auto held = std::make_shared<QByteArray>();
        connect(in, &QTcpSocket::readyRead, out, [in, out, open, held] {
            if (*open)
                out->write(in->readAll());
            else
                held->append(in->readAll());
        });
        if (!*open) {
            QTimer::singleShot(m_connectDelayMs, out, [out, open, held] {
                *open = true;
                out->write(*held);
                held->clear();
            });
        }
        connect(out, &QTcpSocket::readyRead, in, [in, out] { in->write(out->readAll()); });
        connect(in, &QTcpSocket::disconnected, in, &QObject::deleteLater);
        connect(out, &QTcpSocket::disconnected, in, &QTcpSocket::disconnectFromHost);
    }
}

// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTcpServer>

/// A TCP relay on 127.0.0.1 in front of a local server, for the benchmarks: it counts the
/// connections clients open (keep-alive at work) and can charge each new connection one network
/// round trip, as a TCP handshake to a distant server costs: the first bytes a client sends on a
/// connection reach the server connectDelayMs after the client connected.
class CountingRelay : public QObject
{
public:
    explicit CountingRelay(quint16 target, int connectDelayMs = 0, QObject *parent = nullptr);

    quint16 port() const { return m_server.serverPort(); }
    int connections() const { return m_connections; }

private:
    void onNewConnection();

    QTcpServer m_server;
    quint16 m_target;
    int m_connectDelayMs;
    int m_connections = 0;
};

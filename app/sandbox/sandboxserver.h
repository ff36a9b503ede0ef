// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ledger.h"
#include "scenario.h"

#include <QFile>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QUrl>

#include <memory>

class SandboxApi;
class SandboxHttpFrontend;
class QTcpSocket;
struct ApiReply;
struct ApiRequest;

/// A ConnectWise Manage simulator on a loopback HTTP(S) port, driven by a Scenario.
///
/// Every request is answered from a timer (the scenario latency), so slow answers never
/// serialise concurrent requests. Every request is recorded in the ledger.
class SandboxServer : public QObject
{
    Q_OBJECT
public:
    explicit SandboxServer(const Scenario &scenario, QObject *parent = nullptr);
    ~SandboxServer() override;

    /// Starts listening. Plain http is refused on anything but a loopback address.
    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0,
        QString *error = nullptr);
    /// Serves https with this certificate and key (PEM). Call before listen().
    bool setTls(const QByteArray &certPem, const QByteArray &keyPem, QString *error);
    bool isTls() const { return !m_certificate.isNull(); }

    /// The site a user would type, e.g. http://127.0.0.1:41234.
    QUrl siteUrl() const;
    /// The API base, e.g. http://127.0.0.1:41234/v2025_1/apis/3.0/.
    QUrl apiBaseUrl() const;
    quint16 port() const;

    const Scenario &scenario() const;
    /// Tests may change levels or faults between requests; they apply to the next request.
    Scenario &scenario();
    /// Overrides the scenario latency for every request (ms).
    void setLatencyMs(int ms);
    /// Reloads the records from the scenario seed and forgets fault counters.
    void resetData();

    QList<LedgerEntry> ledger() const;
    void clearLedger();
    /// Appends every ledger entry to @p path as JSON Lines.
    bool setLedgerFile(const QString &path, QString *error);

signals:
    void requestHandled(const LedgerEntry &entry);

private:
    friend class SandboxHttpFrontend;
    struct Pending;

    void onRequest(const ApiRequest &request, QTcpSocket *socket);
    void answer(const std::shared_ptr<Pending> &pending);
    void writeReply(const std::shared_ptr<Pending> &pending, const ApiReply &reply);
    void record(LedgerEntry entry);
    int matchFault(const QString &method, const QString &path);

    Scenario m_scenario;
    std::unique_ptr<SandboxApi> m_api;
    std::unique_ptr<SandboxHttpFrontend> m_http;
    QHostAddress m_address;
    quint16 m_port = 0;
    int m_latencyOverride = -1;
    QSslCertificate m_certificate;
    QSslKey m_key;
    QList<LedgerEntry> m_ledger;
    QList<int> m_faultHits;
    std::unique_ptr<QFile> m_ledgerFile;
};

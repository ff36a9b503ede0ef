// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxserver.h"

#include "sandboxapi.h"

#include <QAbstractHttpServer>
#include <QDateTime>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

/// Hands every parsed request to the SandboxServer, together with its socket, so that answers
/// can be delayed, trickled or dropped.
class SandboxHttpFrontend : public QAbstractHttpServer
{
public:
    explicit SandboxHttpFrontend(SandboxServer *owner)
        : m_owner(owner)
    { }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        // Copy everything now: the request object is reused for the next request on the socket.
        ApiRequest copy;
        copy.method = methodName(request.method());
        copy.path = request.url().path(QUrl::FullyDecoded);
        copy.encodedQuery = request.url().query(QUrl::FullyEncoded);
        copy.headers = request.headers();
        copy.body = request.body();
        m_owner->onRequest(copy, socket);
        return true;
    }

    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override { }

private:
    static QString methodName(QHttpServerRequest::Method method)
    {
        switch (method) {
        case QHttpServerRequest::Method::Get:
            return QStringLiteral("GET");
        case QHttpServerRequest::Method::Put:
            return QStringLiteral("PUT");
        case QHttpServerRequest::Method::Delete:
            return QStringLiteral("DELETE");
        case QHttpServerRequest::Method::Post:
            return QStringLiteral("POST");
        case QHttpServerRequest::Method::Head:
            return QStringLiteral("HEAD");
        case QHttpServerRequest::Method::Options:
            return QStringLiteral("OPTIONS");
        case QHttpServerRequest::Method::Patch:
            return QStringLiteral("PATCH");
        case QHttpServerRequest::Method::Connect:
            return QStringLiteral("CONNECT");
        case QHttpServerRequest::Method::Trace:
            return QStringLiteral("TRACE");
        default:
            break;
        }
        return QStringLiteral("UNKNOWN");
    }

    SandboxServer *m_owner;
};

struct SandboxServer::Pending
{
    ApiRequest request;
    QPointer<QTcpSocket> socket;
    LedgerEntry entry;
    bool hasFault = false;
    FaultRule fault;
};

namespace {

Q_LOGGING_CATEGORY(lcSandbox, "phin.sandbox")

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 302:
        return "Found";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 415:
        return "Unsupported Media Type";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    default:
        break;
    }
    return "Status";
}

const char kLoginPage[]
    = "<!DOCTYPE html>\n<html><head><title>ConnectWise PSA - Login</title></head>\n"
      "<body><form method=\"post\" action=\"/login\">\n"
      "<input name=\"CompanyName\"><input name=\"UserName\">"
      "<input name=\"Password\" type=\"password\">\n"
      "<button type=\"submit\">Log In</button></form></body></html>\n";

QLoggingCategory::CategoryFilter g_previousCategoryFilter = nullptr;

// QtHttpServer's "qt.httpserver" debug output prints every request with all its headers,
// Authorization included: keys would reach the log of any program running the simulator in
// process (phin-cw-setup --sandbox, phin-cw-check --sandbox) as soon as debug logging is on.
// It stays off whatever the logging rules say; the ledger and phin.sandbox say what arrived.
void withoutHttpServerDebug(QLoggingCategory *category)
{
    if (g_previousCategoryFilter)
        g_previousCategoryFilter(category);
    if (qstrcmp(category->categoryName(), "qt.httpserver") == 0)
        category->setEnabled(QtDebugMsg, false);
}

} // namespace

SandboxServer::SandboxServer(const Scenario &scenario, QObject *parent)
    : QObject(parent)
    , m_scenario(scenario)
    , m_api(std::make_unique<SandboxApi>(&m_scenario))
    , m_http(std::make_unique<SandboxHttpFrontend>(this))
{
    static const bool filtered = [] {
        g_previousCategoryFilter = QLoggingCategory::installFilter(withoutHttpServerDebug);
        return true;
    }();
    Q_UNUSED(filtered)
}

SandboxServer::~SandboxServer()
{
    // The frontend owns the sockets; it must go before the API they call into.
    m_http.reset();
}

bool SandboxServer::setTls(const QByteArray &certPem, const QByteArray &keyPem, QString *error)
{
    const QSslCertificate certificate(certPem, QSsl::Pem);
    if (certificate.isNull()) {
        if (error)
            *error = QStringLiteral("the certificate is not a PEM X.509 certificate");
        return false;
    }
    QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem, QSsl::PrivateKey);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey);
    if (key.isNull()) {
        if (error)
            *error = QStringLiteral("the key is not an unencrypted PEM RSA or EC private key");
        return false;
    }
    m_certificate = certificate;
    m_key = key;
    return true;
}

bool SandboxServer::listen(const QHostAddress &address, quint16 port, QString *error)
{
    // Keys travel in the Authorization header, so plain http must never leave this machine.
    if (!isTls() && !address.isLoopback()) {
        if (error)
            *error = QStringLiteral(
                "refusing to serve plain http on %1: plain http is only allowed on a "
                "loopback address (127.0.0.1 or ::1); give --tls-cert and --tls-key "
                "to serve https elsewhere")
                         .arg(address.toString());
        return false;
    }
    QTcpServer *server = nullptr;
    if (isTls()) {
        auto *sslServer = new QSslServer;
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(m_certificate);
        configuration.setPrivateKey(m_key);
        sslServer->setSslConfiguration(configuration);
        server = sslServer;
    } else {
        server = new QTcpServer;
    }
    if (!server->listen(address, port)) {
        if (error)
            *error = QStringLiteral("cannot listen on %1 port %2: %3")
                         .arg(address.toString())
                         .arg(port)
                         .arg(server->errorString());
        delete server;
        return false;
    }
    server->setParent(m_http.get());
    m_http->bind(server);
    m_address = address;
    m_port = server->serverPort();
    return true;
}

QUrl SandboxServer::siteUrl() const
{
    QUrl url;
    url.setScheme(isTls() ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(m_address.toString());
    url.setPort(m_port);
    return url;
}

QUrl SandboxServer::apiBaseUrl() const
{
    QUrl url = siteUrl();
    url.setPath(QLatin1Char('/') + m_scenario.codebase + QStringLiteral("apis/3.0/"));
    return url;
}

quint16 SandboxServer::port() const
{
    return m_port;
}

const Scenario &SandboxServer::scenario() const
{
    return m_scenario;
}

Scenario &SandboxServer::scenario()
{
    return m_scenario;
}

void SandboxServer::setLatencyMs(int ms)
{
    m_latencyOverride = ms;
}

void SandboxServer::resetData()
{
    m_api->resetData();
    m_faultHits.clear();
}

QList<LedgerEntry> SandboxServer::ledger() const
{
    return m_ledger;
}

void SandboxServer::clearLedger()
{
    m_ledger.clear();
}

bool SandboxServer::setLedgerFile(const QString &path, QString *error)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::WriteOnly | QIODevice::Append)) {
        if (error)
            *error = path + QStringLiteral(": cannot open the ledger for writing: ")
                + file->errorString();
        return false;
    }
    m_ledgerFile = std::move(file);
    return true;
}

int SandboxServer::matchFault(const QString &method, const QString &path)
{
    while (m_faultHits.size() < m_scenario.faults.size())
        m_faultHits.append(0);
    for (int i = 0; i < m_scenario.faults.size(); ++i) {
        const FaultRule &rule = m_scenario.faults.at(i);
        if (!rule.matches(method, path))
            continue;
        if (rule.count >= 0 && m_faultHits.at(i) >= rule.count)
            continue;
        ++m_faultHits[i];
        return i;
    }
    return -1;
}

void SandboxServer::onRequest(const ApiRequest &request, QTcpSocket *socket)
{
    auto pending = std::make_shared<Pending>();
    pending->request = request;
    pending->request.siteBase = siteUrl().toString();
    pending->socket = socket;
    LedgerEntry &entry = pending->entry;
    entry.receivedMs = nowMs();
    entry.method = request.method;
    entry.target = QString::fromUtf8(QUrl::toPercentEncoding(request.path, "/!$&'()*+,;=:@~"));
    if (!request.encodedQuery.isEmpty())
        entry.target += QLatin1Char('?') + request.encodedQuery;
    entry.authPresent = !request.header("Authorization").isEmpty();
    const QByteArray clientIdHeader = SandboxApi::assumptions()
                                          .value(QStringLiteral("headers"))
                                          .toObject()
                                          .value(QStringLiteral("clientId"))
                                          .toString(QStringLiteral("clientId"))
                                          .toUtf8();
    entry.clientIdPresent = !request.header(clientIdHeader).isEmpty();

    const int faultIndex = matchFault(request.method, m_api->faultPath(request.path));
    if (faultIndex >= 0) {
        pending->hasFault = true;
        pending->fault = m_scenario.faults.at(faultIndex);
        entry.fault = FaultRule::kindName(pending->fault.kind);
        if (pending->fault.kind == FaultKind::Hang) {
            // Never answered: the socket stays open until the client gives up.
            record(entry);
            return;
        }
    }
    const int latency = m_latencyOverride >= 0 ? m_latencyOverride : m_scenario.latencyMs;
    // A timer per request, never a sleep: concurrent requests wait in parallel.
    QTimer::singleShot(latency, this, [this, pending] { answer(pending); });
}

void SandboxServer::answer(const std::shared_ptr<Pending> &pending)
{
    LedgerEntry &entry = pending->entry;
    if (!pending->socket || pending->socket->state() != QAbstractSocket::ConnectedState) {
        entry.answeredMs = nowMs();
        record(entry);
        return;
    }
    ApiReply reply;
    const auto jsonBody = [](const QJsonObject &object) {
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    };
    const QByteArray jsonType = QByteArrayLiteral("application/json; charset=utf-8");
    if (pending->hasFault) {
        const FaultRule &fault = pending->fault;
        switch (fault.kind) {
        case FaultKind::Reset:
            pending->socket->abort();
            entry.answeredMs = nowMs();
            record(entry);
            return;
        case FaultKind::RateLimit:
            reply.status = 429;
            reply.headers = { { "Retry-After", QByteArray::number(fault.retryAfterSeconds) },
                { "Content-Type", jsonType } };
            reply.body = jsonBody({ { QStringLiteral("error"), QStringLiteral("ConnectWiseAPI") },
                { QStringLiteral("message"),
                    QStringLiteral("Too many requests. Please try again in %1 seconds.")
                        .arg(fault.retryAfterSeconds) } });
            break;
        case FaultKind::ServerError:
            reply.status = 500;
            reply.headers = { { "Content-Type", jsonType } };
            reply.body = jsonBody(fault.body.isEmpty()
                    ? QJsonObject { { QStringLiteral("code"), QStringLiteral("ConnectWiseApi") },
                        { QStringLiteral("message"),
                            QStringLiteral("A timeout has occured. Please try again.") } }
                    : fault.body);
            break;
        case FaultKind::Html200:
            reply.status = 200;
            reply.headers = { { "Content-Type", "text/html; charset=utf-8" } };
            reply.body = QByteArray(kLoginPage);
            break;
        case FaultKind::TruncatedJson:
        case FaultKind::RedirectHttp:
        case FaultKind::SlowBody:
        case FaultKind::Hang:
            // These change how the real answer travels; the work itself is done.
            reply = m_api->handle(pending->request);
            break;
        }
        if (fault.kind == FaultKind::TruncatedJson)
            reply.body = reply.body.left(std::max<qsizetype>(1, reply.body.size() / 2));
        if (fault.kind == FaultKind::RedirectHttp) {
            const int port = fault.redirectPort != 0 ? fault.redirectPort : m_port + 1;
            QByteArray location = "http://127.0.0.1:" + QByteArray::number(port)
                + QUrl::toPercentEncoding(pending->request.path, "/!$&'()*+,;=:@~");
            if (!pending->request.encodedQuery.isEmpty())
                location += '?' + pending->request.encodedQuery.toUtf8();
            const bool sideEffect = reply.sideEffect;
            reply = ApiReply();
            reply.status = 302;
            reply.headers = { { "Location", location } };
            reply.sideEffect = sideEffect;
        }
    } else {
        reply = m_api->handle(pending->request);
    }
    writeReply(pending, reply);
}

void SandboxServer::writeReply(const std::shared_ptr<Pending> &pending, const ApiReply &reply)
{
    QTcpSocket *socket = pending->socket;
    LedgerEntry &entry = pending->entry;
    entry.status = reply.status;
    entry.sideEffect = reply.sideEffect;

    QByteArray head = "HTTP/1.1 " + QByteArray::number(reply.status) + ' '
        + reasonPhrase(reply.status) + "\r\n";
    for (const auto &header : reply.headers)
        head += header.first + ": " + header.second + "\r\n";
    head += "Content-Length: " + QByteArray::number(reply.body.size()) + "\r\n\r\n";

    if (!pending->hasFault || pending->fault.kind != FaultKind::SlowBody || reply.body.isEmpty()) {
        socket->write(head + reply.body);
        entry.answeredMs = nowMs();
        record(entry);
        return;
    }

    // slow-body: the headers at once, then the body a few bytes per tick.
    socket->write(head);
    // Parented to the server, not the socket: if the client goes away the entry is still recorded.
    auto *timer = new QTimer(this);
    auto offset = std::make_shared<qsizetype>(0);
    const QByteArray body = reply.body;
    const int chunk = pending->fault.chunkBytes;
    connect(timer, &QTimer::timeout, this, [this, timer, pending, offset, body, chunk] {
        if (!pending->socket || pending->socket->state() != QAbstractSocket::ConnectedState) {
            timer->deleteLater();
            pending->entry.answeredMs = nowMs();
            record(pending->entry);
            return;
        }
        pending->socket->write(body.mid(*offset, chunk));
        *offset += chunk;
        if (*offset >= body.size()) {
            timer->stop();
            timer->deleteLater();
            pending->entry.answeredMs = nowMs();
            record(pending->entry);
        }
    });
    timer->start(pending->fault.chunkDelayMs);
}

void SandboxServer::record(LedgerEntry entry)
{
    // The ledger entry holds no credentials, so it is safe to log as it is.
    qCDebug(lcSandbox).noquote() << entry.method << entry.target << entry.status
                                 << (entry.fault.isEmpty()
                                            ? QString()
                                            : QStringLiteral("fault=") + entry.fault);
    m_ledger.append(entry);
    if (m_ledgerFile) {
        m_ledgerFile->write(entry.toJsonLine() + '\n');
        m_ledgerFile->flush();
    }
    emit requestHandled(entry);
}

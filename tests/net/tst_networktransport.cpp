// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "companylookup.h"
#include "connectwiseassumptions.h"
#include "fetchresponse.h"
#include "networktransport.h"
#include "rawhttpserver.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

HttpRequest get(const QString &url, int timeoutMs = 5000)
{
    HttpRequest r;
    r.url = QUrl(url);
    r.timeoutMs = timeoutMs;
    return r;
}

QStringList g_logLines;
QtMessageHandler g_previousHandler = nullptr;

void captureLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_logLines.append(QString::fromLatin1(context.category) + QLatin1Char(' ') + message);
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

} // namespace

class TestNetworkTransport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void answersWithStatusHeadersAndBody();
    void httpErrorStatusIsNotATransportError_data();
    void httpErrorStatusIsNotATransportError();
    void redirectIsReturnedNotFollowed_data();
    void redirectIsReturnedNotFollowed();
    void callbackNeverRunsInsideSend();
    void timeout();
    void peerDropsConnection_data();
    void peerDropsConnection();
    void bodyCap_data();
    void bodyCap();
    void connectionRefused();
    void hostNotFound();
    void cancel();
    void contextDestroyedBeforeAnswer();
    void keepAliveReusesOneConnection();
    void logShowsPathAndStatusButNoSecrets();
    void systemProxyIsUsed();
    void proxyFailureIsAProxyError();

    void tlsUntrustedSelfSigned();
    void tlsTrustedThroughCaFile();
    void tlsCaFileErrors();
    void tlsPinnedFingerprint_data();
    void tlsPinnedFingerprint();
    void tlsWrongHostIsExplained();
    void tlsExpiredIsExplainedAndNotPinnable();
    void tlsCertificateFacts_data();
    void tlsCertificateFacts();

private:
    bool openssl(const QStringList &arguments);
    QString path(const QString &name) const { return m_dir.filePath(name); }
    std::unique_ptr<RawHttpServer> tlsServer(const QString &cert, const QString &key);
    static QByteArray fingerprint(const QString &pemPath);
    /// GET / over https, waiting for the one answer (TransportError::Other when none came).
    static HttpResponse fetchRoot(NetworkTransport &transport, const RawHttpServer &server);

    QTemporaryDir m_dir;
};

bool TestNetworkTransport::openssl(const QStringList &arguments)
{
    QProcess p;
    p.setWorkingDirectory(m_dir.path());
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("openssl"), arguments);
    if (!p.waitForFinished(20000) || p.exitCode() != 0) {
        qWarning().noquote() << "openssl" << arguments.join(u' ') << p.readAll();
        return false;
    }
    return true;
}

void TestNetworkTransport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(QSslSocket::supportsSsl());
    const QStringList ec
        = { QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
              QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes") };
    // A self-signed server certificate for 127.0.0.1.
    QVERIFY(openssl(QStringList { QStringLiteral("req"), QStringLiteral("-x509") } + ec
        + QStringList { QStringLiteral("-keyout"), QStringLiteral("self.key"),
            QStringLiteral("-out"), QStringLiteral("self.pem"), QStringLiteral("-days"),
            QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=phin-test-self"),
            QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1") }));
    // Another one for the same address: the server's certificate "changed".
    QVERIFY(openssl(QStringList { QStringLiteral("req"), QStringLiteral("-x509") } + ec
        + QStringList { QStringLiteral("-keyout"), QStringLiteral("replaced.key"),
            QStringLiteral("-out"), QStringLiteral("replaced.pem"), QStringLiteral("-days"),
            QStringLiteral("2"), QStringLiteral("-subj"),
            QStringLiteral("/CN=phin-test-replaced/O=Phin Test"), QStringLiteral("-addext"),
            QStringLiteral("subjectAltName=IP:127.0.0.1") }));
    // A private CA, and the leaves it signs: one for another host, one long expired, one not
    // valid for decades, and a good one for 127.0.0.1.
    QVERIFY(openssl(QStringList { QStringLiteral("req"), QStringLiteral("-x509") } + ec
        + QStringList { QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"),
            QStringLiteral("ca.pem"), QStringLiteral("-days"), QStringLiteral("2"),
            QStringLiteral("-subj"), QStringLiteral("/CN=Phin Test CA") }));
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("db")));
    QFile(path(QStringLiteral("db/index.txt"))).open(QIODevice::WriteOnly);
    QFile serial(path(QStringLiteral("db/serial")));
    QVERIFY(serial.open(QIODevice::WriteOnly));
    serial.write("01\n");
    serial.close();
    QFile config(path(QStringLiteral("ca.cnf")));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("[ca]\ndefault_ca = testca\n"
                 "[testca]\ndatabase = db/index.txt\nserial = db/serial\nnew_certs_dir = db\n"
                 "default_md = sha256\npolicy = anything\nunique_subject = no\n"
                 "[anything]\ncommonName = supplied\n"
                 "[wronghost]\nsubjectAltName = DNS:other.example\n"
                 "[expired]\nsubjectAltName = IP:127.0.0.1\n"
                 "[future]\nsubjectAltName = IP:127.0.0.1\n"
                 "[leaf]\nsubjectAltName = IP:127.0.0.1\n");
    config.close();
    for (const QString &name : { QStringLiteral("wronghost"), QStringLiteral("expired"),
             QStringLiteral("future"), QStringLiteral("leaf") }) {
        QVERIFY(openssl(QStringList { QStringLiteral("req"), QStringLiteral("-new") } + ec
            + QStringList { QStringLiteral("-keyout"), name + QStringLiteral(".key"),
                QStringLiteral("-out"), name + QStringLiteral(".csr"), QStringLiteral("-subj"),
                QStringLiteral("/CN=") + name }));
        QStringList sign = { QStringLiteral("ca"), QStringLiteral("-batch"),
            QStringLiteral("-config"), QStringLiteral("ca.cnf"), QStringLiteral("-cert"),
            QStringLiteral("ca.pem"), QStringLiteral("-keyfile"), QStringLiteral("ca.key"),
            QStringLiteral("-in"), name + QStringLiteral(".csr"), QStringLiteral("-out"),
            name + QStringLiteral(".pem"), QStringLiteral("-extensions"), name,
            QStringLiteral("-notext") };
        if (name == QLatin1String("expired"))
            sign += { QStringLiteral("-startdate"), QStringLiteral("20200101000000Z"),
                QStringLiteral("-enddate"), QStringLiteral("20200102000000Z") };
        else if (name == QLatin1String("future"))
            sign += { QStringLiteral("-startdate"), QStringLiteral("20900101000000Z"),
                QStringLiteral("-enddate"), QStringLiteral("20900102000000Z") };
        else
            sign += { QStringLiteral("-days"), QStringLiteral("2") };
        QVERIFY(openssl(sign));
    }
}

std::unique_ptr<RawHttpServer> TestNetworkTransport::tlsServer(
    const QString &cert, const QString &key)
{
    QFile certFile(path(cert));
    QFile keyFile(path(key));
    if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
        return {};
    auto server = std::make_unique<RawHttpServer>();
    server->setTls(QSslCertificate(&certFile, QSsl::Pem), QSslKey(&keyFile, QSsl::Ec));
    server->setHandler([](QTcpSocket *socket, const RawRequest &) {
        socket->write(RawHttpServer::response(200, "secure hello"));
    });
    if (!server->start())
        return {};
    return server;
}

HttpResponse TestNetworkTransport::fetchRoot(
    NetworkTransport &transport, const RawHttpServer &server)
{
    ResponseCollector collector;
    transport.send(get(server.url(QStringLiteral("/"), QStringLiteral("https"))), &collector,
        collector.callback());
    if (!QTest::qWaitFor([&collector] { return !collector.responses.isEmpty(); }, 10000)) {
        HttpResponse none;
        none.error = TransportError::Other;
        none.errorString = QStringLiteral("no answer within 10 s");
        return none;
    }
    return collector.responses.first();
}

QByteArray TestNetworkTransport::fingerprint(const QString &pemPath)
{
    const auto certs = QSslCertificate::fromPath(pemPath);
    return certs.isEmpty() ? QByteArray()
                           : certs.first().digest(QCryptographicHash::Sha256).toHex();
}

void TestNetworkTransport::answersWithStatusHeadersAndBody()
{
    RawHttpServer server;
    server.setHandler([](QTcpSocket *socket, const RawRequest &request) {
        socket->write(RawHttpServer::response(200, "echo:" + request.body,
            { { "X-Reply", "yes" }, { "Content-Type", "application/json" } }));
    });
    QVERIFY(server.start());

    NetworkTransport transport;
    HttpRequest request = get(server.url(QStringLiteral("/v4_6_release/apis/3.0/system/info")));
    request.method = "POST";
    request.body = "{\"a\":1}";
    request.setHeader("Authorization", "Basic dGVzdA==");
    request.setHeader("clientId", "the-client");
    request.setHeader("Content-Type", "application/json");
    ResponseCollector collector;
    transport.send(request, &collector, collector.callback());
    QTRY_COMPARE(collector.responses.size(), 1);

    const HttpResponse &r = collector.responses.first();
    QCOMPARE(r.error, TransportError::None);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray("echo:{\"a\":1}"));
    QCOMPARE(r.header("x-reply"), QByteArray("yes"));
    QVERIFY(r.hasHttpAnswer());
    QVERIFY(r.elapsedMs >= 0);

    QCOMPARE(server.requests().size(), 1);
    const RawRequest seen = server.requests().first();
    QCOMPARE(seen.method, QByteArray("POST"));
    QCOMPARE(seen.target, QByteArray("/v4_6_release/apis/3.0/system/info"));
    QCOMPARE(seen.header("Authorization"), QByteArray("Basic dGVzdA=="));
    QCOMPARE(seen.header("clientId"), QByteArray("the-client"));
    QCOMPARE(seen.header("Cookie"), QByteArray());
}

void TestNetworkTransport::httpErrorStatusIsNotATransportError_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("401-unauthorized") << 401;
    QTest::newRow("403-forbidden") << 403;
    QTest::newRow("404-not-found") << 404;
    QTest::newRow("429-too-many") << 429;
    QTest::newRow("500-server-error") << 500;
    QTest::newRow("503-unavailable") << 503;
}

void TestNetworkTransport::httpErrorStatusIsNotATransportError()
{
    QFETCH(int, status);
    RawHttpServer server;
    server.setHandler([status](QTcpSocket *socket, const RawRequest &) {
        socket->write(RawHttpServer::response(status,
            R"({"code":"NotFound","message":"The endpoint does not exist."})",
            { { "Retry-After", "1" } }));
    });
    QVERIFY(server.start());
    NetworkTransport transport;
    ResponseCollector collector;
    transport.send(get(server.url(QStringLiteral("/x"))), &collector, collector.callback());
    QTRY_COMPARE(collector.responses.size(), 1);
    const HttpResponse &r = collector.responses.first();
    QCOMPARE(r.error, TransportError::None);
    QCOMPARE(r.status, status);
    QCOMPARE(r.body, QByteArray(R"({"code":"NotFound","message":"The endpoint does not exist."})"));
    QCOMPARE(r.header("Retry-After"), QByteArray("1"));
}

void TestNetworkTransport::redirectIsReturnedNotFollowed_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("301-moved") << 301;
    QTest::newRow("302-found") << 302;
    QTest::newRow("307-temporary") << 307;
    QTest::newRow("308-permanent") << 308;
}

void TestNetworkTransport::redirectIsReturnedNotFollowed()
{
    QFETCH(int, status);
    RawHttpServer target;
    target.setHandler([](QTcpSocket *socket, const RawRequest &) {
        socket->write(RawHttpServer::response(200, "stolen"));
    });
    QVERIFY(target.start());
    const QByteArray location = target.url(QStringLiteral("/collect")).toLatin1();

    RawHttpServer origin;
    origin.setHandler([status, location](QTcpSocket *socket, const RawRequest &) {
        socket->write(RawHttpServer::response(status, "moved", { { "Location", location } }));
    });
    QVERIFY(origin.start());

    NetworkTransport transport;
    HttpRequest request = get(origin.url(QStringLiteral("/v4_6_release/apis/3.0/system/info")));
    request.setHeader("Authorization", "Basic c2VjcmV0");
    ResponseCollector collector;
    transport.send(request, &collector, collector.callback());
    QTRY_COMPARE(collector.responses.size(), 1);
    QCOMPARE(collector.responses.first().error, TransportError::None);
    QCOMPARE(collector.responses.first().status, status);
    QCOMPARE(collector.responses.first().header("Location"), location);

    // A second round trip through the same event loop gives a follow-up every chance to happen.
    transport.send(get(origin.url(QStringLiteral("/again"))), &collector, collector.callback());
    QTRY_COMPARE(collector.responses.size(), 2);
    QCOMPARE(origin.requests().size(), 2);
    QCOMPARE(target.connectionCount(), 0);
    QCOMPARE(target.requests().size(), 0);
}

void TestNetworkTransport::callbackNeverRunsInsideSend()
{
    RawHttpServer server;
    QVERIFY(server.start());
    const QString url = server.url(QStringLiteral("/"));
    server.close(); // refused: the fastest possible failure

    NetworkTransport transport;
    ResponseCollector collector;
    transport.send(get(url), &collector, collector.callback());
    QCOMPARE(collector.responses.size(), 0);
    transport.send(get(QStringLiteral("not a url")), &collector, collector.callback());
    QCOMPARE(collector.responses.size(), 0);
    QTRY_COMPARE(collector.responses.size(), 2);
    QList<TransportError> errors;
    for (const auto &r : std::as_const(collector.responses))
        errors.append(r.error);
    QVERIFY(errors.contains(TransportError::ConnectionRefused));
    QVERIFY(errors.contains(TransportError::Other)); // a relative URL names no server
}

void TestNetworkTransport::timeout()
{
    RawHttpServer server; // reads the request and never answers
    QVERIFY(server.start());
    NetworkTransport transport;
    ResponseCollector collector;
    transport.send(get(server.url(QStringLiteral("/slow")), 300), &collector, collector.callback());
    QTRY_COMPARE(collector.responses.size(), 1);
    const HttpResponse &r = collector.responses.first();
    QCOMPARE(r.error, TransportError::Timeout);
    QCOMPARE(r.status, 0);
    QVERIFY2(r.elapsedMs >= 250 && r.elapsedMs < 4000, QByteArray::number(r.elapsedMs));
    QVERIFY2(r.errorString.contains(QLatin1String("300 ms")), qPrintable(r.errorString));
    QCOMPARE(server.requests().size(), 1);
}

void TestNetworkTransport::peerDropsConnection_data()
{
    QTest::addColumn<QByteArray>("how");
    QTest::newRow("closed-before-answer") << QByteArray("close");
    QTest::newRow("reset-before-answer") << QByteArray("reset");
    QTest::newRow("reset-mid-body") << QByteArray("partial");
}

void TestNetworkTransport::peerDropsConnection()
{
    QFETCH(QByteArray, how);
    RawHttpServer server;
    server.setHandler([how](QTcpSocket *socket, const RawRequest &) {
        if (how == "close") {
            socket->disconnectFromHost();
        } else if (how == "reset") {
            RawHttpServer::reset(socket);
        } else {
            socket->write("HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\npartial");
            socket->flush();
            RawHttpServer::reset(socket);
        }
    });
    QVERIFY(server.start());
    NetworkTransport transport;
    ResponseCollector collector;
    transport.send(get(server.url(QStringLiteral("/drop"))), &collector, collector.callback());
    QTRY_COMPARE(collector.responses.size(), 1);
    const HttpResponse &r = collector.responses.first();
    QCOMPARE(r.error, TransportError::ConnectionReset);
    QVERIFY(!r.hasHttpAnswer());
    QVERIFY(!r.errorString.isEmpty());
}

void TestNetworkTransport::bodyCap_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<TransportError>("error");
    const QByteArray big(150, 'x');
    const QByteArray exact(100, 'x');
    QTest::newRow("declared-length-over-cap")
        << RawHttpServer::response(200, big) << TransportError::BodyTooLarge;
    QTest::newRow("chunked-over-cap")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n64\r\n" + exact
               + "\r\n32\r\n" + QByteArray(50, 'y') + "\r\n0\r\n\r\n")
        << TransportError::BodyTooLarge;
    QTest::newRow("close-delimited-over-cap")
        << QByteArray("HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n" + big)
        << TransportError::BodyTooLarge;
    QTest::newRow("exactly-at-cap") << RawHttpServer::response(200, exact) << TransportError::None;
    QTest::newRow("error-status-over-cap")
        << RawHttpServer::response(500, big) << TransportError::BodyTooLarge;
}

void TestNetworkTransport::bodyCap()
{
    QFETCH(QByteArray, raw);
    QFETCH(TransportError, error);
    RawHttpServer server;
    server.setHandler([raw](QTcpSocket *socket, const RawRequest &) {
        socket->write(raw);
        if (raw.contains("Connection: close"))
            socket->disconnectFromHost();
    });
    QVERIFY(server.start());
    NetworkTransport transport;
    HttpRequest request = get(server.url(QStringLiteral("/big")));
    request.maxBodyBytes = 100;
    ResponseCollector collector;
    transport.send(request, &collector, collector.callback());
    QTRY_COMPARE(collector.responses.size(), 1);
    const HttpResponse &r = collector.responses.first();
    QCOMPARE(r.error, error);
    if (error == TransportError::None) {
        QCOMPARE(r.body.size(), 100);
    } else {
        QVERIFY(r.body.isEmpty());
        QVERIFY2(r.errorString.contains(QLatin1String("100 bytes")), qPrintable(r.errorString));
    }
}

void TestNetworkTransport::connectionRefused()
{
    quint16 port = 0;
    {
        RawHttpServer server;
        QVERIFY(server.start());
        port = server.serverPort();
    } // closed: nothing listens there any more
    NetworkTransport transport;
    ResponseCollector collector;
    transport.send(
        get(QStringLiteral("http://127.0.0.1:%1/").arg(port)), &collector, collector.callback());
    QTRY_COMPARE(collector.responses.size(), 1);
    QCOMPARE(collector.responses.first().error, TransportError::ConnectionRefused);
    QCOMPARE(collector.responses.first().status, 0);
}

void TestNetworkTransport::hostNotFound()
{
    // Under the reserved .invalid TLD, and with a 64-character label that no DNS query can
    // encode, so the resolver library fails before sending anything anywhere.
    const QString host = QString(64, QLatin1Char('x')) + QStringLiteral(".invalid");
    NetworkTransport transport;
    ResponseCollector collector;
    transport.send(get(QStringLiteral("https://%1/v4_6_release/apis/3.0/system/info").arg(host)),
        &collector, collector.callback());
    QTRY_COMPARE(collector.responses.size(), 1);
    QCOMPARE(collector.responses.first().error, TransportError::HostNotFound);
    QVERIFY(!collector.responses.first().errorString.isEmpty());
}

void TestNetworkTransport::cancel()
{
    RawHttpServer server; // never answers
    QVERIFY(server.start());
    NetworkTransport transport;
    ResponseCollector canceled;
    ResponseCollector other;
    transport.send(get(server.url(QStringLiteral("/a"))), &canceled, canceled.callback());
    transport.send(get(server.url(QStringLiteral("/b"))), &canceled, canceled.callback());
    transport.send(get(server.url(QStringLiteral("/c")), 400), &other, other.callback());
    QTRY_COMPARE(server.requests().size(), 3);

    transport.cancel(&canceled);
    QCOMPARE(canceled.responses.size(), 0); // delivered later, not inside cancel()
    QTRY_COMPARE(canceled.responses.size(), 2);
    for (const auto &r : std::as_const(canceled.responses))
        QCOMPARE(r.error, TransportError::Canceled);
    // The other context's request is untouched: it runs into its own timeout.
    QCOMPARE(other.responses.size(), 0);
    QTRY_COMPARE(other.responses.size(), 1);
    QCOMPARE(other.responses.first().error, TransportError::Timeout);
    QCOMPARE(canceled.responses.size(), 2);
}

void TestNetworkTransport::contextDestroyedBeforeAnswer()
{
    QList<QPointer<QTcpSocket>> held;
    RawHttpServer server;
    server.setHandler([&held](QTcpSocket *socket, const RawRequest &request) {
        if (request.target == "/held")
            held.append(socket);
        else
            socket->write(RawHttpServer::response(200, "ok"));
    });
    QVERIFY(server.start());
    NetworkTransport transport;
    int calls = 0;
    auto *context = new QObject;
    transport.send(get(server.url(QStringLiteral("/held"))), context,
        [&calls](const HttpResponse &) { ++calls; });
    QTRY_COMPARE(held.size(), 1);
    delete context;
    // The transport gives up on the request: the server sees the connection go away.
    QTRY_VERIFY(
        held.first().isNull() || held.first()->state() == QAbstractSocket::UnconnectedState);

    ResponseCollector later;
    transport.send(get(server.url(QStringLiteral("/next"))), &later, later.callback());
    QTRY_COMPARE(later.responses.size(), 1);
    QCOMPARE(later.responses.first().status, 200);
    QCOMPARE(calls, 0);
}

void TestNetworkTransport::keepAliveReusesOneConnection()
{
    RawHttpServer server;
    server.setHandler([](QTcpSocket *socket, const RawRequest &request) {
        socket->write(RawHttpServer::response(200, request.target));
    });
    QVERIFY(server.start());
    NetworkTransport transport;
    ResponseCollector collector;
    for (int i = 1; i <= 3; ++i) {
        transport.send(
            get(server.url(QStringLiteral("/r%1").arg(i))), &collector, collector.callback());
        QTRY_COMPARE(collector.responses.size(), i);
        QCOMPARE(collector.responses.last().body, QByteArray("/r") + QByteArray::number(i));
    }
    QCOMPARE(server.requests().size(), 3);
    QCOMPARE(server.connectionCount(), 1);
}

void TestNetworkTransport::logShowsPathAndStatusButNoSecrets()
{
    RawHttpServer server;
    server.setHandler([](QTcpSocket *socket, const RawRequest &) {
        socket->write(RawHttpServer::response(200, "body-secret-value"));
    });
    QVERIFY(server.start());
    QLoggingCategory::setFilterRules(QStringLiteral("phin.net.http.debug=true"));
    g_logLines.clear();
    g_previousHandler = qInstallMessageHandler(captureLog);

    NetworkTransport transport;
    HttpRequest request
        = get(server.url(QStringLiteral("/v4_6_release/apis/3.0/company/companies?conditions=x")));
    request.method = "PATCH";
    request.body = "request-body-secret";
    request.setHeader("Authorization", "Basic QUJDOnByaXZhdGVrZXk=");
    ResponseCollector collector;
    transport.send(request, &collector, collector.callback());
    QTRY_COMPARE(collector.responses.size(), 1);

    qInstallMessageHandler(g_previousHandler);
    QLoggingCategory::setFilterRules(QString());
    const QString log = g_logLines.join(u'\n');
    QVERIFY2(log.contains(QLatin1String("phin.net.http PATCH "
                                        "/v4_6_release/apis/3.0/company/companies 200")),
        qPrintable(log));
    QVERIFY(!log.contains(QLatin1String("QUJDOnByaXZhdGVrZXk")));
    QVERIFY(!log.contains(QLatin1String("secret")));
    QVERIFY(!log.contains(QLatin1String("conditions")));
}

void TestNetworkTransport::systemProxyIsUsed()
{
    // The proxy is a second local server; the request line tells it was asked as a proxy.
    RawHttpServer proxy;
    proxy.setHandler([](QTcpSocket *socket, const RawRequest &) {
        socket->write(RawHttpServer::response(200, "via proxy"));
    });
    QVERIFY(proxy.start());
    RawHttpServer origin;
    QVERIFY(origin.start());
    const QString url = origin.url(QStringLiteral("/through"));
    qputenv("http_proxy", proxy.url(QString()).toLatin1());
    NetworkTransport transport;
    ResponseCollector collector;
    transport.send(get(url), &collector, collector.callback());
    QTRY_COMPARE(collector.responses.size(), 1);
    qunsetenv("http_proxy");
    QCOMPARE(collector.responses.first().error, TransportError::None);
    QCOMPARE(collector.responses.first().body, QByteArray("via proxy"));
    QCOMPARE(proxy.requests().size(), 1);
    QCOMPARE(proxy.requests().first().target, url.toLatin1());
    QCOMPARE(origin.connectionCount(), 0);
}

void TestNetworkTransport::proxyFailureIsAProxyError()
{
    quint16 closedPort = 0;
    {
        RawHttpServer gone;
        QVERIFY(gone.start());
        closedPort = gone.serverPort();
    }
    RawHttpServer origin;
    QVERIFY(origin.start());
    qputenv("http_proxy", QByteArray("http://127.0.0.1:") + QByteArray::number(closedPort));
    NetworkTransport transport;
    ResponseCollector collector;
    transport.send(get(origin.url(QStringLiteral("/"))), &collector, collector.callback());
    QTRY_COMPARE(collector.responses.size(), 1);
    qunsetenv("http_proxy");
    QCOMPARE(collector.responses.first().error, TransportError::ProxyError);
    QVERIFY2(collector.responses.first().errorString.contains(
                 QStringLiteral("127.0.0.1:%1").arg(closedPort)),
        qPrintable(collector.responses.first().errorString));
    QCOMPARE(origin.connectionCount(), 0);
}

void TestNetworkTransport::tlsUntrustedSelfSigned()
{
    auto server = tlsServer(QStringLiteral("self.pem"), QStringLiteral("self.key"));
    QVERIFY(server);
    NetworkTransport transport;
    HttpRequest request = get(server->url(QStringLiteral("/"), QStringLiteral("https")));
    request.setHeader("Authorization", "Basic c2VjcmV0");
    ResponseCollector collector;
    transport.send(request, &collector, collector.callback());
    QTRY_COMPARE(collector.responses.size(), 1);
    const HttpResponse &r = collector.responses.first();
    QCOMPARE(r.error, TransportError::TlsError);
    QCOMPARE(r.status, 0);
    QCOMPARE(r.tlsFingerprintSha256, fingerprint(path(QStringLiteral("self.pem"))));
    QVERIFY2(r.errorString.contains(QLatin1String("self-signed")), qPrintable(r.errorString));
    QVERIFY2(r.errorString.contains(QString::fromLatin1(r.tlsFingerprintSha256)),
        qPrintable(r.errorString));
    QCOMPARE(server->requests().size(), 0); // nothing, and no credentials, went over it
}

void TestNetworkTransport::tlsTrustedThroughCaFile()
{
    auto server = tlsServer(QStringLiteral("self.pem"), QStringLiteral("self.key"));
    QVERIFY(server);
    NetworkTransport transport;
    QString error;
    QVERIFY2(transport.addCaCertificatesFromFile(path(QStringLiteral("self.pem")), &error),
        qPrintable(error));
    ResponseCollector collector;
    transport.send(get(server->url(QStringLiteral("/"), QStringLiteral("https"))), &collector,
        collector.callback());
    QTRY_COMPARE(collector.responses.size(), 1);
    QCOMPARE(collector.responses.first().error, TransportError::None);
    QCOMPARE(collector.responses.first().status, 200);
    QCOMPARE(collector.responses.first().body, QByteArray("secure hello"));

    // Another transport is not affected by this one's extra trust.
    NetworkTransport plain;
    plain.send(get(server->url(QStringLiteral("/"), QStringLiteral("https"))), &collector,
        collector.callback());
    QTRY_COMPARE(collector.responses.size(), 2);
    QCOMPARE(collector.responses.last().error, TransportError::TlsError);
}

void TestNetworkTransport::tlsCaFileErrors()
{
    NetworkTransport transport;
    QString error;
    QVERIFY(!transport.addCaCertificatesFromFile(path(QStringLiteral("missing.pem")), &error));
    QVERIFY2(error.contains(QLatin1String("missing.pem")), qPrintable(error));
    error.clear();
    QVERIFY(!transport.addCaCertificatesFromFile(path(QStringLiteral("ca.cnf")), &error));
    QVERIFY2(error.contains(QLatin1String("no PEM certificate")), qPrintable(error));
}

void TestNetworkTransport::tlsPinnedFingerprint_data()
{
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<bool>("rightPin");
    QTest::addColumn<bool>("rightPort");
    QTest::addColumn<bool>("colonsAndUpperCase");
    QTest::addColumn<TransportError>("error");
    QTest::newRow("self-signed-pinned") << "self" << true << true << false << TransportError::None;
    QTest::newRow("pin-written-with-colons")
        << "self" << true << true << true << TransportError::None;
    QTest::newRow("wrong-host-pinned")
        << "wronghost" << true << true << false << TransportError::None;
    QTest::newRow("different-pin") << "self" << false << true << false << TransportError::TlsError;
    QTest::newRow("pin-for-other-port")
        << "self" << true << false << false << TransportError::TlsError;
}

void TestNetworkTransport::tlsPinnedFingerprint()
{
    QFETCH(QString, certificate);
    QFETCH(bool, rightPin);
    QFETCH(bool, rightPort);
    QFETCH(bool, colonsAndUpperCase);
    QFETCH(TransportError, error);
    auto server
        = tlsServer(certificate + QStringLiteral(".pem"), certificate + QStringLiteral(".key"));
    QVERIFY(server);
    const QByteArray actual = fingerprint(path(certificate + QStringLiteral(".pem")));
    QByteArray pin = rightPin ? actual : fingerprint(path(QStringLiteral("ca.pem")));
    if (colonsAndUpperCase) {
        QByteArray spaced;
        for (qsizetype i = 0; i < pin.size(); i += 2)
            spaced += (i ? ":" : "") + pin.mid(i, 2).toUpper();
        pin = spaced;
    }
    NetworkTransport transport;
    transport.pinCertificate(QStringLiteral("127.0.0.1"),
        rightPort ? server->serverPort() : quint16(server->serverPort() + 1), pin);
    const HttpResponse r = fetchRoot(transport, *server);
    QCOMPARE(r.error, error);
    if (error == TransportError::None) {
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("secure hello"));
    } else {
        QCOMPARE(r.tlsFingerprintSha256, actual);
        if (rightPort) {
            QVERIFY2(r.errorString.contains(QLatin1String("does not match the pinned")),
                qPrintable(r.errorString));
        }
    }
}

void TestNetworkTransport::tlsWrongHostIsExplained()
{
    auto server = tlsServer(QStringLiteral("wronghost.pem"), QStringLiteral("wronghost.key"));
    QVERIFY(server);
    NetworkTransport transport;
    QString error;
    QVERIFY(transport.addCaCertificatesFromFile(path(QStringLiteral("ca.pem")), &error));
    const HttpResponse r = fetchRoot(transport, *server);
    QCOMPARE(r.error, TransportError::TlsError);
    QVERIFY2(r.errorString.contains(QLatin1String("is for other.example, not 127.0.0.1")),
        qPrintable(r.errorString));
    QVERIFY2(!r.errorString.contains(QLatin1String("self-signed")), qPrintable(r.errorString));
    QCOMPARE(r.tlsFingerprintSha256, fingerprint(path(QStringLiteral("wronghost.pem"))));
}

void TestNetworkTransport::tlsExpiredIsExplainedAndNotPinnable()
{
    auto server = tlsServer(QStringLiteral("expired.pem"), QStringLiteral("expired.key"));
    QVERIFY(server);
    NetworkTransport transport;
    QString error;
    QVERIFY(transport.addCaCertificatesFromFile(path(QStringLiteral("ca.pem")), &error));
    const QByteArray actual = fingerprint(path(QStringLiteral("expired.pem")));
    ResponseCollector collector;
    transport.send(get(server->url(QStringLiteral("/"), QStringLiteral("https"))), &collector,
        collector.callback());
    QTRY_COMPARE(collector.responses.size(), 1);
    QCOMPARE(collector.responses.first().error, TransportError::TlsError);
    QVERIFY2(
        collector.responses.first().errorString.contains(QLatin1String("expired on 2020-01-02")),
        qPrintable(collector.responses.first().errorString));

    // A pin vouches for identity, not for a certificate past its end date.
    NetworkTransport pinned;
    pinned.pinCertificate(QStringLiteral("127.0.0.1"), server->serverPort(), actual);
    pinned.send(get(server->url(QStringLiteral("/"), QStringLiteral("https"))), &collector,
        collector.callback());
    QTRY_COMPARE(collector.responses.size(), 2);
    QCOMPARE(collector.responses.last().error, TransportError::TlsError);
    QCOMPARE(collector.responses.last().tlsFingerprintSha256, actual);
}

void TestNetworkTransport::tlsCertificateFacts_data()
{
    QTest::addColumn<QString>("certificate");
    QTest::addColumn<bool>("trustCa");
    QTest::addColumn<QString>("pinned"); ///< certificate pinned for the server's host:port
    QTest::addColumn<QStringList>("problems");
    QTest::addColumn<bool>("trustable");
    QTest::addColumn<QStringList>("explained"); ///< in the company lookup's message
    QTest::addColumn<QStringList>("notExplained");

    const QStringList offered
        = { QStringLiteral("trust this certificate for 127.0.0.1:"), QStringLiteral("--ca-file") };
    QTest::newRow("self-signed") << "self" << false << QString() << QStringList { "self-signed" }
                                 << true
                                 << QStringList { "is self-signed (CN=phin-test-self)" } + offered
                                 << QStringList { "expired", "is for" };
    QTest::newRow("unknown-ca") << "leaf" << false << QString()
                                << QStringList { "untrusted-issuer" } << true
                                << QStringList { "(CN=leaf) was issued by CN=Phin Test CA, a "
                                                 "certificate authority this computer does not "
                                                 "trust" }
            + offered << QStringList { "self-signed" };
    QTest::newRow("wrong-host-trusted-ca")
        << "wronghost" << true << QString() << QStringList { "host-mismatch" } << false
        << QStringList { "is for other.example, not for 127.0.0.1",
               "ask the server's administrator for a certificate for 127.0.0.1" }
        << QStringList { "trust this certificate", "self-signed" };
    QTest::newRow("wrong-host-unknown-ca")
        << "wronghost" << false << QString() << QStringList { "untrusted-issuer", "host-mismatch" }
        << true << QStringList { "is for other.example, not for 127.0.0.1" } + offered
        << QStringList {};
    QTest::newRow("expired") << "expired" << true << QString() << QStringList { "expired" } << false
                             << QStringList { "expired on 2020-01-02 00:00 UTC", "must renew it" }
                             << QStringList { "trust this certificate", "--ca-file" };
    QTest::newRow("expired-pinned")
        << "expired" << false << "expired" << QStringList { "untrusted-issuer", "expired" } << false
        << QStringList { "expired on 2020-01-02 00:00 UTC" }
        << QStringList { "trust this certificate", "changed" };
    QTest::newRow("not-yet-valid")
        << "future" << true << QString() << QStringList { "not-yet-valid" } << false
        << QStringList { "valid only from 2090-01-01 00:00 UTC", "date and time of this computer" }
        << QStringList { "trust this certificate", "expired" };
    QTest::newRow("changed-since-pinned")
        << "replaced" << false << "self" << QStringList { "self-signed", "pin-changed" } << true
        << QStringList { "changed since it was trusted for 127.0.0.1:",
               "Someone may be intercepting",
               "only trust the new certificate if your "
               "administrator replaced it" }
        << QStringList { "trust this certificate for" };
}

void TestNetworkTransport::tlsCertificateFacts()
{
    QFETCH(QString, certificate);
    QFETCH(bool, trustCa);
    QFETCH(QString, pinned);
    QFETCH(QStringList, problems);
    QFETCH(bool, trustable);
    QFETCH(QStringList, explained);
    QFETCH(QStringList, notExplained);

    const QString pem = path(certificate + QStringLiteral(".pem"));
    auto server
        = tlsServer(certificate + QStringLiteral(".pem"), certificate + QStringLiteral(".key"));
    QVERIFY(server);
    NetworkTransport transport;
    QString error;
    if (trustCa)
        QVERIFY(transport.addCaCertificatesFromFile(path(QStringLiteral("ca.pem")), &error));
    if (!pinned.isEmpty()) {
        transport.pinCertificate(QStringLiteral("127.0.0.1"), server->serverPort(),
            fingerprint(path(pinned + QStringLiteral(".pem"))));
    }
    const HttpResponse r = fetchRoot(transport, *server);
    QCOMPARE(r.error, TransportError::TlsError);
    QCOMPARE(server->requests().size(), 0);

    // The facts are the certificate's own, read independently of the transport.
    const QSslCertificate expected = QSslCertificate::fromPath(pem).value(0);
    QVERIFY(!expected.isNull());
    const TlsCertificateInfo &info = r.tlsCertificate;
    QCOMPARE(info.host, QStringLiteral("127.0.0.1"));
    QCOMPARE(info.port, server->serverPort());
    QCOMPARE(info.sha256Hex, expected.digest(QCryptographicHash::Sha256).toHex());
    QCOMPARE(info.sha256Hex, r.tlsFingerprintSha256);
    const QString organization = expected.subjectInfo(QSslCertificate::Organization).value(0);
    QCOMPARE(info.subject,
        QStringLiteral("CN=") + expected.subjectInfo(QSslCertificate::CommonName).value(0)
            + (organization.isEmpty() ? QString() : QStringLiteral(", O=") + organization));
    const QString issuerCn = expected.issuerInfo(QSslCertificate::CommonName).value(0);
    QCOMPARE(info.issuer.section(QLatin1Char(','), 0, 0), QStringLiteral("CN=") + issuerCn);
    QCOMPARE(info.notBefore, expected.effectiveDate().toUTC());
    QCOMPARE(info.notAfter, expected.expiryDate().toUTC());
    QStringList seen;
    for (const TlsProblem problem : info.problems)
        seen << wireName(problem);
    seen.sort(); // the TLS stack's order of errors is not a contract
    problems.sort();
    QCOMPARE(seen, problems);
    QCOMPARE(info.canBeTrusted(), trustable);
    if (!pinned.isEmpty() && problems.contains(QLatin1String("pin-changed")))
        QCOMPARE(info.pinnedSha256Hex, fingerprint(path(pinned + QStringLiteral(".pem"))));
    else
        QVERIFY(info.pinnedSha256Hex.isEmpty());

    // The company lookup explains it, precisely and differently per problem.
    SiteAddress site;
    site.apiHost = QStringLiteral("127.0.0.1");
    site.loginHost = site.apiHost;
    const CompanyInfoResult result
        = CompanyLookup::interpret(site, QStringLiteral("acme"), r, ConnectWiseAssumptions::load());
    QCOMPARE(result.status, ConnectionStatus::TlsError);
    QCOMPARE(result.certificate.sha256Hex, info.sha256Hex);
    for (const QString &fragment : explained)
        QVERIFY2(
            result.message.contains(fragment, Qt::CaseInsensitive), qPrintable(result.message));
    for (const QString &fragment : notExplained)
        QVERIFY2(
            !result.message.contains(fragment, Qt::CaseInsensitive), qPrintable(result.message));
    if (problems.contains(QLatin1String("pin-changed"))) {
        QVERIFY2(
            result.message.contains(TlsCertificateInfo::groupedFingerprint(info.pinnedSha256Hex)),
            qPrintable(result.message));
    }
    if (trustable || problems.contains(QLatin1String("pin-changed"))) {
        QVERIFY2(result.message.contains(TlsCertificateInfo::groupedFingerprint(info.sha256Hex)),
            qPrintable(result.message));
    }
    QVERIFY(result.message.contains(QLatin1String("Never turn certificate checks off")));
}

QTEST_GUILESS_MAIN(TestNetworkTransport)
#include "tst_networktransport.moc"

// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
// NetworkTransport::preconnect(): the connection it opens is the one the first request uses,
// over plain HTTP, over TLS trusted by a pin or an extra CA, and through a proxy; and it never
// sends a request of its own.
#include "fetchresponse.h"
#include "networktransport.h"
#include "rawhttpserver.h"
#include "testcertificate.h"

#include <QFile>
#include <QSslKey>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

namespace {

HttpRequest get(const QString &url)
{
    HttpRequest r;
    r.url = QUrl(url);
    r.timeoutMs = 5000;
    return r;
}

// Whether the server side of every accepted connection finished its TLS handshake.
bool allEncrypted(const RawHttpServer &server)
{
    const auto sockets = server.sockets();
    return !sockets.isEmpty() && std::all_of(sockets.cbegin(), sockets.cend(), [](const auto &s) {
        auto ssl = qobject_cast<QSslSocket *>(s.data());
        return ssl && ssl->isEncrypted();
    });
}

} // namespace

class TestPreconnect : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void firstRequestUsesThePreconnectedConnection_data();
    void firstRequestUsesThePreconnectedConnection();
    void unpinnedUntrustedCertificateIsNotKept();
    void throughTheConfiguredProxy();
    void anotherProxyPreconnectsAgainAtOnce();
    void ignoresWhatIsNotAnHttpOrigin();

private:
    QTemporaryDir m_dir;
    TestCertificate m_certificate;
};

void TestPreconnect::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(TestCertificate::create(m_dir.path(), &m_certificate, &error), qPrintable(error));
}

void TestPreconnect::firstRequestUsesThePreconnectedConnection_data()
{
    QTest::addColumn<QString>("trust"); // "", "pin" or "ca"
    QTest::newRow("http") << QString();
    QTest::newRow("https-pinned-self-signed") << QStringLiteral("pin");
    QTest::newRow("https-extra-ca") << QStringLiteral("ca");
}

void TestPreconnect::firstRequestUsesThePreconnectedConnection()
{
    QFETCH(QString, trust);
    const bool tls = !trust.isEmpty();
    RawHttpServer server;
    if (tls) {
        server.setTls(QSslCertificate(m_certificate.certPem, QSsl::Pem),
            QSslKey(m_certificate.keyPem, QSsl::Rsa));
    }
    server.setHandler([](QTcpSocket *socket, const RawRequest &) {
        socket->write(RawHttpServer::response(200, "hello"));
    });
    QVERIFY(server.start());
    const QString scheme = tls ? QStringLiteral("https") : QStringLiteral("http");

    NetworkTransport transport;
    QString error;
    if (trust == QLatin1String("pin")) {
        const QByteArray fingerprint = QSslCertificate(m_certificate.certPem, QSsl::Pem)
                                           .digest(QCryptographicHash::Sha256)
                                           .toHex();
        transport.pinCertificate(QStringLiteral("127.0.0.1"), server.serverPort(), fingerprint);
    } else if (trust == QLatin1String("ca")) {
        QVERIFY2(
            transport.addCaCertificatesFromFile(m_certificate.certPath, &error), qPrintable(error));
    }

    // Only the origin counts: the path of an API base is ignored.
    transport.preconnect(QUrl(server.url(QStringLiteral("/v2025_1/apis/3.0/"), scheme)));
    QTRY_COMPARE(server.connectionCount(), 1);
    if (tls)
        QTRY_VERIFY(allEncrypted(server));
    QCOMPARE(server.requests().size(), 0);

    ResponseCollector collector;
    transport.send(
        get(server.url(QStringLiteral("/first"), scheme)), &collector, collector.callback());
    QTRY_COMPARE(collector.responses.size(), 1);
    QCOMPARE(collector.responses.first().error, TransportError::None);
    QCOMPARE(collector.responses.first().status, 200);
    // One request on the wire, the test's, on the connection the preconnect opened.
    QCOMPARE(server.requests().size(), 1);
    QCOMPARE(server.requests().first().target, QByteArray("/first"));
    QCOMPARE(server.requests().first().connection, 1);
    QCOMPARE(server.connectionCount(), 1);

    // Asked again while that connection is open (people still typing): nothing new.
    transport.preconnect(QUrl(server.url(QString(), scheme)));
    transport.send(
        get(server.url(QStringLiteral("/second"), scheme)), &collector, collector.callback());
    QTRY_COMPARE(collector.responses.size(), 2);
    QCOMPARE(server.connectionCount(), 1);
    QCOMPARE(server.requests().size(), 2);
}

void TestPreconnect::unpinnedUntrustedCertificateIsNotKept()
{
    // Without a pin or CA the handshake fails: preconnect must not make the certificate
    // acceptable, so the request still fails on TLS.
    RawHttpServer server;
    server.setTls(QSslCertificate(m_certificate.certPem, QSsl::Pem),
        QSslKey(m_certificate.keyPem, QSsl::Rsa));
    server.setHandler([](QTcpSocket *socket, const RawRequest &) {
        socket->write(RawHttpServer::response(200, "hello"));
    });
    QVERIFY(server.start());
    NetworkTransport transport;
    transport.preconnect(QUrl(server.url(QString(), QStringLiteral("https"))));
    QTRY_COMPARE(server.connectionCount(), 1);
    ResponseCollector collector;
    transport.send(get(server.url(QStringLiteral("/"), QStringLiteral("https"))), &collector,
        collector.callback());
    QTRY_COMPARE(collector.responses.size(), 1);
    QCOMPARE(collector.responses.first().error, TransportError::TlsError);
    QCOMPARE(server.requests().size(), 0);
}

void TestPreconnect::throughTheConfiguredProxy()
{
    // The origin is never contacted directly: a plain HTTP proxy gets the connection and, later,
    // the request in absolute form on that same connection.
    RawHttpServer origin;
    QVERIFY(origin.start());
    RawHttpServer proxy;
    proxy.setHandler([](QTcpSocket *socket, const RawRequest &) {
        socket->write(RawHttpServer::response(200, "via proxy"));
    });
    QVERIFY(proxy.start());
    NetworkTransport transport;
    QString error;
    QVERIFY2(transport.setProxy(QUrl(proxy.url(QString())), &error), qPrintable(error));

    transport.preconnect(QUrl(origin.url(QString())));
    QTRY_COMPARE(proxy.connectionCount(), 1);
    QCOMPARE(proxy.requests().size(), 0);

    ResponseCollector collector;
    transport.send(get(origin.url(QStringLiteral("/x"))), &collector, collector.callback());
    QTRY_COMPARE(collector.responses.size(), 1);
    QCOMPARE(collector.responses.first().status, 200);
    QCOMPARE(proxy.requests().size(), 1);
    QCOMPARE(proxy.requests().first().connection, 1);
    QCOMPARE(proxy.connectionCount(), 1);
    QCOMPARE(origin.connectionCount(), 0);
}

void TestPreconnect::anotherProxyPreconnectsAgainAtOnce()
{
    // A new proxy drops the pool, so the pause between pre-connects must not keep the next one
    // from opening a connection through it.
    RawHttpServer origin;
    QVERIFY(origin.start());
    RawHttpServer proxy;
    QVERIFY(proxy.start());
    NetworkTransport transport;
    transport.preconnect(QUrl(origin.url(QString())));
    QTRY_COMPARE(origin.connectionCount(), 1);
    QString error;
    QVERIFY2(transport.setProxy(QUrl(proxy.url(QString())), &error), qPrintable(error));
    transport.preconnect(QUrl(origin.url(QString())));
    QTRY_COMPARE(proxy.connectionCount(), 1);
    QCOMPARE(origin.connectionCount(), 1);
}

void TestPreconnect::ignoresWhatIsNotAnHttpOrigin()
{
    RawHttpServer ignored;
    QVERIFY(ignored.start());
    RawHttpServer other;
    other.setHandler([](QTcpSocket *socket, const RawRequest &) {
        socket->write(RawHttpServer::response(200, "hello"));
    });
    QVERIFY(other.start());
    NetworkTransport transport;
    transport.preconnect(QUrl(ignored.url(QString(), QStringLiteral("ftp"))));
    transport.preconnect(QUrl(ignored.url(QString(), QStringLiteral("ws"))));
    transport.preconnect(QUrl(QStringLiteral("http:///no-host")));
    // Work asked for later has finished, so anything the first calls started has too.
    transport.preconnect(QUrl(other.url(QString())));
    ResponseCollector collector;
    transport.send(get(other.url(QStringLiteral("/"))), &collector, collector.callback());
    QTRY_COMPARE(collector.responses.size(), 1);
    QCOMPARE(other.connectionCount(), 1);
    QCOMPARE(ignored.connectionCount(), 0);
}

QTEST_GUILESS_MAIN(TestPreconnect)
#include "tst_preconnect.moc"

// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
// A manual proxy (NetworkTransport::setProxy): requests go through it, its credentials are
// offered when it asks for them, and a refusal or an unreachable proxy is explained without
// the password.
#include "networktransport.h"

#include "../net/rawhttpserver.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

namespace {

struct Answer
{
    bool done = false;
    HttpResponse response;
};

HttpResponse fetch(NetworkTransport &transport, const QString &url)
{
    auto answer = std::make_shared<Answer>();
    QObject context;
    HttpRequest request;
    request.url = QUrl(url);
    request.timeoutMs = 5000;
    transport.send(request, &context, [answer](const HttpResponse &r) {
        answer->response = r;
        answer->done = true;
    });
    if (!QTest::qWaitFor([answer] { return answer->done; }, 10000))
        return {};
    return answer->response;
}

} // namespace

class TestProxy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void requestsGoThroughTheProxy();
    void credentials_data();
    void credentials();
    void unreachableProxy();
    void notAProxyAddress_data();
    void notAProxyAddress();
    void checkerProxyOption();
};

void TestProxy::requestsGoThroughTheProxy()
{
    RawHttpServer proxy;
    proxy.setHandler([](QTcpSocket *socket, const RawRequest &) {
        socket->write(RawHttpServer::response(200, "{\"via\":\"proxy\"}"));
    });
    QVERIFY(proxy.start());
    NetworkTransport transport;
    QString error;
    QVERIFY2(transport.setProxy(QUrl(proxy.url(QString())), &error), qPrintable(error));
    // Port 9 on loopback: nothing listens there, so only the proxy can answer.
    const HttpResponse r = fetch(transport, QStringLiteral("http://127.0.0.1:9/v2025_1/x"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray("{\"via\":\"proxy\"}"));
    QCOMPARE(proxy.requests().size(), 1);
    // A proxy gets the absolute address.
    QCOMPARE(proxy.requests().first().target, QByteArray("http://127.0.0.1:9/v2025_1/x"));
}

void TestProxy::credentials_data()
{
    QTest::addColumn<QString>("userInfo");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("right-credentials") << "phin:s3cr%2Ft" << true;
    QTest::newRow("wrong-credentials") << "phin:wrong" << false;
    QTest::newRow("no-credentials") << "" << false;
}

void TestProxy::credentials()
{
    QFETCH(QString, userInfo);
    QFETCH(bool, accepted);
    const QByteArray expected = "Basic " + QByteArray("phin:s3cr/t").toBase64();
    RawHttpServer proxy;
    proxy.setHandler([expected](QTcpSocket *socket, const RawRequest &request) {
        if (request.header("Proxy-Authorization") == expected) {
            socket->write(RawHttpServer::response(200, "ok"));
            return;
        }
        socket->write(RawHttpServer::response(407, "auth",
            { { "Proxy-Authenticate", "Basic realm=\"office\"" }, { "Connection", "close" } }));
        socket->disconnectFromHost();
    });
    QVERIFY(proxy.start());
    NetworkTransport transport;
    QString error;
    QUrl url(proxy.url(QString()));
    if (!userInfo.isEmpty())
        url.setUserInfo(userInfo);
    QVERIFY2(transport.setProxy(url, &error), qPrintable(error));
    const HttpResponse r = fetch(transport, QStringLiteral("http://127.0.0.1:9/x"));
    if (accepted) {
        QCOMPARE(r.status, 200);
        return;
    }
    QCOMPARE(r.error, TransportError::ProxyError);
    QVERIFY2(r.errorString.contains(QLatin1String("407")), qPrintable(r.errorString));
    QVERIFY2(
        r.errorString.contains(QString::number(proxy.serverPort())), qPrintable(r.errorString));
    QVERIFY(!r.errorString.contains(QLatin1String("wrong")));
}

void TestProxy::unreachableProxy()
{
    quint16 closedPort = 0;
    {
        RawHttpServer gone;
        QVERIFY(gone.start());
        closedPort = gone.serverPort();
    }
    NetworkTransport transport;
    QString error;
    QVERIFY(transport.setProxy(
        QUrl(QStringLiteral("http://user:hunter2@127.0.0.1:%1").arg(closedPort)), &error));
    const HttpResponse r = fetch(transport, QStringLiteral("http://127.0.0.1:9/x"));
    QCOMPARE(r.error, TransportError::ProxyError);
    QVERIFY2(
        r.errorString.contains(QLatin1String("could not be reached")), qPrintable(r.errorString));
    QVERIFY(!r.errorString.contains(QLatin1String("hunter2")));
}

void TestProxy::notAProxyAddress_data()
{
    QTest::addColumn<QString>("proxy");
    QTest::newRow("ftp") << "ftp://127.0.0.1:21";
    QTest::newRow("no-port") << "http://127.0.0.1";
    QTest::newRow("a-path") << "http://127.0.0.1:3128/wpad.dat";
    QTest::newRow("not-a-url") << "proxy please";
}

void TestProxy::notAProxyAddress()
{
    QFETCH(QString, proxy);
    NetworkTransport transport;
    QString error;
    QUrl url(proxy);
    url.setPassword(QStringLiteral("hunter2"));
    QVERIFY(!transport.setProxy(url, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!error.contains(QLatin1String("hunter2")));
}

void TestProxy::checkerProxyOption()
{
    // phin-cw-check --proxy: the lookup goes to the proxy, whose refusal is explained; the
    // password (from the environment, never argv) shows nowhere.
    RawHttpServer proxy;
    proxy.setHandler([](QTcpSocket *socket, const RawRequest &) {
        socket->write(RawHttpServer::response(407, "auth",
            { { "Proxy-Authenticate", "Basic realm=\"office\"" }, { "Connection", "close" } }));
        socket->disconnectFromHost();
    });
    QVERIFY(proxy.start());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CW_PUBLIC_KEY"), QStringLiteral("Qz7Kp3Vx9Lm2Wd8R"));
    env.insert(QStringLiteral("CW_PRIVATE_KEY"), QStringLiteral("Hj4Tn6Bc1Fy5Gs0E"));
    env.insert(QStringLiteral("PHIN_PROXY_PASSWORD"), QStringLiteral("Pr0xyPassw0rd"));
    auto run = [&env](const QStringList &args, QByteArray *output) {
        QProcess process;
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral(PHIN_CHECK_BINARY), args);
        process.closeWriteChannel();
        // The proxy lives in this process: keep its event loop running.
        if (!finished.wait(30000))
            return -1;
        *output = process.readAllStandardOutput() + process.readAllStandardError();
        return process.exitCode();
    };
    const QStringList site { QStringLiteral("--site"), QStringLiteral("http://127.0.0.1:9"),
        QStringLiteral("--company"), QStringLiteral("phinsandbox"), QStringLiteral("--timeout"),
        QStringLiteral("10") };
    QByteArray output;
    const int code = run(site
            + QStringList { QStringLiteral("--proxy"),
                QStringLiteral("http://phin@127.0.0.1:%1").arg(proxy.serverPort()) },
        &output);
    QVERIFY2(code == 2, output.constData());
    QVERIFY2(output.contains("407"), output.constData());
    QVERIFY(!output.contains("Pr0xyPassw0rd"));
    QVERIFY(proxy.requests().size() >= 1);
    QCOMPARE(proxy.requests().first().target,
        QByteArray("http://127.0.0.1:9/login/companyinfo/phinsandbox"));

    QCOMPARE(
        run(site + QStringList { QStringLiteral("--proxy"), QStringLiteral("ftp://x:1") }, &output),
        64);
}

QTEST_GUILESS_MAIN(TestProxy)
#include "tst_proxy.moc"

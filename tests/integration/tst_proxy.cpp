// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
// A manual proxy (NetworkTransport::setProxy): requests go through it, its credentials are
// offered when it asks for them, and a refusal or an unreachable proxy is explained without
// the password.
#include "fetchresponse.h"
#include "keychainsecretstore.h"
#include "networktransport.h"
#include "proxyvault.h"
#include "sandboxserver.h"
#include "scenario.h"
#include "settingsproxystore.h"

#include "../net/rawhttpserver.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QByteArray kProxyUser = QByteArrayLiteral("phin");
const QByteArray kProxyPassword = QByteArrayLiteral("Pr0xy-s3cret");

// A forwarding HTTP proxy in this test's process that wants Basic credentials: with the right
// ones it relays the request to the origin (the simulator, also in this process, so the relay
// never blocks) and relays the answer.
void forwardOrRefuse(QTcpSocket *client, const RawRequest &request)
{
    const QByteArray expected = "Basic " + QByteArray(kProxyUser + ':' + kProxyPassword).toBase64();
    if (request.header("Proxy-Authorization") != expected) {
        client->write(RawHttpServer::response(407, "auth",
            { { "Proxy-Authenticate", "Basic realm=\"office\"" }, { "Connection", "close" } }));
        client->disconnectFromHost();
        return;
    }
    const QUrl target(QString::fromLatin1(request.target));
    QByteArray out = request.method + ' ' + target.path(QUrl::FullyEncoded).toLatin1();
    if (target.hasQuery())
        out += '?' + target.query(QUrl::FullyEncoded).toLatin1();
    out += " HTTP/1.1\r\n";
    for (const auto &header : request.headers) {
        const QByteArray name = header.first.toLower();
        if (!name.startsWith("proxy-") && name != "connection")
            out += header.first + ": " + header.second + "\r\n";
    }
    out += "Connection: close\r\n\r\n" + request.body;

    auto *origin = new QTcpSocket(client);
    auto answer = std::make_shared<QByteArray>();
    QObject::connect(origin, &QTcpSocket::connected, origin, [origin, out] { origin->write(out); });
    // Relays the head and exactly Content-Length bytes of body, then lets go of the origin.
    QObject::connect(origin, &QTcpSocket::readyRead, origin, [client, origin, answer] {
        *answer += origin->readAll();
        const qsizetype headEnd = answer->indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        qsizetype length = 0;
        for (const QByteArray &line : answer->left(headEnd).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (answer->size() < headEnd + 4 + length)
            return;
        client->write(*answer);
        origin->disconnect();
        origin->deleteLater();
    });
    QObject::connect(origin, &QTcpSocket::errorOccurred, origin, [client, origin] {
        client->write(RawHttpServer::response(502, "no origin", { { "Connection", "close" } }));
        client->disconnectFromHost();
        origin->disconnect();
        origin->deleteLater();
    });
    origin->connectToHost(target.host(), quint16(target.port(80)));
}

// Saves proxy settings and their password the way the wizard does: settings in the file,
// password in the keychain (the private one of this test's D-Bus session).
bool saveProxy(const QString &iniPath, const ProxySettings &settings, const QString &password)
{
    KeychainSecretStore secrets;
    SettingsProxyStore store(iniPath);
    ProxyVault vault(
        secrets, store, [](const ProxySettings &, const QString &, QString *) { return true; });
    QSignalSpy saved(&vault, &ProxyVault::saved);
    vault.save(settings, password);
    if (!saved.wait(20000))
        return false;
    const auto result = saved.first().first().value<ProxyVaultResult>();
    if (!result.ok)
        qWarning("%s", qPrintable(result.message));
    return result.ok;
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
    void applySettings_data();
    void applySettings();
    void checkerUsesSavedProxy_data();
    void checkerUsesSavedProxy();
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
    const HttpResponse r = fetchResponse(transport, QStringLiteral("http://127.0.0.1:9/v2025_1/x"));
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
    QTest::addColumn<QString>("explanation");
    QTest::newRow("right-credentials") << "phin:s3cr%2Ft" << true << "";
    QTest::newRow("wrong-credentials")
        << "phin:wrong" << false << "rejected the user name or password";
    QTest::newRow("no-credentials") << "" << false << "asked for a user name and password";
}

void TestProxy::credentials()
{
    QFETCH(QString, userInfo);
    QFETCH(bool, accepted);
    QFETCH(QString, explanation);
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
    const HttpResponse r = fetchResponse(transport, QStringLiteral("http://127.0.0.1:9/x"));
    if (accepted) {
        QCOMPARE(r.status, 200);
        return;
    }
    QCOMPARE(r.error, TransportError::ProxyError);
    QVERIFY2(r.errorString.contains(QLatin1String("407")), qPrintable(r.errorString));
    QVERIFY2(r.errorString.contains(explanation), qPrintable(r.errorString));
    QVERIFY2(
        r.errorString.contains(QString::number(proxy.serverPort())), qPrintable(r.errorString));
    QVERIFY(!r.errorString.contains(QLatin1String("wrong")));
    // Refused credentials are not offered again and again: one try without, one with them.
    QVERIFY2(proxy.requests().size() <= 2, qPrintable(QString::number(proxy.requests().size())));
    // And the next request is not stuck behind the refusal either.
    const HttpResponse again = fetchResponse(transport, QStringLiteral("http://127.0.0.1:9/y"));
    QCOMPARE(again.error, TransportError::ProxyError);
    QVERIFY(proxy.requests().size() <= 4);
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
    const HttpResponse r = fetchResponse(transport, QStringLiteral("http://127.0.0.1:9/x"));
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

void TestProxy::applySettings_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<bool>("viaProxy");
    QTest::newRow("manual") << int(ProxyMode::Manual) << true;
    QTest::newRow("no-proxy") << int(ProxyMode::Direct) << false;
    // The test's environment has no proxy variables, so the system's choice is direct too.
    QTest::newRow("system") << int(ProxyMode::System) << false;
}

void TestProxy::applySettings()
{
    QFETCH(int, mode);
    QFETCH(bool, viaProxy);
    RawHttpServer proxy;
    proxy.setHandler([](QTcpSocket *socket, const RawRequest &) {
        socket->write(RawHttpServer::response(200, "via proxy"));
    });
    QVERIFY(proxy.start());
    NetworkTransport transport;
    QString error;
    // Start from a manual proxy, so "no-proxy" and "system" have to undo it.
    ProxySettings first;
    first.mode = ProxyMode::Manual;
    first.host = QStringLiteral("127.0.0.1");
    first.port = proxy.serverPort();
    QVERIFY2(transport.applyProxy(first, QString(), &error), qPrintable(error));
    QCOMPARE(fetchResponse(transport, QStringLiteral("http://127.0.0.1:9/first")).status, 200);

    ProxySettings next = first;
    next.mode = ProxyMode(mode);
    QVERIFY2(transport.applyProxy(next, QString(), &error), qPrintable(error));
    const HttpResponse r = fetchResponse(transport, QStringLiteral("http://127.0.0.1:9/second"));
    if (viaProxy) {
        QCOMPARE(r.status, 200);
        QCOMPARE(proxy.requests().size(), 2);
    } else {
        // Port 9 on loopback: nothing listens, so a direct request is refused.
        QCOMPARE(r.error, TransportError::ConnectionRefused);
        QCOMPARE(proxy.requests().size(), 1);
    }
}

void TestProxy::checkerUsesSavedProxy_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("explanation");
    QTest::addColumn<bool>("proxyUsed");
    QTest::newRow("right-password")
        << QString::fromLatin1(kProxyPassword) << QStringList() << 0 << "" << true;
    QTest::newRow("wrong-password")
        << "Wr0ng-pass" << QStringList() << 2 << "rejected the user name or password" << true;
    QTest::newRow("no-proxy-overrides")
        << QString::fromLatin1(kProxyPassword) << QStringList { "--no-proxy" } << 0 << "" << false;
    // The checker's own simulator runs on this computer, where an office proxy cannot reach.
    QTest::newRow("sandbox-goes-direct")
        << "Wr0ng-pass" << QStringList { "--sandbox", "ready" } << 0 << "" << false;
}

void TestProxy::checkerUsesSavedProxy()
{
    // The settings the wizard saved (password in the keychain) are what phin-cw-check uses
    // when no --proxy is given; refused credentials end the run with the reason, no hang.
    QFETCH(QString, password);
    QFETCH(QStringList, extra);
    QFETCH(int, exitCode);
    QFETCH(QString, explanation);
    QFETCH(bool, proxyUsed);
    RawHttpServer proxy;
    proxy.setHandler(forwardOrRefuse);
    QVERIFY(proxy.start());
    QString error;
    const Scenario scenario = Scenario::load(QStringLiteral("ready"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    SandboxServer sandbox(scenario);
    QVERIFY2(sandbox.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    QTemporaryDir dir;
    const QString ini = dir.filePath(QStringLiteral("settings.ini"));
    ProxySettings settings;
    settings.mode = ProxyMode::Manual;
    settings.host = QStringLiteral("127.0.0.1");
    settings.port = proxy.serverPort();
    settings.user = QString::fromLatin1(kProxyUser);
    QVERIFY(saveProxy(ini, settings, password));

    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("PHIN_PROXY_PASSWORD"));
    env.insert(QStringLiteral("CW_PUBLIC_KEY"), scenario.publicKey);
    env.insert(QStringLiteral("CW_PRIVATE_KEY"), scenario.privateKey);
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    QStringList args { QStringLiteral("--settings"), ini, QStringLiteral("--timeout"),
        QStringLiteral("20") };
    if (!extra.contains(QLatin1String("--sandbox"))) {
        args << QStringLiteral("--site") << sandbox.siteUrl().toString()
             << QStringLiteral("--company") << scenario.companyId;
    }
    process.start(QStringLiteral(PHIN_CHECK_BINARY), args + extra);
    process.closeWriteChannel();
    // The proxy and the simulator live in this process: keep its event loop running.
    QVERIFY(finished.wait(40000));
    const QByteArray output = process.readAllStandardOutput() + process.readAllStandardError();
    QVERIFY2(process.exitCode() == exitCode, output.constData());
    if (!explanation.isEmpty())
        QVERIFY2(output.contains(explanation.toUtf8()), output.constData());
    QVERIFY(!output.contains(password.toUtf8()));
    QCOMPARE(!proxy.requests().isEmpty(), proxyUsed);
}

QTEST_GUILESS_MAIN(TestProxy)
#include "tst_proxy.moc"

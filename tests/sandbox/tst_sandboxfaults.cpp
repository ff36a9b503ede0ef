// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxclient.h"
#include "testcertificate.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

class TestSandboxFaults : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<SandboxClient> m_client;

    void start(const QList<FaultRule> &faults, int latencyMs = 0)
    {
        m_client.reset();
        Scenario scenario = builtinScenario(QStringLiteral("ready"));
        scenario.faults = faults;
        scenario.latencyMs = latencyMs;
        m_server = std::make_unique<SandboxServer>(scenario);
        QString error;
        QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        m_client = std::make_unique<SandboxClient>(m_server.get());
    }
    static FaultRule rule(
        FaultKind kind, const QString &path, const QString &method = QStringLiteral("*"))
    {
        FaultRule r;
        r.kind = kind;
        r.path = path;
        r.method = method;
        return r;
    }

private slots:
    void cleanup()
    {
        m_client.reset();
        m_server.reset();
    }

    void serverError()
    {
        start({ rule(FaultKind::ServerError, QStringLiteral("/system/info")) });
        const TestReply r = m_client->get(QStringLiteral("system/info"));
        QCOMPARE(r.status, 500);
        QCOMPARE(
            r.object().value(QStringLiteral("code")).toString(), QStringLiteral("ConnectWiseApi"));
        const QString pattern = SandboxApi::assumptions()[QStringLiteral(
            "retry")][QStringLiteral("serverTimeoutMessagePattern")]
                                    .toString();
        QVERIFY(QRegularExpression(pattern)
                    .match(r.object().value(QStringLiteral("message")).toString())
                    .hasMatch());
        QCOMPARE(m_server->ledger().last().fault, QStringLiteral("500"));
        // Other paths are untouched.
        QCOMPARE(m_client->get(QStringLiteral("service/boards")).status, 200);
        QVERIFY(m_server->ledger().last().fault.isEmpty());
    }

    void serverErrorCustomBody()
    {
        FaultRule r = rule(FaultKind::ServerError, QStringLiteral("/system/info"));
        r.body = { { QStringLiteral("code"), QStringLiteral("ConnectWiseApi") },
            { QStringLiteral("message"), QStringLiteral("Other") } };
        start({ r });
        QCOMPARE(m_client->get(QStringLiteral("system/info"))
                     .object()
                     .value(QStringLiteral("message"))
                     .toString(),
            QStringLiteral("Other"));
    }

    void hang()
    {
        start({ rule(FaultKind::Hang, QStringLiteral("/system/info")) });
        QNetworkRequest request = m_client->request(m_client->api(QStringLiteral("system/info")));
        request.setTransferTimeout(300);
        QElapsedTimer timer;
        timer.start();
        QNetworkReply *reply = m_client->nam().get(request);
        const TestReply r = SandboxClient::wait(reply, 5000);
        QVERIFY(r.finished);
        QCOMPARE(r.status, 0);
        QCOMPARE(r.error, QNetworkReply::OperationCanceledError);
        QVERIFY(timer.elapsed() >= 250);
        QCOMPARE(m_server->ledger().size(), 1);
        QCOMPARE(m_server->ledger().last().fault, QStringLiteral("hang"));
        QCOMPARE(m_server->ledger().last().answeredMs, qint64(-1));
        QCOMPARE(m_server->ledger().last().status, 0);
    }

    void html200()
    {
        start({ rule(FaultKind::Html200, QStringLiteral("/login/companyinfo/")) });
        m_client->setAuth(false);
        const TestReply r = m_client->send(
            "GET", m_client->site(QStringLiteral("/login/companyinfo/phinsandbox")));
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("Content-Type").startsWith("text/html"));
        QVERIFY(r.body.contains("<html>"));
        QVERIFY(r.json().isNull());
    }

    void truncatedJson()
    {
        start({ rule(FaultKind::TruncatedJson, QStringLiteral("/company/companies")) });
        const TestReply r = m_client->get(QStringLiteral("company/companies"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.error, QNetworkReply::NoError);
        QVERIFY(r.body.startsWith("[{"));
        QJsonParseError parseError;
        QJsonDocument::fromJson(r.body, &parseError);
        QVERIFY(parseError.error != QJsonParseError::NoError);
    }

    void redirectHttp()
    {
        start({ rule(
            FaultKind::RedirectHttp, QStringLiteral("/service/tickets"), QStringLiteral("POST")) });
        const TestReply r = m_client->send("POST", m_client->api(QStringLiteral("service/tickets")),
            R"({"summary":"x","company":{"id":250}})");
        QCOMPARE(r.status, 302);
        const QUrl location(QString::fromUtf8(r.header("Location")));
        QCOMPARE(location.scheme(), QStringLiteral("http"));
        QCOMPARE(location.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(location.port() != m_server->port());
        QVERIFY(location.path().endsWith(QLatin1String("/service/tickets")));
        // The ticket was created before the redirect, as on the real proxy.
        QVERIFY(m_server->ledger().last().sideEffect);
        QCOMPARE(m_server->ledger().last().fault, QStringLiteral("redirect-http"));
        QCOMPARE(m_client->get(QStringLiteral("service/tickets/count"))
                     .object()
                     .value(QStringLiteral("count"))
                     .toInt(),
            3);
    }

    void reset()
    {
        start({ rule(FaultKind::Reset, QStringLiteral("/system/info"), QStringLiteral("GET")) });
        const TestReply r = m_client->get(QStringLiteral("system/info"));
        QVERIFY(r.finished);
        QCOMPARE(r.status, 0);
        QVERIFY(r.error == QNetworkReply::RemoteHostClosedError
            || r.error == QNetworkReply::ConnectionRefusedError);
        QCOMPARE(m_server->ledger().last().fault, QStringLiteral("reset"));
        QCOMPARE(m_server->ledger().last().status, 0);
    }

    void rateLimitFirstRequests()
    {
        FaultRule r = rule(FaultKind::RateLimit, QStringLiteral("/system/info"));
        r.count = 2;
        r.retryAfterSeconds = 3;
        r.exact = true;
        start({ r });
        for (int i = 0; i < 2; ++i) {
            const TestReply limited = m_client->get(QStringLiteral("system/info"));
            QCOMPARE(limited.status, 429);
            QCOMPARE(limited.header("Retry-After"), QByteArray("3"));
            QVERIFY(limited.object()
                        .value(QStringLiteral("message"))
                        .toString()
                        .contains(QStringLiteral("3 seconds")));
        }
        QCOMPARE(m_client->get(QStringLiteral("system/info")).status, 200);
        QVERIFY(m_server->ledger().last().fault.isEmpty());
        // Exact match: a longer path is not limited.
        QCOMPARE(m_client->get(QStringLiteral("system/info?fields=version")).status, 200);
    }

    void slowBody()
    {
        FaultRule r = rule(FaultKind::SlowBody, QStringLiteral("/system/mySecurity"));
        r.chunkBytes = 100;
        r.chunkDelayMs = 20;
        start({ r });
        QElapsedTimer timer;
        timer.start();
        QNetworkReply *reply
            = m_client->start("GET", m_client->api(QStringLiteral("system/mySecurity")));
        QSignalSpy progress(reply, &QNetworkReply::downloadProgress);
        const TestReply result = SandboxClient::wait(reply);
        const qint64 elapsed = timer.elapsed();
        QCOMPARE(result.status, 200);
        QCOMPARE(result.array().size(), 7);
        const int chunks = int((result.body.size() + 99) / 100);
        QVERIFY2(elapsed >= (chunks - 1) * 20, qPrintable(QString::number(elapsed)));
        QVERIFY(progress.size() >= 3);
        QVERIFY(m_server->ledger().last().answeredMs - m_server->ledger().last().receivedMs
            >= (chunks - 1) * 20);
    }

    void methodAndPrefixMatching()
    {
        FaultRule r = rule(
            FaultKind::ServerError, QStringLiteral("/service/tickets"), QStringLiteral("POST"));
        start({ r });
        QCOMPARE(m_client->get(QStringLiteral("service/tickets")).status, 200);
        QCOMPARE(
            m_client->send("POST", m_client->api(QStringLiteral("service/tickets")), "{}").status,
            500);
        // Faults can change between requests.
        m_server->scenario().faults.clear();
        QCOMPARE(
            m_client->send("POST", m_client->api(QStringLiteral("service/tickets")), "{}").status,
            400);
    }

    void flakyNetworkScenario()
    {
        // The shipped scenario, as described in its README row.
        m_server
            = std::make_unique<SandboxServer>(builtinScenario(QStringLiteral("flaky-network")));
        QString error;
        QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        m_client = std::make_unique<SandboxClient>(m_server.get());
        const int maxRetries = SandboxApi::assumptions()[QStringLiteral("retry")]
                                                        [QStringLiteral("maxRateLimitRetries")]
                                                            .toInt();
        QElapsedTimer timer;
        timer.start();
        QList<int> statuses;
        for (int attempt = 0; attempt <= maxRetries; ++attempt) {
            statuses.append(m_client->get(QStringLiteral("system/info")).status);
            if (statuses.last() != 429)
                break;
        }
        QCOMPARE(statuses, (QList<int> { 429, 429, 200 }));
        QVERIFY(timer.elapsed() >= 3 * 150);
        QCOMPARE(m_client->get(QStringLiteral("company/companies?pageSize=1")).status, 500);
        QCOMPARE(m_client->get(QStringLiteral("company/companies?pageSize=1")).status, 200);
        const TestReply security = m_client->get(QStringLiteral("system/mySecurity"));
        QCOMPARE(security.array().size(), 7);
        QCOMPARE(m_server->ledger().last().fault, QStringLiteral("slow-body"));
    }

    void slowBodyClientGone()
    {
        FaultRule r = rule(FaultKind::SlowBody, QStringLiteral("/system/mySecurity"));
        r.chunkBytes = 10;
        r.chunkDelayMs = 50;
        start({ r });
        QSignalSpy handled(m_server.get(), &SandboxServer::requestHandled);
        QNetworkReply *reply
            = m_client->start("GET", m_client->api(QStringLiteral("system/mySecurity")));
        QSignalSpy progress(reply, &QNetworkReply::downloadProgress);
        QVERIFY(progress.wait(3000));
        // The client gives up half-way through the body.
        reply->abort();
        reply->deleteLater();
        QVERIFY(handled.wait(3000));
        QCOMPARE(m_server->ledger().size(), 1);
        QCOMPARE(m_server->ledger().first().fault, QStringLiteral("slow-body"));
        QCOMPARE(m_server->ledger().first().status, 200);
    }

    void latencyDoesNotSerialise()
    {
        start({}, 100);
        constexpr int kParallel = 8;
        // One manager per request, so no per-host connection limit queues them on the client side.
        std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
        QList<QNetworkReply *> replies;
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < kParallel; ++i) {
            managers.push_back(std::make_unique<QNetworkAccessManager>());
            managers.back()->setProxy(QNetworkProxy::NoProxy);
            replies.append(managers.back()->get(
                m_client->request(m_client->api(QStringLiteral("system/info")))));
        }
        for (QNetworkReply *reply : qAsConst(replies))
            QCOMPARE(SandboxClient::wait(reply).status, 200);
        const qint64 elapsed = timer.elapsed();
        qInfo("%d parallel requests at 100 ms latency took %lld ms (serialised would be %d ms)",
            kParallel, static_cast<long long>(elapsed), kParallel * 100);
        QVERIFY(elapsed >= 100);
        QVERIFY2(elapsed < 500, qPrintable(QString::number(elapsed)));
        for (const LedgerEntry &e : m_server->ledger())
            QVERIFY(e.answeredMs - e.receivedMs >= 95);
    }

    void latencyOverride()
    {
        start({}, 0);
        m_server->setLatencyMs(150);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(m_client->get(QStringLiteral("system/info")).status, 200);
        QVERIFY(timer.elapsed() >= 140);
    }

    void tlsWithSelfSignedCertificate()
    {
        QTemporaryDir dir;
        TestCertificate certificate;
        QString certificateError;
        QVERIFY2(TestCertificate::create(dir.path(), &certificate, &certificateError),
            qPrintable(certificateError));
        const QString cert = certificate.certPath;
        const QString key = certificate.keyPath;
        const QByteArray certPem = certificate.certPem;

        SandboxServer server(builtinScenario(QStringLiteral("on-prem-self-signed")));
        QString error;
        QVERIFY(!server.setTls("not a cert", certificate.keyPem, &error));
        QVERIFY2(server.setTls(certPem, certificate.keyPem, &error), qPrintable(error));
        QVERIFY2(server.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
        QCOMPARE(server.siteUrl().scheme(), QStringLiteral("https"));

        SandboxClient client(&server);
        // Trusting exactly this certificate, as the wizard's "trust this certificate" path would.
        QSslConfiguration trusting = QSslConfiguration::defaultConfiguration();
        trusting.setCaCertificates(QSslCertificate::fromData(certPem));
        client.setSslConfiguration(trusting);
        const TestReply r = client.get(QStringLiteral("system/info"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QStringLiteral("isCloud")), QJsonValue(false));

        // Without trusting it, the handshake fails.
        SandboxClient strict(&server);
        QSslConfiguration system = QSslConfiguration::defaultConfiguration();
        system.setCaCertificates({});
        strict.setSslConfiguration(system);
        const TestReply refused = strict.get(QStringLiteral("system/info"));
        QCOMPARE(refused.error, QNetworkReply::SslHandshakeFailedError);
    }

    void plainHttpOnlyOnLoopback_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("any-ipv4") << "0.0.0.0" << false;
        QTest::newRow("any-ipv6") << "::" << false;
        QTest::newRow("documentation-address") << "192.0.2.10" << false;
        QTest::newRow("loopback-ipv4") << "127.0.0.1" << true;
        QTest::newRow("loopback-ipv6") << "::1" << true;
    }
    void plainHttpOnlyOnLoopback()
    {
        QFETCH(QString, address);
        QFETCH(bool, allowed);
        SandboxServer server(builtinScenario(QStringLiteral("ready")));
        QString error;
        const bool listening = server.listen(QHostAddress(address), 0, &error);
        if (allowed) {
            // ::1 may be unavailable in a container; only the refusal matters here.
            QVERIFY(listening || !error.contains(QStringLiteral("loopback")));
            return;
        }
        QVERIFY(!listening);
        QVERIFY(error.contains(QStringLiteral("plain http is only allowed on a loopback address")));
        QVERIFY(error.contains(address));
        QCOMPARE(server.port(), quint16(0));
    }
};

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandboxfaults.moc"

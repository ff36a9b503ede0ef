// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
// No redirect is ever followed with credentials: the whole engine (CheckRunner over the real
// NetworkTransport) runs against servers that redirect every authenticated request elsewhere,
// and a recorder standing at the redirect target must receive nothing at all. A control
// request proves the recorder is reachable at exactly the redirected address.
#include "checkrunner.h"
#include "networktransport.h"
#include "sandboxserver.h"
#include "scenario.h"
#include "siteaddress.h"
#include "testcertificate.h"

#include "../net/rawhttpserver.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kClientId = QStringLiteral("6f1c2b1e-7f7a-4c1e-9d55-70686e6e6577");

CheckRequest requestFor(const QString &site, const Scenario &scenario)
{
    CheckRequest request;
    request.site = site;
    request.companyId = scenario.companyId;
    request.publicKey = scenario.publicKey.toUtf8();
    request.privateKey = scenario.privateKey.toUtf8();
    request.clientId = kClientId;
    request.timeoutMs = 5000;
    return request;
}

// Sends one plain request straight to url: if the engine had followed the redirect, this is
// where it would have gone.
bool reachable(NetworkTransport &transport, const QString &url)
{
    HttpRequest request;
    request.url = QUrl(url);
    QObject context;
    bool answered = false;
    transport.send(request, &context,
        [&answered](const HttpResponse &r) { answered = r.hasHttpAnswer() && r.status == 200; });
    return QTest::qWaitFor([&answered] { return answered; }, 5000);
}

} // namespace

class TestRedirectCredentials : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void sandboxRedirects_data();
    void sandboxRedirects();
    void otherHostRedirects_data();
    void otherHostRedirects();

private:
    std::unique_ptr<RawHttpServer> m_recorder;
};

void TestRedirectCredentials::init()
{
    m_recorder = std::make_unique<RawHttpServer>();
    m_recorder->setHandler([](QTcpSocket *socket, const RawRequest &) {
        socket->write(RawHttpServer::response(200, "{}"));
    });
    QVERIFY(m_recorder->start());
}

void TestRedirectCredentials::sandboxRedirects_data()
{
    QTest::addColumn<bool>("tls");
    QTest::newRow("http-to-another-port") << false;
    QTest::newRow("https-to-http-and-another-port") << true;
}

void TestRedirectCredentials::sandboxRedirects()
{
    QFETCH(bool, tls);
    QString error;
    Scenario scenario = Scenario::load(QStringLiteral("ready"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Every authenticated call (they all start below /system/) is answered with a redirect.
    FaultRule rule;
    rule.path = QStringLiteral("/system/");
    rule.kind = FaultKind::RedirectHttp;
    rule.redirectPort = m_recorder->serverPort();
    scenario.faults = { rule };

    SandboxServer server(scenario);
    NetworkTransport transport;
    QTemporaryDir dir;
    if (tls) {
        TestCertificate certificate;
        QString certificateError;
        QVERIFY2(TestCertificate::create(dir.path(), &certificate, &certificateError),
            qPrintable(certificateError));
        const QString cert = certificate.certPath;
        const QString key = certificate.keyPath;
        QVERIFY2(server.setTls(certificate.certPem, certificate.keyPem, &error), qPrintable(error));
        QVERIFY2(transport.addCaCertificatesFromFile(cert, &error), qPrintable(error));
    }
    QVERIFY2(server.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));

    CheckRunner runner(transport);
    QSignalSpy finished(&runner, &CheckRunner::finished);
    runner.start(requestFor(server.siteUrl().toString(), scenario));
    QVERIFY(finished.wait(10000));
    const CheckReport report = finished.first().first().value<CheckReport>();
    QVERIFY2(!report.connected(), qPrintable(report.connectionMessage));

    int redirectedWithAuth = 0;
    for (const auto &entry : server.ledger()) {
        if (entry.fault == QLatin1String("redirect-http") && entry.authPresent)
            ++redirectedWithAuth;
    }
    QVERIFY2(redirectedWithAuth >= 3, "the authenticated calls were not redirected");
    QCOMPARE(m_recorder->connectionCount(), 0);
    QCOMPARE(m_recorder->requests().size(), 0);

    // Control: the redirect target is live and reachable at exactly that address.
    QVERIFY(reachable(transport, m_recorder->url(QStringLiteral("/control"))));
    QCOMPARE(m_recorder->requests().size(), 1);
    QVERIFY(m_recorder->requests().first().header("Authorization").isEmpty());
}

void TestRedirectCredentials::otherHostRedirects_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("301-to-localhost") << 301;
    QTest::newRow("302-to-localhost") << 302;
    QTest::newRow("303-to-localhost") << 303;
    QTest::newRow("307-to-localhost") << 307;
    QTest::newRow("308-to-localhost") << 308;
}

void TestRedirectCredentials::otherHostRedirects()
{
    // The site is 127.0.0.1; the redirect names another host (localhost) on another port.
    QFETCH(int, status);
    const QByteArray location
        = "http://localhost:" + QByteArray::number(m_recorder->serverPort()) + "/collect";
    RawHttpServer origin;
    origin.setHandler([status, location](QTcpSocket *socket, const RawRequest &) {
        socket->write(RawHttpServer::response(status, {}, { { "Location", location } }));
    });
    QVERIFY(origin.start());

    QString error;
    const Scenario scenario = Scenario::load(QStringLiteral("ready"), &error);
    const CheckRunnerOptions options = CheckRunnerOptions::defaults();
    const QString site = QStringLiteral("http://127.0.0.1:%1").arg(origin.serverPort());
    // The lookup answered already (as the wizard does in the background), so the very first
    // requests carry credentials.
    CompanyInfoResult lookedUp;
    lookedUp.status = ConnectionStatus::Ok;
    lookedUp.site = parseSite(site, options.assumptions).site;
    lookedUp.requestedCompanyId = scenario.companyId;
    lookedUp.info.codebase = QStringLiteral("v2025_1/");
    lookedUp.info.companyId = scenario.companyId;
    CheckRequest request = requestFor(site, scenario);
    request.companyInfo = lookedUp;

    NetworkTransport transport;
    CheckRunner runner(transport, options);
    QSignalSpy finished(&runner, &CheckRunner::finished);
    runner.start(request);
    QVERIFY(finished.wait(10000));

    const QList<RawRequest> sent = origin.requests();
    QVERIFY(sent.size() >= 3);
    for (const auto &r : sent)
        QVERIFY2(!r.header("Authorization").isEmpty(), r.target.constData());
    QCOMPARE(m_recorder->connectionCount(), 0);
    QCOMPARE(m_recorder->requests().size(), 0);

    QVERIFY(reachable(transport, QString::fromLatin1(location)));
    QCOMPARE(m_recorder->requests().size(), 1);
}

QTEST_GUILESS_MAIN(TestRedirectCredentials)
#include "tst_redirectcredentials.moc"

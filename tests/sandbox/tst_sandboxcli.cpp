// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
// The phin-cw-sandbox executable, started as a separate process.
#include "testcertificate.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

class TestSandboxCli : public QObject
{
    Q_OBJECT
private:
    static QString exe() { return QStringLiteral(PHIN_SANDBOX_EXE); }

    /// Waits until the process has printed its site URL.
    static void waitForSite(QProcess &process, QByteArray *output, QUrl *url)
    {
        static const QRegularExpression site(QStringLiteral(R"(Site URL:\s+(\S+))"));
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                output->append(process.readAllStandardOutput());
                const auto m = site.match(QString::fromUtf8(*output));
                if (m.hasMatch())
                    *url = QUrl(m.captured(1));
                return m.hasMatch() || process.state() == QProcess::NotRunning;
            }(),
            10000);
    }

private slots:
    void startsServesAndStopsOnSigterm()
    {
        QTemporaryDir dir;
        const QString ledger = dir.filePath(QStringLiteral("ledger.jsonl"));
        QProcess process;
        process.start(exe(),
            { QStringLiteral("--scenario"), QStringLiteral("ready"), QStringLiteral("--port"),
                QStringLiteral("0"), QStringLiteral("--ledger"), ledger });
        QVERIFY(process.waitForStarted());
        QByteArray output;
        QUrl site;
        waitForSite(process, &output, &site);
        QVERIFY2(site.isValid() && !site.isEmpty(), output.constData());
        QCOMPARE(site.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(output.contains("Company ID:  phinsandbox"));
        // Without --print-credentials the keys stay out of the output.
        QVERIFY(!output.contains("SbxPrivateKey001"));
        QVERIFY(!output.contains("SbxPublicKey0001"));

        QNetworkAccessManager nam;
        nam.setProxy(QNetworkProxy::NoProxy);
        QNetworkReply *reply = nam.get(QNetworkRequest(
            QUrl(site.toString() + QStringLiteral("/login/companyinfo/phinsandbox"))));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QCOMPARE(QJsonDocument::fromJson(reply->readAll())
                     .object()
                     .value(QStringLiteral("CompanyID"))
                     .toString(),
            QStringLiteral("phinsandbox"));
        delete reply;

        process.terminate(); // SIGTERM
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        output.append(process.readAllStandardOutput());
        QVERIFY(output.contains("Stopped after 1 requests."));

        QFile file(ledger);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 1);
        QCOMPARE(QJsonDocument::fromJson(lines.first())
                     .object()
                     .value(QStringLiteral("target"))
                     .toString(),
            QStringLiteral("/login/companyinfo/phinsandbox"));
    }

    void servesTls()
    {
        QTemporaryDir dir;
        TestCertificate certificate;
        QString certificateError;
        QVERIFY2(TestCertificate::create(dir.path(), &certificate, &certificateError),
            qPrintable(certificateError));
        const QString cert = certificate.certPath;
        const QString key = certificate.keyPath;

        QProcess process;
        process.start(exe(),
            { QStringLiteral("--scenario"), QStringLiteral("on-prem-self-signed"),
                QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key });
        QByteArray output;
        QUrl site;
        waitForSite(process, &output, &site);
        QCOMPARE(site.scheme(), QStringLiteral("https"));

        QSslConfiguration trusting = QSslConfiguration::defaultConfiguration();
        trusting.setCaCertificates(QSslCertificate::fromData(certificate.certPem));
        QNetworkRequest request(
            QUrl(site.toString() + QStringLiteral("/login/companyinfo/phinonprem")));
        request.setSslConfiguration(trusting);
        QNetworkAccessManager nam;
        nam.setProxy(QNetworkProxy::NoProxy);
        QNetworkReply *reply = nam.get(request);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(5000));
        QCOMPARE(reply->error(), QNetworkReply::NoError);
        QCOMPARE(QJsonDocument::fromJson(reply->readAll())
                     .object()
                     .value(QStringLiteral("IsCloud"))
                     .toString(),
            QStringLiteral("False"));
        delete reply;
        process.terminate();
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(process.exitCode(), 0);
    }

    void printCredentials()
    {
        QProcess process;
        process.start(exe(),
            { QStringLiteral("--scenario"), QStringLiteral("admin-role"),
                QStringLiteral("--print-credentials") });
        QByteArray output;
        QUrl site;
        waitForSite(process, &output, &site);
        QVERIFY(site.isValid());
        QTRY_VERIFY_WITH_TIMEOUT(
            (output.append(process.readAllStandardOutput()), output.contains("Private key:")),
            5000);
        QVERIFY(output.contains("SbxPrivateKey001"));
        process.kill();
        process.waitForFinished();
    }

    void listScenarios()
    {
        QProcess process;
        process.start(exe(), { QStringLiteral("--list-scenarios") });
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(process.exitCode(), 0);
        const QByteArray output = process.readAllStandardOutput();
        for (const char *name : { "ready", "billing-only-role", "missing-attachments",
                 "no-default-board", "inquire-my-only", "flaky-network", "on-prem-self-signed",
                 "api-member-locked-down", "admin-role", "bad-client-id" })
            QVERIFY2(output.contains(name), name);
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("fileContent");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("broken-scenario-file")
            << QStringList { "--scenario", "@file" }
            << QByteArray(R"({"name":"x","latencyMs":"slow"})")
            << "broken.json: $.company: required object is missing" << 2;
        QTest::newRow("invalid-json") << QStringList { "--scenario", "@file" } << QByteArray("{")
                                      << "broken.json: $: invalid JSON" << 2;
        QTest::newRow("unknown-scenario") << QStringList { "--scenario", "nope" } << QByteArray()
                                          << "nope: no such file and no built-in scenario" << 2;
        QTest::newRow("plain-http-off-loopback")
            << QStringList { "--bind", "0.0.0.0" } << QByteArray()
            << "plain http is only allowed on a loopback address" << 1;
        QTest::newRow("cert-without-key") << QStringList { "--tls-cert", "x.pem" } << QByteArray()
                                          << "--tls-cert and --tls-key go together" << 2;
        QTest::newRow("unreadable-cert")
            << QStringList { "--tls-cert", "@file", "--tls-key", "@file" } << QByteArray("not pem")
            << "TLS: the certificate is not a PEM X.509 certificate" << 2;
        QTest::newRow("bad-port") << QStringList { "--port", "70000" } << QByteArray()
                                  << "--port must be" << 2;
    }
    void refusesBadInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, fileContent);
        QFETCH(QString, expected);
        QFETCH(int, exitCode);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.json"));
        if (!fileContent.isEmpty()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(fileContent);
        }
        arguments.replaceInStrings(QStringLiteral("@file"), path);
        QProcess process;
        process.start(exe(), arguments);
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), exitCode);
        const QString errors = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(errors.contains(expected), qPrintable(errors));
    }
};

QTEST_GUILESS_MAIN(TestSandboxCli)
#include "tst_sandboxcli.moc"

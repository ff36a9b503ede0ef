// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
// "Trust this certificate": an on-premise server with a self-signed certificate, in a real
// window. The Connection page shows the certificate inline, trusting it pins it for that site,
// the pin is saved with the connection, and a fresh wizard that loads the connection connects
// without asking again.
#include "wizardharness.h"

#include "pages/checkingpage.h"
#include "pages/connectionpage.h"
#include "pages/savepage.h"
#include "pages/welcomepage.h"
#include "testcertificate.h"
#include "widgets/certificatepanel.h"
#include "widgets/inlinenotice.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSslCertificate>

class TestCertificateTrust : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void trustSaveAndReload();
    void changedCertificateIsExplainedBeforeTrust();
    void expiredCertificateIsExplainedButNotOffered();

private:
    /// An https sandbox on 127.0.0.1 serving certificate.
    std::unique_ptr<SandboxServer> httpsSandbox(const TestCertificate &certificate);
    static void typeDetails(WizardHarness &h, const SandboxServer &server);
    static QByteArray sha256Of(const TestCertificate &certificate);

    QTemporaryDir m_dir;
    TestCertificate m_certificate;
    TestCertificate m_replacement;
    TestCertificate m_expired;
};

void TestCertificateTrust::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("first")));
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("second")));
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("expired")));
    QVERIFY2(TestCertificate::createExpired(
                 m_dir.filePath(QStringLiteral("expired")), &m_expired, &error),
        qPrintable(error));
    QVERIFY2(
        TestCertificate::create(m_dir.filePath(QStringLiteral("first")), &m_certificate, &error),
        qPrintable(error));
    QVERIFY2(
        TestCertificate::create(m_dir.filePath(QStringLiteral("second")), &m_replacement, &error),
        qPrintable(error));
}

std::unique_ptr<SandboxServer> TestCertificateTrust::httpsSandbox(
    const TestCertificate &certificate)
{
    QString error;
    auto server = std::make_unique<SandboxServer>(Scenario::load(QStringLiteral("ready"), &error));
    if (!server->setTls(certificate.certPem, certificate.keyPem, &error)
        || !server->listen(QHostAddress::LocalHost, 0, &error)) {
        qWarning("https sandbox: %s", qPrintable(error));
        return {};
    }
    return server;
}

void TestCertificateTrust::typeDetails(WizardHarness &h, const SandboxServer &server)
{
    const Scenario &s = server.scenario();
    WizardHarness::typeInto(h.find<QLineEdit>(QStringLiteral("companyIdEdit")), s.companyId);
    WizardHarness::typeInto(
        h.find<QLineEdit>(QStringLiteral("siteEdit")), server.siteUrl().toString());
    WizardHarness::typeInto(h.find<QLineEdit>(QStringLiteral("publicKeyEdit")), s.publicKey);
    WizardHarness::typeInto(h.find<QLineEdit>(QStringLiteral("privateKeyEdit")), s.privateKey);
}

QByteArray TestCertificateTrust::sha256Of(const TestCertificate &certificate)
{
    return QSslCertificate(certificate.certPem, QSsl::Pem)
        .digest(QCryptographicHash::Sha256)
        .toHex();
}

void TestCertificateTrust::trustSaveAndReload()
{
    auto server = httpsSandbox(m_certificate);
    QVERIFY(server);
    QCOMPARE(server->siteUrl().scheme(), QStringLiteral("https"));
    const QString site = QStringLiteral("127.0.0.1:%1").arg(server->port());
    const QByteArray sha256 = sha256Of(m_certificate);
    QString profileName;
    QString iniPath;
    FakeSecretStore secrets;
    QTemporaryDir settingsDir;
    iniPath = settingsDir.filePath(QStringLiteral("settings.ini"));
    {
        WizardHarness h(QStringLiteral("ready"), &secrets, iniPath);
        QVERIFY(h.clickNext());
        QVERIFY(h.clickNext());
        QCOMPARE(h.currentId(), int(SetupWizard::ConnectionPageId));
        typeDetails(h, *server);

        // The lookup fails on the certificate, and the panel shows it inline.
        auto *panel = h.find<CertificatePanel>(QStringLiteral("certificatePanel"));
        QVERIFY(panel);
        QTRY_VERIFY_WITH_TIMEOUT(panel->isVisible(), 10000);
        auto *lookupNotice = h.find<InlineNotice>(QStringLiteral("lookupNotice"));
        QCOMPARE(lookupNotice->kind(), InlineNotice::Kind::Error);
        QCOMPARE(h.wizard().connectionPage()->lookupState(), ConnectionPage::LookupState::Failed);
        QCOMPARE(h.find<QLabel>(QStringLiteral("fingerprintLabel"))->text(),
            CertificatePanel::displayFingerprint(sha256));
        QVERIFY(h.find<QLabel>(QStringLiteral("fingerprintLabel"))
                    ->text()
                    .startsWith(QString::fromLatin1(
                        sha256.left(2).toUpper() + ':' + sha256.mid(2, 2).toUpper())));
        QCOMPARE(
            h.find<QLabel>(QStringLiteral("subjectLabel"))->text(), QStringLiteral("CN=127.0.0.1"));
        QCOMPARE(
            h.find<QLabel>(QStringLiteral("issuerLabel"))->text(), QStringLiteral("CN=127.0.0.1"));
        QVERIFY2(h.find<QLabel>(QStringLiteral("certificateProblemLabel"))
                     ->text()
                     .contains(QLatin1String("self-signed")),
            qPrintable(h.find<QLabel>(QStringLiteral("certificateProblemLabel"))->text()));
        auto *trust = h.find<QPushButton>(QStringLiteral("trustCertificateButton"));
        // Everything fits at the smallest window size, once the layout has caught up with the
        // new texts.
        QWidget *page = h.wizard().currentPage();
        QTRY_VERIFY2(WizardHarness::clippedText(page, &h.wizard()).isEmpty(),
            qPrintable(WizardHarness::clippedText(page, &h.wizard()).join(QLatin1Char('\n'))));
        QVERIFY(trust->isVisible());
        QCOMPARE(trust->text(), QStringLiteral("Trust this &certificate for %1").arg(site));
        QVERIFY(!trust->accessibleName().isEmpty());
        QVERIFY(server->ledger().isEmpty()); // nothing went over the untrusted connection
        QVERIFY(h.context().trustedCertificates().isEmpty());

        // Trusting it pins it for this site and looks the company up again: found.
        QTest::mouseClick(trust, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(
            h.wizard().connectionPage()->lookupState(), ConnectionPage::LookupState::Found, 10000);
        QCOMPARE(lookupNotice->kind(), InlineNotice::Kind::Success);
        QVERIFY(!panel->isVisible());
        QCOMPARE(h.context().trustedCertificates().value(site), QString::fromLatin1(sha256));

        // The checks run over the pinned connection, then the connection is saved with its pin
        // (only the pin of this site).
        QVERIFY(h.clickNext());
        const CertificatePins pins = h.context().pinnedCertificates();
        QCOMPARE(pins.size(), 1);
        QCOMPARE(pins.value(site), QString::fromLatin1(sha256));
        CheckingPage *checking = h.wizard().checkingPage();
        QTRY_VERIFY_WITH_TIMEOUT(checking->state() == CheckingPage::State::Finished, 15000);
        QVERIFY(h.context().lastReport() && h.context().lastReport()->connected());
        for (int i = 0; i < 3 && h.currentId() != SetupWizard::SavePageId; ++i)
            QVERIFY(h.clickNext());
        QCOMPARE(h.currentId(), int(SetupWizard::SavePageId));
        QTest::mouseClick(h.find<QAbstractButton>(QStringLiteral("saveButton")), Qt::LeftButton);
        QTRY_COMPARE(h.wizard().savePage()->state(), SavePage::State::Saved);
        profileName = h.context().profileName();
        const auto saved = h.profiles().profile(profileName);
        QVERIFY(saved);
        QCOMPARE(saved->pinnedCertificates, pins);
    }

    // A fresh wizard (a fresh transport without the pin) opens the saved connection: its pin
    // comes with it, and the checks connect without asking.
    WizardHarness again(QStringLiteral("ready"), &secrets, iniPath);
    const auto reloaded = again.profiles().profile(profileName);
    QVERIFY(reloaded);
    QCOMPARE(reloaded->pinnedCertificates.value(site), QString::fromLatin1(sha256));
    QSignalSpy finished(&again.context(), &WizardContext::checksFinished);
    again.wizard().welcomePage()->recheckSaved(profileName);
    QTRY_COMPARE_WITH_TIMEOUT(again.currentId(), int(SetupWizard::CheckingPageId), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
    const CheckReport report = finished.first().first().value<CheckReport>();
    QVERIFY2(report.connected(), qPrintable(report.connectionMessage));
    QCOMPARE(again.context().pinnedCertificates().value(site), QString::fromLatin1(sha256));
}

void TestCertificateTrust::changedCertificateIsExplainedBeforeTrust()
{
    // The server now shows another certificate than the one trusted for it.
    auto server = httpsSandbox(m_replacement);
    QVERIFY(server);
    const QString site = QStringLiteral("127.0.0.1:%1").arg(server->port());
    WizardHarness h;
    TlsCertificateInfo trusted;
    trusted.host = QStringLiteral("127.0.0.1");
    trusted.port = server->port();
    trusted.sha256Hex = sha256Of(m_certificate);
    trusted.problems = { TlsProblem::SelfSigned };
    h.context().trustCertificate(trusted);

    QVERIFY(h.clickNext());
    QVERIFY(h.clickNext());
    typeDetails(h, *server);
    auto *panel = h.find<CertificatePanel>(QStringLiteral("certificatePanel"));
    QTRY_VERIFY_WITH_TIMEOUT(panel->isVisible(), 10000);
    const TlsCertificateInfo shown = panel->certificate();
    QVERIFY(shown.has(TlsProblem::PinChanged));
    QCOMPARE(shown.sha256Hex, sha256Of(m_replacement));
    QCOMPARE(shown.pinnedSha256Hex, sha256Of(m_certificate));
    const QString problem = h.find<QLabel>(QStringLiteral("certificateProblemLabel"))->text();
    QVERIFY2(problem.contains(TlsCertificateInfo::groupedFingerprint(sha256Of(m_certificate)))
            && problem.contains(TlsCertificateInfo::groupedFingerprint(sha256Of(m_replacement)))
            && problem.contains(QLatin1String("intercepting")),
        qPrintable(problem));
    QCOMPARE(h.context().trustedCertificates().value(site),
        QString::fromLatin1(sha256Of(m_certificate)));

    // Trusting the replacement (the administrator confirmed it) replaces the pin.
    QTest::mouseClick(
        h.find<QPushButton>(QStringLiteral("trustCertificateButton")), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(
        h.wizard().connectionPage()->lookupState(), ConnectionPage::LookupState::Found, 10000);
    QCOMPARE(h.context().trustedCertificates().value(site),
        QString::fromLatin1(sha256Of(m_replacement)));
}

void TestCertificateTrust::expiredCertificateIsExplainedButNotOffered()
{
    // A pin cannot make an expired certificate good: the server's administrator must renew it.
    auto server = httpsSandbox(m_expired);
    QVERIFY(server);
    WizardHarness h;
    QVERIFY(h.clickNext());
    QVERIFY(h.clickNext());
    typeDetails(h, *server);
    QTRY_COMPARE_WITH_TIMEOUT(
        h.wizard().connectionPage()->lookupState(), ConnectionPage::LookupState::Failed, 10000);
    const QString message = h.find<InlineNotice>(QStringLiteral("lookupNotice"))->text();
    QVERIFY2(message.contains(QLatin1String("expired on 2020-01-02 00:00 UTC"))
            && message.contains(QLatin1String("must renew it")),
        qPrintable(message));
    QVERIFY2(!message.contains(QLatin1String("trust this certificate")), qPrintable(message));
    QVERIFY(!h.find<CertificatePanel>(QStringLiteral("certificatePanel"))->isVisible());
    QVERIFY(!h.find<QPushButton>(QStringLiteral("trustCertificateButton"))->isVisible());
    QVERIFY(h.context().trustedCertificates().isEmpty());
    QVERIFY(server->ledger().isEmpty());
}

QTEST_MAIN(TestCertificateTrust)
#include "tst_certificatetrust.moc"

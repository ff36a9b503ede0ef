// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
// Renders every wizard page, in a light and a dark palette, to PNG files:
//   xvfb-run -a phin-gui-screenshots OUTPUT_DIR [--scale 2]
// Each page is reached by driving the wizard like a user against the in-process sandbox.
#include "wizardharness.h"

#include "companymapping.h"
#include "pages/checkingpage.h"
#include "pages/mappingpage.h"
#include "pages/remediationpage.h"
#include "pages/savepage.h"
#include "testcertificate.h"
#include "widgets/certificatepanel.h"
#include "widgets/inlinenotice.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QStyle>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTextStream>
#include <QToolButton>

namespace {

QPalette darkPalette()
{
    // The kind of palette a dark desktop theme hands Qt; only roles, so every widget follows.
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1f, 0x21, 0x24);
    const QColor text(0xe8, 0xea, 0xed);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x33, 0x36, 0x3b));
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0xa0, 0xa6));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x3c, 0x40, 0x43));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7b, 0xe0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    p.setColor(QPalette::Light, QColor(0x50, 0x54, 0x58));
    p.setColor(QPalette::Midlight, QColor(0x45, 0x48, 0x4c));
    p.setColor(QPalette::Mid, QColor(0x30, 0x33, 0x36));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x86, 0x8b));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x86, 0x8b));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x86, 0x8b));
    return p;
}

class Shooter
{
public:
    Shooter(const QString &dir, const QString &theme)
        : m_dir(dir)
        , m_theme(theme)
    { }
    bool shoot(WizardHarness &h, const QString &name)
    {
        QApplication::processEvents();
        const QString path
            = m_dir.filePath(name + QLatin1Char('-') + m_theme + QStringLiteral(".png"));
        const bool ok = h.wizard().grab().save(path);
        QTextStream(stdout) << (ok ? "wrote " : "FAILED ") << path << '\n';
        m_failures += ok ? 0 : 1;
        return ok;
    }
    void fail(const QString &name, const QString &why)
    {
        QTextStream(stdout) << "FAILED " << name << ": " << why << '\n';
        ++m_failures;
    }
    int failures() const { return m_failures; }

private:
    QDir m_dir;
    QString m_theme;
    int m_failures = 0;
};

bool waitFor(const std::function<bool()> &condition)
{
    return QTest::qWaitFor(condition, 10000);
}

int shootAll(const QString &dir, const QString &theme)
{
    Shooter shot(dir, theme);
    {
        WizardHarness h(QStringLiteral("ready"));
        shot.shoot(h, QStringLiteral("1-welcome"));
        // "Practise in the sandbox", as a technician would try the product first.
        h.find<QAbstractButton>(QStringLiteral("sandboxButton"))->click();
        shot.shoot(h, QStringLiteral("2-prepare"));
        h.clickNext();
        h.find<QToolButton>(QStringLiteral("privateKeyHelpButton"))->setChecked(true);
        waitFor([&h] {
            return h.find<InlineNotice>(QStringLiteral("lookupNotice"))->kind()
                == InlineNotice::Kind::Success;
        });
        shot.shoot(h, QStringLiteral("3-connection"));
        h.clickNext();
        waitFor(
            [&h] { return h.wizard().checkingPage()->state() == CheckingPage::State::Finished; });
        shot.shoot(h, QStringLiteral("4-checking"));
        h.clickNext();
        QTest::mouseClick(h.find<QAbstractButton>(QStringLiteral("saveButton")), Qt::LeftButton);
        waitFor([&h] { return h.wizard().savePage()->state() == SavePage::State::Saved; });
        shot.shoot(h, QStringLiteral("6-save"));
        h.clickNext();
        // The mapping page with a few organisations: proposed, mapped and not found.
        MappingPage *mapping = h.wizard().mappingPage();
        waitFor([mapping] { return mapping->state() == MappingPage::State::Loaded; });
        mapping->importOrganizations("name,domain\nNorthwind Dental Inc.,\nContoso Legal LLC,\n"
                                     "Fabrikam,fabrikam.example\nTailspin Clinics,\n"
                                     "Unknown Bakery,\nAdatum Surgery,\n");
        h.context().companyMapping().acceptProposal(
            h.context().companyMapping().indexOf(QStringLiteral("Contoso Legal LLC")));
        shot.shoot(h, QStringLiteral("6b-mapping"));
        h.clickNext();
        shot.shoot(h, QStringLiteral("7-integrations"));
        h.wizard().close();
        // Opening the app again offers the saved connection.
        WizardHarness again(QStringLiteral("ready"), &h.secrets(), h.iniPath());
        shot.shoot(again, QStringLiteral("1-welcome-saved"));
    }
    {
        // An on-premise server with a self-signed certificate: the inline trust panel.
        const QString name = QStringLiteral("3b-connection-certificate");
        QTemporaryDir certificateDir;
        TestCertificate certificate;
        QString error;
        SandboxServer server(Scenario::load(QStringLiteral("ready"), &error));
        if (!TestCertificate::create(certificateDir.path(), &certificate, &error)
            || !server.setTls(certificate.certPem, certificate.keyPem, &error)
            || !server.listen(QHostAddress::LocalHost, 0, &error)) {
            shot.fail(name, error);
        } else {
            WizardHarness h(QStringLiteral("ready"));
            h.clickNext();
            h.clickNext();
            const Scenario &s = server.scenario();
            WizardHarness::typeInto(
                h.find<QLineEdit>(QStringLiteral("companyIdEdit")), s.companyId);
            WizardHarness::typeInto(
                h.find<QLineEdit>(QStringLiteral("siteEdit")), server.siteUrl().toString());
            auto *panel = h.find<CertificatePanel>(QStringLiteral("certificatePanel"));
            if (panel && waitFor([panel] { return panel->isVisible(); }))
                shot.shoot(h, name);
            else
                shot.fail(name, QStringLiteral("the certificate panel did not appear"));
        }
    }
    {
        WizardHarness h(QStringLiteral("missing-attachments"));
        h.runToCheckingDone();
        shot.shoot(h, QStringLiteral("4-checking-missing"));
        h.clickNext();
        shot.shoot(h, QStringLiteral("5-remediation"));
        h.clickNext();
        h.secrets().failNext(QStringLiteral("write"), SecretError::OtherError);
        QTest::mouseClick(h.find<QAbstractButton>(QStringLiteral("saveButton")), Qt::LeftButton);
        waitFor([&h] { return h.wizard().savePage()->state() == SavePage::State::Failed; });
        shot.shoot(h, QStringLiteral("6-save-keychain-error"));
        h.find<QAbstractButton>(QStringLiteral("sessionOnlyButton"))->click();
        h.clickNext();
        h.clickNext(); // company mapping, optional
        shot.shoot(h, QStringLiteral("7-integrations-blocked"));
    }
    {
        WizardHarness h(QStringLiteral("ready"));
        h.clickNext();
        h.clickNext();
        WizardHarness::typeInto(h.find<QLineEdit>(QStringLiteral("siteEdit")),
            QStringLiteral("http://na.myconnectwise.net"));
        WizardHarness::typeInto(
            h.find<QLineEdit>(QStringLiteral("companyIdEdit")), QStringLiteral("acme corp"));
        shot.shoot(h, QStringLiteral("3-connection-errors"));
    }
    return shot.failures();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    const QStringList args = QApplication::arguments();
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: phin-gui-screenshots OUTPUT_DIR\n";
        return 64;
    }
    const QString dir = args.at(1);
    QDir().mkpath(dir);
    int failures = 0;
    const QPalette light = QApplication::style()->standardPalette();
    QApplication::setPalette(light);
    failures += shootAll(dir, QStringLiteral("light"));
    QApplication::setPalette(darkPalette());
    failures += shootAll(dir, QStringLiteral("dark"));
    return failures == 0 ? 0 : 1;
}

// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
// The wizard's network settings, driven with the keyboard: a manual proxy with a password is
// checked as typed, saved (password in the keychain, the rest in the settings file), used by
// the running transport at once, and shown again without the password. A proxy that refuses
// the credentials is explained on the Connection page.
#include "wizardharness.h"

#include "fetchresponse.h"

#include "../net/rawhttpserver.h"
#include "dialogs/networksettingsdialog.h"
#include "proxyvault.h"
#include "settingsproxystore.h"
#include "widgets/inlinenotice.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>

namespace {

const QByteArray kUser = QByteArrayLiteral("phin");
const QString kPassword = QStringLiteral("Pr0xy-s3cret");

// Everything a widget tells a screen reader or shows, for the "never the password" check.
QStringList visibleTexts(QWidget *root)
{
    QStringList texts;
    const auto widgets = root->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        texts << w->accessibleName() << w->accessibleDescription() << w->toolTip();
        if (auto *edit = qobject_cast<QLineEdit *>(w))
            texts << edit->text() << edit->placeholderText() << edit->displayText();
        if (auto *label = qobject_cast<QLabel *>(w))
            texts << label->text();
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            texts << button->text();
    }
    return texts;
}

QStringList mnemonics(const QStringList &texts)
{
    static const QRegularExpression kMnemonic(QStringLiteral("&([^&])"));
    QStringList keys;
    for (const QString &text : texts) {
        const QRegularExpressionMatch m = kMnemonic.match(text);
        if (m.hasMatch())
            keys << m.captured(1).toLower();
    }
    return keys;
}

// With PHIN_SCREENSHOT_DIR set, saves what the dialog looks like there (for a person to look at).
void grabFor(const QString &name, QWidget *window)
{
    const QString dir = qEnvironmentVariable("PHIN_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(window->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

} // namespace

class TestNetworkSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void keyboardManualProxyIsUsedAndRemembered();
    void validatesAsTyped_data();
    void validatesAsTyped();
    void refusedCredentialsShowOnTheConnectionPage();

private:
    NetworkSettingsDialog *openWithKeyboard();
    void fillManual(NetworkSettingsDialog *dialog, const QString &password);
    template <typename T> T *child(QWidget *root, const char *name)
    {
        T *w = root->findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qWarning("no widget named %s", name);
        return w;
    }

    std::unique_ptr<RawHttpServer> m_proxy;
    std::unique_ptr<WizardHarness> m_harness;
    std::unique_ptr<SettingsProxyStore> m_store;
    std::unique_ptr<ProxyVault> m_vault;
};

void TestNetworkSettings::init()
{
    // A proxy that wants Basic credentials and answers everything itself.
    m_proxy = std::make_unique<RawHttpServer>();
    m_proxy->setHandler([](QTcpSocket *socket, const RawRequest &request) {
        const QByteArray expected
            = "Basic " + QByteArray(kUser + ':' + kPassword.toUtf8()).toBase64();
        if (request.header("Proxy-Authorization") == expected) {
            socket->write(RawHttpServer::response(200, "via proxy"));
            return;
        }
        socket->write(RawHttpServer::response(407, "auth",
            { { "Proxy-Authenticate", "Basic realm=\"office\"" }, { "Connection", "close" } }));
        socket->disconnectFromHost();
    });
    QVERIFY(m_proxy->start());
    m_harness = std::make_unique<WizardHarness>();
    m_store = std::make_unique<SettingsProxyStore>(m_harness->iniPath());
    auto *transport = dynamic_cast<NetworkTransport *>(&m_harness->context().transport());
    QVERIFY(transport);
    m_vault = std::make_unique<ProxyVault>(m_harness->secrets(), *m_store,
        [transport](const ProxySettings &settings, const QString &password, QString *error) {
            return transport->applyProxy(settings, password, error);
        });
    m_harness->wizard().setProxyVault(m_vault.get());
    m_harness->wizard().activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&m_harness->wizard()));
}

void TestNetworkSettings::cleanup()
{
    m_harness.reset();
    m_vault.reset();
    m_store.reset();
    m_proxy.reset();
}

NetworkSettingsDialog *TestNetworkSettings::openWithKeyboard()
{
    // Offscreen, closing a dialog leaves no window active: give the wizard its focus back.
    SetupWizard *wizard = &m_harness->wizard();
    wizard->activateWindow();
    if (!QTest::qWaitFor([wizard] { return QApplication::activeWindow() == wizard; }))
        return nullptr;
    // The button has no mnemonic (it is on every page): reach it with Tab, press Space.
    auto *button = wizard->button(QWizard::CustomButton2);
    for (int i = 0; i < 60 && QApplication::focusWidget() != button; ++i)
        QTest::keyClick(
            QApplication::focusWidget() ? QApplication::focusWidget() : wizard, Qt::Key_Tab);
    if (QApplication::focusWidget() != button)
        return nullptr;
    QTest::keyClick(button, Qt::Key_Space);
    NetworkSettingsDialog *dialog = nullptr;
    if (!QTest::qWaitFor([&] {
            dialog = m_harness->wizard().networkSettingsDialog();
            return dialog && dialog->isVisible();
        }))
        return nullptr;
    // The offscreen platform does not move activation to a new window by itself.
    dialog->activateWindow();
    if (!QTest::qWaitFor([dialog] { return QApplication::activeWindow() == dialog; }))
        return nullptr;
    return dialog;
}

void TestNetworkSettings::fillManual(NetworkSettingsDialog *dialog, const QString &password)
{
    // A mnemonic "animates" the click: the radio button is checked a moment later.
    QTest::keyClick(dialog, Qt::Key_M, Qt::AltModifier);
    QTRY_VERIFY(child<QRadioButton>(dialog, "manualProxyRadio")->isChecked());
    QTest::keyClick(dialog, Qt::Key_H, Qt::AltModifier);
    auto *host = child<QLineEdit>(dialog, "hostEdit");
    QVERIFY(host->hasFocus());
    QTest::keyClicks(host, QStringLiteral("127.0.0.1"));
    QTest::keyClick(dialog, Qt::Key_P, Qt::AltModifier);
    auto *port = child<QLineEdit>(dialog, "portEdit");
    QVERIFY(port->hasFocus());
    QTest::keyClicks(port, QString::number(m_proxy->serverPort()));
    QTest::keyClick(dialog, Qt::Key_U, Qt::AltModifier);
    auto *user = child<QLineEdit>(dialog, "userEdit");
    QVERIFY(user->hasFocus());
    QTest::keyClicks(user, QString::fromLatin1(kUser));
    QTest::keyClick(dialog, Qt::Key_W, Qt::AltModifier);
    auto *pw = child<QLineEdit>(dialog, "passwordEdit");
    QVERIFY(pw->hasFocus());
    QCOMPARE(pw->echoMode(), QLineEdit::Password);
    QTest::keyClicks(pw, password);
}

void TestNetworkSettings::keyboardManualProxyIsUsedAndRemembered()
{
    auto *button = m_harness->find<QAbstractButton>(QStringLiteral("networkButton"));
    QVERIFY(button && button->isVisible());
    QVERIFY(!button->accessibleName().isEmpty());
    // Unique mnemonics in the button row.
    const QStringList rowKeys = mnemonics(
        { button->text(), m_harness->find<QAbstractButton>(QStringLiteral("aboutButton"))->text(),
            m_harness->nextButton()->text(), m_harness->backButton()->text(),
            m_harness->wizard().button(QWizard::CancelButton)->text() });
    QCOMPARE(QSet<QString>(rowKeys.cbegin(), rowKeys.cend()).size(), rowKeys.size());
    QTRY_VERIFY2(WizardHarness::clippedText(m_harness->wizard().currentPage(), &m_harness->wizard())
                     .isEmpty(),
        qPrintable(
            WizardHarness::clippedText(m_harness->wizard().currentPage(), &m_harness->wizard())
                .join(u'\n')));
    grabFor(QStringLiteral("wizard-with-network-button"), &m_harness->wizard());

    NetworkSettingsDialog *dialog = openWithKeyboard();
    QVERIFY(dialog);
    QVERIFY(dialog->isModal() ? dialog->windowModality() == Qt::WindowModal : true);
    QVERIFY(child<QRadioButton>(dialog, "systemProxyRadio")->isChecked()); // the default
    fillManual(dialog, kPassword);
    QTRY_VERIFY(child<QAbstractButton>(dialog, "saveButton")->isEnabled());
    QVERIFY(!child<InlineNotice>(dialog, "proxyNotice")->isActive());
    const QStringList dialogKeys = mnemonics(visibleTexts(dialog));
    QCOMPARE(QSet<QString>(dialogKeys.cbegin(), dialogKeys.cend()).size(), dialogKeys.size());
    QVERIFY(WizardHarness::clippedText(dialog, dialog).isEmpty());
    grabFor(QStringLiteral("network-settings-manual"), dialog);

    QTest::keyClick(dialog, Qt::Key_V, Qt::AltModifier); // Save
    QTRY_VERIFY(!m_harness->wizard().networkSettingsDialog());

    // Stored: password in the keychain under the proxy's own entry, the rest in the settings.
    const ProxySettings saved = m_vault->settings();
    QCOMPARE(
        saved.describe(), QStringLiteral("http://phin@127.0.0.1:%1").arg(m_proxy->serverPort()));
    QVERIFY(saved.hasPassword);
    QCOMPARE(m_harness->secrets().entries().value(saved.secretKey()), kPassword.toUtf8());
    QFile ini(m_harness->iniPath());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains(kPassword.toUtf8()));

    // Used at once: the proxy sees the next request, with the credentials.
    const HttpResponse r
        = fetchResponse(m_harness->context().transport(), QStringLiteral("http://127.0.0.1:9/x"));
    QCOMPARE(r.status, 200);
    QVERIFY(!m_proxy->requests().isEmpty());
    QCOMPARE(m_proxy->requests().last().target, QByteArray("http://127.0.0.1:9/x"));

    // Reopened: the saved values, the password masked and nowhere in any widget.
    dialog = openWithKeyboard();
    QVERIFY(dialog);
    QVERIFY(child<QRadioButton>(dialog, "manualProxyRadio")->isChecked());
    QCOMPARE(child<QLineEdit>(dialog, "hostEdit")->text(), QStringLiteral("127.0.0.1"));
    QCOMPARE(child<QLineEdit>(dialog, "portEdit")->text(), QString::number(m_proxy->serverPort()));
    QCOMPARE(child<QLineEdit>(dialog, "userEdit")->text(), QString::fromLatin1(kUser));
    auto *pw = child<QLineEdit>(dialog, "passwordEdit");
    QCOMPARE(pw->echoMode(), QLineEdit::Password);
    QVERIFY(pw->placeholderText().contains(QLatin1String("saved")));
    for (const QString &text : visibleTexts(dialog))
        QVERIFY2(!text.contains(kPassword), qPrintable(text));
    // The saved password is kept: Save is possible without typing it again.
    QVERIFY(child<QAbstractButton>(dialog, "saveButton")->isEnabled());
    grabFor(QStringLiteral("network-settings-reopened"), dialog);
    // Back to the system proxy: the keychain entry goes.
    QTest::keyClick(dialog, Qt::Key_S, Qt::AltModifier);
    QTRY_VERIFY(child<QRadioButton>(dialog, "systemProxyRadio")->isChecked());
    QTest::keyClick(dialog, Qt::Key_V, Qt::AltModifier);
    QTRY_VERIFY(!m_harness->wizard().networkSettingsDialog());
    QCOMPARE(m_vault->settings().mode, ProxyMode::System);
    QTRY_VERIFY(!m_harness->secrets().entries().contains(saved.secretKey()));
}

void TestNetworkSettings::validatesAsTyped_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("message"); // empty: valid
    QTest::newRow("valid") << "proxy.example.com"
                           << "3128"
                           << ""
                           << ""
                           << "";
    QTest::newRow("port-out-of-range") << "proxy"
                                       << "70000"
                                       << ""
                                       << ""
                                       << "1 to 65535";
    QTest::newRow("port-missing") << "proxy"
                                  << ""
                                  << ""
                                  << ""
                                  << "1 to 65535";
    QTest::newRow("host-missing") << ""
                                  << "3128"
                                  << ""
                                  << ""
                                  << "host name";
    QTest::newRow("user-without-password") << "proxy"
                                           << "3128"
                                           << "alice"
                                           << ""
                                           << "password for the proxy user alice";
    QTest::newRow("host-with-scheme") << "http://proxy"
                                      << "3128"
                                      << ""
                                      << ""
                                      << "without";
}

void TestNetworkSettings::validatesAsTyped()
{
    QFETCH(QString, host);
    QFETCH(QString, port);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, message);
    NetworkSettingsDialog *dialog = openWithKeyboard();
    QVERIFY(dialog);
    QTest::keyClick(dialog, Qt::Key_M, Qt::AltModifier);
    QTRY_VERIFY(child<QRadioButton>(dialog, "manualProxyRadio")->isChecked());
    WizardHarness::typeInto(child<QLineEdit>(dialog, "hostEdit"), host);
    WizardHarness::typeInto(child<QLineEdit>(dialog, "portEdit"), port);
    WizardHarness::typeInto(child<QLineEdit>(dialog, "userEdit"), user);
    WizardHarness::typeInto(child<QLineEdit>(dialog, "passwordEdit"), password);
    auto *notice = child<InlineNotice>(dialog, "proxyNotice");
    auto *save = child<QAbstractButton>(dialog, "saveButton");
    if (message.isEmpty()) {
        QVERIFY(!notice->isActive());
        QVERIFY(save->isEnabled());
    } else {
        QVERIFY(notice->isActive());
        QVERIFY2(notice->text().contains(message), qPrintable(notice->text()));
        QVERIFY(!save->isEnabled());
    }
    grabFor(
        QStringLiteral("network-settings-") + QString::fromLatin1(QTest::currentDataTag()), dialog);
    // Nothing was stored while typing.
    QCOMPARE(m_vault->settings().mode, ProxyMode::System);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!m_harness->wizard().networkSettingsDialog());
}

void TestNetworkSettings::refusedCredentialsShowOnTheConnectionPage()
{
    NetworkSettingsDialog *dialog = openWithKeyboard();
    QVERIFY(dialog);
    fillManual(dialog, QStringLiteral("not-the-password"));
    QTest::keyClick(dialog, Qt::Key_V, Qt::AltModifier);
    QTRY_VERIFY(!m_harness->wizard().networkSettingsDialog());

    // Welcome → Prepare → Connection; the company lookup goes through the refusing proxy.
    QVERIFY(m_harness->clickNext());
    QVERIFY(m_harness->clickNext());
    QCOMPARE(m_harness->currentId(), int(SetupWizard::ConnectionPageId));
    m_harness->typeSandboxDetails();
    auto *notice = m_harness->find<InlineNotice>(QStringLiteral("lookupNotice"));
    QVERIFY(notice);
    QTRY_VERIFY_WITH_TIMEOUT(notice->text().contains(QLatin1String("407")), 15000);
    QVERIFY2(notice->text().contains(QLatin1String("rejected the user name or password")),
        qPrintable(notice->text()));
    QVERIFY(!notice->text().contains(QLatin1String("not-the-password")));
    QVERIFY(!m_proxy->requests().isEmpty());
}

QTEST_MAIN(TestNetworkSettings)
#include "tst_networksettings.moc"

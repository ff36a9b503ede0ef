// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "wizardharness.h"

#include "pages/checkingpage.h"
#include "pages/mappingpage.h"
#include "pages/savepage.h"
#include "widgets/inlinenotice.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QLabel>
#include <QTest>

void TimeoutCapTransport::send(const HttpRequest &request, QObject *context, Callback callback)
{
    HttpRequest capped = request;
    capped.timeoutMs = qMin(capped.timeoutMs, m_capMs);
    m_inner.send(capped, context, std::move(callback));
}

WizardHarness::WizardHarness(
    const QString &scenario, SecretStore *secrets, const QString &iniPath, int requestTimeoutCapMs)
    : m_catalog(PermissionCatalog::load())
    , m_assumptions(ConnectWiseAssumptions::load())
    , m_iniPath(
          iniPath.isEmpty() ? m_settingsDir.filePath(QStringLiteral("settings.ini")) : iniPath)
    , m_profiles(std::make_unique<SettingsProfileStore>(m_iniPath))
{
    // Only wrapped when asked: the wrapper passes requests through but not the transport's
    // other abilities.
    if (requestTimeoutCapMs > 0)
        m_cappedTransport = std::make_unique<TimeoutCapTransport>(m_transport, requestTimeoutCapMs);
    HttpTransport &transport = m_cappedTransport ? static_cast<HttpTransport &>(*m_cappedTransport)
                                                 : static_cast<HttpTransport &>(m_transport);
    m_context = std::make_unique<WizardContext>(
        m_catalog, m_assumptions, transport, secrets ? *secrets : m_secrets, *m_profiles);
    m_context->setSandboxLauncher(
        [this](const QString &name, SandboxSession *session, QString *error) {
            if (!startSandbox(name)) {
                *error = QStringLiteral("scenario %1 did not start").arg(name);
                return false;
            }
            const Scenario &s = m_sandbox->scenario();
            session->scenario = s.name;
            session->details
                = { s.companyId, m_sandbox->siteUrl().toString(), s.publicKey, s.privateKey };
            return true;
        });
    startSandbox(scenario);
    m_wizard = std::make_unique<SetupWizard>(*m_context);
    m_proxyStore = std::make_unique<SettingsProxyStore>(m_iniPath);
    m_proxyVault = std::make_unique<ProxyVault>(secrets ? *secrets : m_secrets, *m_proxyStore,
        [this](const ProxySettings &settings, const QString &password, QString *error) {
            return m_transport.applyProxy(settings, password, error);
        });
    m_wizard->setProxyVault(m_proxyVault.get());
    m_wizard->resize(SetupWizard::minimumWindowSize());
    m_wizard->show();
    (void)QTest::qWaitForWindowExposed(m_wizard.get());
}

WizardHarness::~WizardHarness()
{
    m_wizard.reset();
    m_context.reset();
}

bool WizardHarness::startSandbox(const QString &scenario)
{
    QString error;
    const Scenario s = Scenario::load(scenario, &error);
    if (!error.isEmpty()) {
        qWarning("scenario %s: %s", qPrintable(scenario), qPrintable(error));
        return false;
    }
    auto server = std::make_unique<SandboxServer>(s);
    // Only loopback, never another address.
    if (!server->listen(QHostAddress::LocalHost, 0, &error)) {
        qWarning("sandbox: %s", qPrintable(error));
        return false;
    }
    m_sandbox = std::move(server);
    return true;
}

void WizardHarness::typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

void WizardHarness::typeSandboxDetails()
{
    const Scenario &s = m_sandbox->scenario();
    typeInto(find<QLineEdit>(QStringLiteral("companyIdEdit")), s.companyId);
    typeInto(find<QLineEdit>(QStringLiteral("siteEdit")), m_sandbox->siteUrl().toString());
    typeInto(find<QLineEdit>(QStringLiteral("publicKeyEdit")), s.publicKey);
    typeInto(find<QLineEdit>(QStringLiteral("privateKeyEdit")), s.privateKey);
}

bool WizardHarness::clickNext()
{
    QAbstractButton *next = nextButton();
    if (!next->isEnabled() || !next->isVisible())
        return false;
    QTest::mouseClick(next, Qt::LeftButton);
    return true;
}

bool WizardHarness::runToCheckingDone(const QStringList &features)
{
    if (currentId() != SetupWizard::WelcomePageId)
        return false;
    if (!features.isEmpty()) {
        find<QCheckBox>(QStringLiteral("billingCheck"))
            ->setChecked(features.contains(QStringLiteral("billing")));
        find<QCheckBox>(QStringLiteral("serviceDeskCheck"))
            ->setChecked(features.contains(QStringLiteral("service-desk")));
    }
    if (!clickNext() || currentId() != SetupWizard::PreparePageId)
        return false;
    if (!clickNext() || currentId() != SetupWizard::ConnectionPageId)
        return false;
    typeSandboxDetails();
    if (!clickNext() || currentId() != SetupWizard::CheckingPageId)
        return false;
    CheckingPage *page = m_wizard->checkingPage();
    return QTest::qWaitFor(
        [page] { return page->state() == CheckingPage::State::Finished; }, 10000);
}

bool WizardHarness::runToMapping(const QStringList &features)
{
    if (!runToCheckingDone(features))
        return false;
    clickNext();
    if (currentId() == SetupWizard::RemediationPageId)
        clickNext();
    if (currentId() != SetupWizard::SavePageId)
        return false;
    QTest::mouseClick(find<QAbstractButton>(QStringLiteral("saveButton")), Qt::LeftButton);
    SavePage *save = m_wizard->savePage();
    if (!QTest::qWaitFor([save] { return save->state() == SavePage::State::Saved; }, 5000))
        return false;
    return clickNext() && currentId() == SetupWizard::MappingPageId;
}

void WizardHarness::visitEveryPage(const std::function<void(const char *page)> &visit)
{
    visit("welcome");
    QVERIFY(clickNext());
    visit("prepare");
    QVERIFY(clickNext());
    typeSandboxDetails();
    QTRY_VERIFY(
        find<InlineNotice>(QStringLiteral("lookupNotice"))->kind() == InlineNotice::Kind::Success);
    visit("connection");
    QVERIFY(clickNext());
    QTRY_VERIFY_WITH_TIMEOUT(nextButton()->isEnabled(), 10000);
    visit("checking");
    QVERIFY(clickNext());
    visit("remediation");
    QVERIFY(clickNext());
    QTest::mouseClick(find<QAbstractButton>(QStringLiteral("saveButton")), Qt::LeftButton);
    QTRY_VERIFY(nextButton()->isEnabled());
    visit("save");
    QVERIFY(clickNext());
    MappingPage *mapping = m_wizard->mappingPage();
    QTRY_VERIFY(mapping->state() != MappingPage::State::Loading);
    visit("mapping");
    QVERIFY(clickNext());
    visit("integrations");
}

QStringList WizardHarness::clippedText(QWidget *page, QWidget *buttonsRoot)
{
    QStringList problems;
    for (QLabel *label : page->findChildren<QLabel *>()) {
        if (!label->isVisible() || label->text().isEmpty() || !label->pixmap().isNull())
            continue;
        if (label->wordWrap()) {
            const int needed = label->heightForWidth(label->width());
            if (needed > label->height() + 1)
                problems << QStringLiteral(
                    "label %1 (\"%2\"): wrapped text needs %3 px high, has %4")
                                .arg(label->objectName(), label->text().left(40))
                                .arg(needed)
                                .arg(label->height());
        } else if (label->sizeHint().width() > label->width() + 1) {
            problems << QStringLiteral("label %1 (\"%2\"): needs %3 px wide, has %4")
                            .arg(label->objectName(), label->text().left(40))
                            .arg(label->sizeHint().width())
                            .arg(label->width());
        }
    }
    for (QAbstractButton *button : buttonsRoot->findChildren<QAbstractButton *>()) {
        if (button->isVisible() && button->minimumSizeHint().width() > button->width() + 1)
            problems << QStringLiteral("button %1 (\"%2\"): needs %3 px wide, has %4")
                            .arg(button->objectName(), button->text())
                            .arg(button->minimumSizeHint().width())
                            .arg(button->width());
    }
    return problems;
}

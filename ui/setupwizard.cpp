// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "setupwizard.h"
#include "buildinfo.h"
#include "dialogs/networksettingsdialog.h"

#include "pages/checkingpage.h"
#include "pages/connectionpage.h"
#include "pages/integrationspage.h"
#include "pages/mappingpage.h"
#include "pages/preparepage.h"
#include "pages/remediationpage.h"
#include "pages/savepage.h"
#include "pages/welcomepage.h"
#include "statusicons.h"
#include "wizardcontext.h"

#include <QAbstractButton>
#include <QApplication>
#include <QIcon>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QMetaEnum>
#include <QShortcut>

Q_LOGGING_CATEGORY(lcUi, "phin.ui", QtInfoMsg)

SetupWizard::SetupWizard(WizardContext &context, QWidget *parent)
    : QWizard(parent)
    , m_context(context)
    , m_welcome(new WelcomePage(context, this))
    , m_prepare(new PreparePage(context, this))
    , m_connection(new ConnectionPage(context, this))
    , m_checking(new CheckingPage(context, this))
    , m_remediation(new RemediationPage(context, this))
    , m_save(new SavePage(context, this))
    , m_mapping(new MappingPage(context, this))
    , m_integrations(new IntegrationsPage(context, this))
{
    initUiResources();
    setObjectName(QStringLiteral("setupWizard"));
    setWindowTitle(tr("Connect Phin to ConnectWise Manage"));
    // The title says so whenever nothing reaches a real server.
    connect(&m_context, &WizardContext::sandboxStarted, this, [this](const QString &scenario) {
        setWindowTitle(tr("Connect Phin to ConnectWise Manage (sandbox: %1)").arg(scenario));
    });
    // Modern style on every platform: a title area for the page's purpose, and the same layout
    // in tests, screenshots and on the desktop.
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setPage(WelcomePageId, m_welcome);
    setPage(PreparePageId, m_prepare);
    setPage(ConnectionPageId, m_connection);
    setPage(CheckingPageId, m_checking);
    setPage(RemediationPageId, m_remediation);
    setPage(SavePageId, m_save);
    setPage(MappingPageId, m_mapping);
    setPage(IntegrationsPageId, m_integrations);
    setStartId(WelcomePageId);
    // "Edit mapping…" on Integrations goes back one step: the mapping page always precedes it.
    connect(m_integrations, &IntegrationsPage::editMappingRequested, this, [this] {
        if (currentId() == IntegrationsPageId && visitedIds().contains(MappingPageId))
            back();
    });
    // Support reads the path people took through the wizard (page names only, never values).
    connect(this, &QWizard::currentIdChanged, this,
        [](int id) { qCInfo(lcUi) << "page" << QMetaEnum::fromType<PageId>().valueToKey(id); });
    setMinimumSize(minimumWindowSize());
    setPixmap(QWizard::LogoPixmap, QIcon(QStringLiteral(":/phin/icons/app.svg")).pixmap(48, 48));

    // Support asks which build a technician runs; the About box names it on every page.
    setOption(QWizard::HaveCustomButton1);
    // The About and Network buttons show on every page, so a mnemonic on them would clash with
    // some page's in some language; they are reached with Tab, and About also with F1.
    setButtonText(QWizard::CustomButton1, tr("About"));
    setButtonLayout({ QWizard::CustomButton1, QWizard::CustomButton2, QWizard::Stretch,
        QWizard::BackButton, QWizard::NextButton, QWizard::CommitButton, QWizard::FinishButton,
        QWizard::CancelButton });
    QAbstractButton *about = button(QWizard::CustomButton1);
    about->setObjectName(QStringLiteral("aboutButton"));
    about->setAccessibleName(tr("About"));
    about->setAccessibleDescription(tr("Shows the version, commit, Qt and QtKeychain versions"));
    auto *help = new QShortcut(QKeySequence::HelpContents, this);
    connect(help, &QShortcut::activated, this, &SetupWizard::showAbout);
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1)
            showAbout();
        else if (which == QWizard::CustomButton2)
            showNetworkSettings();
    });
}

void SetupWizard::showAbout()
{
    const QString name = QApplication::applicationDisplayName();
    auto *box = new QMessageBox(QMessageBox::Information, tr("About %1").arg(name),
        name + QStringLiteral("\n\n") + BuildInfo::versionText(QStringLiteral("phin-cw-setup")),
        QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void SetupWizard::setProxyVault(ProxyVault *vault)
{
    // Behind an office proxy nothing works until it is set, so it is reachable from every page.
    m_proxyVault = vault;
    setOption(QWizard::HaveCustomButton2, vault != nullptr);
    if (!vault)
        return;
    //: Opens the proxy settings. No mnemonic: the button is on every page.
    setButtonText(QWizard::CustomButton2, tr("Network…"));
    QAbstractButton *network = button(QWizard::CustomButton2);
    network->setObjectName(QStringLiteral("networkButton"));
    network->setAccessibleName(tr("Network settings"));
    network->setAccessibleDescription(tr("Proxy used to reach ConnectWise"));
}

NetworkSettingsDialog *SetupWizard::networkSettingsDialog() const
{
    return m_networkSettings;
}

void SetupWizard::showNetworkSettings()
{
    if (!m_proxyVault)
        return;
    if (!m_networkSettings) {
        m_networkSettings = new NetworkSettingsDialog(*m_proxyVault, this);
        m_networkSettings->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_networkSettings->open();
    m_networkSettings->raise();
    m_networkSettings->activateWindow();
}

QSize SetupWizard::minimumWindowSize()
{
    return { 760, 600 };
}

// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWizard>

class WizardContext;
class CheckingPage;
class ConnectionPage;
class PreparePage;
class IntegrationsPage;
class MappingPage;
class RemediationPage;
class SavePage;
class WelcomePage;
class NetworkSettingsDialog;
class ProxyVault;

/// The setup wizard: one page per step a technician follows, wired to the shared context.
class SetupWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId {
        WelcomePageId,
        PreparePageId,
        ConnectionPageId,
        CheckingPageId,
        RemediationPageId,
        SavePageId,
        MappingPageId,
        IntegrationsPageId,
    };
    Q_ENUM(PageId)

    explicit SetupWizard(WizardContext &context, QWidget *parent = nullptr);

    WelcomePage *welcomePage() const { return m_welcome; }
    PreparePage *preparePage() const { return m_prepare; }
    ConnectionPage *connectionPage() const { return m_connection; }
    CheckingPage *checkingPage() const { return m_checking; }
    RemediationPage *remediationPage() const { return m_remediation; }
    SavePage *savePage() const { return m_save; }
    MappingPage *mappingPage() const { return m_mapping; }
    IntegrationsPage *integrationsPage() const { return m_integrations; }

    /// The smallest size at which no text is clipped; tests and screenshots use it.
    static QSize minimumWindowSize();

    /// Shows the About box (version, commit, Qt and QtKeychain), window-modal but not blocking.
    void showAbout();

    /// Adds the "Network…" button (proxy settings) to every page; without a vault there is none.
    void setProxyVault(ProxyVault *vault);
    /// Opens the network settings, window-modal but not blocking (the open one when it is open).
    void showNetworkSettings();
    /// The open network settings dialog, if any.
    NetworkSettingsDialog *networkSettingsDialog() const;

private:
    WizardContext &m_context;
    ProxyVault *m_proxyVault = nullptr;
    QPointer<NetworkSettingsDialog> m_networkSettings;
    WelcomePage *m_welcome = nullptr;
    PreparePage *m_prepare = nullptr;
    ConnectionPage *m_connection = nullptr;
    CheckingPage *m_checking = nullptr;
    RemediationPage *m_remediation = nullptr;
    SavePage *m_save = nullptr;
    MappingPage *m_mapping = nullptr;
    IntegrationsPage *m_integrations = nullptr;
};

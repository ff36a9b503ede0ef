// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

#include "connectwiseassumptions.h"
#include "fakesecretstore.h"
#include "networktransport.h"
#include "permissioncatalog.h"
#include "proxyvault.h"
#include "sandboxserver.h"
#include "settingsprofilestore.h"
#include "settingsproxystore.h"
#include "setupwizard.h"
#include "wizardcontext.h"

#include <QAbstractButton>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

/// The real transport with every request's timeout capped: a request that never answers then
/// ends in a fraction of a second instead of the product's 30 s, so fault tests stay short.
class TimeoutCapTransport : public HttpTransport
{
public:
    TimeoutCapTransport(HttpTransport &inner, int capMs)
        : m_inner(inner)
        , m_capMs(capMs)
    { }
    void send(const HttpRequest &request, QObject *context, Callback callback) override;
    void cancel(QObject *context) override { m_inner.cancel(context); }

private:
    HttpTransport &m_inner;
    int m_capMs;
};

/// Everything a GUI test needs: the real wizard, a real HTTP transport talking to the in-process
/// sandbox on 127.0.0.1, a fake keychain and the real settings store on a temporary INI file.
class WizardHarness
{
public:
    /// secrets: the keychain to use; the fake one (secrets()) when null. iniPath: the settings
    /// file, shared with an earlier harness to "reopen the app"; a fresh temporary one when empty.
    /// requestTimeoutCapMs: when above 0, no request waits longer than this for its answer.
    explicit WizardHarness(const QString &scenario = QStringLiteral("ready"),
        SecretStore *secrets = nullptr, const QString &iniPath = {}, int requestTimeoutCapMs = 0);
    ~WizardHarness();

    SetupWizard &wizard() { return *m_wizard; }
    WizardContext &context() { return *m_context; }
    SandboxServer &sandbox() { return *m_sandbox; }
    FakeSecretStore &secrets() { return m_secrets; }
    ProfileStore &profiles() { return *m_profiles; }
    QString iniPath() const { return m_iniPath; }
    const PermissionCatalog &catalog() const { return m_catalog; }

    /// Starts (or restarts) the sandbox with another scenario.
    bool startSandbox(const QString &scenario);

    template <typename T> T *find(const QString &name) const
    {
        T *w = m_wizard->findChild<T *>(name);
        if (!w)
            qWarning("no widget named %s", qPrintable(name));
        return w;
    }
    QAbstractButton *nextButton() const { return m_wizard->button(QWizard::NextButton); }
    QAbstractButton *backButton() const { return m_wizard->button(QWizard::BackButton); }
    int currentId() const { return m_wizard->currentId(); }

    /// Types into a line edit the way a user does (select all, then key clicks).
    static void typeInto(QLineEdit *edit, const QString &text);
    /// Fills the connection page with the sandbox's values, typing each one.
    void typeSandboxDetails();
    /// Clicks Next; false when it is disabled.
    bool clickNext();
    /// Drives Welcome → Prepare → Connection (typed) → Checking and waits for the checks.
    bool runToCheckingDone(const QStringList &features = {});
    /// Goes on from there past Remediation, saves the connection and stops on the (optional)
    /// company-mapping page; false when a step does not work.
    bool runToMapping(const QStringList &features = {});
    /// Walks a "missing-attachments" wizard through every page (Welcome to Integrations,
    /// remediation, save and mapping included), calling visit with each page's short name. Fails
    /// the current test (QTest::currentTestFailed()) when a step does not work.
    void visitEveryPage(const std::function<void(const char *page)> &visit);

    /// Text that does not fit on a page at its current size: labels under page (wrapped or
    /// not) and buttons under buttonsRoot. One line per problem, empty when all fits.
    static QStringList clippedText(QWidget *page, QWidget *buttonsRoot);

private:
    PermissionCatalog m_catalog;
    ConnectWiseAssumptions m_assumptions;
    NetworkTransport m_transport;
    std::unique_ptr<TimeoutCapTransport> m_cappedTransport;
    FakeSecretStore m_secrets;
    QTemporaryDir m_settingsDir;
    QString m_iniPath;
    std::unique_ptr<SettingsProfileStore> m_profiles;
    // As in the app, so the Network… button is on every page the tests look at.
    std::unique_ptr<SettingsProxyStore> m_proxyStore;
    std::unique_ptr<ProxyVault> m_proxyVault;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<WizardContext> m_context;
    std::unique_ptr<SetupWizard> m_wizard;
};

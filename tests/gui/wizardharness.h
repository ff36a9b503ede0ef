// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectwiseassumptions.h"
#include "fakesecretstore.h"
#include "memoryprofilestore.h"
#include "networktransport.h"
#include "permissioncatalog.h"
#include "sandboxserver.h"
#include "setupwizard.h"
#include "wizardcontext.h"

#include <QAbstractButton>
#include <QLineEdit>
#include <QTest>

#include <memory>

/// Everything a GUI test needs: the real wizard, a real HTTP transport talking to the in-process
/// sandbox on 127.0.0.1, a fake keychain and an in-memory profile store.
class WizardHarness
{
public:
    /// secrets: the keychain to use; the fake one (secrets()) when null.
    explicit WizardHarness(
        const QString &scenario = QStringLiteral("ready"), SecretStore *secrets = nullptr);
    ~WizardHarness();

    SetupWizard &wizard() { return *m_wizard; }
    WizardContext &context() { return *m_context; }
    SandboxServer &sandbox() { return *m_sandbox; }
    FakeSecretStore &secrets() { return m_secrets; }
    MemoryProfileStore &profiles() { return m_profiles; }
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

private:
    PermissionCatalog m_catalog;
    ConnectWiseAssumptions m_assumptions;
    NetworkTransport m_transport;
    FakeSecretStore m_secrets;
    MemoryProfileStore m_profiles;
    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<WizardContext> m_context;
    std::unique_ptr<SetupWizard> m_wizard;
};

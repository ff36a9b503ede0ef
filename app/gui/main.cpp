// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
// phin-cw-setup: the composition root. Real adapters (network, keychain, settings) and the
// in-process sandbox are created here and handed to the wizard; nothing else knows them.
#include "buildinfo.h"
#include "connectwiseassumptions.h"
#include "keychainsecretstore.h"
#include "networktransport.h"
#include "permissioncatalog.h"
#include "phinconfig.h"
#include "proxyvault.h"
#include "sandboxserver.h"
#include "settingsprofilestore.h"
#include "settingsproxystore.h"
#include "setupwizard.h"
#include "translationinstaller.h"
#include "wizardcontext.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QHostAddress>
#include <QIcon>
#include <QTextStream>

#include <memory>

int main(int argc, char *argv[])
{
    // --version must work where there is no display (a support session over ssh), so it is
    // answered before QApplication needs a windowing system.
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--version") == 0 || qstrcmp(argv[i], "-v") == 0) {
            QCoreApplication core(argc, argv);
            QTextStream(stdout) << BuildInfo::versionText(QStringLiteral("phin-cw-setup"));
            return 0;
        }
    }
    QApplication app(argc, argv);
    // First, so every string below (the display name, --help, Qt's standard buttons) is in the
    // chosen language, or the system's.
    const QString language = languageArgument(QApplication::arguments());
    const TranslationResult translation = installTranslations(&app, language);
    QApplication::setApplicationName(QStringLiteral("phin-cw-setup"));
    QApplication::setApplicationDisplayName(QObject::tr("Phin ConnectWise Setup"));
    QApplication::setOrganizationDomain(QStringLiteral(PHIN_ORGANIZATION_DOMAIN));
    QApplication::setApplicationVersion(QStringLiteral(PHIN_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(PHIN_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/phin/icons/app.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QObject::tr("Connects Phin to ConnectWise Manage and checks every permission it needs."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandboxOption(QStringLiteral("sandbox"),
        QObject::tr("Open the wizard connected to the built-in ConnectWise simulator "
                    "(scenario given as argument; default \"ready\")."));
    const QCommandLineOption listOption(
        QStringLiteral("list-scenarios"), QObject::tr("List the sandbox scenarios and exit."));
    const QCommandLineOption langOption(QStringLiteral("lang"),
        QObject::tr("Language of the wizard, e.g. de, fr, es, nl (default: the system's)."),
        QObject::tr("CODE"));
    parser.addOptions({ sandboxOption, listOption, langOption });
    parser.addPositionalArgument(QStringLiteral("scenario"),
        QObject::tr("Sandbox scenario for --sandbox."), QStringLiteral("[scenario]"));
    parser.process(app);

    QTextStream err(stderr);
    if (!language.isEmpty() && translation.missing()) {
        err << QObject::tr("phin-cw-setup: no translation for \"%1\"; using English.").arg(language)
            << '\n';
    }
    if (parser.isSet(listOption)) {
        QTextStream out(stdout);
        for (const QString &name : Scenario::builtinNames())
            out << name << QStringLiteral("\n    ") << Scenario::builtinDescription(name) << '\n';
        return 0;
    }

    QString error;
    const PermissionCatalog catalog = PermissionCatalog::load(&error);
    if (!catalog.isValid()) {
        err << QObject::tr("phin-cw-setup: the permission catalog is damaged: %1").arg(error)
            << '\n';
        return 1;
    }
    const ConnectWiseAssumptions assumptions = ConnectWiseAssumptions::load(&error);
    if (!assumptions.isValid()) {
        err << QObject::tr("phin-cw-setup: the ConnectWise assumptions are damaged: %1").arg(error)
            << '\n';
        return 1;
    }

    NetworkTransport transport;
    KeychainSecretStore secrets;
    SettingsProfileStore profiles;
    WizardContext context(catalog, assumptions, transport, secrets, profiles);
    // The saved proxy applies before the first request; its password comes from the keychain.
    SettingsProxyStore proxyStore;
    ProxyVault proxies(secrets, proxyStore,
        [&transport](const ProxySettings &settings, const QString &password, QString *proxyError) {
            return transport.applyProxy(settings, password, proxyError);
        });
    QObject::connect(&proxies, &ProxyVault::applied, &proxies, [&err](const ProxyVaultResult &r) {
        for (const QString &warning : r.warnings)
            err << warning << '\n';
        if (!r.ok)
            err << r.message << '\n';
        err.flush();
    });

    // The sandbox lives as long as the wizard; choosing another scenario replaces it.
    std::unique_ptr<SandboxServer> sandbox;
    context.setSandboxLauncher(
        [&sandbox, &transport](const QString &name, SandboxSession *session, QString *launchError) {
            QString loadError;
            Scenario scenario = Scenario::load(name, &loadError);
            if (!loadError.isEmpty()) {
                *launchError = loadError;
                return false;
            }
            auto server = std::make_unique<SandboxServer>(scenario);
            if (!server->listen(QHostAddress::LocalHost, 0, launchError))
                return false;
            sandbox = std::move(server);
            // The simulator runs on this computer, where a saved office proxy cannot reach.
            ProxySettings direct;
            direct.mode = ProxyMode::Direct;
            transport.applyProxy(direct, QString(), nullptr);
            session->scenario = scenario.name.isEmpty() ? name : scenario.name;
            session->details.site = sandbox->siteUrl().toString();
            session->details.companyId = scenario.companyId;
            session->details.publicKey = scenario.publicKey;
            session->details.privateKey = scenario.privateKey;
            return true;
        });

    SetupWizard wizard(context);
    wizard.setProxyVault(&proxies);
    if (parser.isSet(sandboxOption)) {
        const QStringList args = parser.positionalArguments();
        const QString scenario = args.isEmpty() ? QStringLiteral("ready") : args.first();
        if (!context.startSandbox(scenario, &error)) {
            err << QObject::tr("phin-cw-setup: the sandbox did not start: %1").arg(error) << '\n';
            return 1;
        }
    }
    // Not in the sandbox: it runs on this computer, where a saved office proxy cannot reach.
    if (!context.isSandbox())
        proxies.applySaved();
    wizard.show();
    return app.exec();
}

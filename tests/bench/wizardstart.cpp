// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
// Start-up to the first painted wizard page, for phin-cw-bench. Built twice: as
// phin-bench-wizard-start (the setup wizard composed like phin-cw-setup: real network, keychain
// and settings adapters, the settings in the file named by the first argument) and as
// phin-bench-qwizard-hello (a bare QWizard with one page: the floor). Both leave at once after
// the first paint, so the parent's wall time for the process is start-up to first paint.
#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>
#include <QWizard>

#include <cstdio>
#include <cstdlib>

#ifdef PHIN_BENCH_REAL_WIZARD
#include "connectwiseassumptions.h"
#include "keychainsecretstore.h"
#include "networktransport.h"
#include "permissioncatalog.h"
#include "settingsprofilestore.h"
#include "setupwizard.h"
#include "wizardcontext.h"
#endif

namespace {

class FirstPaint : public QObject
{
protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && watched->isWidgetType()) {
            // Let this paint finish, then leave without tear-down.
            QMetaObject::invokeMethod(
                qApp,
                [] {
                    std::fflush(stdout);
                    std::_Exit(0);
                },
                Qt::QueuedConnection);
        }
        return false;
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    FirstPaint firstPaint;
    app.installEventFilter(&firstPaint);
#ifdef PHIN_BENCH_REAL_WIZARD
    QApplication::setApplicationName(QStringLiteral("phin-cw-setup"));
    QString error;
    const PermissionCatalog catalog = PermissionCatalog::load(&error);
    const ConnectWiseAssumptions assumptions = ConnectWiseAssumptions::load(&error);
    NetworkTransport transport;
    KeychainSecretStore secrets;
    SettingsProfileStore profiles(argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString());
    WizardContext context(catalog, assumptions, transport, secrets, profiles);
    SetupWizard wizard(context);
#else
    QWizard wizard;
    auto page = new QWizardPage;
    page->setTitle(QStringLiteral("Hello"));
    auto layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(QStringLiteral("A bare QWizard page.")));
    wizard.addPage(page);
#endif
    wizard.show();
    return app.exec();
}

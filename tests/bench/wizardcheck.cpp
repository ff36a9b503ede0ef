// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
// phin-bench-wizard-check: "Next pressed -> results shown" in the real setup wizard, offscreen,
// for phin-cw-bench (which also takes this process's peak RSS through the full check).
//
//   CW_PUBLIC_KEY=... CW_PRIVATE_KEY=... phin-bench-wizard-check SETTINGS.ini --site URL
//       --company ID [--pause MS] [--no-preconnect]
//
// Composed like phin-cw-setup (real network, keychain and settings adapters). The simulated
// network lives in the benchmark's process, so the wizard's own work on its GUI thread cannot
// delay it. A simulated user clicks to the Connection page, types the company and the site (the
// lookup and the pre-connect run), pauses as people do before pasting keys, pastes both keys
// and presses Next. Prints one line:
//   next_to_results_ms=N lookup_done_at_next=0|1 connected=0|1
#include "connectwiseassumptions.h"
#include "keychainsecretstore.h"
#include "networktransport.h"
#include "pages/checkingpage.h"
#include "permissioncatalog.h"
#include "settingsprofilestore.h"
#include "setupwizard.h"
#include "wizardcontext.h"

#include <QAbstractButton>
#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QTest>

#include <cstdio>
#include <cstdlib>

namespace {

// The transport without its pre-connect: the "before" of the comparison.
class NoPreconnectTransport : public NetworkTransport
{
public:
    void preconnect(const QUrl &) override { }
};

// Notes the first paint after the checks finished: the results are on screen then.
class ResultsPainted : public QObject
{
public:
    bool armed = false;
    bool painted = false;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (armed && event->type() == QEvent::Paint && watched->isWidgetType())
            painted = true;
        return false;
    }
};

QString option(const QStringList &args, const QString &name, const QString &fallback = {})
{
    const qsizetype i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
}

void type(QWidget *wizard, const char *name, const QString &text)
{
    auto edit = wizard->findChild<QLineEdit *>(QLatin1String(name));
    if (!edit) {
        std::fprintf(stderr, "no field %s\n", name);
        std::_Exit(2);
    }
    edit->setFocus();
    QTest::keyClicks(edit, text);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("phin-cw-setup"));
    const QStringList args = QApplication::arguments();
    const QString site = option(args, QStringLiteral("--site"));
    const QString company = option(args, QStringLiteral("--company"));
    const int pause = option(args, QStringLiteral("--pause"), QStringLiteral("1500")).toInt();
    const QString publicKey = qEnvironmentVariable("CW_PUBLIC_KEY");
    const QString privateKey = qEnvironmentVariable("CW_PRIVATE_KEY");
    if (args.size() < 2 || site.isEmpty() || company.isEmpty() || publicKey.isEmpty()
        || privateKey.isEmpty()) {
        std::fprintf(stderr,
            "usage: CW_PUBLIC_KEY=... CW_PRIVATE_KEY=... phin-bench-wizard-check SETTINGS.ini "
            "--site URL --company ID [--pause MS] [--no-preconnect]\n");
        return 64;
    }

    QString error;
    const PermissionCatalog catalog = PermissionCatalog::load(&error);
    const ConnectWiseAssumptions assumptions = ConnectWiseAssumptions::load(&error);
    std::unique_ptr<NetworkTransport> transport = args.contains(QLatin1String("--no-preconnect"))
        ? std::make_unique<NoPreconnectTransport>()
        : std::make_unique<NetworkTransport>();
    KeychainSecretStore secrets;
    SettingsProfileStore profiles(args.at(1));
    WizardContext context(catalog, assumptions, *transport, secrets, profiles);
    SetupWizard wizard(context);
    wizard.resize(SetupWizard::minimumWindowSize());
    wizard.show();
    if (!QTest::qWaitForWindowExposed(&wizard))
        return 1;

    QAbstractButton *next = wizard.button(QWizard::NextButton);
    QTest::mouseClick(next, Qt::LeftButton);
    QTest::mouseClick(next, Qt::LeftButton);
    if (wizard.currentId() != SetupWizard::ConnectionPageId) {
        std::fprintf(stderr, "not on the Connection page\n");
        return 1;
    }
    type(&wizard, "companyIdEdit", company);
    type(&wizard, "siteEdit", site);
    // People look for their keys here; the lookup (and the pre-connect) run meanwhile.
    QTest::qWait(pause);
    type(&wizard, "publicKeyEdit", publicKey);
    type(&wizard, "privateKeyEdit", privateKey);
    QTest::qWait(200);
    const bool lookupDone = context.companyLookup().has_value();

    ResultsPainted painted;
    app.installEventFilter(&painted);
    QObject::connect(&context, &WizardContext::checksFinished, &painted,
        [&painted](const CheckReport &) { painted.armed = true; });
    QElapsedTimer timer;
    timer.start();
    QTest::mouseClick(next, Qt::LeftButton);
    CheckingPage *page = wizard.checkingPage();
    const bool shown = QTest::qWaitFor(
        [&] { return painted.painted && page->state() == CheckingPage::State::Finished; }, 30000);
    const double ms = timer.nsecsElapsed() / 1e6;
    if (!shown) {
        std::fprintf(stderr, "no results within 30 s\n");
        return 1;
    }
    const auto report = context.lastReport();
    std::printf("next_to_results_ms=%.1f lookup_done_at_next=%d connected=%d\n", ms,
        lookupDone ? 1 : 0, report && report->connected() ? 1 : 0);
    std::fflush(stdout);
    // Leave without tear-down, as the figure is taken; the parent reads the peak RSS.
    std::_Exit(0);
}

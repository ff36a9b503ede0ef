// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
// The "new requirements" panel: what a newer catalog added since the saved connection was
// checked, checked alone against the simulator on 127.0.0.1, and recorded once it passed.
#include "wizardharness.h"

#include "memoryprofilestore.h"
#include "pages/integrationspage.h"
#include "pages/savepage.h"
#include "testcatalog.h"
#include "widgets/catalogchangespanel.h"
#include "widgets/inlinenotice.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>

namespace {

const QString kProfile = QStringLiteral("acme");

PermissionCatalog newerCatalog(const QString &newId, const QJsonArray &extra = {})
{
    return PermissionCatalog::fromJson(TestCatalog::newerJson(newId, extra));
}

Scenario loadScenario(const QString &name)
{
    QString error;
    return Scenario::load(name, &error);
}

/// A wizard context of its own (for another catalog than the shipped one), on the simulator.
struct PanelFixture
{
    explicit PanelFixture(const PermissionCatalog &c,
        const QString &scenario = QStringLiteral("api-member-locked-down"))
        : catalog(c)
        , assumptions(ConnectWiseAssumptions::load())
        , server(loadScenario(scenario))
        , context(catalog, assumptions, transport, secrets, profiles)
    {
        QString error;
        listening = server.listen(QHostAddress::LocalHost, 0, &error);
        const Scenario &s = server.scenario();
        context.setDetails({ s.companyId, server.siteUrl().toString(), s.publicKey, s.privateKey });
        window.resize(640, 400);
        panel = new CatalogChangesPanel(context, &window);
        panel->resize(640, 400);
        window.show();
    }

    void saveProfile(
        const QString &version, const QStringList &features = {}, bool connected = true)
    {
        ConnectionProfile p;
        p.name = kProfile;
        p.site = server.siteUrl().toString();
        p.companyId = server.scenario().companyId;
        p.features = features;
        p.catalogVersion = version;
        p.connected = connected;
        QString error;
        profiles.saveProfile(p, &error);
        context.setProfileName(kProfile);
    }

    QString version() const { return profiles.profile(kProfile)->catalogVersion; }

    PermissionCatalog catalog;
    ConnectWiseAssumptions assumptions;
    NetworkTransport transport;
    FakeSecretStore secrets;
    MemoryProfileStore profiles;
    SandboxServer server;
    WizardContext context;
    QWidget window;
    CatalogChangesPanel *panel = nullptr;
    bool listening = false;
};

} // namespace

class TestCatalogChanges : public QObject
{
    Q_OBJECT
private slots:
    void checksOnlyTheNewRequirement();
    void failedRequirementKeepsTheVersion();
    void hiddenWhenNothingIsNew_data();
    void hiddenWhenNothingIsNew();
    void onTheIntegrationsPage();
};

void TestCatalogChanges::checksOnlyTheNewRequirement()
{
    PanelFixture f(newerCatalog(QStringLiteral("service-desk.service-tickets.add")));
    QVERIFY(f.listening);
    f.saveProfile(QStringLiteral("2026.11"));
    f.panel->refresh();
    QVERIFY(f.panel->isVisible());
    auto *lines = f.panel->findChild<QLabel *>(QStringLiteral("catalogLinesLabel"));
    QVERIFY(lines->isVisible());
    QVERIFY(f.panel->findChild<QWidget *>(QStringLiteral("catalogLinesArea"))->isVisible());
    QVERIFY2(lines->text().contains(
                 QStringLiteral("since 2026.12: Service Tickets Add needed (Service Desk)")),
        qPrintable(lines->text()));
    QCOMPARE(f.panel->changes().checkIds(),
        QStringList { QStringLiteral("service-desk.service-tickets.add") });
    QPushButton *button = f.panel->recheckButton();
    QVERIFY(button->isVisible() && button->isEnabled());
    QVERIFY(!button->accessibleName().isEmpty());
    QVERIFY(button->focusPolicy() & Qt::TabFocus);

    QSignalSpy recorded(f.panel, &CatalogChangesPanel::recorded);
    f.server.clearLedger();
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(f.panel->isChecking());
    QVERIFY(!button->isEnabled());
    QVERIFY(recorded.wait(10000));
    QCOMPARE(recorded.first().first().toString(), QStringLiteral("2026.12"));
    QCOMPARE(f.version(), QStringLiteral("2026.12"));
    auto *notice = f.panel->findChild<InlineNotice *>(QStringLiteral("catalogNotice"));
    QCOMPARE(notice->kind(), InlineNotice::Kind::Success);
    QVERIFY(notice->text().contains(QStringLiteral("2026.12")));
    QVERIFY(!f.panel->findChild<QWidget *>(QStringLiteral("catalogLinesArea"))->isVisible());
    QVERIFY(!button->isVisible());
    // Only the new requirement's probe went out.
    for (const LedgerEntry &e : f.server.ledger()) {
        QVERIFY2(!e.target.contains(QLatin1String("/finance/agreements")), qPrintable(e.target));
        QVERIFY2(!e.target.contains(QLatin1String("/system/documents")), qPrintable(e.target));
        QVERIFY2(!e.target.contains(QLatin1String("/service/tickets/count")), qPrintable(e.target));
    }
    // The wizard's own report is untouched by this partial check.
    QVERIFY(!f.context.lastReport());
    // Shown again later: nothing is new any more.
    f.panel->refresh();
    QVERIFY(!f.panel->isVisible());
}

void TestCatalogChanges::failedRequirementKeepsTheVersion()
{
    const QJsonObject edit { { "id", "service-desk.service-tickets.edit" },
        { "kind", "permission" }, { "module", "Service Desk" }, { "function", "Service Tickets" },
        { "level", "edit" }, { "required", "All" }, { "features", QJsonArray { "service-desk" } },
        { "since", "2026.12" } };
    PanelFixture f(newerCatalog(QString(), { edit }));
    QVERIFY(f.listening);
    f.saveProfile(QStringLiteral("2026.11"));
    f.panel->refresh();
    QVERIFY(f.panel->isVisible());
    QSignalSpy recorded(f.panel, &CatalogChangesPanel::recorded);
    QTest::mouseClick(f.panel->recheckButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!f.panel->isChecking(), 10000);
    auto *notice = f.panel->findChild<InlineNotice *>(QStringLiteral("catalogNotice"));
    QCOMPARE(notice->kind(), InlineNotice::Kind::Warning);
    QVERIFY2(notice->text().contains(QStringLiteral("Service Tickets Edit")),
        qPrintable(notice->text()));
    QCOMPARE(recorded.size(), 0);
    QCOMPARE(f.version(), QStringLiteral("2026.11"));
    QVERIFY(f.panel->recheckButton()->isVisible());
    QVERIFY(f.panel->recheckButton()->isEnabled());
}

void TestCatalogChanges::hiddenWhenNothingIsNew_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QStringList>("features");
    QTest::addColumn<bool>("connected");
    QTest::newRow("up-to-date") << "2026.12" << QStringList() << true;
    QTest::newRow("newer-than-shipped") << "2027.1" << QStringList() << true;
    QTest::newRow("never-checked-against-a-version") << "" << QStringList() << true;
    QTest::newRow("new-requirement-is-for-another-feature")
        << "2026.11" << QStringList { QStringLiteral("billing") } << true;
    QTest::newRow("disconnected") << "2026.11" << QStringList() << false;
}

void TestCatalogChanges::hiddenWhenNothingIsNew()
{
    QFETCH(QString, version);
    QFETCH(QStringList, features);
    QFETCH(bool, connected);
    PanelFixture f(newerCatalog(QStringLiteral("service-desk.service-tickets.add")));
    f.saveProfile(version, features, connected);
    f.panel->refresh();
    QVERIFY(!f.panel->isVisible());
    QVERIFY(!f.panel->hasChanges());
}

void TestCatalogChanges::onTheIntegrationsPage()
{
    WizardHarness h;
    QVERIFY(h.runToCheckingDone());
    QVERIFY(h.clickNext());
    QCOMPARE(h.currentId(), int(SetupWizard::SavePageId));
    QTest::mouseClick(h.find<QAbstractButton>(QStringLiteral("saveButton")), Qt::LeftButton);
    SavePage *save = h.wizard().savePage();
    QTRY_VERIFY_WITH_TIMEOUT(save->state() == SavePage::State::Saved, 5000);
    while (h.currentId() != SetupWizard::IntegrationsPageId)
        QVERIFY(h.clickNext());
    auto *panel = h.find<CatalogChangesPanel>(QStringLiteral("CatalogChangesPanel"));
    QVERIFY(panel);
    // Saved just now against the shipped catalog: nothing is new.
    QVERIFY(!panel->isVisible());

    // The connection was last checked against an older catalog: everything since is new.
    auto profile = h.profiles().profile(h.context().profileName());
    QVERIFY(profile);
    profile->catalogVersion = QStringLiteral("2026.10");
    QString error;
    QVERIFY(h.profiles().saveProfile(*profile, &error));
    QTest::mouseClick(h.backButton(), Qt::LeftButton);
    QVERIFY(h.clickNext());
    QCOMPARE(h.currentId(), int(SetupWizard::IntegrationsPageId));
    QVERIFY(panel->isVisible());
    QCOMPARE(panel->changes().checkIds().size(), h.catalog().entries().size());
    // Eight lines do not fit beside everything else at the minimum size: they scroll.
    auto *area = h.find<QScrollArea>(QStringLiteral("catalogLinesArea"));
    auto *lines = h.find<QLabel>(QStringLiteral("catalogLinesLabel"));
    QVERIFY(area->isVisible());
    QVERIFY(lines->height() >= lines->heightForWidth(lines->width()));
    QVERIFY(area->verticalScrollBar()->maximum() > 0);
    QVERIFY(area->focusPolicy() & Qt::TabFocus);
    const QStringList clipped = WizardHarness::clippedText(h.wizard().currentPage(), &h.wizard());
    QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(QLatin1Char('\n'))));
    // Keyboard: Tab reaches the button from the feature switches, Space presses it.
    QApplication::setActiveWindow(&h.wizard());
    QVERIFY(QTest::qWaitForWindowActive(&h.wizard()));
    h.find<QWidget>(QStringLiteral("billingSwitch"))->setFocus();
    for (int i = 0; i < 10 && QApplication::focusWidget() != panel->recheckButton(); ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), panel->recheckButton());
    QTest::keyClick(panel->recheckButton(), Qt::Key_Space);
    QVERIFY(panel->isChecking());
    QTRY_VERIFY_WITH_TIMEOUT(!panel->isChecking(), 10000);
    QCOMPARE(
        h.profiles().profile(h.context().profileName())->catalogVersion, h.catalog().version());
    auto *notice = h.find<InlineNotice>(QStringLiteral("catalogNotice"));
    QCOMPARE(notice->kind(), InlineNotice::Kind::Success);
    // The page's own state (features on) still comes from the full check.
    QVERIFY(!h.wizard().integrationsPage()->enabledFeatures().isEmpty());
}

QTEST_MAIN(TestCatalogChanges)
#include "tst_catalogchanges.moc"

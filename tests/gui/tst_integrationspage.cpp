// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
// Feature switches and Disconnect on the last page.
#include "wizardharness.h"

#include "pages/integrationspage.h"
#include "pages/savepage.h"
#include "widgets/inlinenotice.h"

#include <QCheckBox>
#include <QLabel>

class TestIntegrationsPage : public QObject
{
    Q_OBJECT
private slots:
    void featureCannotTurnOnWhileMissing();
    void turningOffIsSaved();
    void disconnectRemovesKeysKeepsMapping();
    void keepConnectedCancelsDisconnect();

private:
    static bool runToIntegrations(WizardHarness &h);
};

bool TestIntegrationsPage::runToIntegrations(WizardHarness &h)
{
    // Company mapping comes first; it is optional.
    return h.runToMapping() && h.clickNext() && h.currentId() == SetupWizard::IntegrationsPageId;
}

void TestIntegrationsPage::featureCannotTurnOnWhileMissing()
{
    WizardHarness h(QStringLiteral("missing-attachments"));
    QVERIFY(runToIntegrations(h));
    IntegrationsPage *page = h.wizard().integrationsPage();
    auto *billing = h.find<QCheckBox>(QStringLiteral("billingSwitch"));
    auto *serviceDesk = h.find<QCheckBox>(QStringLiteral("serviceDeskSwitch"));
    auto *status = h.find<QLabel>(QStringLiteral("serviceDeskSwitchStatusLabel"));
    QVERIFY(billing->isChecked());
    QVERIFY(!serviceDesk->isChecked());
    QVERIFY2(
        status->text().contains(QStringLiteral("Manage Attachments")), qPrintable(status->text()));

    // Turning it on re-checks and refuses, saying why.
    QTest::mouseClick(serviceDesk, Qt::LeftButton);
    QVERIFY(page->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 10000);
    QVERIFY(!serviceDesk->isChecked());
    QVERIFY(!page->enabledFeatures().contains(QStringLiteral("service-desk")));
    auto *notice = h.find<InlineNotice>(QStringLiteral("featureNotice"));
    QCOMPARE(notice->kind(), InlineNotice::Kind::Warning);
    QVERIFY(notice->text().contains(QStringLiteral("Manage Attachments")));

    // Once the role is fixed, the same switch turns on, and only the feature's checks ran.
    FunctionLevels &levels
        = h.sandbox().scenario().levels[QStringLiteral("Companies/Manage Attachments")];
    levels.inquire = QStringLiteral("All");
    levels.add = QStringLiteral("All");
    QTest::mouseClick(serviceDesk, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 10000);
    QVERIFY(serviceDesk->isChecked());
    const auto report = h.context().lastReport();
    QVERIFY(report);
    QCOMPARE(report->features, QStringList { QStringLiteral("service-desk") });
    const CheckResult *agreementsEdit = report->check(QStringLiteral("finance.agreements.edit"));
    QVERIFY(!agreementsEdit || agreementsEdit->status == CheckStatus::Skipped);
    const auto profile = h.profiles().profile(h.context().profileName());
    QVERIFY(profile);
    QVERIFY(profile->features.contains(QStringLiteral("service-desk")));
    QVERIFY(profile->features.contains(QStringLiteral("billing")));
}

void TestIntegrationsPage::turningOffIsSaved()
{
    WizardHarness h(QStringLiteral("ready"));
    QVERIFY(runToIntegrations(h));
    auto *billing = h.find<QCheckBox>(QStringLiteral("billingSwitch"));
    QVERIFY(billing->isChecked());
    QTest::mouseClick(billing, Qt::LeftButton);
    QVERIFY(!billing->isChecked());
    const auto profile = h.profiles().profile(h.context().profileName());
    QVERIFY(profile);
    QCOMPARE(profile->features, QStringList { QStringLiteral("service-desk") });
}

void TestIntegrationsPage::disconnectRemovesKeysKeepsMapping()
{
    WizardHarness h(QStringLiteral("ready"));
    QVERIFY(runToIntegrations(h));
    const QString name = h.context().profileName();
    auto profile = h.profiles().profile(name);
    QVERIFY(profile);
    profile->companyMapping = { { QStringLiteral("Org A"), QStringLiteral("250"),
        QStringLiteral("orga"), QStringLiteral("7") } };
    QVERIFY(h.profiles().saveProfile(*profile, nullptr));
    QVERIFY(!h.secrets().entries().isEmpty());

    auto *disconnect = h.find<QAbstractButton>(QStringLiteral("disconnectButton"));
    auto *confirm = h.find<QAbstractButton>(QStringLiteral("confirmDisconnectButton"));
    QVERIFY(!confirm->isVisible());
    QTest::mouseClick(disconnect, Qt::LeftButton);
    QVERIFY(confirm->isVisible()); // confirmation inline, no modal dialog
    QTest::mouseClick(confirm, Qt::LeftButton);
    IntegrationsPage *page = h.wizard().integrationsPage();
    QTRY_VERIFY(page->isDisconnected());

    QVERIFY(h.secrets().entries().isEmpty());
    const auto after = h.profiles().profile(name);
    QVERIFY(after);
    QVERIFY(!after->connected);
    QCOMPARE(after->companyMapping, profile->companyMapping);
    QVERIFY(!h.find<QCheckBox>(QStringLiteral("billingSwitch"))->isEnabled());
    QCOMPARE(h.find<InlineNotice>(QStringLiteral("disconnectNotice"))->kind(),
        InlineNotice::Kind::Success);
}

void TestIntegrationsPage::keepConnectedCancelsDisconnect()
{
    WizardHarness h(QStringLiteral("ready"));
    QVERIFY(runToIntegrations(h));
    QTest::mouseClick(h.find<QAbstractButton>(QStringLiteral("disconnectButton")), Qt::LeftButton);
    QTest::mouseClick(
        h.find<QAbstractButton>(QStringLiteral("keepConnectedButton")), Qt::LeftButton);
    QVERIFY(!h.find<QAbstractButton>(QStringLiteral("confirmDisconnectButton"))->isVisible());
    QVERIFY(!h.wizard().integrationsPage()->isDisconnected());
    QVERIFY(!h.secrets().entries().isEmpty());
}

QTEST_MAIN(TestIntegrationsPage)
#include "tst_integrationspage.moc"

// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
// The whole wizard against the sandbox scenario "ready", driven as a user.
#include "wizardharness.h"

#include "models/checkstatusmodel.h"
#include "pages/checkingpage.h"
#include "pages/integrationspage.h"
#include "pages/savepage.h"

#include <QCheckBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTreeView>

class TestHappyPath : public QObject
{
    Q_OBJECT
private slots:
    void readyScenarioConnectsAndSaves();
};

void TestHappyPath::readyScenarioConnectsAndSaves()
{
    QElapsedTimer clock;
    clock.start();
    WizardHarness h(QStringLiteral("ready"));
    // Figures for people, not assertions: a loaded CI machine must not fail the test.
    qInfo("wizard shown in %lld ms (sandbox started, window exposed)", clock.elapsed());
    QCOMPARE(h.currentId(), int(SetupWizard::WelcomePageId));
    QVERIFY(h.clickNext());
    QVERIFY(h.clickNext());
    h.typeSandboxDetails();
    clock.restart();
    QVERIFY(h.clickNext());
    QTRY_COMPARE_WITH_TIMEOUT(
        h.wizard().checkingPage()->state(), CheckingPage::State::Finished, 10000);
    qInfo("Next pressed -> all results shown: %lld ms (sandbox on loopback, no latency)",
        clock.elapsed());

    // The ladder: site, company, keys, then every check of both features, all granted.
    auto *view = h.find<QTreeView>(QStringLiteral("checksView"));
    QVERIFY(view);
    auto *model = qobject_cast<CheckStatusModel *>(view->model());
    QVERIFY(model);
    QCOMPARE(model->rowCount(), 3 + int(h.catalog().entries().size()));
    for (const StatusRow &row : model->rows())
        QVERIFY2(row.status == StatusKind::Granted,
            qPrintable(row.id + QStringLiteral(": ") + row.detail));
    QVERIFY(model->row(QStringLiteral("company")).detail.contains(QStringLiteral("Sandbox MSP")));
    QVERIFY(h.nextButton()->isEnabled());

    // Evidence on demand: the request behind the selected check, never a key.
    auto *evidence = h.find<QPlainTextEdit>(QStringLiteral("evidenceView"));
    QVERIFY(!evidence->isVisible());
    QTest::mouseClick(
        h.find<QAbstractButton>(QStringLiteral("showEvidenceButton")), Qt::LeftButton);
    QVERIFY(evidence->isVisible());
    view->setCurrentIndex(
        model->index(model->indexOf(QStringLiteral("finance.agreements.edit")), 0));
    QVERIFY2(evidence->toPlainText().contains(QStringLiteral("Agreements")),
        qPrintable(evidence->toPlainText()));
    QVERIFY(!evidence->toPlainText().contains(h.sandbox().scenario().privateKey));

    // Nothing to fix: Next skips the remediation page.
    QVERIFY(h.clickNext());
    QCOMPARE(h.currentId(), int(SetupWizard::SavePageId));
    QVERIFY(!h.nextButton()->isEnabled());
    QTest::mouseClick(h.find<QAbstractButton>(QStringLiteral("saveButton")), Qt::LeftButton);
    QTRY_COMPARE(h.wizard().savePage()->state(), SavePage::State::Saved);
    QVERIFY(h.nextButton()->isEnabled());

    // Keys went to the keychain (never the profile), the profile to the settings.
    const QString name = h.context().profileName();
    QCOMPARE(name, h.wizard().savePage()->connectionName());
    const auto profile = h.profiles().profile(name);
    QVERIFY(profile);
    QVERIFY(profile->connected);
    QCOMPARE(profile->companyId, QStringLiteral("phinsandbox"));
    QCOMPARE(profile->catalogVersion, h.context().catalog().version());
    QVERIFY(!profile->catalogVersion.isEmpty());
    QCOMPARE(profile->publicKeyHint.right(4), h.sandbox().scenario().publicKey.right(4));
    const QByteArray privateKey = h.sandbox().scenario().privateKey.toUtf8();
    bool stored = false;
    for (const QByteArray &secret : h.secrets().entries())
        stored = stored || secret == privateKey;
    QVERIFY(stored);

    QVERIFY(h.clickNext());
    QCOMPARE(h.currentId(), int(SetupWizard::MappingPageId));
    QVERIFY(h.clickNext()); // company mapping is optional
    QCOMPARE(h.currentId(), int(SetupWizard::IntegrationsPageId));
    QVERIFY(h.find<QCheckBox>(QStringLiteral("billingSwitch"))->isChecked());
    QVERIFY(h.find<QCheckBox>(QStringLiteral("serviceDeskSwitch"))->isChecked());
    QCOMPARE(h.wizard().integrationsPage()->enabledFeatures().size(), 2);
    QVERIFY(h.find<QLabel>(QStringLiteral("connectionSummaryLabel"))
                ->text()
                .contains(QStringLiteral("PhinAPI")));
    QVERIFY(h.wizard().button(QWizard::FinishButton)->isVisible());
}

QTEST_MAIN(TestHappyPath)
#include "tst_happypath.moc"

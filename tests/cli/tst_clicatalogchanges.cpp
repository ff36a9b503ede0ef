// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
// --all-profiles with a newer catalog, in-process against the simulator on 127.0.0.1: what is
// new is listed, only that is requested (the simulator's ledger), and the profile records the
// new catalog version only once it passed.
#include "checkcommand.h"
#include "clirun.h"
#include "connectionprofile.h"
#include "fakesecretstore.h"
#include "memoryprofilestore.h"
#include "reportformatter.h"
#include "sandboxserver.h"
#include "scenario.h"
#include "testcatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kNewId = QStringLiteral("service-desk.service-tickets.add");
const QString kNewLine = QStringLiteral("since 2026.12: Service Tickets Add needed (Service Desk)");
const QString kShipped = QStringLiteral("2026.11");

} // namespace

class TestCliCatalogChanges : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void onlyTheNewRequirementIsChecked();
    void upToDateProfilesGetTheUsualCheck();
    void fullChecksEverything();
    void neverCheckedGetsAFullCheck();
    void failedNewRequirementKeepsTheOldVersion();
    void featuresNotUsedAreNotNew();
    void textAndMarkdownCarryTheLines_data();
    void textAndMarkdownCarryTheLines();
    void catalogOptionErrors();

private:
    /// The shipped catalog as version 2026.12, with @p newId new since then; @p extra rows
    /// appended (also new).
    QString writeCatalog(const QString &name, const QString &newId, const QJsonArray &extra = {});
    void storeProfile(const QString &catalogVersion, const QStringList &features = {});
    CliOutcome run(const QStringList &args);
    QStringList apiTargets() const; ///< "METHOD path" after the company lookup
    QJsonObject catalogOf(const CliOutcome &o) const;
    /// The ids the report says were checked (not skipped).
    QStringList checkedIds(const CliOutcome &o) const;
    void useScenario(const QString &name);

    QTemporaryDir m_dir;
    QString m_newer;
    std::unique_ptr<SandboxServer> m_server;
    FakeSecretStore m_secrets;
    MemoryProfileStore m_profiles;
};

void TestCliCatalogChanges::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_newer = writeCatalog(QStringLiteral("newer.json"), kNewId);
}

QString TestCliCatalogChanges::writeCatalog(
    const QString &name, const QString &newId, const QJsonArray &extra)
{
    const QString path = m_dir.filePath(name);
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return {};
    out.write(TestCatalog::newerJson(newId, extra));
    return path;
}

void TestCliCatalogChanges::init()
{
    // Security cannot be read in this scenario, so every check is a request of its own and
    // the ledger shows exactly which ones ran.
    useScenario(QStringLiteral("api-member-locked-down"));
    m_profiles = MemoryProfileStore();
    m_secrets.setEntries({});
}

void TestCliCatalogChanges::useScenario(const QString &name)
{
    QString error;
    m_server = std::make_unique<SandboxServer>(Scenario::load(name, &error));
    QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
}

QStringList TestCliCatalogChanges::checkedIds(const CliOutcome &o) const
{
    QStringList ids;
    const QJsonArray checks = QJsonDocument::fromJson(o.out.trimmed())
                                  .object()
                                  .value(QStringLiteral("report"))
                                  .toObject()
                                  .value(QStringLiteral("checks"))
                                  .toArray();
    for (const QJsonValue &c : checks) {
        if (c.toObject().value(QStringLiteral("status")).toString() != QLatin1String("skipped"))
            ids << c.toObject().value(QStringLiteral("id")).toString();
    }
    return ids;
}

void TestCliCatalogChanges::cleanup()
{
    m_server.reset();
}

void TestCliCatalogChanges::storeProfile(const QString &catalogVersion, const QStringList &features)
{
    ConnectionProfile p;
    p.name = QStringLiteral("acme");
    p.site = m_server->siteUrl().toString();
    p.loginHost = m_server->siteUrl().host();
    p.companyId = m_server->scenario().companyId;
    p.features = features;
    p.connected = true;
    p.keychainAccount = p.defaultKeychainAccount();
    p.catalogVersion = catalogVersion;
    // The member cannot read itself here; its identifier lets the default board be read.
    p.memberName = m_server->scenario().memberIdentifier;
    QString error;
    QVERIFY2(m_profiles.saveProfile(p, &error), qPrintable(error));
    m_secrets.setEntries({ { ConnectionProfile::publicKeyEntry(p.keychainAccount),
                               m_server->scenario().publicKey.toUtf8() },
        { ConnectionProfile::privateKeyEntry(p.keychainAccount),
            m_server->scenario().privateKey.toUtf8() } });
}

CliOutcome TestCliCatalogChanges::run(const QStringList &args)
{
    m_server->clearLedger();
    return runCli(args, &m_secrets, &m_profiles);
}

QStringList TestCliCatalogChanges::apiTargets() const
{
    QStringList out;
    for (const LedgerEntry &e : m_server->ledger()) {
        if (e.target.contains(QLatin1String("companyinfo")))
            continue;
        out << e.method + QLatin1Char(' ') + e.target.section(QLatin1Char('?'), 0, 0);
    }
    return out;
}

QJsonObject TestCliCatalogChanges::catalogOf(const CliOutcome &o) const
{
    return QJsonDocument::fromJson(o.out.trimmed())
        .object()
        .value(QStringLiteral("catalog"))
        .toObject();
}

void TestCliCatalogChanges::onlyTheNewRequirementIsChecked()
{
    storeProfile(kShipped);
    const CliOutcome r = run({ "--all-profiles", "--catalog", m_newer, "--format", "json" });
    QVERIFY2(r.exitCode == kExitReady, QByteArray(r.out + r.err).constData());
    const QJsonObject catalog = catalogOf(r);
    QCOMPARE(catalog.value("state").toString(), QStringLiteral("new-requirements"));
    QCOMPARE(catalog.value("profileVersion").toString(), kShipped);
    QCOMPARE(catalog.value("catalogVersion").toString(), QStringLiteral("2026.12"));
    QCOMPARE(catalog.value("newRequirements").toArray(), QJsonArray { kNewLine });
    QCOMPARE(catalog.value("checkedIds").toArray(), QJsonArray { kNewId });
    QCOMPARE(checkedIds(r), QStringList { kNewId });
    QVERIFY(catalog.value("recorded").toBool());
    QCOMPARE(m_profiles.profile(QStringLiteral("acme"))->catalogVersion, QStringLiteral("2026.12"));

    // The ledger: the ticket probe, and nothing the other checks would have sent.
    const QStringList targets = apiTargets();
    const bool ticketProbe = std::any_of(targets.cbegin(), targets.cend(), [](const QString &t) {
        return t.startsWith(QLatin1String("POST "))
            && t.endsWith(QLatin1String("/service/tickets"));
    });
    QVERIFY2(ticketProbe, qPrintable(targets.join(QLatin1Char('\n'))));
    for (const QString &t : targets) {
        QVERIFY2(!t.contains(QLatin1String("/finance/agreements")), qPrintable(t));
        QVERIFY2(!t.contains(QLatin1String("/system/documents")), qPrintable(t));
        QVERIFY2(!t.contains(QLatin1String("/company/companies")), qPrintable(t));
        QVERIFY2(!t.contains(QLatin1String("/service/tickets/count")), qPrintable(t));
        QVERIFY2(!t.contains(QLatin1String("/service/boards")), qPrintable(t));
    }
}

void TestCliCatalogChanges::upToDateProfilesGetTheUsualCheck()
{
    // Every permission readable and granted: a full check passes.
    useScenario(QStringLiteral("ready"));
    storeProfile(QStringLiteral("2026.12"));
    const CliOutcome r = run({ "--all-profiles", "--catalog", m_newer, "--format", "json" });
    QVERIFY2(r.exitCode == kExitReady, QByteArray(r.out + r.err).constData());
    const QJsonObject catalog = catalogOf(r);
    QCOMPARE(catalog.value("state").toString(), QStringLiteral("up-to-date"));
    QCOMPARE(catalog.value("note").toString(), QStringLiteral("up to date with catalog 2026.12"));
    QVERIFY(catalog.value("newRequirements").toArray().isEmpty());
    QVERIFY(catalog.value("checkedIds").toArray().isEmpty());
    // Still a health check: every permission is checked.
    QCOMPARE(checkedIds(r).size(), 8);
}

void TestCliCatalogChanges::fullChecksEverything()
{
    // Every permission readable and granted: a full check passes.
    useScenario(QStringLiteral("ready"));
    storeProfile(kShipped);
    const CliOutcome r
        = run({ "--all-profiles", "--full", "--catalog", m_newer, "--format", "json" });
    QVERIFY2(r.exitCode == kExitReady, QByteArray(r.out + r.err).constData());
    const QJsonObject catalog = catalogOf(r);
    QCOMPARE(catalog.value("state").toString(), QStringLiteral("new-requirements"));
    QCOMPARE(catalog.value("newRequirements").toArray(), QJsonArray { kNewLine });
    QVERIFY(catalog.value("checkedIds").toArray().isEmpty());
    QVERIFY(catalog.value("recorded").toBool());
    QCOMPARE(checkedIds(r).size(), 8);
}

void TestCliCatalogChanges::neverCheckedGetsAFullCheck()
{
    // Every permission readable and granted: a full check passes.
    useScenario(QStringLiteral("ready"));
    storeProfile(QString());
    const CliOutcome r = run({ "--all-profiles", "--catalog", m_newer, "--format", "json" });
    QVERIFY2(r.exitCode == kExitReady, QByteArray(r.out + r.err).constData());
    const QJsonObject catalog = catalogOf(r);
    QCOMPARE(catalog.value("state").toString(), QStringLiteral("never-checked"));
    QVERIFY2(catalog.value("note").toString().contains(
                 QLatin1String("never checked against a versioned catalog")),
        qPrintable(catalog.value("note").toString()));
    QVERIFY(catalog.value("checkedIds").toArray().isEmpty());
    QVERIFY(catalog.value("recorded").toBool());
    QCOMPARE(m_profiles.profile(QStringLiteral("acme"))->catalogVersion, QStringLiteral("2026.12"));
    QCOMPARE(checkedIds(r).size(), 8);
}

void TestCliCatalogChanges::failedNewRequirementKeepsTheOldVersion()
{
    // A new requirement the role does not grant: Service Tickets Edit, which the simulator's
    // role lacks (no probe for it either, so it cannot pass).
    QJsonObject edit { { "id", "service-desk.service-tickets.edit" }, { "kind", "permission" },
        { "module", "Service Desk" }, { "function", "Service Tickets" }, { "level", "edit" },
        { "required", "All" }, { "features", QJsonArray { "service-desk" } },
        { "since", "2026.12" } };
    const QString path = writeCatalog(QStringLiteral("edit.json"), QString(), { edit });
    storeProfile(kShipped);
    const CliOutcome r = run({ "--all-profiles", "--catalog", path, "--format", "json" });
    QVERIFY2(r.exitCode != kExitReady, QByteArray(r.out + r.err).constData());
    const QJsonObject catalog = catalogOf(r);
    QCOMPARE(catalog.value("newRequirements").toArray(),
        QJsonArray { QStringLiteral("since 2026.12: Service Tickets Edit needed (Service Desk)") });
    QCOMPARE(catalog.value("checkedIds").toArray(),
        QJsonArray { QStringLiteral("service-desk.service-tickets.edit") });
    QVERIFY(!catalog.value("recorded").toBool());
    QVERIFY2(catalog.value("note").toString().contains(QLatin1String("stays at 2026.11")),
        qPrintable(catalog.value("note").toString()));
    QCOMPARE(m_profiles.profile(QStringLiteral("acme"))->catalogVersion, kShipped);
}

void TestCliCatalogChanges::featuresNotUsedAreNotNew()
{
    // The new requirement is for Service Desk; a Billing-only profile has nothing new.
    storeProfile(kShipped, { QStringLiteral("billing") });
    const CliOutcome r = run({ "--all-profiles", "--catalog", m_newer, "--format", "json" });
    QVERIFY2(r.exitCode == kExitReady, QByteArray(r.out + r.err).constData());
    QCOMPARE(catalogOf(r).value("state").toString(), QStringLiteral("up-to-date"));
    QVERIFY(catalogOf(r).value("newRequirements").toArray().isEmpty());
}

void TestCliCatalogChanges::textAndMarkdownCarryTheLines_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("text") << "text";
    QTest::newRow("markdown") << "markdown";
}

void TestCliCatalogChanges::textAndMarkdownCarryTheLines()
{
    QFETCH(QString, format);
    storeProfile(kShipped);
    const CliOutcome r = run({ "--all-profiles", "--catalog", m_newer, "--format", format });
    QVERIFY2(r.exitCode == kExitReady, QByteArray(r.out + r.err).constData());
    QVERIFY2(r.out.contains(kNewLine.toUtf8()), r.out.constData());
    QVERIFY(r.out.contains("catalog 2026.12 (2026-12-01) is newer than 2026.11"));
    QVERIFY(r.out.contains("checked only these; recorded 2026.12"));
    if (format == QLatin1String("markdown"))
        QVERIFY(r.out.contains("| Why | Catalog |"));
}

void TestCliCatalogChanges::catalogOptionErrors()
{
    const CliOutcome missing
        = run({ "--all-profiles", "--catalog", m_dir.filePath(QStringLiteral("none.json")) });
    QCOMPARE(missing.exitCode, int(kExitUsage));
    QVERIFY(missing.err.contains("--catalog"));
    QFile bad(m_dir.filePath(QStringLiteral("bad.json")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("{ not json");
    bad.close();
    const CliOutcome broken = run({ "--all-profiles", "--catalog", bad.fileName() });
    QCOMPARE(broken.exitCode, int(kExitUsage));
    const CliOutcome full = run({ "--profile", "acme", "--full" });
    QCOMPARE(full.exitCode, int(kExitUsage));
    QVERIFY(full.err.contains("--full goes with --all-profiles"));
}

QTEST_GUILESS_MAIN(TestCliCatalogChanges)
#include "tst_clicatalogchanges.moc"

// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
// phin-cw-check --profile NAME --mapping in-process, with FakeSecretStore and MemoryProfileStore,
// against the ConnectWise simulator on 127.0.0.1.
#include "checkcommand.h"
#include "clirun.h"
#include "connectionprofile.h"
#include "fakesecretstore.h"
#include "memoryprofilestore.h"
#include "reportformatter.h"
#include "sandboxserver.h"
#include "scenario.h"
#include "testcertificate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(CompanyMappingRow)

namespace {

const QString kProfile = QStringLiteral("acme");

CompanyMappingRow row(const QString &organization, const QString &companyId,
    const QString &identifier, const QString &name, const QString &agreement = {})
{
    CompanyMappingRow r(organization, companyId, identifier, agreement);
    r.connectwiseCompanyName = name;
    return r;
}

} // namespace

class TestCliMapping : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void reconcilesAndSavesMissingCompanies();
    void exitCodes_data();
    void exitCodes();
    void textAndMarkdownListEveryOrganisation_data();
    void textAndMarkdownListEveryOrganisation();
    void companyThatCameBackIsUnflagged();
    void offlineSendsNothing();
    void disconnectedPrintsTheStoredStatus();
    void keychainFailureIsExit4();
    void unknownProfileIsExit4();
    void unreachableServerIsExit2();
    void pinnedCertificateIsTrusted();
    void usageErrors_data();
    void usageErrors();

private:
    CliOutcome run(const QStringList &args);
    void store(const QList<CompanyMappingRow> &rows, const QStringList &features = {},
        bool connected = true);
    QList<LedgerEntry> requestsAfterLookup() const;

    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<FakeSecretStore> m_secrets;
    std::unique_ptr<MemoryProfileStore> m_profiles;
    QByteArray m_publicKey;
    QByteArray m_privateKey;
};

void TestCliMapping::init()
{
    QString error;
    m_server = std::make_unique<SandboxServer>(Scenario::load(QStringLiteral("ready"), &error));
    QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    m_publicKey = m_server->scenario().publicKey.toUtf8();
    m_privateKey = m_server->scenario().privateKey.toUtf8();
    m_secrets = std::make_unique<FakeSecretStore>();
    m_profiles = std::make_unique<MemoryProfileStore>();
}

void TestCliMapping::cleanup()
{
    m_server.reset();
    m_secrets.reset();
    m_profiles.reset();
}

void TestCliMapping::store(
    const QList<CompanyMappingRow> &rows, const QStringList &features, bool connected)
{
    ConnectionProfile p;
    p.name = kProfile;
    p.site = m_server->siteUrl().toString();
    p.loginHost = m_server->siteUrl().host();
    p.companyId = m_server->scenario().companyId;
    p.features = features;
    p.connected = connected;
    p.keychainAccount = p.defaultKeychainAccount();
    p.companyMapping = rows;
    QString error;
    QVERIFY2(m_profiles->saveProfile(p, &error), qPrintable(error));
    if (connected) {
        m_secrets->setEntries({ { ConnectionProfile::publicKeyEntry(p.keychainAccount),
                                    m_server->scenario().publicKey.toUtf8() },
            { ConnectionProfile::privateKeyEntry(p.keychainAccount),
                m_server->scenario().privateKey.toUtf8() } });
    }
}

CliOutcome TestCliMapping::run(const QStringList &args)
{
    CliOutcome o = runCli(args, m_secrets.get(), m_profiles.get());
    // Never a key, whatever happened.
    for (const QByteArray &key : { m_publicKey, m_privateKey }) {
        if (o.out.contains(key) || o.err.contains(key))
            o.exitCode = -4;
    }
    return o;
}

QList<LedgerEntry> TestCliMapping::requestsAfterLookup() const
{
    QList<LedgerEntry> out;
    for (const LedgerEntry &e : m_server->ledger()) {
        if (!e.target.contains(QLatin1String("companyinfo")))
            out << e;
    }
    return out;
}

void TestCliMapping::reconcilesAndSavesMissingCompanies()
{
    store(
        { row(QStringLiteral("Northwind Dental"), QStringLiteral("250"),
              QStringLiteral("Northwind"), QStringLiteral("Northwind Dental"), QStringLiteral("3")),
            row(QStringLiteral("Old Co"), QStringLiteral("999"), QStringLiteral("OldCo"),
                QStringLiteral("Old Co LLC")),
            CompanyMappingRow(QStringLiteral("Unmapped Org"), {}, {}) });
    const CliOutcome r = run({ "--profile", kProfile, "--mapping", "--format", "json" });
    QVERIFY2(r.exitCode == kExitNotReady, r.err.constData());
    const QJsonObject json = QJsonDocument::fromJson(r.out).object();
    QVERIFY2(!json.isEmpty(), r.out.constData());
    QCOMPARE(json.value("profile").toString(), kProfile);
    QVERIFY(json.value("validated").toBool());
    QVERIFY(json.value("validatedAt").isString());
    QCOMPARE(json.value("companiesLoaded").toInt(), int(m_server->scenario().companies.size()));
    QCOMPARE(json.value("exitCode").toInt(), kExitNotReady);
    const QJsonObject summary = json.value("summary").toObject();
    QCOMPARE(summary.value("organizations").toInt(), 3);
    QCOMPARE(summary.value("mapped").toInt(), 2);
    QCOMPARE(summary.value("missing").toInt(), 1);
    QCOMPARE(summary.value("unmapped").toInt(), 1);
    QCOMPARE(summary.value("withAgreement").toInt(), 1);
    QCOMPARE(summary.value("withoutAgreement").toInt(), 1);
    const QJsonArray orgs = json.value("organizations").toArray();
    QCOMPARE(orgs.size(), 3);
    QCOMPARE(orgs.at(0).toObject().value("state").toString(), QStringLiteral("mapped"));
    QCOMPARE(orgs.at(0).toObject().value("companyId").toInt(), 250);
    QCOMPARE(orgs.at(0).toObject().value("agreementId").toInt(), 3);
    QCOMPARE(orgs.at(0).toObject().value("flags").toArray().size(), 0);
    QCOMPARE(orgs.at(1).toObject().value("state").toString(), QStringLiteral("missing"));
    QVERIFY(orgs.at(1).toObject().value("missingSince").isString());
    QVERIFY(orgs.at(1).toObject().value("flags").toArray().contains(QStringLiteral("missing")));
    QCOMPARE(orgs.at(2).toObject().value("state").toString(), QStringLiteral("unmapped"));
    QVERIFY(orgs.at(2).toObject().value("companyId").isNull());

    // The reconciliation is saved: the next (offline) look shows the flag too.
    const auto saved = m_profiles->profile(kProfile);
    QVERIFY(saved);
    QVERIFY(saved->companyMapping.at(1).missingSince.isValid());
    QVERIFY(!saved->companyMapping.at(0).missingSince.isValid());
    // Only the company list was read (one page), with credentials, and nothing was written.
    const QList<LedgerEntry> requests = requestsAfterLookup();
    QCOMPARE(requests.size(), 1);
    QVERIFY2(requests.first().target.contains(QLatin1String("/company/companies?")),
        qPrintable(requests.first().target));
    QCOMPARE(requests.first().method, QStringLiteral("GET"));
    QVERIFY(requests.first().authPresent);
    QVERIFY(!requests.first().sideEffect);
}

void TestCliMapping::exitCodes_data()
{
    QTest::addColumn<QList<CompanyMappingRow>>("rows");
    QTest::addColumn<QStringList>("features");
    QTest::addColumn<int>("exitCode");
    const CompanyMappingRow withAgreement
        = row(QStringLiteral("Northwind Dental"), QStringLiteral("250"),
            QStringLiteral("Northwind"), QStringLiteral("Northwind Dental"), QStringLiteral("3"));
    const CompanyMappingRow noAgreement = row(QStringLiteral("Contoso"), QStringLiteral("251"),
        QStringLiteral("Contoso"), QStringLiteral("Contoso Legal"));
    QTest::newRow("all-mapped-with-agreement")
        << QList<CompanyMappingRow> { withAgreement } << QStringList() << int(kExitReady);
    QTest::newRow("billing-without-agreement")
        << QList<CompanyMappingRow> { withAgreement, noAgreement }
        << QStringList { QStringLiteral("billing") } << int(kExitNotReady);
    QTest::newRow("service-desk-needs-no-agreement")
        << QList<CompanyMappingRow> { withAgreement, noAgreement }
        << QStringList { QStringLiteral("service-desk") } << int(kExitReady);
    QTest::newRow("unmapped-organisation") << QList<CompanyMappingRow> { withAgreement,
        CompanyMappingRow(QStringLiteral("X"), {}, {}) }
                                           << QStringList() << int(kExitNotReady);
    QTest::newRow("nothing-mapped-yet")
        << QList<CompanyMappingRow>() << QStringList() << int(kExitNotReady);
}

void TestCliMapping::exitCodes()
{
    QFETCH(QList<CompanyMappingRow>, rows);
    QFETCH(QStringList, features);
    QFETCH(int, exitCode);
    store(rows, features);
    const CliOutcome r = run({ "--profile", kProfile, "--mapping" });
    QVERIFY2(r.exitCode == exitCode, QByteArray(r.out + r.err).constData());
}

void TestCliMapping::textAndMarkdownListEveryOrganisation_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("text") << "text";
    QTest::newRow("markdown") << "markdown";
}

void TestCliMapping::textAndMarkdownListEveryOrganisation()
{
    QFETCH(QString, format);
    store(
        { row(QStringLiteral("Northwind Dental"), QStringLiteral("250"),
              QStringLiteral("Northwind"), QStringLiteral("Northwind Dental"), QStringLiteral("3")),
            row(QStringLiteral("Old Co"), QStringLiteral("999"), QStringLiteral("OldCo"),
                QStringLiteral("Old Co LLC")),
            CompanyMappingRow(QStringLiteral("Unmapped Org"), {}, {}) },
        { QStringLiteral("billing") });
    const CliOutcome r = run({ "--profile", kProfile, "--mapping", "--format", format });
    QCOMPARE(r.exitCode, kExitNotReady);
    const QString out = QString::fromUtf8(r.out);
    QVERIFY2(out.contains(QStringLiteral("Mapped: 2 of 3")), qPrintable(out));
    QVERIFY(out.contains(QStringLiteral("Not mapped: 1")));
    QVERIFY(out.contains(QStringLiteral("Missing in ConnectWise: 1")));
    QVERIFY(out.contains(QStringLiteral("Without an agreement for Billing: 1")));
    QVERIFY(out.contains(QStringLiteral("Northwind Dental (Northwind, #250)")));
    QVERIFY(out.contains(QStringLiteral("Phin Security Awareness (#3)"))
        || out.contains(QStringLiteral("#3")));
    QVERIFY(out.contains(QStringLiteral("Old Co LLC (OldCo, #999)")));
    QVERIFY(out.contains(QStringLiteral("missing in ConnectWise since ")));
    QVERIFY(out.contains(QStringLiteral("no agreement for Billing")));
    QVERIFY(out.contains(QStringLiteral("Unmapped Org")));
    QVERIFY(out.contains(QStringLiteral("checked against 5 ConnectWise companies")));
    if (format == QLatin1String("markdown"))
        QVERIFY(out.contains(QStringLiteral("| Organisation | Company | Agreement | Flags |")));
}

void TestCliMapping::companyThatCameBackIsUnflagged()
{
    CompanyMappingRow back = row(QStringLiteral("Fabrikam"), QStringLiteral("252"),
        QStringLiteral("Fabrikam"), QStringLiteral("Fabrikam Logistics"), QStringLiteral("9"));
    back.missingSince = QDateTime(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    store({ back });
    const CliOutcome r = run({ "--profile", kProfile, "--mapping" });
    QVERIFY2(r.exitCode == kExitReady, QByteArray(r.out + r.err).constData());
    QVERIFY(!m_profiles->profile(kProfile)->companyMapping.first().missingSince.isValid());
}

void TestCliMapping::offlineSendsNothing()
{
    CompanyMappingRow gone = row(QStringLiteral("Old Co"), QStringLiteral("999"),
        QStringLiteral("OldCo"), QStringLiteral("Old Co LLC"));
    store({ gone });
    m_server->clearLedger();
    const CliOutcome r
        = run({ "--profile", kProfile, "--mapping", "--offline", "--format", "json" });
    // Stored as mapped, not re-validated: nothing says it is missing yet.
    QVERIFY2(r.exitCode == kExitNotReady, r.err.constData()); // no agreement for Billing
    QCOMPARE(m_server->ledger().size(), 0);
    const QJsonObject json = QJsonDocument::fromJson(r.out).object();
    QVERIFY(!json.value("validated").toBool());
    QVERIFY(json.value("validatedAt").isNull());
    QVERIFY(json.value("notValidatedReason").toString().contains(QLatin1String("--offline")));
    QCOMPARE(json.value("summary").toObject().value("missing").toInt(), 0);
    QVERIFY(r.err.contains("not re-validated"));
    QCOMPARE(m_profiles->profile(kProfile)->companyMapping, QList<CompanyMappingRow> { gone });
}

void TestCliMapping::disconnectedPrintsTheStoredStatus()
{
    store(
        { row(QStringLiteral("Northwind Dental"), QStringLiteral("250"),
            QStringLiteral("Northwind"), QStringLiteral("Northwind Dental"), QStringLiteral("3")) },
        {}, false);
    m_server->clearLedger();
    const CliOutcome r = run({ "--profile", kProfile, "--mapping" });
    QVERIFY2(r.exitCode == kExitReady, r.err.constData());
    QCOMPARE(m_server->ledger().size(), 0);
    QVERIFY(r.out.contains("not re-validated"));
    QVERIFY(r.out.contains("disconnected"));
    QVERIFY(r.out.contains("--keys-from-stdin --save"));
}

void TestCliMapping::keychainFailureIsExit4()
{
    store({ row(QStringLiteral("Northwind Dental"), QStringLiteral("250"),
        QStringLiteral("Northwind"), QStringLiteral("Northwind Dental"), QStringLiteral("3")) });
    m_secrets->failNext(QStringLiteral("read"), SecretError::AccessDenied, 2);
    const CliOutcome r = run({ "--profile", kProfile, "--mapping" });
    QVERIFY2(r.exitCode == kExitKeychain, QByteArray(r.out + r.err).constData());
    // The stored status is still shown, marked as not re-validated.
    QVERIFY(r.out.contains("Northwind Dental"));
    QVERIFY(r.out.contains("not re-validated"));
}

void TestCliMapping::unknownProfileIsExit4()
{
    const CliOutcome r = run({ "--profile", "nobody", "--mapping" });
    QCOMPARE(r.exitCode, kExitKeychain);
    QVERIFY2(r.err.contains("nobody"), r.err.constData());
    QVERIFY(r.out.isEmpty());
}

void TestCliMapping::unreachableServerIsExit2()
{
    store({ row(QStringLiteral("Northwind Dental"), QStringLiteral("250"),
        QStringLiteral("Northwind"), QStringLiteral("Northwind Dental"), QStringLiteral("3")) });
    // The profile's site stops answering: nothing listens there any more.
    m_server.reset();
    const CliOutcome r = run({ "--profile", kProfile, "--mapping", "--timeout", "5" });
    QVERIFY2(r.exitCode == kExitNoConnection, QByteArray(r.out + r.err).constData());
    QVERIFY(r.out.contains("not re-validated"));
    QCOMPARE(m_profiles->profile(kProfile)->companyMapping.size(), 1);
}

void TestCliMapping::pinnedCertificateIsTrusted()
{
    // An on-premise server with its own certificate, trusted for this connection in the wizard.
    QTemporaryDir dir;
    TestCertificate certificate;
    QString error;
    QVERIFY2(TestCertificate::create(dir.path(), &certificate, &error), qPrintable(error));
    m_server = std::make_unique<SandboxServer>(Scenario::load(QStringLiteral("ready"), &error));
    QVERIFY2(m_server->setTls(certificate.certPem, certificate.keyPem, &error), qPrintable(error));
    QVERIFY2(m_server->listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    QCOMPARE(m_server->siteUrl().scheme(), QStringLiteral("https"));
    store({ row(QStringLiteral("Northwind Dental"), QStringLiteral("250"),
        QStringLiteral("Northwind"), QStringLiteral("Northwind Dental"), QStringLiteral("3")) });

    const CliOutcome untrusted = run({ "--profile", kProfile, "--mapping", "--timeout", "5" });
    QVERIFY2(untrusted.exitCode == kExitNoConnection, untrusted.err.constData());

    auto profile = m_profiles->profile(kProfile);
    const QByteArray sha = QSslCertificate(certificate.certPem, QSsl::Pem)
                               .digest(QCryptographicHash::Sha256)
                               .toHex();
    profile->pinnedCertificates.insert(TlsCertificateInfo::siteKey(m_server->siteUrl().host(),
                                           quint16(m_server->siteUrl().port())),
        QString::fromLatin1(sha));
    QVERIFY(m_profiles->saveProfile(*profile, &error));
    const CliOutcome trusted = run({ "--profile", kProfile, "--mapping", "--format", "json" });
    QVERIFY2(trusted.exitCode == kExitReady, trusted.err.constData());
    QVERIFY(QJsonDocument::fromJson(trusted.out).object().value("validated").toBool());
}

void TestCliMapping::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("mapping-without-profile")
        << QStringList { "--mapping", "--site", "x.example", "--company", "x" } << "--mapping";
    QTest::newRow("mapping-with-save")
        << QStringList { "--profile", "a", "--mapping", "--save" } << "--mapping";
    QTest::newRow("mapping-with-sandbox")
        << QStringList { "--profile", "a", "--mapping", "--sandbox", "ready" } << "--sandbox";
    QTest::newRow("offline-without-mapping")
        << QStringList { "--profile", "a", "--offline" } << "--offline goes with --mapping";
    QTest::newRow("mapping-with-all-profiles")
        << QStringList { "--all-profiles", "--mapping" } << "--mapping";
}

void TestCliMapping::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const CliOutcome r = run(args);
    QCOMPARE(r.exitCode, kExitUsage);
    QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
}

QTEST_GUILESS_MAIN(TestCliMapping)
#include "tst_climapping.moc"

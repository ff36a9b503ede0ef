// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
// The wizard pre-connects to the API host as soon as the company lookup found it, while people
// still type the keys, and only then.
#include "connectwiseassumptions.h"
#include "fakesecretstore.h"
#include "memoryprofilestore.h"
#include "networktransport.h"
#include "permissioncatalog.h"
#include "sandboxserver.h"
#include "setupwizard.h"
#include "widgets/inlinenotice.h"
#include "wizardcontext.h"
#include "wizardharness.h"

#include <QAbstractButton>
#include <QLineEdit>
#include <QTest>

namespace {

// Passes everything to a real transport and records what it was asked to pre-connect.
class RecordingTransport : public HttpTransport
{
public:
    void send(const HttpRequest &request, QObject *context, Callback callback) override
    {
        m_inner.send(request, context, std::move(callback));
    }
    void cancel(QObject *context) override { m_inner.cancel(context); }
    void preconnect(const QUrl &origin) override
    {
        preconnects.append(origin);
        m_inner.preconnect(origin);
    }
    QList<QUrl> preconnects;

private:
    NetworkTransport m_inner;
};

// A wizard context over the recording transport, with fakes for the rest.
struct Services
{
    const PermissionCatalog catalog = PermissionCatalog::load();
    const ConnectWiseAssumptions assumptions = ConnectWiseAssumptions::load();
    RecordingTransport transport;
    FakeSecretStore secrets;
    MemoryProfileStore profiles;
    WizardContext context { catalog, assumptions, transport, secrets, profiles };
};

CompanyInfoResult lookupResult(ConnectionStatus status, const QString &site)
{
    CompanyInfoResult result;
    result.status = status;
    result.site = parseSite(site, ConnectWiseAssumptions::load()).site;
    result.requestedCompanyId = QStringLiteral("acme");
    result.info.codebase = QStringLiteral("v2025_1/");
    return result;
}

} // namespace

class TestWizardPreconnect : public QObject
{
    Q_OBJECT

private slots:
    void onlyAFoundCompanyPreconnects_data();
    void onlyAFoundCompanyPreconnects();
    void lookupKeptWhenTheDetailsMatch_data();
    void lookupKeptWhenTheDetailsMatch();
    void typingTheDetailsPreconnectsBeforeNext();
};

void TestWizardPreconnect::onlyAFoundCompanyPreconnects_data()
{
    QTest::addColumn<int>("status"); // ConnectionStatus, or -1 for "no lookup"
    QTest::addColumn<QString>("site");
    QTest::addColumn<QString>("expected"); // empty: no pre-connect
    QTest::newRow("found-cloud-site")
        << int(ConnectionStatus::Ok) << QStringLiteral("na.myconnectwise.net")
        << QStringLiteral("https://api-na.myconnectwise.net");
    QTest::newRow("found-on-premise-port")
        << int(ConnectionStatus::Ok) << QStringLiteral("https://cw.example.com:8443/login")
        << QStringLiteral("https://cw.example.com:8443");
    QTest::newRow("company-not-found") << int(ConnectionStatus::CompanyNotFound)
                                       << QStringLiteral("na.myconnectwise.net") << QString();
    QTest::newRow("lookup-cleared") << -1 << QString() << QString();
}

void TestWizardPreconnect::onlyAFoundCompanyPreconnects()
{
    QFETCH(int, status);
    QFETCH(QString, site);
    QFETCH(QString, expected);
    Services services;
    RecordingTransport &transport = services.transport;
    WizardContext &context = services.context;

    if (status < 0)
        context.setCompanyLookup(std::nullopt);
    else
        context.setCompanyLookup(lookupResult(ConnectionStatus(status), site));

    if (expected.isEmpty()) {
        QVERIFY(transport.preconnects.isEmpty());
    } else {
        QCOMPARE(transport.preconnects.size(), 1);
        QCOMPARE(transport.preconnects.first().toString(), expected);
    }
}

void TestWizardPreconnect::lookupKeptWhenTheDetailsMatch_data()
{
    QTest::addColumn<QString>("companyId");
    QTest::addColumn<QString>("site");
    QTest::addColumn<bool>("kept");
    QTest::newRow("same-details") << "acme"
                                  << "na.myconnectwise.net" << true;
    QTest::newRow("company-case-and-spaces") << " ACME "
                                             << "https://na.myconnectwise.net/" << true;
    QTest::newRow("other-company") << "other"
                                   << "na.myconnectwise.net" << false;
    QTest::newRow("other-site") << "acme"
                                << "eu.myconnectwise.net" << false;
    QTest::newRow("site-not-valid") << "acme"
                                    << "" << false;
}

void TestWizardPreconnect::lookupKeptWhenTheDetailsMatch()
{
    // The lookup answers while people type; the details reach the context only on Next.
    QFETCH(QString, companyId);
    QFETCH(QString, site);
    QFETCH(bool, kept);
    Services services;
    WizardContext &context = services.context;
    context.setCompanyLookup(
        lookupResult(ConnectionStatus::Ok, QStringLiteral("na.myconnectwise.net")));
    context.setDetails({ companyId, site, QStringLiteral("pub"), QStringLiteral("priv") });
    QCOMPARE(context.companyLookup().has_value(), kept);
}

void TestWizardPreconnect::typingTheDetailsPreconnectsBeforeNext()
{
    QString error;
    SandboxServer sandbox(Scenario::load(QStringLiteral("ready"), &error));
    QVERIFY2(sandbox.listen(QHostAddress::LocalHost, 0, &error), qPrintable(error));
    const Scenario &s = sandbox.scenario();
    Services services;
    RecordingTransport &transport = services.transport;
    WizardContext &context = services.context;
    SetupWizard wizard(context);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QAbstractButton *next = wizard.button(QWizard::NextButton);
    QTest::mouseClick(next, Qt::LeftButton);
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(SetupWizard::ConnectionPageId));

    // Company and site only: the lookup runs, and the API host is pre-connected, before any
    // key is typed.
    WizardHarness::typeInto(
        wizard.findChild<QLineEdit *>(QStringLiteral("companyIdEdit")), s.companyId);
    WizardHarness::typeInto(
        wizard.findChild<QLineEdit *>(QStringLiteral("siteEdit")), sandbox.siteUrl().toString());
    auto notice = wizard.findChild<InlineNotice *>(QStringLiteral("lookupNotice"));
    QVERIFY(notice);
    QTRY_COMPARE(notice->kind(), InlineNotice::Kind::Success);
    QCOMPARE(transport.preconnects.size(), 1);
    QCOMPARE(transport.preconnects.first(), sandbox.siteUrl().adjusted(QUrl::StripTrailingSlash));
    QCOMPARE(wizard.currentId(), int(SetupWizard::ConnectionPageId));
    // The pre-connect itself asked the server nothing: the ledger holds the lookup only.
    QCOMPARE(sandbox.ledger().size(), 1);
    QVERIFY(sandbox.ledger().first().target.startsWith(QLatin1String("/login/companyinfo/")));

    // Keys, Next: the checks use the lookup already done instead of asking again.
    WizardHarness::typeInto(
        wizard.findChild<QLineEdit *>(QStringLiteral("publicKeyEdit")), s.publicKey);
    WizardHarness::typeInto(
        wizard.findChild<QLineEdit *>(QStringLiteral("privateKeyEdit")), s.privateKey);
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(wizard.currentId(), int(SetupWizard::CheckingPageId));
    QTRY_VERIFY_WITH_TIMEOUT(context.lastReport().has_value(), 10000);
    QVERIFY(context.lastReport()->connected());
    int lookups = 0;
    for (const LedgerEntry &entry : sandbox.ledger())
        lookups += entry.target.startsWith(QLatin1String("/login/companyinfo/"));
    QCOMPARE(lookups, 1);
}

QTEST_MAIN(TestWizardPreconnect)
#include "tst_wizardpreconnect.moc"

// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mappingcommand.h"

#include "apisession.h"
#include "companydirectory.h"
#include "companylookup.h"
#include "connectionvault.h"
#include "markdowncell.h"
#include "profilestore.h"
#include "reportformatter.h"
#include "siteaddress.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace {

constexpr const char *kToolName = "phin-cw-check";
const QString kBilling = QStringLiteral("billing");

QJsonValue numberOrNull(const QString &text)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    return ok ? QJsonValue(n) : QJsonValue();
}

} // namespace

int MappingStatus::withoutAgreement() const
{
    if (!billing)
        return 0;
    const MappingSummary s = summary();
    return s.mapped - s.withAgreement;
}

int MappingStatus::exitCode() const
{
    const MappingSummary s = summary();
    const bool complete
        = s.organizations > 0 && s.unmapped == 0 && s.missing == 0 && withoutAgreement() == 0;
    return complete ? kExitReady : kExitNotReady;
}

namespace {

// The row's problems, for people; empty when nothing stands out.
QStringList flagsFor(const MappingStatus &status, const CompanyMappingRow &row)
{
    QStringList flags;
    if (row.connectwiseCompanyId.isEmpty())
        return flags;
    if (row.missingSince.isValid()) {
        //: A mapped ConnectWise company no longer listed; %1 is a date (2026-11-28).
        flags << MappingCommand::tr("missing in ConnectWise since %1")
                     .arg(row.missingSince.toUTC().date().toString(Qt::ISODate));
    }
    if (status.inactiveCompanyIds.contains(row.connectwiseCompanyId.toInt()))
        flags << MappingCommand::tr("company inactive in ConnectWise");
    if (status.billing && row.agreementId.isEmpty())
        flags << MappingCommand::tr("no agreement for Billing");
    return flags;
}

QString companyText(const CompanyMappingRow &row)
{
    if (row.connectwiseCompanyId.isEmpty())
        return MappingCommand::tr("not mapped");
    const QString name = row.connectwiseCompanyName.isEmpty()
        ? QStringLiteral("#") + row.connectwiseCompanyId
        : row.connectwiseCompanyName;
    QStringList ids;
    if (!row.connectwiseCompanyIdentifier.isEmpty())
        ids << row.connectwiseCompanyIdentifier;
    ids << QStringLiteral("#") + row.connectwiseCompanyId;
    return QStringLiteral("%1 (%2)").arg(name, ids.join(QStringLiteral(", ")));
}

QString agreementText(const CompanyMappingRow &row)
{
    if (row.agreementId.isEmpty())
        return {};
    return row.agreementName.isEmpty()
        ? QStringLiteral("#%1").arg(row.agreementId)
        : QStringLiteral("%1 (#%2)").arg(row.agreementName, row.agreementId);
}

QString headline(const MappingStatus &status)
{
    if (status.validated) {
        return MappingCommand::tr("Company mapping of \"%1\" (company %2 at %3), checked against "
                                  "%n ConnectWise companies just now.",
            nullptr, status.companiesLoaded)
            .arg(status.profile, status.companyId, status.site);
    }
    return MappingCommand::tr("Company mapping of \"%1\" (company %2 at %3) as stored; not "
                              "re-validated against ConnectWise: %4")
        .arg(status.profile, status.companyId, status.site, status.notValidatedReason);
}

QStringList countLines(const MappingStatus &status)
{
    const MappingSummary s = status.summary();
    QStringList lines;
    lines << MappingCommand::tr("Mapped: %1 of %2").arg(s.mapped).arg(s.organizations)
          << MappingCommand::tr("Not mapped: %1").arg(s.unmapped)
          << MappingCommand::tr("Missing in ConnectWise: %1").arg(s.missing);
    if (status.billing)
        lines << MappingCommand::tr("Without an agreement for Billing: %1")
                     .arg(status.withoutAgreement());
    return lines;
}

} // namespace

QString MappingStatus::toText() const
{
    QStringList lines { headline(*this), QString() };
    lines << countLines(*this).join(QStringLiteral("; ")) << QString();
    if (rows.isEmpty()) {
        lines << MappingCommand::tr("No organisations in the mapping yet: map them in the setup "
                                    "wizard (Integrations page) or import a mapping CSV.");
    }
    for (const CompanyMappingRow &row : rows) {
        QString line = QStringLiteral("%1 → %2").arg(row.phinOrganization, companyText(row));
        const QString agreement = agreementText(row);
        if (!agreement.isEmpty())
            line += QStringLiteral(", ") + MappingCommand::tr("agreement %1").arg(agreement);
        const QStringList flags = flagsFor(*this, row);
        if (!flags.isEmpty())
            line += QStringLiteral("  [%1]").arg(flags.join(QStringLiteral("; ")));
        lines << line;
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString MappingStatus::toMarkdown() const
{
    QStringList lines { QStringLiteral("# ")
            + MappingCommand::tr("Company mapping of \"%1\"").arg(profile),
        QString(), headline(*this), QString() };
    for (const QString &count : countLines(*this))
        lines << QStringLiteral("- ") + count;
    lines << QString();
    if (rows.isEmpty()) {
        lines << MappingCommand::tr("No organisations in the mapping yet.");
        return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    }
    lines << QStringLiteral("| %1 | %2 | %3 | %4 |")
                 .arg(MappingCommand::tr("Organisation"), MappingCommand::tr("Company"),
                     MappingCommand::tr("Agreement"), MappingCommand::tr("Flags"))
          << QStringLiteral("|---|---|---|---|");
    for (const CompanyMappingRow &row : rows) {
        lines << QStringLiteral("| %1 | %2 | %3 | %4 |")
                     .arg(markdownCell(row.phinOrganization), markdownCell(companyText(row)),
                         markdownCell(agreementText(row)),
                         markdownCell(flagsFor(*this, row).join(QStringLiteral("; "))));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QJsonObject MappingStatus::toJson() const
{
    const MappingSummary s = summary();
    QJsonArray organizations;
    for (const CompanyMappingRow &row : rows) {
        QString state = QStringLiteral("unmapped");
        if (!row.connectwiseCompanyId.isEmpty())
            state
                = row.missingSince.isValid() ? QStringLiteral("missing") : QStringLiteral("mapped");
        QJsonArray flags;
        if (row.missingSince.isValid() && !row.connectwiseCompanyId.isEmpty())
            flags.append(QStringLiteral("missing"));
        if (!row.connectwiseCompanyId.isEmpty()
            && inactiveCompanyIds.contains(row.connectwiseCompanyId.toInt()))
            flags.append(QStringLiteral("inactive"));
        if (billing && !row.connectwiseCompanyId.isEmpty() && row.agreementId.isEmpty())
            flags.append(QStringLiteral("no-agreement"));
        organizations.append(QJsonObject {
            { QStringLiteral("organization"), row.phinOrganization },
            { QStringLiteral("domain"), row.phinDomain },
            { QStringLiteral("state"), state },
            { QStringLiteral("companyId"), numberOrNull(row.connectwiseCompanyId) },
            { QStringLiteral("companyIdentifier"), row.connectwiseCompanyIdentifier },
            { QStringLiteral("companyName"), row.connectwiseCompanyName },
            { QStringLiteral("agreementId"), numberOrNull(row.agreementId) },
            { QStringLiteral("agreementName"), row.agreementName },
            { QStringLiteral("missingSince"),
                row.missingSince.isValid()
                    ? QJsonValue(row.missingSince.toUTC().toString(Qt::ISODate))
                    : QJsonValue() },
            { QStringLiteral("flags"), flags },
        });
    }
    return QJsonObject {
        { QStringLiteral("profile"), profile },
        { QStringLiteral("site"), site },
        { QStringLiteral("companyId"), companyId },
        { QStringLiteral("billing"), billing },
        { QStringLiteral("validated"), validated },
        { QStringLiteral("validatedAt"),
            validatedAt.isValid() ? QJsonValue(validatedAt.toUTC().toString(Qt::ISODate))
                                  : QJsonValue() },
        { QStringLiteral("companiesLoaded"),
            validated ? QJsonValue(companiesLoaded) : QJsonValue() },
        { QStringLiteral("notValidatedReason"), notValidatedReason },
        { QStringLiteral("summary"),
            QJsonObject {
                { QStringLiteral("organizations"), s.organizations },
                { QStringLiteral("mapped"), s.mapped },
                { QStringLiteral("unmapped"), s.unmapped },
                { QStringLiteral("missing"), s.missing },
                { QStringLiteral("withAgreement"), s.withAgreement },
                { QStringLiteral("withoutAgreement"), withoutAgreement() },
            } },
        { QStringLiteral("exitCode"), exitCode() },
        { QStringLiteral("organizations"), organizations },
    };
}

MappingCommand::MappingCommand(const CliOptions &options, HttpTransport &transport,
    SecretStore &secrets, ProfileStore &profiles, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_transport(transport)
    , m_secrets(secrets)
    , m_profiles(profiles)
    , m_assumptions(ConnectWiseAssumptions::load())
{ }

MappingCommand::~MappingCommand()
{
    if (m_keys)
        m_keys->wipe();
}

void MappingCommand::setStreams(QIODevice *out, QIODevice *err)
{
    m_out = out;
    m_err = err;
}

void MappingCommand::printErr(const QString &text)
{
    if (m_err)
        m_err->write((QStringLiteral("%1: %2\n").arg(QLatin1String(kToolName), text)).toUtf8());
}

void MappingCommand::start()
{
    const auto profile = m_profiles.profile(m_options.profile);
    if (!profile) {
        printErr(vaultErrorMessage(
            VaultError::ProfileNotFound, VaultOperation::Load, m_options.profile));
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT finished(kExitKeychain); }, Qt::QueuedConnection);
        m_done = true;
        return;
    }
    m_status.profile = profile->name;
    m_status.site = profile->site;
    m_status.companyId = profile->companyId;
    m_status.billing = profile->features.isEmpty() || profile->features.contains(kBilling);
    m_status.rows = profile->companyMapping;
    if (m_options.offline || !profile->connected) {
        m_status.notValidatedReason = m_options.offline
            ? tr("--offline was given.")
            : tr("the connection is disconnected (its keys were removed); reconnect with %1 "
                 "--profile \"%2\" --keys-from-stdin --save.")
                  .arg(QLatin1String(kToolName), profile->name);
        QMetaObject::invokeMethod(
            this, [this] { report(); }, Qt::QueuedConnection);
        return;
    }
    // The certificates trusted for this connection (an on-premise server's own), as the
    // wizard applies them for the profile.
    profile->applyPinnedCertificates(m_transport);
    m_vault = std::make_unique<ConnectionVault>(m_secrets, m_profiles);
    connect(m_vault.get(), &ConnectionVault::loadFinished, this, &MappingCommand::onKeysLoaded);
    m_vault->loadKeys(profile->name);
}

void MappingCommand::onKeysLoaded(const VaultResult &result, const ApiKeys &keys)
{
    if (!result.ok()) {
        m_status.notValidatedReason = result.message;
        return report(kExitKeychain);
    }
    m_keys = std::make_unique<ApiKeys>(keys);
    const SiteParseResult site = parseSite(m_status.site, m_assumptions);
    if (!site.ok()) {
        m_status.notValidatedReason = site.message;
        return report(kExitNoConnection);
    }
    // The API host depends on the company's codebase, as in a check.
    m_lookup = std::make_unique<CompanyLookup>(m_transport, m_assumptions);
    connect(m_lookup.get(), &CompanyLookup::finished, this, &MappingCommand::onCompanyInfo);
    m_lookup->start(site.site, m_status.companyId, QDeadlineTimer(m_options.timeoutMs));
}

void MappingCommand::onCompanyInfo(const CompanyInfoResult &result)
{
    if (!result.ok()) {
        if (m_keys)
            m_keys->wipe();
        m_status.notValidatedReason = result.message;
        return report(kExitNoConnection);
    }
    ApiSession session(result.site, result.site.apiBaseUrl(result.info.codebase),
        m_status.companyId, m_keys->publicKey, m_keys->privateKey, m_options.clientId,
        m_assumptions);
    m_keys->wipe();
    m_keys.reset();
    m_directory = std::make_unique<CompanyDirectory>(m_transport, m_assumptions);
    connect(m_directory.get(), &CompanyDirectory::companiesLoaded, this,
        &MappingCommand::onCompaniesLoaded);
    m_directory->loadCompanies(session);
    session.wipe();
}

void MappingCommand::onCompaniesLoaded(const CompanyLoadResult &result)
{
    if (!result.ok()) {
        m_status.notValidatedReason = result.message;
        return report(kExitNoConnection);
    }
    CompanyMapping mapping;
    mapping.loadRows(m_status.rows);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    mapping.setCompanies(result.companies, now);
    m_status.validated = true;
    m_status.validatedAt = now;
    m_status.companiesLoaded = int(result.companies.size());
    for (const MappingEntry &e : mapping.entries()) {
        if (e.isMapped() && e.companyInactive)
            m_status.inactiveCompanyIds << e.row.connectwiseCompanyId.toInt();
    }
    const QList<CompanyMappingRow> reconciled = mapping.rows();
    if (reconciled == m_status.rows)
        return report();
    m_status.rows = reconciled;
    // Re-read: only the mapping changes, whatever else was saved meanwhile stays.
    auto profile = m_profiles.profile(m_status.profile);
    QString error;
    if (!profile) {
        error = vaultErrorMessage(
            VaultError::ProfileNotFound, VaultOperation::Save, m_status.profile);
    } else {
        profile->companyMapping = reconciled;
        if (!m_profiles.saveProfile(*profile, &error) && error.isEmpty())
            error = tr("the settings could not be written.");
    }
    if (!error.isEmpty()) {
        printErr(tr("the reconciled mapping could not be saved: %1").arg(error));
        return report(kExitKeychain);
    }
    report();
}

void MappingCommand::report(int exitCode)
{
    if (m_done)
        return;
    m_done = true;
    if (!m_status.validated)
        printErr(tr("not re-validated against ConnectWise: %1").arg(m_status.notValidatedReason));
    QByteArray text;
    if (m_options.format == QLatin1String("json"))
        text = QJsonDocument(m_status.toJson()).toJson();
    else if (m_options.format == QLatin1String("markdown"))
        text = m_status.toMarkdown().toUtf8();
    else
        text = m_status.toText().toUtf8();
    int code = exitCode >= 0 ? exitCode : m_status.exitCode();
    if (!m_options.output.isEmpty()) {
        QSaveFile file(m_options.output);
        if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit()) {
            printErr(tr("cannot write %1: %2").arg(m_options.output, file.errorString()));
            code = kExitUsage;
        }
    } else if (m_out) {
        m_out->write(text);
    }
    QMetaObject::invokeMethod(
        this, [this, code] { Q_EMIT finished(code); }, Qt::QueuedConnection);
}

// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchcommand.h"

#include "catalogversion.h"
#include "checkrunner.h"
#include "connectionvault.h"
#include "markdowncell.h"
#include "profilestore.h"
#include "reportformatter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

constexpr const char *kToolName = "phin-cw-check";

QString statusFor(int exitCode)
{
    switch (exitCode) {
    case kExitReady:
        return QStringLiteral("ready");
    case kExitNotReady:
    case kExitNoConnection:
    case kExitUnknown:
        return QStringLiteral("blocked");
    default:
        return QStringLiteral("error");
    }
}

// One line: the connection problem, or which checks are not granted.
QString reasonFor(const CheckReport &report)
{
    if (!report.connected())
        return QStringLiteral("%1: %2").arg(wireName(report.connection), report.connectionMessage);
    QMap<QString, QStringList> byStatus;
    for (const CheckResult &c : report.checks) {
        if (c.status != CheckStatus::Granted && c.status != CheckStatus::Skipped)
            byStatus[wireName(c.status)] << c.entry.displayName();
    }
    QStringList parts;
    for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it)
        parts << QStringLiteral("%1: %2").arg(it.key(), it.value().join(QStringLiteral(", ")));
    return parts.join(QStringLiteral("; "));
}

} // namespace

QString BatchCatalogStatus::note() const
{
    switch (state) {
    case State::NotApplicable:
        return {};
    case State::UpToDate:
        return QStringLiteral("up to date with catalog %1").arg(catalogVersion);
    case State::NeverChecked:
        return QStringLiteral("never checked against a versioned catalog: full check against "
                              "catalog %1%2")
            .arg(catalogVersion,
                recorded ? QStringLiteral("; recorded") : QStringLiteral("; not recorded"));
    case State::NewRequirements:
        return QStringLiteral("catalog %1 (%2) is newer than %3: %4 new, checked %5; %6")
            .arg(catalogVersion, catalogDate, profileVersion)
            .arg(lines.size())
            .arg(onlyCheckIds.isEmpty() ? QStringLiteral("everything (--full)")
                                        : QStringLiteral("only these"),
                recorded ? QStringLiteral("recorded %1").arg(catalogVersion)
                         : QStringLiteral("stays at %1 until they pass").arg(profileVersion));
    }
    return {};
}

QJsonObject BatchCatalogStatus::toJson() const
{
    static const char *const kStates[] = { "", "up-to-date", "new-requirements", "never-checked" };
    return QJsonObject {
        { QStringLiteral("state"), QLatin1String(kStates[int(state)]) },
        { QStringLiteral("profileVersion"), profileVersion },
        { QStringLiteral("catalogVersion"), catalogVersion },
        { QStringLiteral("catalogDate"), catalogDate },
        { QStringLiteral("newRequirements"), QJsonArray::fromStringList(lines) },
        { QStringLiteral("checkedIds"), QJsonArray::fromStringList(onlyCheckIds) },
        { QStringLiteral("recorded"), recorded },
        { QStringLiteral("note"), note() },
    };
}

struct BatchCommand::Job : QObject
{
    std::unique_ptr<ConnectionVault> vault;
    std::unique_ptr<CheckRunner> runner;
};

BatchCommand::BatchCommand(const CliOptions &options, HttpTransport &transport,
    SecretStore &secrets, ProfileStore &profiles, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_runnerOptions(CheckRunnerOptions::defaults())
    , m_transport(transport)
    , m_secrets(secrets)
    , m_profiles(profiles)
    , m_environment(QProcessEnvironment::systemEnvironment())
{
    if (!options.catalogFile.isEmpty())
        m_runnerOptions.catalog = options.catalog();
}

BatchCommand::~BatchCommand() = default;

void BatchCommand::setStreams(QIODevice *out, QIODevice *err)
{
    m_out = out;
    m_err = err;
}

int BatchCommand::severity(int exitCode)
{
    switch (exitCode) {
    case kExitReady:
        return 0;
    case kExitUnknown:
        return 1;
    case kExitNotReady:
        return 2;
    case kExitNoConnection:
        return 3;
    case kExitKeychain:
        return 4;
    default:
        return 5;
    }
}

void BatchCommand::printErr(const QString &text)
{
    if (m_err)
        m_err->write((text + QLatin1Char('\n')).toUtf8());
}

void BatchCommand::start()
{
    m_clock.start();
    m_progressClock.start();
    if (m_options.allProfiles) {
        for (const QString &name : m_profiles.profileNames()) {
            BatchRow row;
            row.name = name;
            row.profile = name;
            m_rows << row;
        }
        if (m_rows.isEmpty()) {
            printErr(QStringLiteral("%1: --all-profiles: there are no saved connections.")
                         .arg(QLatin1String(kToolName)));
            QMetaObject::invokeMethod(
                this, [this] { Q_EMIT finished(kExitUsage); }, Qt::QueuedConnection);
            return;
        }
    } else {
        QFile file(m_options.batchFile);
        QString error;
        if (!file.open(QIODevice::ReadOnly))
            error = file.errorString();
        else
            m_rows = BatchFile::parse(file.readAll(), &error);
        if (!error.isEmpty()) {
            printErr(QStringLiteral("%1: --batch %2: %3")
                         .arg(QLatin1String(kToolName), m_options.batchFile, error));
            QMetaObject::invokeMethod(
                this, [this] { Q_EMIT finished(kExitUsage); }, Qt::QueuedConnection);
            return;
        }
    }
    m_outcomes.resize(m_rows.size());
    m_catalog.resize(m_rows.size());
    m_done.fill(false, m_rows.size());
    // Later, from the event loop: finished() never comes inside start().
    QMetaObject::invokeMethod(this, &BatchCommand::startNext, Qt::QueuedConnection);
}

void BatchCommand::startNext()
{
    while (m_running < m_options.jobs && m_next < m_rows.size()) {
        const int index = m_next++;
        ++m_running;
        runRow(index);
    }
    if (m_finished == m_rows.size() && m_running == 0 && !m_reported) {
        m_reported = true;
        finishAll();
    }
}

void BatchCommand::runRow(int index)
{
    const BatchRow &row = m_rows.at(index);
    if (!row.error.isEmpty()) {
        return rowFinished(
            index, kExitUsage, QStringLiteral("line %1: %2").arg(row.line).arg(row.error), nullptr);
    }
    if (!row.profile.isEmpty()) {
        const auto profile = m_profiles.profile(row.profile);
        if (!profile) {
            return rowFinished(index, kExitKeychain,
                vaultErrorMessage(VaultError::ProfileNotFound, VaultOperation::Load, row.profile),
                nullptr);
        }
        // The certificates trusted for this connection; a pin names one host:port, so sharing
        // the transport with the other rows trusts nothing for them.
        profile->applyPinnedCertificates(m_transport);
        BatchRow &r = m_rows[index];
        if (r.site.isEmpty())
            r.site = profile->site;
        if (r.company.isEmpty())
            r.company = profile->companyId;
        if (r.features.isEmpty())
            r.features = profile->features;
        if (r.member.isEmpty())
            r.member = profile->memberName;
        if (m_options.allProfiles) {
            // A newer catalog: say what is new and check only that (unless --full).
            const CatalogChanges changes = CatalogVersion::changesSince(
                profile->catalogVersion, m_runnerOptions.catalog, r.features);
            BatchCatalogStatus &c = m_catalog[index];
            c.profileVersion = changes.profileVersion;
            c.catalogVersion = changes.catalogVersion;
            c.catalogDate = changes.catalogDate;
            c.lines = changes.lines();
            c.newIds = changes.checkIds();
            if (changes.profileVersionUnknown) {
                c.state = BatchCatalogStatus::State::NeverChecked;
            } else if (changes.isUpToDate()) {
                c.state = BatchCatalogStatus::State::UpToDate;
            } else {
                c.state = BatchCatalogStatus::State::NewRequirements;
                if (!m_options.fullRecheck)
                    c.onlyCheckIds = c.newIds;
            }
        }
        // One vault per row: operations on different profiles never wait for each other.
        auto job = new Job;
        job->setParent(this);
        job->setObjectName(QString::number(index));
        job->vault = std::make_unique<ConnectionVault>(m_secrets, m_profiles);
        connect(job->vault.get(), &ConnectionVault::loadFinished, this,
            [this, index, job](const VaultResult &result, const ApiKeys &keys) {
                job->deleteLater();
                if (!result.ok())
                    return rowFinished(index, kExitKeychain, result.message, nullptr);
                startCheck(index, keys.publicKey, keys.privateKey);
            });
        job->vault->loadKeys(row.profile);
        return;
    }
    const QByteArray publicKey = m_environment.value(row.publicKeyEnv).toUtf8();
    const QByteArray privateKey = m_environment.value(row.privateKeyEnv).toUtf8();
    QStringList unset;
    if (publicKey.isEmpty())
        unset << row.publicKeyEnv;
    if (privateKey.isEmpty())
        unset << row.privateKeyEnv;
    if (!unset.isEmpty()) {
        return rowFinished(index, kExitUsage,
            QStringLiteral("line %1: the environment variable %2 is not set.")
                .arg(row.line)
                .arg(unset.join(QStringLiteral(" and "))),
            nullptr);
    }
    startCheck(index, publicKey, privateKey);
}

void BatchCommand::startCheck(int index, QByteArray publicKey, QByteArray privateKey)
{
    const BatchRow &row = m_rows.at(index);
    CheckRequest request;
    request.site = row.site;
    request.companyId = row.company;
    request.publicKey = std::move(publicKey);
    request.privateKey = std::move(privateKey);
    request.features = row.features.isEmpty() ? m_options.features : row.features;
    request.clientId = m_options.clientId;
    request.timeoutMs = m_options.timeoutMs;
    request.sequential = m_options.sequential;
    request.memberIdentifier = row.member.isEmpty() ? m_options.member : row.member;
    request.onlyCheckIds = m_catalog.value(index).onlyCheckIds;
    m_runnerOptions.toolName = QLatin1String(kToolName);
    auto job = new Job;
    job->setParent(this);
    job->runner = std::make_unique<CheckRunner>(m_transport, m_runnerOptions);
    connect(job->runner.get(), &CheckRunner::finished, this,
        [this, index, job](const CheckReport &report) {
            // The runner is still inside its own signal: delete it later, keep only a summary.
            job->deleteLater();
            int code = ReportFormatter::exitCode(report);
            QString reason = code == kExitReady ? QString() : reasonFor(report);
            QString error;
            if (!recordCatalogVersion(index, report, &error)) {
                code = kExitKeychain;
                reason += (reason.isEmpty() ? QString() : QStringLiteral("; ")) + error;
            }
            rowFinished(index, code, reason, &report);
        });
    job->runner->start(std::move(request));
}

bool BatchCommand::recordCatalogVersion(int index, const CheckReport &report, QString *error)
{
    BatchCatalogStatus &c = m_catalog[index];
    if (c.state != BatchCatalogStatus::State::NewRequirements
        && c.state != BatchCatalogStatus::State::NeverChecked)
        return true;
    if (!report.connected())
        return true;
    // What this catalog added (or, never checked before, everything) must have passed.
    const QStringList needed
        = c.state == BatchCatalogStatus::State::NewRequirements ? c.newIds : QStringList();
    int passed = 0;
    for (const CheckResult &r : report.checks) {
        const bool concerned
            = needed.isEmpty() ? r.status != CheckStatus::Skipped : needed.contains(r.entry.id);
        if (concerned && r.status != CheckStatus::Granted)
            return true;
        passed += concerned;
    }
    if (passed == 0 || (!needed.isEmpty() && passed != needed.size()))
        return true;
    auto profile = m_profiles.profile(m_rows.at(index).profile);
    if (!profile)
        return true;
    profile->catalogVersion = c.catalogVersion;
    if (!m_profiles.saveProfile(*profile, error)) {
        *error = QStringLiteral("the new catalog version could not be recorded: %1").arg(*error);
        return false;
    }
    c.recorded = true;
    return true;
}

void BatchCommand::rowFinished(
    int index, int exitCode, const QString &reason, const CheckReport *report)
{
    BatchOutcome &o = m_outcomes[index];
    o.row = m_rows.at(index);
    o.exitCode = exitCode;
    o.status = statusFor(exitCode);
    o.reason = reason;
    o.catalog = m_catalog.value(index);
    if (report) {
        o.elapsedMs = report->elapsedMs;
        o.requests = report->requestCount;
        o.roundTrips = report->roundTrips;
    }
    m_done[index] = true;
    ++m_finished;
    if (m_options.format == QLatin1String("json") && m_out) {
        QJsonObject line;
        line.insert(QStringLiteral("line"), o.row.line);
        line.insert(QStringLiteral("name"), o.row.name);
        line.insert(QStringLiteral("profile"), o.row.profile);
        line.insert(QStringLiteral("site"), o.row.site);
        line.insert(QStringLiteral("company"), o.row.company);
        line.insert(QStringLiteral("status"), o.status);
        line.insert(QStringLiteral("exitCode"), o.exitCode);
        line.insert(QStringLiteral("reason"), o.reason);
        if (m_options.allProfiles)
            line.insert(QStringLiteral("catalog"), o.catalog.toJson());
        line.insert(QStringLiteral("report"),
            report ? QJsonValue(ReportFormatter::toJsonObject(*report)) : QJsonValue());
        m_out->write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
    }
    writeProgress();
    // Not from inside the runner's or the vault's signal: the next check starts from the loop.
    --m_running;
    QMetaObject::invokeMethod(this, &BatchCommand::startNext, Qt::QueuedConnection);
}

void BatchCommand::writeProgress()
{
    if (!m_progressLine || !m_err)
        return;
    // At most ten updates a second, and always the last one.
    if (m_finished != m_rows.size() && m_progressClock.elapsed() < 100)
        return;
    m_progressClock.restart();
    int ready = 0;
    int blocked = 0;
    int errors = 0;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (!m_done.at(i))
            continue;
        const QString &s = m_outcomes.at(i).status;
        ready += s == QLatin1String("ready");
        blocked += s == QLatin1String("blocked");
        errors += s == QLatin1String("error");
    }
    m_err->write(QStringLiteral("\r\033[K%1/%2 checked, %3 running: %4 ready, %5 blocked, %6 "
                                "errors")
                     .arg(m_finished)
                     .arg(m_rows.size())
                     .arg(m_running - 1)
                     .arg(ready)
                     .arg(blocked)
                     .arg(errors)
                     .toUtf8());
    if (m_finished == m_rows.size())
        m_err->write("\r\033[K");
}

void BatchCommand::finishAll()
{
    int worst = kExitReady;
    int ready = 0;
    int blocked = 0;
    int errors = 0;
    for (const BatchOutcome &o : std::as_const(m_outcomes)) {
        if (severity(o.exitCode) > severity(worst))
            worst = o.exitCode;
        ready += o.status == QLatin1String("ready");
        blocked += o.status == QLatin1String("blocked");
        errors += o.status == QLatin1String("error");
    }
    const QString summary
        = QStringLiteral("%1 connections: %2 ready, %3 blocked, %4 errors, in "
                         "%5 s with --jobs %6 (%7 per second); exit %8")
              .arg(m_outcomes.size())
              .arg(ready)
              .arg(blocked)
              .arg(errors)
              .arg(m_clock.elapsed() / 1000.0, 0, 'f', 2)
              .arg(m_options.jobs)
              .arg(m_outcomes.size() * 1000.0 / std::max<qint64>(1, m_clock.elapsed()), 0, 'f', 1)
              .arg(worst);
    if (m_options.format != QLatin1String("json") && m_out) {
        const bool markdown = m_options.format == QLatin1String("markdown");
        QStringList lines;
        const bool catalogColumn = m_options.allProfiles;
        if (markdown) {
            lines << QStringLiteral("| Line | Name | Site | Company | Result | Exit | Why |%1")
                         .arg(catalogColumn ? QStringLiteral(" Catalog |") : QString())
                  << QStringLiteral("|---:|---|---|---|---|---:|---|%1")
                         .arg(catalogColumn ? QStringLiteral("---|") : QString());
        }
        for (const BatchOutcome &o : std::as_const(m_outcomes)) {
            const QString line = o.row.line > 0 ? QString::number(o.row.line) : QStringLiteral("-");
            const QStringList catalogLines
                = o.catalog.state == BatchCatalogStatus::State::NotApplicable
                ? QStringList()
                : QStringList { o.catalog.note() } + o.catalog.lines;
            if (markdown) {
                QStringList escaped;
                for (const QString &l : catalogLines)
                    escaped << markdownCell(l);
                lines << QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 |%8")
                             .arg(line, markdownCell(o.row.name), markdownCell(o.row.site),
                                 markdownCell(o.row.company), o.status)
                             .arg(o.exitCode)
                             .arg(markdownCell(o.reason),
                                 catalogColumn ? QStringLiteral(" %1 |").arg(
                                     escaped.join(QStringLiteral("<br>")))
                                               : QString());
            } else {
                lines << QStringLiteral("%1 %2 %3 %4")
                             .arg(o.status, -8)
                             .arg(o.row.name, -24)
                             .arg(o.exitCode, 3)
                             .arg(o.reason);
                for (const QString &l : catalogLines)
                    lines << QStringLiteral("         ") + l;
            }
        }
        lines << QString() << (markdown ? QStringLiteral("**Summary:** ") : QString()) + summary;
        m_out->write((lines.join(u'\n') + u'\n').toUtf8());
    }
    printErr(QStringLiteral("%1: %2").arg(QLatin1String(kToolName), summary));
    for (const BatchOutcome &o : std::as_const(m_outcomes)) {
        if (o.status != QLatin1String("ready"))
            printErr(QStringLiteral("  %1 %2: %3").arg(o.status, o.row.name, o.reason));
    }
    Q_EMIT finished(worst);
}

// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkrunner.h"

#include "apisession.h"
#include "corelogging.h"
#include "httptransport.h"
#include "inputvalidation.h"
#include "phinconfig.h"
#include "probeinterpretation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>

#include <algorithm>

namespace {

QString capitalized(const QString &s)
{
    return s.isEmpty() ? s : s.left(1).toUpper() + s.mid(1);
}

bool isJsonAnswer(const HttpResponse &response, QJsonDocument *doc)
{
    if (!response.hasHttpAnswer() || response.status < 200 || response.status >= 300)
        return false;
    bool ok = false;
    *doc = CwResponse::json(response, &ok);
    return ok;
}

// multipart/form-data by hand: core has no QHttpMultiPart, and the probe sends text fields only.
QByteArray multipartBody(const QList<QPair<QString, QString>> &fields, QByteArray *contentType)
{
    const QByteArray boundary
        = "phin-probe-" + QByteArray::number(QRandomGenerator::global()->generate64(), 16);
    QByteArray body;
    for (const auto &f : fields) {
        body += "--" + boundary + "\r\n";
        body += "Content-Disposition: form-data; name=\"" + f.first.toUtf8() + "\"\r\n\r\n";
        body += f.second.toUtf8() + "\r\n";
    }
    body += "--" + boundary + "--\r\n";
    *contentType = "multipart/form-data; boundary=" + boundary;
    return body;
}

QString referenceName(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    QString name = o.value(QLatin1String("name")).toString();
    if (name.isEmpty())
        name = o.value(QLatin1String("identifier")).toString();
    return name;
}

} // namespace

CheckRunnerOptions CheckRunnerOptions::defaults()
{
    CheckRunnerOptions o;
    QString error;
    o.assumptions = ConnectWiseAssumptions::load(&error);
    if (!error.isEmpty())
        qCWarning(lcPhinCheck) << error;
    o.catalog = PermissionCatalog::load(&error);
    if (!error.isEmpty())
        qCWarning(lcPhinCheck) << error;
    o.toolVersion = QStringLiteral(PHIN_VERSION);
    return o;
}

CheckRunner::CheckRunner(HttpTransport &transport, CheckRunnerOptions options, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_options(std::move(options))
    , m_sender(transport, m_options.assumptions, this)
    , m_lookup(transport, m_options.assumptions, this)
{
    m_deadlineTimer.setSingleShot(true);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &CheckRunner::onDeadline);
    connect(&m_lookup, &CompanyLookup::finished, this, &CheckRunner::onCompanyInfo);
}

CheckRunner::~CheckRunner()
{
    if (m_running)
        m_transport.cancel(this);
    wipeSecrets();
}

void CheckRunner::setStage(CheckStage stage)
{
    if (m_stage == stage)
        return;
    m_stage = stage;
    Q_EMIT stageChanged(stage);
}

bool CheckRunner::isSelected(const CatalogEntry &entry) const
{
    if (!m_request.onlyCheckIds.isEmpty() && !m_request.onlyCheckIds.contains(entry.id))
        return false;
    for (const auto &f : entry.features) {
        if (m_report.features.contains(f))
            return true;
    }
    return false;
}

CheckResult *CheckRunner::result(const QString &id)
{
    for (auto &c : m_report.checks) {
        if (c.entry.id == id)
            return &c;
    }
    return nullptr;
}

void CheckRunner::cancel()
{
    ++m_generation;
    m_sender.abandonAll();
    m_lookup.cancel();
    m_deadlineTimer.stop();
    if (m_running)
        m_transport.cancel(this);
    m_running = false;
    wipeSecrets();
    setStage(CheckStage::Idle);
}

void CheckRunner::wipeSecrets()
{
    m_authorization.fill('\0');
    m_authorization.clear();
    m_request.privateKey.fill('\0');
    m_request.privateKey.clear();
    m_request.publicKey.fill('\0');
    m_request.publicKey.clear();
}

void CheckRunner::start(CheckRequest request)
{
    cancel();
    m_running = true;
    m_clock.start();
    m_request = std::move(request);
    m_deadline = QDeadlineTimer(qMax(0, m_request.timeoutMs));
    m_sender.setDeadline(m_deadline);
    m_deadlineTimer.start(qMax(0, m_request.timeoutMs));
    m_info.reset();
    m_self.reset();
    m_security.reset();
    m_memberKnown = false;
    m_memberJson = {};
    m_boardLookupIdentifier.clear();
    m_boardEvidence.clear();
    m_boardNeedsMemberRead = false;

    m_report = CheckReport();
    m_report.toolName = m_options.toolName;
    m_report.toolVersion = m_options.toolVersion;
    m_report.checkedAt = QDateTime::currentDateTimeUtc();
    m_report.siteInput = m_request.site.trimmed();
    m_report.companyId = m_request.companyId.trimmed();
    m_report.sequential = m_request.sequential;
    m_report.features
        = m_request.features.isEmpty() ? m_options.catalog.featureIds() : m_request.features;
    m_report.catalogFeatures = m_options.catalog.featureIds();
    m_report.connection = ConnectionStatus::Timeout;

    setStage(CheckStage::ValidatingInput);
    QStringList errors;
    const QStringList known = m_options.catalog.featureIds();
    for (const auto &f : std::as_const(m_report.features)) {
        if (!known.contains(f)) {
            errors.append(tr("Features: \"%1\" is not a feature; choose from %2.")
                              .arg(f, known.join(QStringLiteral(", "))));
        }
    }
    for (const auto &entry : m_options.catalog.entries()) {
        CheckResult r;
        r.entry = entry;
        r.status = isSelected(entry) ? CheckStatus::Unknown : CheckStatus::Skipped;
        if (r.status == CheckStatus::Skipped) {
            // Skipped with its feature selected: left out of a re-check (onlyCheckIds).
            const bool featureSelected = std::any_of(entry.features.cbegin(), entry.features.cend(),
                [this](const QString &f) { return m_report.features.contains(f); });
            r.observed = featureSelected ? tr("not re-checked: unchanged since the last check")
                                         : tr("feature not selected");
        }
        m_report.checks.append(r);
    }

    const SiteParseResult site = parseSite(m_request.site, m_options.assumptions);
    m_report.notices += site.notices;
    if (!site.ok())
        errors.append(site.message);
    m_site = site.site;
    if (site.ok())
        m_report.loginUrl = m_site.loginUrl();
    const CompanyIdCheck company
        = InputValidation::checkCompanyId(m_request.companyId, m_options.assumptions);
    m_report.companyId = company.value;
    const KeysCheck keys = InputValidation::checkKeys(
        m_request.publicKey, m_request.privateKey, m_options.assumptions);
    m_report.publicKeyHint = InputValidation::publicKeyHint(keys.publicKey);
    QList<InputIssue> issues = company.issues;
    issues += keys.issues;
    for (const auto &i : std::as_const(issues)) {
        if (i.severity == IssueSeverity::Error)
            errors.append(i.message);
        else
            m_report.notices.append(i.message);
    }
    if (!errors.isEmpty()) {
        failConnection(ConnectionStatus::InvalidInput, errors.join(QLatin1Char(' ')), 0);
        return;
    }

    m_authorization
        = ApiSession::basicAuthorization(company.value, keys.publicKey, keys.privateKey);
    m_request.privateKey.fill('\0');
    m_request.privateKey.clear();

    if (m_request.companyInfo && m_request.companyInfo->ok()
        && m_request.companyInfo->site.apiOrigin() == m_site.apiOrigin()
        && m_request.companyInfo->requestedCompanyId.compare(company.value, Qt::CaseInsensitive)
            == 0) {
        const CompanyInfoResult lookedUp = *m_request.companyInfo;
        const quint64 generation = m_generation;
        // Asynchronous like every other step, so callers connect before results arrive.
        QTimer::singleShot(0, this, [this, generation, lookedUp] {
            if (generation == m_generation)
                onCompanyInfo(lookedUp);
        });
        return;
    }
    setStage(CheckStage::LookingUpCompany);
    m_lookup.start(m_site, company.value, m_deadline);
}

void CheckRunner::onCompanyInfo(const CompanyInfoResult &result)
{
    if (!m_running)
        return;
    m_report.hasCompanyInfo = result.ok();
    if (!result.ok()) {
        m_report.tlsCertificate = result.certificate;
        failConnection(result.status, result.message, result.httpStatus);
        return;
    }
    m_report.company = result.info;
    m_baseUrl = m_site.apiBaseUrl(result.info.codebase);
    m_report.apiBaseUrl = m_baseUrl;
    startRound1();
}

HttpRequest CheckRunner::apiRequest(const QByteArray &method, const QString &pathAndQuery) const
{
    return ApiSession::build(method, QUrl(m_baseUrl.toString() + pathAndQuery, QUrl::StrictMode),
        m_site, m_authorization, m_request.clientId.toUtf8(), m_options.assumptions.acceptHeader,
        m_options.assumptions.clientIdHeader);
}

Evidence CheckRunner::evidenceFor(
    const HttpRequest &request, const HttpResponse &response, const QString &note) const
{
    return { QString::fromLatin1(request.method), CwResponse::pathOf(request.url), response.status,
        note, response.error };
}

void CheckRunner::runRound(QList<Call> calls, std::function<void()> done)
{
    auto round = std::make_shared<Round>();
    round->calls = std::move(calls);
    round->pending = int(round->calls.size());
    round->done = std::move(done);
    if (round->calls.isEmpty()) {
        const quint64 generation = m_generation;
        QTimer::singleShot(0, this, [this, generation, round] {
            if (generation == m_generation)
                round->done();
        });
        return;
    }
    if (!m_request.sequential)
        ++m_report.roundTrips;
    const int batch = m_request.sequential ? 1 : int(round->calls.size());
    for (int i = 0; i < batch; ++i)
        sendNext(round);
}

void CheckRunner::sendNext(const std::shared_ptr<Round> &round)
{
    if (round->next >= round->calls.size())
        return;
    const int index = round->next++;
    if (m_request.sequential)
        ++m_report.roundTrips;
    ++m_report.requestCount;
    const quint64 generation = m_generation;
    const HttpRequest request = round->calls.at(index).request;
    QElapsedTimer timer;
    timer.start();
    m_sender.send(request,
        [this, generation, round, index, request, timer](
            const HttpResponse &response, int attempts) {
            if (generation != m_generation)
                return;
            QString line = QString::fromLatin1(request.method) + QLatin1Char(' ')
                + CwResponse::pathOf(request.url) + QStringLiteral(" -> ")
                + CwResponse::describe(response) + QStringLiteral(" in ")
                + QString::number(timer.elapsed()) + QStringLiteral(" ms");
            if (attempts > 1)
                line += QStringLiteral(" (") + QString::number(attempts)
                    + QStringLiteral(" attempts)");
            m_report.requestLog.append(line);
            round->calls[index].handler(response);
            if (generation != m_generation)
                return;
            --round->pending;
            if (m_request.sequential)
                sendNext(round);
            if (round->pending == 0)
                round->done();
        });
}

void CheckRunner::startRound1()
{
    setStage(CheckStage::Connecting);
    const auto &a = m_options.assumptions;
    QList<Call> calls;
    calls.append(
        { apiRequest("GET", a.systemInfoPath), [this](const HttpResponse &r) { m_info = r; } });
    QString selfPath = a.selfMemberPath;
    if (!a.selfMemberFields.isEmpty())
        selfPath += QStringLiteral("?fields=") + a.selfMemberFields;
    m_selfRequest = apiRequest("GET", selfPath);
    calls.append({ m_selfRequest, [this](const HttpResponse &r) { m_self = r; } });
    m_securityRequest = apiRequest("GET",
        a.selfSecurityPath + QStringLiteral("?pageSize=")
            + QString::number(a.selfSecurityPageSize));
    calls.append({ m_securityRequest, [this](const HttpResponse &r) { m_security = r; } });
    runRound(calls, [this] { onRound1Done(); });
}

void CheckRunner::onRound1Done()
{
    const auto &a = m_options.assumptions;
    const HttpResponse info = m_info.value_or(HttpResponse {});
    const QList<HttpResponse> answers
        = { info, m_self.value_or(HttpResponse {}), m_security.value_or(HttpResponse {}) };
    for (const auto &r : answers) {
        if (CwResponse::isClientIdRejection(r, a)) {
            failConnection(ConnectionStatus::ClientIdRejected,
                tr("ConnectWise rejected the integration's clientId: it is missing, unknown or "
                   "disabled (\"%1\"). Keys were not checked further. Use the clientId Phin "
                   "registered with ConnectWise, or contact Phin support.")
                    .arg(CwResponse::errorMessage(r)),
                r.status);
            return;
        }
    }
    for (const auto &r : answers) {
        if (r.status == 401) {
            failConnection(ConnectionStatus::AuthFailed,
                tr("ConnectWise refused the keys (401). Check that the public and private key "
                   "belong to an API member of company \"%1\", that the key was not deleted, "
                   "and that the Company ID is the login company.")
                    .arg(m_report.companyId),
                401);
            return;
        }
    }
    QJsonDocument infoDoc;
    QJsonDocument selfDoc;
    QJsonDocument securityDoc;
    const bool infoOk = isJsonAnswer(info, &infoDoc) && infoDoc.isObject();
    const bool selfOk = m_self && isJsonAnswer(*m_self, &selfDoc)
        && (selfDoc.isObject() || (selfDoc.isArray() && !selfDoc.array().isEmpty()));
    const bool securityOk
        = m_security && isJsonAnswer(*m_security, &securityDoc) && securityDoc.isArray();
    if (!infoOk && !selfOk && !securityOk) {
        const QString host = m_site.apiHost;
        if (!info.hasHttpAnswer()) {
            const ConnectionStatus status = CwResponse::statusForTransportError(info.error);
            failConnection(status,
                status == ConnectionStatus::Timeout
                    ? tr("ConnectWise at %1 did not answer in time.").arg(host)
                    : tr("Lost the connection to %1 (%2).")
                          .arg(host,
                              info.errorString.isEmpty() ? CwResponse::describe(info)
                                                         : info.errorString),
                0);
        } else if (info.status >= 500) {
            failConnection(ConnectionStatus::ServerError,
                tr("ConnectWise at %1 had a server error (%2). Try again later.")
                    .arg(host, CwResponse::describe(info)),
                info.status);
        } else {
            failConnection(ConnectionStatus::UnexpectedResponse,
                tr("ConnectWise at %1 answered %2 to %3 instead of JSON. Check the site and the "
                   "codebase %4.")
                    .arg(host, CwResponse::describe(info), a.systemInfoPath,
                        m_report.company.codebase),
                info.status);
        }
        return;
    }

    m_report.connection = ConnectionStatus::Ok;
    m_report.connectionHttpStatus = infoOk ? info.status : 200;
    if (infoOk)
        m_report.serverVersion = infoDoc.object().value(QLatin1String("version")).toString();
    if (selfOk)
        applyMember(selfDoc.isObject() ? selfDoc.object() : selfDoc.array().first().toObject());
    m_report.connectionMessage = m_report.hasMember
        ? tr("Connected to ConnectWise %1 as API member %2.")
              .arg(m_report.serverVersion.isEmpty() ? m_report.company.versionCode
                                                    : m_report.serverVersion,
                  m_report.member.identifier)
        : tr("Connected to ConnectWise %1.")
              .arg(m_report.serverVersion.isEmpty() ? m_report.company.versionCode
                                                    : m_report.serverVersion);
    if (m_report.member.isAdminRole) {
        m_report.connectionMessage += QLatin1Char(' ')
            + tr("Its security role \"%1\" is an Admin role: far more than Phin needs; a "
                 "dedicated role such as \"Phin Integration\" is safer.")
                  .arg(m_report.member.securityRole);
    }
    if (!selfOk && !m_request.memberIdentifier.trimmed().isEmpty()) {
        // Typed by the user: good enough to name the member in the report and the fixes.
        m_report.hasMember = true;
        m_report.member.identifier = m_request.memberIdentifier.trimmed();
    }
    qCInfo(lcPhinCheck) << "connected; member read:" << selfOk << "security read:" << securityOk;

    if (securityOk)
        resolveFromSecurity(securityDoc.array(), CwResponse::pathOf(m_securityRequest.url));

    std::optional<CatalogEntry> boardEntry; // a copy: entries() returns a temporary list
    for (const auto &e : m_options.catalog.entries()) {
        if (e.kind == CheckKind::DefaultBoard)
            boardEntry = e;
    }
    if (boardEntry && isSelected(*boardEntry)) {
        const Evidence selfEvidence = m_self
            ? evidenceFor(m_selfRequest, *m_self, CwResponse::describe(*m_self))
            : Evidence {};
        if (selfOk) {
            resolveBoardFromMember(m_memberJson, selfEvidence, CheckSource::SecurityRead);
        } else {
            m_boardEvidence.append(selfEvidence);
            m_boardLookupIdentifier = m_request.memberIdentifier.trimmed();
            if (m_boardLookupIdentifier.isEmpty()) {
                Evidence ev = selfEvidence;
                ev.note += QStringLiteral(". ")
                    + tr("ConnectWise does not let this API member read itself, and the member "
                         "identifier is unknown, so its default board cannot be read. Check "
                         "System > Members > API Members > (member) > Service Defaults by hand.");
                setResult(boardEntry->id, CheckStatus::Unknown, tr("member not readable"),
                    CheckSource::Probe, { ev });
            }
        }
    }
    startRound2();
}

void CheckRunner::applyMember(const QJsonObject &member)
{
    const auto &a = m_options.assumptions;
    m_memberKnown = true;
    m_memberJson = member;
    m_report.hasMember = true;
    MemberInfo &m = m_report.member;
    m.identifier = member.value(QLatin1String("identifier")).toString();
    m.id = member.value(QLatin1String("id")).toInt();
    const QJsonValue role = member.value(QLatin1String("securityRole"));
    m.securityRole = referenceName(role);
    m.securityRoleId = role.toObject().value(QLatin1String("id")).toInt();
    m.isAdminRole = member.value(QLatin1String("adminFlag")).toBool()
        || role.toObject().value(QLatin1String("adminFlag")).toBool()
        || a.adminRoleNames.contains(m.securityRole, Qt::CaseInsensitive);
    const QJsonValue board = member.value(a.defaultBoardField);
    m.defaultBoard = referenceName(board);
    m.defaultBoardId = board.toObject().value(QLatin1String("id")).toInt();
}

void CheckRunner::resolveBoardFromMember(
    const QJsonObject &member, const Evidence &evidence, CheckSource source)
{
    const auto &a = m_options.assumptions;
    for (const auto &e : m_options.catalog.entries()) {
        if (e.kind != CheckKind::DefaultBoard || !isSelected(e))
            continue;
        Evidence ev = evidence;
        const QJsonObject board = member.value(a.defaultBoardField).toObject();
        const int id = board.value(QLatin1String("id")).toInt();
        const QString name = referenceName(board);
        if (id > 0 || !name.isEmpty()) {
            ev.note = tr("%1 is set: %2")
                          .arg(a.defaultBoardField, name.isEmpty() ? QString::number(id) : name);
            setResult(e.id, CheckStatus::Granted, name.isEmpty() ? QString::number(id) : name,
                source, { ev });
        } else {
            ev.note
                = tr("%1 is empty: the API member has no default board").arg(a.defaultBoardField);
            setResult(e.id, CheckStatus::Missing, tr("no default board"), source, { ev });
        }
    }
}

void CheckRunner::resolveFromSecurity(const QJsonArray &rows, const QString &path)
{
    const auto &a = m_options.assumptions;
    for (const auto &e : m_options.catalog.entries()) {
        if (e.kind != CheckKind::Permission || !isSelected(e))
            continue;
        const auto names = a.securityNames.value(
            e.module + QLatin1Char('/') + e.function, { e.module, e.function });
        const QString field = a.levelFields.value(e.level, e.level + QStringLiteral("Level"));
        QJsonObject row;
        for (const auto &v : rows) {
            const QJsonObject o = v.toObject();
            if (o.value(QLatin1String("moduleName"))
                        .toString()
                        .compare(names.first, Qt::CaseInsensitive)
                    == 0
                && o.value(QLatin1String("moduleFunctionName"))
                        .toString()
                        .compare(names.second, Qt::CaseInsensitive)
                    == 0) {
                row = o;
                break;
            }
        }
        Evidence ev { QStringLiteral("GET"), path, 200, {} };
        if (row.isEmpty()) {
            ev.note = tr("%1 > %2 is not listed in the member's security.")
                          .arg(names.first, names.second);
            setResult(
                e.id, CheckStatus::Unknown, tr("not listed"), CheckSource::SecurityRead, { ev });
            continue;
        }
        const QString level = row.value(field).toString();
        const Interpretation i = interpretLevel(level, a);
        ev.note = QStringLiteral("%1 > %2: %3=%4. ").arg(names.first, names.second, field, level)
            + i.note;
        setResult(e.id, i.status, i.observed, CheckSource::SecurityRead, { ev });
    }
}

CheckRunner::Call CheckRunner::probeCall(const QString &checkId, const ProbeSpec &spec)
{
    QString pathAndQuery = spec.path;
    if (!spec.query.isEmpty())
        pathAndQuery += QLatin1Char('?') + spec.query;
    HttpRequest request = apiRequest(spec.method, pathAndQuery);
    if (!spec.multipartFields.isEmpty()) {
        QByteArray contentType;
        request.body = multipartBody(spec.multipartFields, &contentType);
        request.setHeader("Content-Type", contentType);
    } else if (!spec.body.isEmpty()) {
        request.body = spec.body;
        request.setHeader("Content-Type",
            spec.contentType.isEmpty() ? QByteArrayLiteral("application/json") : spec.contentType);
    }
    return { request, [this, checkId, spec, request](const HttpResponse &response) {
                const Interpretation i = interpretProbe(spec, response, m_options.assumptions);
                if (i.sideEffect)
                    m_report.sideEffects.append(i.note);
                setResult(checkId, i.status, i.observed, CheckSource::Probe,
                    { evidenceFor(request, response, i.note) }, i.answerProblem);
            } };
}

void CheckRunner::resolveCompanyInquire(
    const QString &id, const HttpRequest &request, const HttpResponse &response)
{
    // One read answers both questions: 403 means no Inquire at all, and whether the MSP's own
    // company record comes back tells All from My (a role limited to the member's own records
    // does not see it).
    const auto &a = m_options.assumptions;
    ProbeSpec spec = a.probes.value(id);
    spec.method = "GET";
    const Interpretation i = interpretProbe(spec, response, a);
    QJsonDocument doc;
    if (i.status != CheckStatus::Granted || !isJsonAnswer(response, &doc) || !doc.isArray()) {
        const bool oddShape = i.status == CheckStatus::Granted;
        setResult(id, oddShape ? CheckStatus::Unknown : i.status, i.observed, CheckSource::Probe,
            { evidenceFor(request, response,
                oddShape ? tr("The company lookup did not answer with a list.") : i.note) },
            oddShape ? AnswerProblem::Unreadable : i.answerProblem);
        return;
    }
    bool found = false;
    for (const auto &v : doc.array()) {
        found |= v.toObject()
                     .value(QLatin1String("identifier"))
                     .toString()
                     .compare(m_report.companyId, Qt::CaseInsensitive)
            == 0;
    }
    if (found) {
        setResult(id, CheckStatus::Granted, tr("All (own company record visible)"),
            CheckSource::Probe,
            { evidenceFor(request, response,
                tr("The MSP's own company record \"%1\" is visible, which a role limited to "
                   "its own records would not see.")
                    .arg(m_report.companyId)) });
    } else {
        setResult(id, CheckStatus::Insufficient, tr("My (own company record not visible)"),
            CheckSource::Probe,
            { evidenceFor(request, response,
                tr("Companies can be read, but the MSP's own company record \"%1\" is not "
                   "visible: the role (or the member's level) only shows the member's own "
                   "records.")
                    .arg(m_report.companyId)) });
    }
}

void CheckRunner::startRound2()
{
    const auto &a = m_options.assumptions;
    QList<Call> calls;
    bool probing = false;
    for (const auto &e : m_options.catalog.entries()) {
        if (e.kind != CheckKind::Permission || !isSelected(e))
            continue;
        const CheckResult *r = result(e.id);
        if (!r || r->source != CheckSource::None)
            continue; // already answered by the security read
        probing = true;
        if (!a.probes.contains(e.id)) {
            setResult(e.id, CheckStatus::Unknown, tr("no test defined"), CheckSource::Probe, {});
            continue;
        }
        if (a.ownCompanyAppliesTo.contains(e.id) && !a.ownCompanyQuery.isEmpty()) {
            QString q = a.ownCompanyQuery;
            q.replace(QLatin1String("{companyId}"),
                QString::fromLatin1(QUrl::toPercentEncoding(m_report.companyId)));
            const HttpRequest request = apiRequest("GET", q);
            const QString id = e.id;
            calls.append({ request, [this, id, request](const HttpResponse &response) {
                              resolveCompanyInquire(id, request, response);
                          } });
        } else {
            calls.append(probeCall(e.id, a.probes.value(e.id)));
        }
    }
    if (!m_boardLookupIdentifier.isEmpty() && !a.apiMemberQuery.isEmpty()) {
        QString q = a.apiMemberQuery;
        q.replace(QLatin1String("{identifier}"),
            QString::fromLatin1(QUrl::toPercentEncoding(m_boardLookupIdentifier)));
        const HttpRequest request = apiRequest("GET", q);
        calls.append(
            { request, [this, request](const HttpResponse &response) {
                 QJsonDocument doc;
                 m_boardEvidence.append(
                     evidenceFor(request, response, CwResponse::describe(response)));
                 if (isJsonAnswer(response, &doc) && doc.isArray() && !doc.array().isEmpty()) {
                     applyMember(doc.array().first().toObject());
                     resolveBoardFromMember(
                         m_memberJson, m_boardEvidence.last(), CheckSource::Probe);
                 } else {
                     m_boardNeedsMemberRead = true;
                 }
             } });
    }
    if (calls.isEmpty()) {
        finish();
        return;
    }
    if (probing)
        setStage(CheckStage::Probing);
    runRound(calls, [this] { onRound2Done(); });
}

void CheckRunner::onRound2Done()
{
    const auto &a = m_options.assumptions;
    if (!m_boardNeedsMemberRead) {
        finish();
        return;
    }
    if (a.memberQuery.isEmpty()) {
        boardNotReadable();
        finish();
        return;
    }
    // Only the board depends on round 2: /system/apiMembers was not readable, try the member.
    QString q = a.memberQuery;
    q.replace(QLatin1String("{identifier}"),
        QString::fromLatin1(QUrl::toPercentEncoding(m_boardLookupIdentifier)));
    const HttpRequest request = apiRequest("GET", q);
    runRound({ { request,
                 [this, request](const HttpResponse &response) {
                     QJsonDocument doc;
                     const Evidence ev
                         = evidenceFor(request, response, CwResponse::describe(response));
                     m_boardEvidence.append(ev);
                     if (isJsonAnswer(response, &doc) && doc.isObject()) {
                         applyMember(doc.object());
                         resolveBoardFromMember(m_memberJson, ev, CheckSource::Probe);
                     } else {
                         boardNotReadable();
                     }
                 } } },
        [this] { finish(); });
}

void CheckRunner::boardNotReadable()
{
    for (const auto &e : m_options.catalog.entries()) {
        if (e.kind != CheckKind::DefaultBoard || !isSelected(e))
            continue;
        QList<Evidence> evidence = m_boardEvidence;
        if (!evidence.isEmpty()) {
            evidence.last().note += QStringLiteral(". ")
                + tr("The API member %1 could not be read (its role probably lacks System > "
                     "Member Maintenance Inquire), so its default board is not known. Check "
                     "System > Members > API Members > %1 > Service Defaults by hand.")
                      .arg(m_boardLookupIdentifier);
        }
        setResult(
            e.id, CheckStatus::Unknown, tr("member not readable"), CheckSource::Probe, evidence);
    }
}

void CheckRunner::setResult(const QString &id, CheckStatus status, const QString &observed,
    CheckSource source, const QList<Evidence> &evidence, AnswerProblem problem)
{
    CheckResult *r = result(id);
    if (!r || r->status == CheckStatus::Skipped)
        return;
    r->status = status;
    r->observed = observed;
    r->source = source;
    r->evidence = evidence;
    r->answerProblem = status == CheckStatus::Unknown ? problem : AnswerProblem::None;
    r->remediation = remediationFor(*r);
    qCDebug(lcPhinCheck) << id << wireName(status) << observed;
    Q_EMIT checkUpdated(*r);
}

QString CheckRunner::remediationFor(const CheckResult &r) const
{
    // Before a connection there is nothing to fix in the role yet; the connection message says
    // what to do.
    if (r.status == CheckStatus::Granted || r.status == CheckStatus::Skipped
        || !m_report.connected())
        return {};
    const MemberInfo &m = m_report.member;
    QString text;
    if (r.entry.kind == CheckKind::DefaultBoard) {
        const QString member = m.identifier.isEmpty() ? tr("(the API member)") : m.identifier;
        text = tr("System > Members > API Members > %1 > Service Defaults > Default Board: choose "
                  "the service board Phin should create tickets on, then save.")
                   .arg(member);
    } else {
        const QString role
            = m.securityRole.isEmpty() ? tr("(the API member's security role)") : m.securityRole;
        text = tr("System > Security Roles > %1 > %2 > %3 > %4 Level = %5")
                   .arg(role, r.entry.module, r.entry.function, capitalized(r.entry.level),
                       r.entry.required);
        if (m.isAdminRole)
            text += tr(" (the API member uses the Admin role; its settings were changed, or the "
                       "role is limited elsewhere)");
    }
    // An unknown answer (a server fault, a timeout) says nothing about the role: asking people to
    // change a level that may be right would send them the wrong way.
    if (r.status == CheckStatus::Unknown)
        return tr("Check again when ConnectWise answers normally; if it stays unknown, verify by "
                  "hand: %1")
            .arg(text);
    return text;
}

void CheckRunner::failConnection(ConnectionStatus status, const QString &message, int httpStatus)
{
    m_report.connection = status;
    m_report.connectionMessage = message;
    m_report.connectionHttpStatus = httpStatus;
    qCInfo(lcPhinCheck) << "connection failed:" << wireName(status);
    finish();
}

void CheckRunner::onDeadline()
{
    if (!m_running)
        return;
    const int seconds = (m_request.timeoutMs + 999) / 1000;
    if (m_report.connection != ConnectionStatus::Ok) {
        m_report.connection = ConnectionStatus::Timeout;
        m_report.connectionMessage
            = tr("ConnectWise did not answer within the time limit (%1 s). Check the site and "
                 "your network, or allow more time (--timeout).")
                  .arg(seconds);
    }
    for (auto &c : m_report.checks) {
        if (c.status == CheckStatus::Unknown && c.source == CheckSource::None) {
            c.observed = tr("no answer within the time limit (%1 s)").arg(seconds);
            c.answerProblem = AnswerProblem::TimeLimit;
        }
    }
    finish();
}

void CheckRunner::finish()
{
    if (!m_running)
        return;
    ++m_generation;
    m_sender.abandonAll();
    m_lookup.cancel();
    m_deadlineTimer.stop();
    m_transport.cancel(this);
    m_running = false;
    wipeSecrets();
    const bool connected = m_report.connected();
    for (auto &c : m_report.checks) {
        if (c.status == CheckStatus::Skipped || c.source != CheckSource::None)
            continue;
        if (c.observed.isEmpty()) {
            c.observed = connected ? tr("not checked")
                                   : tr("not checked: ") + wireName(m_report.connection);
        }
        c.remediation = remediationFor(c);
        Q_EMIT checkUpdated(c);
    }
    m_report.elapsedMs = m_clock.elapsed();
    setStage(CheckStage::Finished);
    qCInfo(lcPhinCheck) << "finished:" << wireName(m_report.connection) << m_report.requestCount
                        << "requests," << m_report.roundTrips << "round trips,"
                        << m_report.elapsedMs << "ms";
    Q_EMIT finished(m_report);
}

// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandboxapi.h"

#include "multipartform.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>
#include <QUuid>

#include <algorithm>
#include <functional>

namespace {

const QString kCompanyMaintenance = QStringLiteral("Companies/Company Maintenance");
const QString kManageAttachments = QStringLiteral("Companies/Manage Attachments");
const QString kAgreements = QStringLiteral("Finance/Agreements");
const QString kServiceTickets = QStringLiteral("Service Desk/Service Tickets");
const QString kMemberMaintenance = QStringLiteral("System/Member Maintenance");
const QString kSecurityRoles = QStringLiteral("System/Security Roles");
const QString kTableSetup = QStringLiteral("System/Table Setup");

const QString kCompanies = QStringLiteral("companies");
const QString kAgreementsTable = QStringLiteral("agreements");
const QString kTickets = QStringLiteral("tickets");
const QString kBoards = QStringLiteral("boards");
const QString kDocuments = QStringLiteral("documents");
const QString kMembers = QStringLiteral("members");

const QString kOwner = QStringLiteral("_owner");
const QString kApiVersionPrefix = QStringLiteral("apis/3.0/");

QJsonObject sandboxAssumption(const QString &key)
{
    return SandboxApi::assumptions()
        .value(QStringLiteral("sandbox"))
        .toObject()
        .value(key)
        .toObject();
}

QByteArray toJson(const QJsonValue &value)
{
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    return QByteArrayLiteral("null");
}

ApiReply jsonReply(int status, const QJsonValue &value)
{
    ApiReply reply;
    reply.status = status;
    reply.headers.append({ QByteArrayLiteral("Content-Type"),
        QByteArrayLiteral("application/json; charset=utf-8") });
    reply.body = toJson(value);
    return reply;
}

ApiReply errorReply(
    int status, const QString &code, const QString &message, const QJsonArray &errors = {})
{
    QJsonObject body { { QStringLiteral("code"), code }, { QStringLiteral("message"), message } };
    if (!errors.isEmpty())
        body.insert(QStringLiteral("errors"), errors);
    return jsonReply(status, body);
}

/// An error described by an object in assumptions.json sandbox: {status, code, message}.
ApiReply assumedError(const QString &key, const QString &messageOverride = QString())
{
    const QJsonObject shape = sandboxAssumption(key);
    return errorReply(shape.value(QStringLiteral("status")).toInt(500),
        shape.value(QStringLiteral("code")).toString(),
        messageOverride.isEmpty() ? shape.value(QStringLiteral("message")).toString()
                                  : messageOverride);
}

ApiReply endpointNotFound()
{
    return assumedError(QStringLiteral("endpointNotFound"));
}

ApiReply recordNotFound()
{
    return assumedError(QStringLiteral("recordNotFound"));
}

QJsonObject validationError(
    const QString &code, const QString &message, const QString &resource, const QString &field)
{
    return { { QStringLiteral("code"), code }, { QStringLiteral("message"), message },
        { QStringLiteral("resource"), resource }, { QStringLiteral("field"), field } };
}

ApiReply invalidObject(const QString &resource, const QJsonArray &errors)
{
    return errorReply(400, QStringLiteral("InvalidObject"),
        resource + QStringLiteral(" object is invalid"), errors);
}

/// What JSON.NET answers when a value has the wrong type: a 500, not a 400.
ApiReply conversionError(const QString &detail)
{
    return errorReply(500, QStringLiteral("ConnectWiseApi"),
        QStringLiteral("Error converting value to type '") + detail
            + QStringLiteral("'. Path '', line 1, position 1."));
}

ApiReply methodNotAllowed(const QString &method)
{
    return errorReply(405, QStringLiteral("ConnectWiseApi"),
        QStringLiteral("The requested resource does not support http method '") + method
            + QStringLiteral("'."));
}

/// Removes the sandbox's own bookkeeping fields ("_owner", "_recordType"...) but keeps "_info".
QJsonObject publicView(QJsonObject row)
{
    const QStringList keys = row.keys();
    for (const QString &key : keys) {
        if (key.startsWith(QLatin1Char('_')) && key != QLatin1String("_info"))
            row.remove(key);
    }
    return row;
}

QJsonValue valueAt(const QJsonObject &row, const QString &path)
{
    const QStringList parts = path.split(QLatin1Char('/'));
    QJsonValue current = row;
    for (const QString &part : parts) {
        const QJsonObject object = current.toObject();
        // Field names are case-insensitive on the server, as conditions and fields show.
        current = QJsonValue(QJsonValue::Undefined);
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.key().compare(part, Qt::CaseInsensitive) == 0) {
                current = it.value();
                break;
            }
        }
        if (current.isUndefined())
            return current;
    }
    return current;
}

/// Keeps only the fields named in a `fields=` list (nested paths use '/').
QJsonObject project(const QJsonObject &row, const QStringList &fields)
{
    QJsonObject out;
    for (const QString &field : fields) {
        const QStringList parts = field.split(QLatin1Char('/'));
        const QJsonValue value = valueAt(row, field);
        if (value.isUndefined())
            continue;
        if (parts.size() == 1) {
            out.insert(parts.first(), value);
            continue;
        }
        // Rebuild the nesting for paths like "company/id".
        std::function<QJsonObject(QJsonObject, int)> insertAt = [&](QJsonObject target, int depth) {
            const QString key = parts.at(depth);
            if (depth == parts.size() - 1) {
                target.insert(key, value);
                return target;
            }
            target.insert(key, insertAt(target.value(key).toObject(), depth + 1));
            return target;
        };
        out = insertAt(out, 0);
    }
    return out;
}

QStringList fieldsOf(const ApiRequest &request)
{
    const QString fields
        = request.query().queryItemValue(QStringLiteral("fields"), QUrl::FullyDecoded);
    QStringList list;
    for (const QString &field : fields.split(QLatin1Char(','), Qt::SkipEmptyParts))
        list.append(field.trimmed());
    return list;
}

/// One `field op value` clause of a conditions string.
struct Clause
{
    QString field;
    QString op;
    QJsonValue value;
};

/// Parses the subset of the conditions syntax the sandbox supports: clauses joined by AND.
bool parseConditions(const QString &text, QList<Clause> *clauses, QString *error)
{
    static const QRegularExpression clause(
        QStringLiteral(
            R"re(^\s*([A-Za-z_][A-Za-z0-9_/]*)\s*(!=|<=|>=|=|<|>|\bcontains\b|\blike\b)\s*("[^"]*"|'[^']*'|-?\d+(?:\.\d+)?|true|false|null)\s*)re"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression andJoin(
        QStringLiteral(R"(^\s*and\b)"), QRegularExpression::CaseInsensitiveOption);
    QString rest = text;
    while (true) {
        const QRegularExpressionMatch m = clause.match(rest);
        if (!m.hasMatch()) {
            *error = QStringLiteral("Expected a condition like identifier=\"value\" near \"")
                + rest.left(40).trimmed()
                + QStringLiteral(
                    "\". String values should be enclosed with double or single quotes.");
            return false;
        }
        Clause c;
        c.field = m.captured(1);
        c.op = m.captured(2).toLower();
        const QString raw = m.captured(3);
        if (raw.startsWith(QLatin1Char('"')) || raw.startsWith(QLatin1Char('\'')))
            c.value = raw.mid(1, raw.size() - 2);
        else if (raw.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
            c.value = true;
        else if (raw.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
            c.value = false;
        else if (raw.compare(QLatin1String("null"), Qt::CaseInsensitive) == 0)
            c.value = QJsonValue(QJsonValue::Null);
        else
            c.value = raw.toDouble();
        clauses->append(c);
        rest = rest.mid(m.capturedLength());
        if (rest.trimmed().isEmpty())
            return true;
        const QRegularExpressionMatch a = andJoin.match(rest);
        if (!a.hasMatch()) {
            *error = QStringLiteral("Only AND is supported between conditions, near \"")
                + rest.left(40).trimmed() + QLatin1Char('"');
            return false;
        }
        rest = rest.mid(a.capturedLength());
    }
}

bool clauseMatches(const QJsonObject &row, const Clause &c)
{
    const QJsonValue actual = valueAt(row, c.field);
    if (c.value.isNull()) {
        const bool isNull = actual.isNull() || actual.isUndefined();
        return c.op == QLatin1String("=") ? isNull : (c.op == QLatin1String("!=") && !isNull);
    }
    if (c.value.isBool()) {
        const bool equal = actual.isBool() && actual.toBool() == c.value.toBool();
        return c.op == QLatin1String("!=") ? !equal : (c.op == QLatin1String("=") && equal);
    }
    if (c.value.isDouble()) {
        if (!actual.isDouble())
            return c.op == QLatin1String("!=");
        const double a = actual.toDouble();
        const double b = c.value.toDouble();
        if (c.op == QLatin1String("="))
            return a == b;
        if (c.op == QLatin1String("!="))
            return a != b;
        if (c.op == QLatin1String("<"))
            return a < b;
        if (c.op == QLatin1String(">"))
            return a > b;
        if (c.op == QLatin1String("<="))
            return a <= b;
        if (c.op == QLatin1String(">="))
            return a >= b;
        return false;
    }
    // Strings compare case-insensitively, like ConnectWise's SQL collation.
    const QString a = actual.isDouble() ? QString::number(actual.toDouble()) : actual.toString();
    const QString b = c.value.toString();
    if (c.op == QLatin1String("="))
        return !actual.isUndefined() && a.compare(b, Qt::CaseInsensitive) == 0;
    if (c.op == QLatin1String("!="))
        return a.compare(b, Qt::CaseInsensitive) != 0;
    if (c.op == QLatin1String("contains"))
        return a.contains(b, Qt::CaseInsensitive);
    if (c.op == QLatin1String("like")) {
        const QString pattern
            = QRegularExpression::escape(b).replace(QStringLiteral("%"), QStringLiteral(".*"));
        return QRegularExpression(QStringLiteral("^") + pattern + QStringLiteral("$"),
            QRegularExpression::CaseInsensitiveOption)
            .match(a)
            .hasMatch();
    }
    return false;
}

/// Applies `conditions=`; returns false (and an error reply) when the text cannot be parsed.
bool applyConditions(const ApiRequest &request, QList<QJsonObject> *rows, ApiReply *error)
{
    const QString text
        = request.query().queryItemValue(QStringLiteral("conditions"), QUrl::FullyDecoded);
    if (text.trimmed().isEmpty())
        return true;
    QList<Clause> clauses;
    QString problem;
    if (!parseConditions(text, &clauses, &problem)) {
        *error = errorReply(400, QStringLiteral("InvalidObject"), problem);
        return false;
    }
    QList<QJsonObject> kept;
    for (const QJsonObject &row : qAsConst(*rows)) {
        bool all = true;
        for (const Clause &c : qAsConst(clauses))
            all = all && clauseMatches(row, c);
        if (all)
            kept.append(row);
    }
    *rows = kept;
    return true;
}

int idOf(const QJsonObject &row)
{
    return row.value(QStringLiteral("id")).toInt();
}

bool parseId(const QString &text, int *id)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < 0 || value > 2147483647)
        return false;
    *id = static_cast<int>(value);
    return true;
}

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

} // namespace

QByteArray ApiRequest::header(const QByteArray &name) const
{
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

QJsonObject SandboxApi::assumptions()
{
    static const QJsonObject cached = [] {
        QFile file(QStringLiteral(":/sandbox/assumptions.json"));
        if (!file.open(QIODevice::ReadOnly))
            return QJsonObject();
        return QJsonDocument::fromJson(file.readAll()).object();
    }();
    return cached;
}

SandboxApi::SandboxApi(const Scenario *scenario)
    : m_scenario(scenario)
{
    resetData();
}

void SandboxApi::resetData()
{
    m_tables.clear();
    const auto load = [this](const QString &name, const QJsonArray &rows) {
        Table table;
        for (const QJsonValue &value : rows) {
            table.rows.append(value.toObject());
            table.nextId = std::max(table.nextId, idOf(value.toObject()) + 1);
        }
        m_tables.insert(name, table);
    };
    load(kCompanies, m_scenario->companies);
    load(kAgreementsTable, m_scenario->agreements);
    load(kTickets, m_scenario->tickets);
    load(kBoards, m_scenario->boards);
    load(kDocuments, m_scenario->documents);
    load(kMembers, m_scenario->members);
}

QString SandboxApi::faultPath(const QString &path) const
{
    const QString base = QLatin1Char('/') + m_scenario->codebase + kApiVersionPrefix;
    if (path.startsWith(base, Qt::CaseInsensitive))
        return path.mid(base.size() - 1);
    return path;
}

ApiReply SandboxApi::handle(const ApiRequest &request)
{
    static const QString companyInfoPrefix = QStringLiteral("/login/companyinfo/");
    if (request.path.startsWith(companyInfoPrefix, Qt::CaseInsensitive)) {
        if (request.method != QLatin1String("GET"))
            return methodNotAllowed(request.method);
        return companyInfo(request, request.path.mid(companyInfoPrefix.size()));
    }

    const QString base = QLatin1Char('/') + m_scenario->codebase + kApiVersionPrefix;
    // Another codebase (an old cached one, or v4_6_release on cloud) is simply not routed.
    if (!request.path.startsWith(base, Qt::CaseInsensitive))
        return endpointNotFound();

    if (auto rejected = checkClientId(request))
        return *rejected;
    if (auto rejected = checkAuth(request))
        return *rejected;

    const QStringList segments
        = request.path.mid(base.size()).split(QLatin1Char('/'), Qt::SkipEmptyParts);
    ApiReply reply = route(request, segments);
    if (m_scenario->versionCode.startsWith(QLatin1Char('v')))
        reply.headers.append(
            { QByteArrayLiteral("api-current-version"), m_scenario->versionCode.mid(1).toUtf8() });
    return reply;
}

ApiReply SandboxApi::companyInfo(const ApiRequest &request, const QString &companyId) const
{
    if (companyId.compare(m_scenario->companyId, Qt::CaseInsensitive) != 0) {
        ApiReply reply = jsonReply(200, QJsonValue());
        reply.body = SandboxApi::assumptions()
                         .value(QStringLiteral("sandbox"))
                         .toObject()
                         .value(QStringLiteral("unknownCompanyAnswer"))
                         .toString(QStringLiteral("null"))
                         .toUtf8();
        return reply;
    }
    const QJsonObject info {
        { QStringLiteral("CompanyName"), m_scenario->companyName },
        { QStringLiteral("Codebase"), m_scenario->codebase },
        { QStringLiteral("VersionCode"), m_scenario->versionCode },
        { QStringLiteral("VersionNumber"), m_scenario->versionNumber },
        { QStringLiteral("CompanyID"), m_scenario->companyId },
        // The official example sends a string, not a boolean.
        { QStringLiteral("IsCloud"),
            m_scenario->cloud ? QStringLiteral("True") : QStringLiteral("False") },
        // The site a user types: host and port, without the scheme.
        { QStringLiteral("SiteUrl"), QUrl(request.siteBase).authority() },
    };
    return jsonReply(200, info);
}

std::optional<ApiReply> SandboxApi::checkClientId(const ApiRequest &request) const
{
    const QJsonObject rejection
        = assumptions().value(QStringLiteral("clientIdRejection")).toObject();
    const QString headerName = assumptions()
                                   .value(QStringLiteral("headers"))
                                   .toObject()
                                   .value(QStringLiteral("clientId"))
                                   .toString(QStringLiteral("clientId"));
    const QString clientId = QString::fromUtf8(request.header(headerName.toUtf8())).trimmed();
    QString message;
    if (clientId.isEmpty())
        message = rejection.value(QStringLiteral("sandboxMessageMissing")).toString();
    else if (!m_scenario->acceptedClientIds.isEmpty()
        && !m_scenario->acceptedClientIds.contains(clientId, Qt::CaseInsensitive))
        message = rejection.value(QStringLiteral("sandboxMessageUnknown")).toString();
    if (message.isEmpty())
        return std::nullopt;
    return errorReply(rejection.value(QStringLiteral("sandboxStatus")).toInt(400),
        rejection.value(QStringLiteral("sandboxCode")).toString(), message);
}

std::optional<ApiReply> SandboxApi::checkAuth(const ApiRequest &request) const
{
    const QByteArray header = request.header("Authorization").trimmed();
    const ApiReply unauthorized = assumedError(QStringLiteral("unauthorized"));
    if (!header.toLower().startsWith("basic "))
        return unauthorized;
    const QByteArray decoded = QByteArray::fromBase64(header.mid(6).trimmed());
    const int colon = decoded.indexOf(':');
    if (colon < 0)
        return unauthorized;
    const QString user = QString::fromUtf8(decoded.left(colon));
    const QString password = QString::fromUtf8(decoded.mid(colon + 1));
    const int plus = user.indexOf(QLatin1Char('+'));
    if (plus < 0)
        return unauthorized;
    const QString company = user.left(plus);
    const QString publicKey = user.mid(plus + 1);
    if (company.compare(m_scenario->companyId, Qt::CaseInsensitive) != 0
        || publicKey != m_scenario->publicKey || password != m_scenario->privateKey)
        return unauthorized;
    return std::nullopt;
}

std::optional<ApiReply> SandboxApi::deny(const QString &functionKey, Access access) const
{
    if (m_scenario->levelsFor(functionKey).level(access) != AccessLevel::None)
        return std::nullopt;
    return assumedError(QStringLiteral("forbidden"));
}

bool SandboxApi::canSee(const QJsonObject &row, const QString &functionKey) const
{
    return canTouch(row, functionKey, Access::Inquire);
}

bool SandboxApi::canTouch(const QJsonObject &row, const QString &functionKey, Access access) const
{
    switch (m_scenario->levelsFor(functionKey).level(access)) {
    case AccessLevel::All:
        return true;
    case AccessLevel::My:
        return row.value(kOwner).toString().compare(
                   m_scenario->memberIdentifier, Qt::CaseInsensitive)
            == 0;
    case AccessLevel::None:
        break;
    }
    return false;
}

QList<QJsonObject> SandboxApi::visibleRows(const QString &table, const QString &functionKey) const
{
    QList<QJsonObject> rows;
    for (const QJsonObject &row : m_tables.value(table).rows) {
        if (canSee(row, functionKey))
            rows.append(row);
    }
    return rows;
}

int SandboxApi::rowIndex(const QString &table, int id) const
{
    const auto found = m_tables.constFind(table);
    if (found == m_tables.cend())
        return -1;
    const QList<QJsonObject> &rows = found->rows;
    for (int i = 0; i < rows.size(); ++i) {
        if (idOf(rows.at(i)) == id)
            return i;
    }
    return -1;
}

ApiReply SandboxApi::list(const ApiRequest &request, QList<QJsonObject> rows) const
{
    ApiReply error;
    if (!applyConditions(request, &rows, &error))
        return error;
    std::sort(rows.begin(), rows.end(),
        [](const QJsonObject &a, const QJsonObject &b) { return idOf(a) < idOf(b); });

    const QJsonObject paging = sandboxAssumption(QStringLiteral("paging"));
    const int defaultPageSize = paging.value(QStringLiteral("defaultPageSize")).toInt(25);
    const int maxPageSize = paging.value(QStringLiteral("maxPageSize")).toInt(1000);
    const QUrlQuery query = request.query();
    int pageSize = defaultPageSize;
    int page = 1;
    if (query.hasQueryItem(QStringLiteral("pageSize"))) {
        bool ok = false;
        pageSize = query.queryItemValue(QStringLiteral("pageSize")).toInt(&ok);
        if (!ok || pageSize < 1)
            return errorReply(400, QStringLiteral("InvalidObject"),
                QStringLiteral("pageSize must be a positive number."));
        pageSize = std::min(pageSize, maxPageSize);
    }
    if (query.hasQueryItem(QStringLiteral("page"))) {
        bool ok = false;
        page = query.queryItemValue(QStringLiteral("page")).toInt(&ok);
        if (!ok || page < 1)
            return errorReply(400, QStringLiteral("InvalidObject"),
                QStringLiteral("page must be a positive number."));
    }

    const int total = int(rows.size());
    const int lastPage = std::max(1, (total + pageSize - 1) / pageSize);
    const QStringList fields = fieldsOf(request);
    QJsonArray out;
    for (int i = (page - 1) * pageSize; i < std::min(total, page * pageSize); ++i) {
        const QJsonObject row = publicView(rows.at(i));
        out.append(fields.isEmpty() ? row : project(row, fields));
    }
    ApiReply reply = jsonReply(200, out);

    // The Link header follows the navigable pagination: no header when everything fits on one page.
    if (total > pageSize) {
        const auto pageUrl = [&](int number) -> QString {
            QUrlQuery q(request.encodedQuery);
            q.removeAllQueryItems(QStringLiteral("page"));
            q.removeAllQueryItems(QStringLiteral("pageSize"));
            q.addQueryItem(QStringLiteral("pageSize"), QString::number(pageSize));
            q.addQueryItem(QStringLiteral("page"), QString::number(number));
            return QLatin1Char('<') + request.siteBase + request.path + QLatin1Char('?')
                + q.query(QUrl::FullyEncoded) + QLatin1Char('>');
        };
        QStringList links;
        if (page > 1)
            links.append(pageUrl(page - 1) + QStringLiteral("; rel=\"prev\""));
        if (page < lastPage)
            links.append(pageUrl(page + 1) + QStringLiteral("; rel=\"next\""));
        if (page > 1)
            links.append(pageUrl(1) + QStringLiteral("; rel=\"first\""));
        if (page < lastPage)
            links.append(pageUrl(lastPage) + QStringLiteral("; rel=\"last\""));
        reply.headers.append(
            { QByteArrayLiteral("Link"), links.join(QStringLiteral(", ")).toUtf8() });
    }
    return reply;
}

ApiReply SandboxApi::count(const ApiRequest &request, QList<QJsonObject> rows) const
{
    ApiReply error;
    if (!applyConditions(request, &rows, &error))
        return error;
    return jsonReply(200, QJsonObject { { QStringLiteral("count"), rows.size() } });
}

ApiReply SandboxApi::single(const ApiRequest &request, const QJsonObject &row) const
{
    const QStringList fields = fieldsOf(request);
    const QJsonObject view = publicView(row);
    return jsonReply(200, fields.isEmpty() ? view : project(view, fields));
}

ApiReply SandboxApi::collection(const ApiRequest &request, const QStringList &rest,
    const QString &table, const QString &functionKey)
{
    if (request.method != QLatin1String("GET"))
        return methodNotAllowed(request.method);
    if (auto denied = deny(functionKey, Access::Inquire))
        return *denied;
    if (rest.isEmpty())
        return list(request, visibleRows(table, functionKey));
    if (rest.size() == 1 && rest.first().compare(QLatin1String("count"), Qt::CaseInsensitive) == 0)
        return count(request, visibleRows(table, functionKey));
    int id = 0;
    if (rest.size() != 1 || !parseId(rest.first(), &id))
        return endpointNotFound();
    const int index = rowIndex(table, id);
    if (index < 0 || !canSee(m_tables[table].rows.at(index), functionKey))
        return recordNotFound();
    return single(request, m_tables[table].rows.at(index));
}

QJsonObject SandboxApi::roleReference() const
{
    return { { QStringLiteral("id"), m_scenario->roleId },
        { QStringLiteral("name"), m_scenario->roleName } };
}

QJsonObject SandboxApi::boardReference(int boardId) const
{
    const int index = rowIndex(kBoards, boardId);
    const QString name = index >= 0
        ? m_tables[kBoards].rows.at(index).value(QStringLiteral("name")).toString()
        : QString();
    return { { QStringLiteral("id"), boardId }, { QStringLiteral("name"), name } };
}

QJsonObject SandboxApi::memberRecord() const
{
    QJsonObject member {
        { QStringLiteral("id"), m_scenario->memberId },
        { QStringLiteral("identifier"), m_scenario->memberIdentifier },
        { QStringLiteral("firstName"), m_scenario->memberName },
        { QStringLiteral("licenseClass"), QStringLiteral("A") },
        { QStringLiteral("inactiveFlag"), false },
        { QStringLiteral("adminFlag"), m_scenario->admin },
        { QStringLiteral("securityRole"), roleReference() },
        { QStringLiteral("excludedServiceBoardIds"), QJsonArray() },
    };
    // ConnectWise leaves out empty references rather than sending null.
    if (m_scenario->defaultBoardId != 0)
        member.insert(
            QStringLiteral("serviceDefaultBoard"), boardReference(m_scenario->defaultBoardId));
    return member;
}

QJsonObject SandboxApi::myMemberRecord() const
{
    return memberRecord();
}

QJsonObject SandboxApi::apiMemberRecord() const
{
    QJsonObject member {
        { QStringLiteral("id"), m_scenario->memberId },
        { QStringLiteral("identifier"), m_scenario->memberIdentifier },
        { QStringLiteral("name"), m_scenario->memberName },
        { QStringLiteral("inactiveFlag"), false },
        { QStringLiteral("securityRole"), roleReference() },
        { QStringLiteral("excludedServiceBoardIds"), QJsonArray() },
    };
    if (m_scenario->defaultBoardId != 0)
        member.insert(
            QStringLiteral("serviceDefaultBoard"), boardReference(m_scenario->defaultBoardId));
    return member;
}

QJsonArray SandboxApi::securityRows(bool admin, bool withMember) const
{
    const QJsonObject names = assumptions().value(QStringLiteral("securityNames")).toObject();
    const QJsonObject member { { QStringLiteral("id"), m_scenario->memberId },
        { QStringLiteral("identifier"), m_scenario->memberIdentifier },
        { QStringLiteral("name"), m_scenario->memberName } };
    QJsonArray rows;
    const QStringList keys = Scenario::functionKeys();
    for (int i = 0; i < keys.size(); ++i) {
        const QJsonObject name = names.value(keys.at(i)).toObject();
        const QString all = QStringLiteral("All");
        const FunctionLevels levels
            = admin ? FunctionLevels { all, all, all, all } : m_scenario->levelsFor(keys.at(i));
        QJsonObject row {
            { QStringLiteral("id"), i + 1 },
            { QStringLiteral("addLevel"), levels.add },
            { QStringLiteral("editLevel"), levels.edit },
            { QStringLiteral("deleteLevel"), levels.del },
            { QStringLiteral("inquireLevel"), levels.inquire },
            { QStringLiteral("moduleName"), name.value(QStringLiteral("moduleName")).toString() },
            { QStringLiteral("moduleFunctionName"),
                name.value(QStringLiteral("functionName")).toString() },
            { QStringLiteral("myAllFlag"), false },
            { QStringLiteral("reportFlag"), false },
            { QStringLiteral("restrictFlag"), false },
            { QStringLiteral("customFlag"), false },
            { QStringLiteral("sortOrder"), i + 1 },
        };
        if (withMember)
            row.insert(QStringLiteral("member"), member);
        rows.append(row);
    }
    return rows;
}

ApiReply SandboxApi::securityRoles(const ApiRequest &request, const QStringList &rest)
{
    if (request.method != QLatin1String("GET"))
        return methodNotAllowed(request.method);
    if (auto denied = deny(kSecurityRoles, Access::Inquire))
        return *denied;
    // The scenario's role, plus the built-in Admin role every database has.
    QList<QJsonObject> roles;
    roles.append({ { QStringLiteral("id"), m_scenario->roleId },
        { QStringLiteral("name"), m_scenario->roleName },
        { QStringLiteral("roleType"), QStringLiteral("Corporate") },
        { QStringLiteral("adminFlag"), m_scenario->admin },
        { QStringLiteral("inactiveFlag"), false } });
    const int adminRoleId = m_scenario->roleId == 1 ? 2 : 1;
    if (m_scenario->roleName.compare(QLatin1String("Admin"), Qt::CaseInsensitive) != 0)
        roles.append({ { QStringLiteral("id"), adminRoleId },
            { QStringLiteral("name"), QStringLiteral("Admin") },
            { QStringLiteral("roleType"), QStringLiteral("Corporate") },
            { QStringLiteral("adminFlag"), true }, { QStringLiteral("inactiveFlag"), false } });
    if (rest.isEmpty())
        return list(request, roles);
    if (rest.size() == 1 && rest.first().compare(QLatin1String("count"), Qt::CaseInsensitive) == 0)
        return count(request, roles);
    int id = 0;
    if (!parseId(rest.first(), &id))
        return endpointNotFound();
    const auto role = std::find_if(
        roles.cbegin(), roles.cend(), [id](const QJsonObject &r) { return idOf(r) == id; });
    if (rest.size() == 1)
        return role == roles.cend() ? recordNotFound() : single(request, *role);
    if (rest.at(1).compare(QLatin1String("settings"), Qt::CaseInsensitive) != 0 || rest.size() > 3)
        return endpointNotFound();
    if (role == roles.cend())
        return recordNotFound();
    const QJsonArray settings
        = securityRows(role->value(QStringLiteral("adminFlag")).toBool(), false);
    QList<QJsonObject> rows;
    for (const QJsonValue &value : settings)
        rows.append(value.toObject());
    if (rest.size() == 2)
        return list(request, rows);
    if (rest.at(2).compare(QLatin1String("count"), Qt::CaseInsensitive) == 0)
        return count(request, rows);
    int settingId = 0;
    if (!parseId(rest.at(2), &settingId))
        return endpointNotFound();
    for (const QJsonObject &row : qAsConst(rows)) {
        if (idOf(row) == settingId)
            return single(request, row);
    }
    return recordNotFound();
}

ApiReply SandboxApi::route(const ApiRequest &request, const QStringList &segments)
{
    const auto is = [&segments](int index, const char *name) {
        return segments.size() > index
            && segments.at(index).compare(QLatin1String(name), Qt::CaseInsensitive) == 0;
    };
    const QStringList rest2 = segments.mid(2);
    const QString &method = request.method;

    if (is(0, "system") && is(1, "info") && segments.size() == 2) {
        if (method != QLatin1String("GET"))
            return methodNotAllowed(method);
        QJsonArray bits;
        for (const char *name : { "Agreement", "ManagedServices", "CustomFields", "ManageLogin" })
            bits.append(QJsonObject { { QStringLiteral("name"), QString::fromLatin1(name) },
                { QStringLiteral("activeFlag"), true } });
        return single(request,
            { { QStringLiteral("version"), m_scenario->version },
                { QStringLiteral("isCloud"), m_scenario->cloud },
                { QStringLiteral("serverTimeZone"), m_scenario->serverTimeZone },
                { QStringLiteral("licenseBits"), bits },
                { QStringLiteral("cloudRegion"), m_scenario->cloudRegion },
                { QStringLiteral("maxWorkFlowRecordsAllowed"), 1000 } });
    }
    if (is(0, "system") && is(1, "myMembers") && segments.size() == 2) {
        if (!m_scenario->myMembersRouted)
            return endpointNotFound();
        if (method != QLatin1String("GET"))
            return methodNotAllowed(method);
        return single(request, myMemberRecord());
    }
    if (is(0, "system") && is(1, "mySecurity") && segments.size() == 2) {
        if (!m_scenario->mySecurityRouted)
            return endpointNotFound();
        if (method != QLatin1String("GET"))
            return methodNotAllowed(method);
        QList<QJsonObject> rows;
        for (const QJsonValue &value : securityRows(m_scenario->admin, true))
            rows.append(value.toObject());
        return list(request, rows);
    }
    if (is(0, "system") && is(1, "members")) {
        if (method != QLatin1String("GET"))
            return methodNotAllowed(method);
        if (auto denied = deny(kMemberMaintenance, Access::Inquire))
            return *denied;
        QList<QJsonObject> rows = m_tables.value(kMembers).rows;
        QJsonObject self = memberRecord();
        self.insert(kOwner, m_scenario->memberIdentifier);
        rows.append(self);
        QList<QJsonObject> visible;
        for (const QJsonObject &row : qAsConst(rows)) {
            if (canSee(row, kMemberMaintenance))
                visible.append(row);
        }
        if (rest2.isEmpty())
            return list(request, visible);
        if (rest2.size() != 1)
            return endpointNotFound();
        if (rest2.first().compare(QLatin1String("count"), Qt::CaseInsensitive) == 0)
            return count(request, visible);
        // Members are addressed by identifier (and, for convenience, by id).
        for (const QJsonObject &row : qAsConst(visible)) {
            if (row.value(QStringLiteral("identifier"))
                        .toString()
                        .compare(rest2.first(), Qt::CaseInsensitive)
                    == 0
                || QString::number(idOf(row)) == rest2.first())
                return single(request, row);
        }
        return recordNotFound();
    }
    if (is(0, "system") && is(1, "apiMembers")) {
        if (method != QLatin1String("GET"))
            return methodNotAllowed(method);
        if (auto denied = deny(kMemberMaintenance, Access::Inquire))
            return *denied;
        QJsonObject self = apiMemberRecord();
        self.insert(kOwner, m_scenario->memberIdentifier);
        QList<QJsonObject> rows;
        if (canSee(self, kMemberMaintenance))
            rows.append(self);
        if (rest2.isEmpty())
            return list(request, rows);
        if (rest2.size() != 1)
            return endpointNotFound();
        if (rest2.first().compare(QLatin1String("count"), Qt::CaseInsensitive) == 0)
            return count(request, rows);
        int id = 0;
        if (!parseId(rest2.first(), &id))
            return endpointNotFound();
        for (const QJsonObject &row : qAsConst(rows)) {
            if (idOf(row) == id)
                return single(request, row);
        }
        return recordNotFound();
    }
    if (is(0, "system") && is(1, "securityroles"))
        return securityRoles(request, rest2);
    if (is(0, "system") && is(1, "documents"))
        return documents(request, rest2);
    if (is(0, "company") && is(1, "companies"))
        return collection(request, rest2, kCompanies, kCompanyMaintenance);
    if (is(0, "service") && is(1, "boards"))
        return collection(request, rest2, kBoards, kTableSetup);
    if (is(0, "finance") && is(1, "agreements")) {
        int id = 0;
        if (rest2.size() == 1 && parseId(rest2.first(), &id)) {
            if (method == QLatin1String("PATCH"))
                return patchAgreement(request, id);
            if (method == QLatin1String("PUT"))
                return putAgreement(request, id);
        }
        return collection(request, rest2, kAgreementsTable, kAgreements);
    }
    if (is(0, "service") && is(1, "tickets")) {
        int id = 0;
        if (rest2.isEmpty() && method == QLatin1String("POST"))
            return createTicket(request);
        if (rest2.size() == 1 && parseId(rest2.first(), &id) && method == QLatin1String("DELETE"))
            return deleteTicket(id);
        return collection(request, rest2, kTickets, kServiceTickets);
    }
    return endpointNotFound();
}

ApiReply SandboxApi::createTicket(const ApiRequest &request)
{
    // The role is checked before anything in the body is looked at.
    if (auto denied = deny(kServiceTickets, Access::Add))
        return *denied;
    const QString resource = QStringLiteral("ticket");
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalidObject(resource,
            { validationError(
                QStringLiteral("InvalidJson"), parseError.errorString(), resource, QString()) });
    if (!doc.isObject())
        return conversionError(
            QStringLiteral("ConnectWise.Apis.v3_0.v2015_3.Service.Ticket.Ticket"));
    const QJsonObject body = doc.object();
    const QJsonValue summary = body.value(QStringLiteral("summary"));
    const QJsonValue company = body.value(QStringLiteral("company"));
    const QJsonValue board = body.value(QStringLiteral("board"));
    if ((!summary.isUndefined() && !summary.isNull() && !summary.isString())
        || (!company.isUndefined() && !company.isNull() && !company.isObject())
        || (!board.isUndefined() && !board.isNull() && !board.isObject()))
        return conversionError(
            QStringLiteral("ConnectWise.Apis.v3_0.v2015_3.Service.Ticket.Ticket"));

    QJsonArray errors;
    const QString summaryText = summary.toString().trimmed();
    if (summaryText.isEmpty())
        errors.append(validationError(QStringLiteral("MissingRequiredField"),
            QStringLiteral("The summary field is required."), resource, QStringLiteral("summary")));
    else if (summaryText.size() > 100)
        errors.append(validationError(QStringLiteral("InvalidField"),
            QStringLiteral("summary can not be more than 100 characters."), resource,
            QStringLiteral("summary")));

    const int companyId = company.toObject().value(QStringLiteral("id")).toInt();
    const QString companyIdentifier
        = company.toObject().value(QStringLiteral("identifier")).toString();
    int companyIndex = -1;
    const QList<QJsonObject> &companies = m_tables[kCompanies].rows;
    for (int i = 0; i < companies.size(); ++i) {
        if ((companyId != 0 && idOf(companies.at(i)) == companyId)
            || (companyId == 0 && !companyIdentifier.isEmpty()
                && companies.at(i)
                        .value(QStringLiteral("identifier"))
                        .toString()
                        .compare(companyIdentifier, Qt::CaseInsensitive)
                    == 0))
            companyIndex = i;
    }
    if (company.isUndefined() || company.isNull())
        errors.append(validationError(QStringLiteral("MissingRequiredField"),
            QStringLiteral("The company field is required."), resource, QStringLiteral("company")));
    else if (companyIndex < 0)
        errors.append(validationError(QStringLiteral("InvalidField"),
            QStringLiteral("Company not found."), resource, QStringLiteral("company")));

    int boardId = 0;
    if (board.isObject()) {
        boardId = board.toObject().value(QStringLiteral("id")).toInt();
        if (rowIndex(kBoards, boardId) < 0)
            errors.append(validationError(QStringLiteral("InvalidField"),
                QStringLiteral("Board not found."), resource, QStringLiteral("board")));
    } else if (m_scenario->defaultBoardId != 0) {
        // A ticket without a board lands on the API member's default board.
        boardId = m_scenario->defaultBoardId;
    } else {
        errors.append(validationError(QStringLiteral("MissingRequiredField"),
            sandboxAssumption(QStringLiteral("ticketWithoutBoard"))
                .value(QStringLiteral("message"))
                .toString(),
            resource, QStringLiteral("board")));
    }
    if (!errors.isEmpty())
        return invalidObject(resource, errors);

    Table &tickets = m_tables[kTickets];
    const QJsonObject companyRow = companies.at(companyIndex);
    QJsonObject ticket {
        { QStringLiteral("id"), tickets.nextId++ },
        { QStringLiteral("summary"), summaryText },
        { QStringLiteral("recordType"), QStringLiteral("ServiceTicket") },
        { QStringLiteral("board"), boardReference(boardId) },
        { QStringLiteral("status"),
            QJsonObject {
                { QStringLiteral("id"), 1 }, { QStringLiteral("name"), QStringLiteral("New") } } },
        { QStringLiteral("company"),
            QJsonObject { { QStringLiteral("id"), idOf(companyRow) },
                { QStringLiteral("identifier"), companyRow.value(QStringLiteral("identifier")) },
                { QStringLiteral("name"), companyRow.value(QStringLiteral("name")) } } },
        { QStringLiteral("closedFlag"), false },
        { QStringLiteral("_info"),
            QJsonObject { { QStringLiteral("dateEntered"), nowIso() },
                { QStringLiteral("enteredBy"), m_scenario->memberIdentifier } } },
        { kOwner, m_scenario->memberIdentifier },
    };
    for (const QString &key : { QStringLiteral("initialDescription"), QStringLiteral("severity"),
             QStringLiteral("impact") }) {
        if (body.value(key).isString())
            ticket.insert(key, body.value(key));
    }
    tickets.rows.append(ticket);
    ApiReply reply = jsonReply(201, publicView(ticket));
    reply.sideEffect = true;
    return reply;
}

ApiReply SandboxApi::deleteTicket(int id)
{
    if (auto denied = deny(kServiceTickets, Access::Delete))
        return *denied;
    const int index = rowIndex(kTickets, id);
    if (index < 0 || !canSee(m_tables[kTickets].rows.at(index), kServiceTickets))
        return recordNotFound();
    if (!canTouch(m_tables[kTickets].rows.at(index), kServiceTickets, Access::Delete))
        return assumedError(QStringLiteral("forbidden"));
    m_tables[kTickets].rows.removeAt(index);
    ApiReply reply;
    reply.status = 204;
    reply.sideEffect = true;
    return reply;
}

ApiReply SandboxApi::patchAgreement(const ApiRequest &request, int id)
{
    if (auto denied = deny(kAgreements, Access::Edit))
        return *denied;
    const int index = rowIndex(kAgreementsTable, id);
    if (index < 0 || !canSee(m_tables[kAgreementsTable].rows.at(index), kAgreements))
        return recordNotFound();
    QJsonObject row = m_tables[kAgreementsTable].rows.at(index);
    if (!canTouch(row, kAgreements, Access::Edit))
        return assumedError(QStringLiteral("forbidden"));

    const QString resource = QStringLiteral("agreement");
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isArray() || doc.array().isEmpty())
        return invalidObject(resource,
            { validationError(QStringLiteral("InvalidObject"),
                QStringLiteral("The body must be a non-empty JSON Patch array."), resource,
                QString()) });
    QJsonArray errors;
    QList<QPair<QString, QJsonValue>> changes;
    static const QStringList editable = { QStringLiteral("name"), QStringLiteral("type"),
        QStringLiteral("company"), QStringLiteral("contact"), QStringLiteral("startDate"),
        QStringLiteral("endDate"), QStringLiteral("noEndingDateFlag"),
        QStringLiteral("cancelledFlag"), QStringLiteral("customerPO"),
        QStringLiteral("internalNotes"), QStringLiteral("billAmount"),
        QStringLiteral("applicationLimit"), QStringLiteral("applicationUnits"),
        QStringLiteral("applicationCycle"), QStringLiteral("description") };
    const QJsonArray ops = doc.array();
    for (const QJsonValue &value : ops) {
        const QJsonObject op = value.toObject();
        const QString verb = op.value(QStringLiteral("op")).toString().toLower();
        QString path = op.value(QStringLiteral("path")).toString();
        if (path.startsWith(QLatin1Char('/')))
            path = path.mid(1);
        if (verb != QLatin1String("replace") && verb != QLatin1String("add")) {
            errors.append(validationError(QStringLiteral("InvalidField"),
                QStringLiteral("op must be replace or add."), resource, path));
            continue;
        }
        if (!editable.contains(path, Qt::CaseInsensitive) && !row.contains(path)) {
            errors.append(validationError(QStringLiteral("InvalidField"),
                QStringLiteral("%1 is not a field of agreement.").arg(path), resource, path));
            continue;
        }
        const QJsonValue newValue = op.value(QStringLiteral("value"));
        if (path.compare(QLatin1String("name"), Qt::CaseInsensitive) == 0
            && (!newValue.isString() || newValue.toString().trimmed().isEmpty())) {
            errors.append(validationError(QStringLiteral("MissingRequiredField"),
                QStringLiteral("The name field is required."), resource, QStringLiteral("name")));
            continue;
        }
        changes.append({ path, newValue });
    }
    if (!errors.isEmpty())
        return invalidObject(resource, errors);
    for (const auto &change : qAsConst(changes))
        row.insert(change.first, change.second);
    m_tables[kAgreementsTable].rows[index] = row;
    ApiReply reply = jsonReply(200, publicView(row));
    reply.sideEffect = true;
    return reply;
}

ApiReply SandboxApi::putAgreement(const ApiRequest &request, int id)
{
    if (auto denied = deny(kAgreements, Access::Edit))
        return *denied;
    const int index = rowIndex(kAgreementsTable, id);
    if (index < 0 || !canSee(m_tables[kAgreementsTable].rows.at(index), kAgreements))
        return recordNotFound();
    const QJsonObject old = m_tables[kAgreementsTable].rows.at(index);
    if (!canTouch(old, kAgreements, Access::Edit))
        return assumedError(QStringLiteral("forbidden"));

    const QString resource = QStringLiteral("agreement");
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalidObject(resource,
            { validationError(
                QStringLiteral("InvalidJson"), parseError.errorString(), resource, QString()) });
    if (!doc.isObject())
        return conversionError(
            QStringLiteral("ConnectWise.Apis.v3_0.v2015_3.Finance.Agreement.Agreement"));
    QJsonObject body = doc.object();
    QJsonArray errors;
    if (body.value(QStringLiteral("name")).toString().trimmed().isEmpty())
        errors.append(validationError(QStringLiteral("MissingRequiredField"),
            QStringLiteral("The name field is required."), resource, QStringLiteral("name")));
    for (const QString &reference :
        { QStringLiteral("type"), QStringLiteral("company"), QStringLiteral("contact") }) {
        if (!body.value(reference).isObject()
            || body.value(reference).toObject().value(QStringLiteral("id")).toInt() <= 0)
            errors.append(validationError(QStringLiteral("MissingRequiredField"),
                QStringLiteral("The %1 field is required.").arg(reference), resource, reference));
    }
    const int companyId
        = body.value(QStringLiteral("company")).toObject().value(QStringLiteral("id")).toInt();
    if (companyId > 0 && rowIndex(kCompanies, companyId) < 0)
        errors.append(validationError(QStringLiteral("InvalidField"),
            QStringLiteral("Company not found."), resource, QStringLiteral("company")));
    if (!errors.isEmpty())
        return invalidObject(resource, errors);
    // PUT replaces the whole record: fields not sent are gone.
    body.insert(QStringLiteral("id"), id);
    body.insert(kOwner, old.value(kOwner));
    m_tables[kAgreementsTable].rows[index] = body;
    ApiReply reply = jsonReply(200, publicView(body));
    reply.sideEffect = true;
    return reply;
}

ApiReply SandboxApi::documents(const ApiRequest &request, const QStringList &rest)
{
    if (request.method == QLatin1String("POST") && rest.isEmpty())
        return createDocument(request);
    if (request.method != QLatin1String("GET"))
        return methodNotAllowed(request.method);
    if (auto denied = deny(kManageAttachments, Access::Inquire))
        return *denied;
    const QUrlQuery query = request.query();
    const QString recordType = query.queryItemValue(QStringLiteral("recordType"));
    const QString recordId = query.queryItemValue(QStringLiteral("recordId"));
    QList<QJsonObject> rows;
    for (const QJsonObject &row : visibleRows(kDocuments, kManageAttachments)) {
        if (!recordType.isEmpty()
            && row.value(QStringLiteral("_recordType"))
                    .toString()
                    .compare(recordType, Qt::CaseInsensitive)
                != 0)
            continue;
        if (!recordId.isEmpty()
            && QString::number(row.value(QStringLiteral("_recordId")).toInt()) != recordId)
            continue;
        rows.append(row);
    }
    if (rest.isEmpty())
        return list(request, rows);
    if (rest.size() == 1 && rest.first().compare(QLatin1String("count"), Qt::CaseInsensitive) == 0)
        return count(request, rows);
    int id = 0;
    if (rest.size() != 1 || !parseId(rest.first(), &id))
        return endpointNotFound();
    const int index = rowIndex(kDocuments, id);
    if (index < 0 || !canSee(m_tables[kDocuments].rows.at(index), kManageAttachments))
        return recordNotFound();
    return single(request, m_tables[kDocuments].rows.at(index));
}

ApiReply SandboxApi::createDocument(const ApiRequest &request)
{
    if (auto denied = deny(kManageAttachments, Access::Add))
        return *denied;
    const QByteArray contentType = request.header("Content-Type");
    if (MultipartForm::boundaryOf(contentType).isEmpty())
        return assumedError(QStringLiteral("documentNotMultipart"));
    const QString resource = QStringLiteral("document");
    MultipartForm form;
    QString problem;
    if (!form.parse(contentType, request.body, &problem))
        return invalidObject(resource,
            { validationError(QStringLiteral("InvalidObject"), problem, resource, QString()) });

    QJsonArray errors;
    const QString recordType = form.value("recordType").trimmed();
    static const QMap<QString, QString> tables { { QStringLiteral("company"), kCompanies },
        { QStringLiteral("ticket"), kTickets }, { QStringLiteral("agreement"), kAgreementsTable } };
    if (recordType.isEmpty())
        errors.append(validationError(QStringLiteral("MissingRequiredField"),
            QStringLiteral("The recordType field is required."), resource,
            QStringLiteral("recordType")));
    else if (!tables.contains(recordType.toLower()))
        errors.append(validationError(QStringLiteral("InvalidField"),
            QStringLiteral("recordType %1 is not supported.").arg(recordType), resource,
            QStringLiteral("recordType")));
    int recordId = 0;
    if (form.value("recordId").trimmed().isEmpty())
        errors.append(validationError(QStringLiteral("MissingRequiredField"),
            QStringLiteral("The recordId field is required."), resource,
            QStringLiteral("recordId")));
    else if (!parseId(form.value("recordId").trimmed(), &recordId))
        return conversionError(QStringLiteral("System.Int32"));
    else if (tables.contains(recordType.toLower())
        && rowIndex(tables.value(recordType.toLower()), recordId) < 0)
        errors.append(validationError(QStringLiteral("InvalidField"),
            QStringLiteral("%1 %2 was not found.").arg(recordType).arg(recordId), resource,
            QStringLiteral("recordId")));
    const MultipartForm::Part *file = form.part("file");
    const QString url = form.value("url").trimmed();
    if ((file == nullptr || file->data.isEmpty()) && url.isEmpty())
        errors.append(validationError(QStringLiteral("MissingRequiredField"),
            QStringLiteral("A file or a url is required."), resource, QStringLiteral("file")));
    QString title = form.value("title").trimmed();
    if (title.isEmpty() && file)
        title = QString::fromUtf8(file->fileName);
    if (title.isEmpty())
        errors.append(validationError(QStringLiteral("MissingRequiredField"),
            QStringLiteral("The title field is required."), resource, QStringLiteral("title")));
    if (!errors.isEmpty())
        return invalidObject(resource, errors);

    Table &docs = m_tables[kDocuments];
    const QString fileName = file ? QString::fromUtf8(file->fileName) : url;
    QJsonObject document {
        { QStringLiteral("id"), docs.nextId++ },
        { QStringLiteral("title"), title },
        { QStringLiteral("fileName"), fileName },
        { QStringLiteral("serverFileName"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
        { QStringLiteral("owner"), m_scenario->memberIdentifier },
        { QStringLiteral("linkFlag"), file == nullptr },
        { QStringLiteral("imageFlag"), file && file->contentType.startsWith("image/") },
        { QStringLiteral("publicFlag"), false },
        { QStringLiteral("htmlTemplateFlag"), false },
        { QStringLiteral("readOnlyFlag"), false },
        { QStringLiteral("size"), file ? file->data.size() : 0 },
        { QStringLiteral("urlFlag"), file == nullptr },
        { QStringLiteral("createdOnDate"), nowIso() },
        { QStringLiteral("guid"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
        { QStringLiteral("_recordType"), recordType },
        { QStringLiteral("_recordId"), recordId },
        { kOwner, m_scenario->memberIdentifier },
    };
    docs.rows.append(document);
    ApiReply reply = jsonReply(201, publicView(document));
    reply.sideEffect = true;
    return reply;
}

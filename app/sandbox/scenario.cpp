// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace {

const QString kBuiltinDir = QStringLiteral(":/sandbox/scenarios");
constexpr int kMaxExtendsDepth = 8;

const QStringList kLevelNames = { QStringLiteral("All"), QStringLiteral("My"),
    QStringLiteral("Mine"), QStringLiteral("None") };

struct FaultName
{
    FaultKind kind;
    const char *name;
};
const FaultName kFaultNames[] = {
    { FaultKind::ServerError, "500" },
    { FaultKind::Hang, "hang" },
    { FaultKind::Html200, "html-200" },
    { FaultKind::TruncatedJson, "truncated-json" },
    { FaultKind::RedirectHttp, "redirect-http" },
    { FaultKind::Reset, "reset" },
    { FaultKind::RateLimit, "rate-limit" },
    { FaultKind::SlowBody, "slow-body" },
};

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

QString childPath(const QString &path, const QString &key)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (plain.match(key).hasMatch())
        return path + QLatin1Char('.') + key;
    return path + QStringLiteral("[\"") + key + QStringLiteral("\"]");
}

QString indexPath(const QString &path, int index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

/// Reads a JSON object field by field, remembering the first problem with its JSON path.
class Reader
{
public:
    bool failed() const { return !m_error.isEmpty(); }
    const QString &error() const { return m_error; }

    void fail(const QString &path, const QString &problem)
    {
        if (m_error.isEmpty())
            m_error = path + QStringLiteral(": ") + problem;
    }

    void onlyKeys(const QJsonObject &object, const QString &path, const QStringList &allowed)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            // Keys starting with an underscore are comments, so a scenario can explain itself.
            if (!allowed.contains(it.key()) && !it.key().startsWith(QLatin1Char('_')))
                fail(childPath(path, it.key()),
                    QStringLiteral("unknown field (known: ") + allowed.join(QStringLiteral(", "))
                        + QLatin1Char(')'));
        }
    }

    QString string(const QJsonObject &object, const QString &path, const QString &key,
        bool required, const QString &fallback = QString())
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined()) {
            if (required)
                fail(childPath(path, key), QStringLiteral("required field is missing"));
            return fallback;
        }
        if (!value.isString()) {
            fail(childPath(path, key),
                QStringLiteral("expected a string, got ") + jsonTypeName(value));
            return fallback;
        }
        if (required && value.toString().trimmed().isEmpty())
            fail(childPath(path, key), QStringLiteral("must not be empty"));
        return value.toString();
    }

    int integer(const QJsonObject &object, const QString &path, const QString &key, int fallback,
        int minimum = 0)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return fallback;
        const double number = value.toDouble(-1.0e300);
        // trunc, not a cast to an integer: a huge number would overflow the cast (undefined).
        if (!value.isDouble() || number != std::trunc(number)) {
            fail(childPath(path, key),
                QStringLiteral("expected a whole number, got ") + jsonTypeName(value));
            return fallback;
        }
        if (number < minimum || number > 2147483647.0) {
            fail(childPath(path, key),
                QStringLiteral("must be between %1 and 2147483647").arg(minimum));
            return fallback;
        }
        return static_cast<int>(number);
    }

    bool boolean(const QJsonObject &object, const QString &path, const QString &key, bool fallback)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return fallback;
        if (!value.isBool()) {
            fail(childPath(path, key),
                QStringLiteral("expected true or false, got ") + jsonTypeName(value));
            return fallback;
        }
        return value.toBool();
    }

    QJsonObject object(
        const QJsonObject &parent, const QString &path, const QString &key, bool required)
    {
        const QJsonValue value = parent.value(key);
        if (value.isUndefined()) {
            if (required)
                fail(childPath(path, key), QStringLiteral("required object is missing"));
            return {};
        }
        if (!value.isObject()) {
            fail(childPath(path, key),
                QStringLiteral("expected an object, got ") + jsonTypeName(value));
            return {};
        }
        return value.toObject();
    }

    QJsonArray array(const QJsonObject &parent, const QString &path, const QString &key)
    {
        const QJsonValue value = parent.value(key);
        if (value.isUndefined() || value.isNull())
            return {};
        if (!value.isArray()) {
            fail(childPath(path, key),
                QStringLiteral("expected an array, got ") + jsonTypeName(value));
            return {};
        }
        return value.toArray();
    }

    QString level(const QJsonValue &value, const QString &path)
    {
        if (!value.isString() || !kLevelNames.contains(value.toString())) {
            fail(path,
                QStringLiteral("expected one of All, My, Mine, None, got ")
                    + (value.isString() ? QLatin1Char('"') + value.toString() + QLatin1Char('"')
                                        : jsonTypeName(value)));
            return QStringLiteral("None");
        }
        return value.toString();
    }

private:
    QString m_error;
};

/// Objects merge key by key; anything else (arrays included) is replaced by the derived value.
QJsonObject mergeObjects(const QJsonObject &base, const QJsonObject &derived)
{
    QJsonObject merged = base;
    for (auto it = derived.begin(); it != derived.end(); ++it) {
        const QJsonValue old = merged.value(it.key());
        if (old.isObject() && it.value().isObject())
            merged.insert(it.key(), mergeObjects(old.toObject(), it.value().toObject()));
        else
            merged.insert(it.key(), it.value());
    }
    return merged;
}

bool isBuiltinName(const QString &name)
{
    return QFile::exists(kBuiltinDir + QLatin1Char('/') + name + QStringLiteral(".json"));
}

/// Reads the raw object of a scenario and of everything it extends, merged.
bool resolveObject(const QByteArray &json, const QString &origin, int depth, QSet<QString> *seen,
    QJsonObject *out, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Give a line number as well as the offset: that is what an editor shows.
        const int line = json.left(parseError.offset).count('\n') + 1;
        *error = origin
            + QStringLiteral(": $: invalid JSON at line %1 (offset %2): %3")
                  .arg(line)
                  .arg(parseError.offset)
                  .arg(parseError.errorString());
        return false;
    }
    if (!doc.isObject()) {
        *error = origin + QStringLiteral(": $: expected a JSON object at the top level");
        return false;
    }
    QJsonObject object = doc.object();
    const QJsonValue extends = object.value(QStringLiteral("extends"));
    if (extends.isUndefined() || extends.isNull()) {
        *out = object;
        return true;
    }
    if (!extends.isString() || extends.toString().isEmpty()) {
        *error = origin
            + QStringLiteral(": $.extends: expected the name or file of another scenario, got ")
            + jsonTypeName(extends);
        return false;
    }
    if (depth >= kMaxExtendsDepth) {
        *error = origin + QStringLiteral(": $.extends: too many levels of extends");
        return false;
    }
    const QString baseName = extends.toString();
    QString baseOrigin;
    QByteArray baseJson;
    const QFileInfo originInfo(origin);
    const QString relative = originInfo.dir().filePath(baseName);
    if (!origin.startsWith(QLatin1Char(':')) && QFileInfo(relative).isFile()) {
        baseOrigin = relative;
    } else if (isBuiltinName(baseName)) {
        baseOrigin = kBuiltinDir + QLatin1Char('/') + baseName + QStringLiteral(".json");
    } else if (QFileInfo(baseName).isFile()) {
        baseOrigin = baseName;
    } else {
        *error = origin + QStringLiteral(": $.extends: no built-in scenario or file named \"")
            + baseName + QLatin1Char('"');
        return false;
    }
    const QString canonical = QFileInfo(baseOrigin).absoluteFilePath();
    if (seen->contains(canonical)) {
        *error = origin + QStringLiteral(": $.extends: \"") + baseName
            + QStringLiteral("\" extends itself (a cycle)");
        return false;
    }
    seen->insert(canonical);
    QFile file(baseOrigin);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = origin + QStringLiteral(": $.extends: cannot read ") + baseOrigin
            + QStringLiteral(": ") + file.errorString();
        return false;
    }
    baseJson = file.readAll();
    QJsonObject baseObject;
    if (!resolveObject(baseJson, baseOrigin, depth + 1, seen, &baseObject, error))
        return false;
    object.remove(QStringLiteral("extends"));
    // The base's name and description never leak into the derived scenario.
    baseObject.remove(QStringLiteral("name"));
    baseObject.remove(QStringLiteral("description"));
    *out = mergeObjects(baseObject, object);
    return true;
}

void readSeed(Reader &reader, const QJsonArray &records, const QString &path, bool needsIdentifier)
{
    QSet<int> ids;
    for (int i = 0; i < records.size(); ++i) {
        const QString recordPath = indexPath(path, i);
        if (!records.at(i).isObject()) {
            reader.fail(recordPath,
                QStringLiteral("expected an object, got ") + jsonTypeName(records.at(i)));
            return;
        }
        const QJsonObject record = records.at(i).toObject();
        const int id = reader.integer(record, recordPath, QStringLiteral("id"), -1, 1);
        if (!record.contains(QStringLiteral("id")))
            reader.fail(childPath(recordPath, QStringLiteral("id")),
                QStringLiteral("required field is missing"));
        if (ids.contains(id))
            reader.fail(childPath(recordPath, QStringLiteral("id")),
                QStringLiteral("duplicate id %1").arg(id));
        ids.insert(id);
        reader.string(record, recordPath, QStringLiteral("_owner"), false);
        if (needsIdentifier)
            reader.string(record, recordPath, QStringLiteral("identifier"), true);
    }
}

} // namespace

QString FunctionLevels::text(Access access) const
{
    switch (access) {
    case Access::Add:
        return add;
    case Access::Edit:
        return edit;
    case Access::Delete:
        return del;
    case Access::Inquire:
        return inquire;
    }
    return QStringLiteral("None");
}

AccessLevel FunctionLevels::level(Access access) const
{
    const QString value = text(access);
    if (value == QLatin1String("All"))
        return AccessLevel::All;
    if (value == QLatin1String("My") || value == QLatin1String("Mine"))
        return AccessLevel::My;
    return AccessLevel::None;
}

bool FaultRule::matches(const QString &requestMethod, const QString &requestPath) const
{
    if (method != QLatin1String("*") && method.compare(requestMethod, Qt::CaseInsensitive) != 0)
        return false;
    if (exact)
        return requestPath.compare(path, Qt::CaseInsensitive) == 0;
    return requestPath.startsWith(path, Qt::CaseInsensitive);
}

QString FaultRule::kindName(FaultKind kind)
{
    for (const auto &entry : kFaultNames) {
        if (entry.kind == kind)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

bool FaultRule::kindFromName(const QString &name, FaultKind *kind)
{
    for (const auto &entry : kFaultNames) {
        if (name == QLatin1String(entry.name)) {
            *kind = entry.kind;
            return true;
        }
    }
    return false;
}

FunctionLevels Scenario::levelsFor(const QString &functionKey) const
{
    if (admin) {
        const QString all = QStringLiteral("All");
        return FunctionLevels { all, all, all, all };
    }
    return levels.value(functionKey);
}

QStringList Scenario::functionKeys()
{
    return { QStringLiteral("Companies/Company Maintenance"),
        QStringLiteral("Companies/Manage Attachments"), QStringLiteral("Finance/Agreements"),
        QStringLiteral("Service Desk/Service Tickets"), QStringLiteral("System/Member Maintenance"),
        QStringLiteral("System/Security Roles"), QStringLiteral("System/Table Setup") };
}

Scenario Scenario::fromJson(const QByteArray &json, const QString &origin, QString *error)
{
    QString problem;
    QJsonObject root;
    QSet<QString> seen;
    if (!origin.isEmpty())
        seen.insert(QFileInfo(origin).absoluteFilePath());
    if (!resolveObject(json, origin, 0, &seen, &root, &problem)) {
        if (error)
            *error = problem;
        return {};
    }

    Scenario s;
    s.origin = origin;
    Reader r;
    const QString top = QStringLiteral("$");
    r.onlyKeys(root, top,
        { QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("company"),
            QStringLiteral("keys"), QStringLiteral("clientIds"), QStringLiteral("apiMember"),
            QStringLiteral("role"), QStringLiteral("routing"), QStringLiteral("latencyMs"),
            QStringLiteral("faults"), QStringLiteral("seed") });
    s.name = r.string(root, top, QStringLiteral("name"), true);
    s.description = r.string(root, top, QStringLiteral("description"), false);

    const QString companyPath = QStringLiteral("$.company");
    const QJsonObject company = r.object(root, top, QStringLiteral("company"), true);
    r.onlyKeys(company, companyPath,
        { QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("codebase"),
            QStringLiteral("versionCode"), QStringLiteral("versionNumber"),
            QStringLiteral("version"), QStringLiteral("cloud"), QStringLiteral("cloudRegion"),
            QStringLiteral("serverTimeZone") });
    s.companyId = r.string(company, companyPath, QStringLiteral("id"), true);
    s.companyName = r.string(company, companyPath, QStringLiteral("name"), true);
    s.codebase = r.string(company, companyPath, QStringLiteral("codebase"), false, s.codebase);
    if (!s.codebase.endsWith(QLatin1Char('/')) || s.codebase.startsWith(QLatin1Char('/'))
        || s.codebase.count(QLatin1Char('/')) != 1)
        r.fail(companyPath + QStringLiteral(".codebase"),
            QStringLiteral("must be one path segment ending with a slash, like \"v2025_1/\""));
    s.versionCode
        = r.string(company, companyPath, QStringLiteral("versionCode"), false, s.versionCode);
    s.versionNumber
        = r.string(company, companyPath, QStringLiteral("versionNumber"), false, s.versionNumber);
    s.version = r.string(company, companyPath, QStringLiteral("version"), false, s.version);
    s.cloud = r.boolean(company, companyPath, QStringLiteral("cloud"), s.cloud);
    s.cloudRegion
        = r.string(company, companyPath, QStringLiteral("cloudRegion"), false, s.cloudRegion);
    s.serverTimeZone
        = r.string(company, companyPath, QStringLiteral("serverTimeZone"), false, s.serverTimeZone);

    const QString keysPath = QStringLiteral("$.keys");
    const QJsonObject keys = r.object(root, top, QStringLiteral("keys"), true);
    r.onlyKeys(keys, keysPath, { QStringLiteral("public"), QStringLiteral("private") });
    s.publicKey = r.string(keys, keysPath, QStringLiteral("public"), true);
    s.privateKey = r.string(keys, keysPath, QStringLiteral("private"), true);

    const QJsonValue clientIds = root.value(QStringLiteral("clientIds"));
    if (!clientIds.isUndefined() && !clientIds.isNull()) {
        if (!clientIds.isArray()) {
            r.fail(QStringLiteral("$.clientIds"),
                QStringLiteral("expected an array of strings or null, got ")
                    + jsonTypeName(clientIds));
        } else {
            const QJsonArray list = clientIds.toArray();
            for (int i = 0; i < list.size(); ++i) {
                if (!list.at(i).isString() || list.at(i).toString().isEmpty())
                    r.fail(indexPath(QStringLiteral("$.clientIds"), i),
                        QStringLiteral("expected a non-empty string, got ")
                            + jsonTypeName(list.at(i)));
                else
                    s.acceptedClientIds.append(list.at(i).toString());
            }
        }
    }

    const QString memberPath = QStringLiteral("$.apiMember");
    const QJsonObject member = r.object(root, top, QStringLiteral("apiMember"), true);
    r.onlyKeys(member, memberPath,
        { QStringLiteral("id"), QStringLiteral("identifier"), QStringLiteral("name"),
            QStringLiteral("defaultBoard") });
    s.memberId = r.integer(member, memberPath, QStringLiteral("id"), 310, 1);
    s.memberIdentifier = r.string(member, memberPath, QStringLiteral("identifier"), true);
    s.memberName = r.string(member, memberPath, QStringLiteral("name"), false, s.memberIdentifier);
    const QJsonValue board = member.value(QStringLiteral("defaultBoard"));
    if (!board.isUndefined() && !board.isNull())
        s.defaultBoardId = r.integer(member, memberPath, QStringLiteral("defaultBoard"), 0, 1);

    const QString rolePath = QStringLiteral("$.role");
    const QJsonObject role = r.object(root, top, QStringLiteral("role"), true);
    r.onlyKeys(role, rolePath,
        { QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("admin"),
            QStringLiteral("levels") });
    s.roleId = r.integer(role, rolePath, QStringLiteral("id"), 21, 1);
    s.roleName = r.string(role, rolePath, QStringLiteral("name"), true);
    s.admin = r.boolean(role, rolePath, QStringLiteral("admin"), false);
    const QString levelsPath = QStringLiteral("$.role.levels");
    const QJsonObject levels = r.object(role, rolePath, QStringLiteral("levels"), false);
    const QStringList knownFunctions = functionKeys();
    for (auto it = levels.begin(); it != levels.end(); ++it) {
        const QString path = childPath(levelsPath, it.key());
        if (it.key().startsWith(QLatin1Char('_')))
            continue;
        if (!knownFunctions.contains(it.key())) {
            r.fail(path,
                QStringLiteral("unknown module function (known: ")
                    + knownFunctions.join(QStringLiteral(", ")) + QLatin1Char(')'));
            continue;
        }
        FunctionLevels row;
        if (it.value().isString()) {
            // A single level is shorthand for all four columns.
            const QString all = r.level(it.value(), path);
            row = FunctionLevels { all, all, all, all };
        } else if (it.value().isObject()) {
            const QJsonObject columns = it.value().toObject();
            r.onlyKeys(columns, path,
                { QStringLiteral("add"), QStringLiteral("edit"), QStringLiteral("delete"),
                    QStringLiteral("inquire") });
            const auto column = [&](const QString &key) {
                return columns.contains(key) ? r.level(columns.value(key), childPath(path, key))
                                             : QStringLiteral("None");
            };
            row.add = column(QStringLiteral("add"));
            row.edit = column(QStringLiteral("edit"));
            row.del = column(QStringLiteral("delete"));
            row.inquire = column(QStringLiteral("inquire"));
        } else {
            r.fail(path,
                QStringLiteral(
                    "expected a level string or an object with add/edit/delete/inquire, got ")
                    + jsonTypeName(it.value()));
        }
        s.levels.insert(it.key(), row);
    }

    const QString routingPath = QStringLiteral("$.routing");
    const QJsonObject routing = r.object(root, top, QStringLiteral("routing"), false);
    r.onlyKeys(routing, routingPath, { QStringLiteral("mySecurity"), QStringLiteral("myMembers") });
    s.mySecurityRouted = r.boolean(routing, routingPath, QStringLiteral("mySecurity"), true);
    s.myMembersRouted = r.boolean(routing, routingPath, QStringLiteral("myMembers"), true);

    s.latencyMs = r.integer(root, top, QStringLiteral("latencyMs"), 0, 0);

    const QJsonArray faults = r.array(root, top, QStringLiteral("faults"));
    for (int i = 0; i < faults.size(); ++i) {
        const QString path = indexPath(QStringLiteral("$.faults"), i);
        if (!faults.at(i).isObject()) {
            r.fail(path, QStringLiteral("expected an object, got ") + jsonTypeName(faults.at(i)));
            continue;
        }
        const QJsonObject f = faults.at(i).toObject();
        r.onlyKeys(f, path,
            { QStringLiteral("method"), QStringLiteral("path"), QStringLiteral("match"),
                QStringLiteral("kind"), QStringLiteral("count"), QStringLiteral("retryAfter"),
                QStringLiteral("chunkDelayMs"), QStringLiteral("chunkBytes"),
                QStringLiteral("redirectPort"), QStringLiteral("body") });
        FaultRule rule;
        rule.method = r.string(f, path, QStringLiteral("method"), false, rule.method).toUpper();
        rule.path = r.string(f, path, QStringLiteral("path"), true);
        if (!rule.path.isEmpty() && !rule.path.startsWith(QLatin1Char('/')))
            r.fail(childPath(path, QStringLiteral("path")),
                QStringLiteral("must start with a slash, like \"/service/tickets\""));
        const QString match
            = r.string(f, path, QStringLiteral("match"), false, QStringLiteral("prefix"));
        if (match != QLatin1String("prefix") && match != QLatin1String("exact"))
            r.fail(childPath(path, QStringLiteral("match")),
                QStringLiteral("expected \"prefix\" or \"exact\", got \"") + match
                    + QLatin1Char('"'));
        rule.exact = match == QLatin1String("exact");
        const QString kind = r.string(f, path, QStringLiteral("kind"), true);
        if (!kind.isEmpty() && !FaultRule::kindFromName(kind, &rule.kind)) {
            QStringList names;
            for (const auto &entry : kFaultNames)
                names.append(QString::fromLatin1(entry.name));
            r.fail(childPath(path, QStringLiteral("kind")),
                QStringLiteral("unknown fault kind \"") + kind + QStringLiteral("\" (known: ")
                    + names.join(QStringLiteral(", ")) + QLatin1Char(')'));
        }
        rule.count = r.integer(f, path, QStringLiteral("count"), -1, 1);
        rule.retryAfterSeconds = r.integer(f, path, QStringLiteral("retryAfter"), 1, 0);
        rule.chunkDelayMs = r.integer(f, path, QStringLiteral("chunkDelayMs"), 50, 1);
        rule.chunkBytes = r.integer(f, path, QStringLiteral("chunkBytes"), 16, 1);
        rule.redirectPort = r.integer(f, path, QStringLiteral("redirectPort"), 0, 1);
        if (rule.redirectPort > 65535)
            r.fail(childPath(path, QStringLiteral("redirectPort")),
                QStringLiteral("must be a TCP port"));
        rule.body = r.object(f, path, QStringLiteral("body"), false);
        s.faults.append(rule);
    }

    const QString seedPath = QStringLiteral("$.seed");
    const QJsonObject seed = r.object(root, top, QStringLiteral("seed"), false);
    r.onlyKeys(seed, seedPath,
        { QStringLiteral("companies"), QStringLiteral("agreements"), QStringLiteral("tickets"),
            QStringLiteral("boards"), QStringLiteral("documents"), QStringLiteral("members") });
    s.companies = r.array(seed, seedPath, QStringLiteral("companies"));
    s.agreements = r.array(seed, seedPath, QStringLiteral("agreements"));
    s.tickets = r.array(seed, seedPath, QStringLiteral("tickets"));
    s.boards = r.array(seed, seedPath, QStringLiteral("boards"));
    s.documents = r.array(seed, seedPath, QStringLiteral("documents"));
    s.members = r.array(seed, seedPath, QStringLiteral("members"));
    readSeed(r, s.companies, seedPath + QStringLiteral(".companies"), true);
    readSeed(r, s.agreements, seedPath + QStringLiteral(".agreements"), false);
    readSeed(r, s.tickets, seedPath + QStringLiteral(".tickets"), false);
    readSeed(r, s.boards, seedPath + QStringLiteral(".boards"), false);
    readSeed(r, s.documents, seedPath + QStringLiteral(".documents"), false);
    readSeed(r, s.members, seedPath + QStringLiteral(".members"), true);

    if (!r.failed() && s.defaultBoardId != 0) {
        bool found = false;
        for (const QJsonValue &b : qAsConst(s.boards))
            found = found || b.toObject().value(QStringLiteral("id")).toInt() == s.defaultBoardId;
        if (!found)
            r.fail(QStringLiteral("$.apiMember.defaultBoard"),
                QStringLiteral("board %1 is not in seed.boards").arg(s.defaultBoardId));
    }

    if (r.failed()) {
        if (error)
            *error = origin + QStringLiteral(": ") + r.error();
        return {};
    }
    if (error)
        error->clear();
    return s;
}

Scenario Scenario::load(const QString &nameOrFile, QString *error)
{
    QString path;
    if (QFileInfo(nameOrFile).isFile())
        path = nameOrFile;
    else if (isBuiltinName(nameOrFile))
        path = kBuiltinDir + QLatin1Char('/') + nameOrFile + QStringLiteral(".json");
    if (path.isEmpty()) {
        if (error)
            *error = nameOrFile
                + QStringLiteral(": no such file and no built-in scenario of that name (built-in: ")
                + builtinNames().join(QStringLiteral(", ")) + QLatin1Char(')');
        return {};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = path + QStringLiteral(": cannot read: ") + file.errorString();
        return {};
    }
    return fromJson(file.readAll(), path, error);
}

QStringList Scenario::builtinNames()
{
    QStringList names;
    const QStringList files
        = QDir(kBuiltinDir).entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    for (const QString &file : files)
        names.append(file.chopped(5));
    return names;
}

QString Scenario::builtinDescription(const QString &name)
{
    QFile file(kBuiltinDir + QLatin1Char('/') + name + QStringLiteral(".json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll())
        .object()
        .value(QStringLiteral("description"))
        .toString();
}

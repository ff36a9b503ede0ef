// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakeconnectwise.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace {

const char *const kFunctions[] = { "Companies/Company Maintenance", "Companies/Manage Attachments",
    "Finance/Agreements", "Service Desk/Service Tickets" };

QByteArray json(const QJsonValue &v)
{
    return v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)
                       : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
}

HttpResponse forbidden()
{
    return FakeTransport::json(403,
        R"({"code":"Forbidden","message":"Improper security role settings for the supplied authentication."})");
}

} // namespace

FakeConnectWise::FakeConnectWise()
{
    setAll(QStringLiteral("All"));
}

void FakeConnectWise::setAll(const QString &level)
{
    for (const char *f : kFunctions) {
        for (const char *l : { "inquire", "add", "edit" })
            levels.insert(QLatin1String(f) + QLatin1Char(':') + QLatin1String(l), level);
    }
}

void FakeConnectWise::install(FakeTransport &t) const
{
    const FakeConnectWise cw = *this;
    const QByteArray expectedAuth = "Basic "
        + (cw.companyId + QLatin1Char('+') + cw.publicKey + QLatin1Char(':') + cw.privateKey)
              .toUtf8()
              .toBase64();
    // Authentication and clientId checks first, as ConnectWise does.
    auto guarded = [cw, expectedAuth](FakeTransport::Handler inner) {
        return [cw, expectedAuth, inner](const HttpRequest &r) -> HttpResponse {
            if (r.header("clientId").isEmpty())
                return FakeTransport::json(
                    400, R"({"code":"InvalidClientId","message":"clientId header is required."})");
            if (r.header("clientId") != cw.clientId.toUtf8())
                return FakeTransport::json(400,
                    R"({"code":"InvalidClientId","message":"clientId is not valid or has been disabled."})");
            if (r.header("Authorization") != expectedAuth)
                return FakeTransport::json(401,
                    R"({"code":"Unauthorized","message":"The supplied authentication is incorrect."})");
            return inner(r);
        };
    };
    t.on(
        "GET", QStringLiteral("/login/companyinfo/") + cw.companyId,
        [](const HttpRequest &) {
            return FakeTransport::json(200,
                R"({"CompanyName":"Acme","Codebase":"v2025_1/","VersionCode":"v2025.1","VersionNumber":"v4.6.1","CompanyID":"acme","IsCloud":"True"})");
        },
        cw.delayMs);
    t.on(
        "GET", QStringLiteral("/login/companyinfo/*"),
        [](const HttpRequest &) { return FakeTransport::json(200, "null"); }, cw.delayMs);
    t.on("GET", path(QStringLiteral("system/info")), guarded([](const HttpRequest &) {
        return FakeTransport::json(200, R"({"version":"v2025.1.10333","isCloud":true})");
    }),
        cw.delayMs);
    auto member = [cw]() {
        QJsonObject m {
            { QStringLiteral("id"), 42 }, { QStringLiteral("identifier"), cw.memberIdentifier },
            { QStringLiteral("securityRole"),
                QJsonObject { { QStringLiteral("id"), 9 }, { QStringLiteral("name"), cw.role } } }
        };
        if (cw.boardId > 0) {
            m.insert(QStringLiteral("serviceDefaultBoard"),
                QJsonObject { { QStringLiteral("id"), cw.boardId },
                    { QStringLiteral("name"), cw.boardName } });
        }
        return m;
    };
    t.on("GET", path(QStringLiteral("system/myMembers")),
        guarded([cw, member](const HttpRequest &) {
            if (!cw.selfReadable)
                return FakeTransport::json(
                    404, R"({"code":"ConnectWiseApi","message":"The endpoint does not exist."})");
            return FakeTransport::json(200, json(member()));
        }),
        cw.delayMs);
    t.on("GET", path(QStringLiteral("system/mySecurity")), guarded([cw](const HttpRequest &) {
        if (!cw.selfReadable)
            return FakeTransport::json(
                404, R"({"code":"ConnectWiseApi","message":"The endpoint does not exist."})");
        QJsonArray rows;
        for (const char *f : kFunctions) {
            const QStringList parts = QString::fromLatin1(f).split(QLatin1Char('/'));
            const QString key = QLatin1String(f) + QLatin1Char(':');
            rows.append(QJsonObject { { QStringLiteral("moduleName"), parts.at(0) },
                { QStringLiteral("moduleFunctionName"), parts.at(1) },
                { QStringLiteral("inquireLevel"), cw.level(key + QStringLiteral("inquire")) },
                { QStringLiteral("addLevel"), cw.level(key + QStringLiteral("add")) },
                { QStringLiteral("editLevel"), cw.level(key + QStringLiteral("edit")) },
                { QStringLiteral("deleteLevel"), QStringLiteral("None") } });
        }
        return FakeTransport::json(200, json(rows));
    }),
        cw.delayMs);
    t.on("GET", path(QStringLiteral("system/apiMembers")),
        guarded([cw, member](const HttpRequest &) {
            if (!cw.memberReadableByQuery)
                return forbidden();
            return FakeTransport::json(200, json(QJsonArray { member() }));
        }),
        cw.delayMs);
    t.on("GET", path(QStringLiteral("system/members/*")),
        guarded([member](const HttpRequest &) { return FakeTransport::json(200, json(member())); }),
        cw.delayMs);
    t.on("GET", path(QStringLiteral("company/companies")), guarded([cw](const HttpRequest &r) {
        const QString inquire = cw.level(QStringLiteral("Companies/Company Maintenance:inquire"));
        if (inquire == QLatin1String("None"))
            return forbidden();
        const bool ownQuery = QUrlQuery(r.url).hasQueryItem(QStringLiteral("conditions"));
        if (ownQuery && inquire != QLatin1String("All"))
            return FakeTransport::json(200, "[]");
        return FakeTransport::json(200, R"([{"id":250,"identifier":"acme"}])");
    }),
        cw.delayMs);
    auto gate = [cw](const QString &key, HttpResponse granted) {
        return [cw, key, granted](const HttpRequest &) {
            return cw.level(key) == QLatin1String("None") ? forbidden() : granted;
        };
    };
    t.on("GET", path(QStringLiteral("finance/agreements/count")),
        guarded(gate(QStringLiteral("Finance/Agreements:inquire"),
            FakeTransport::json(200, R"({"count":3})"))),
        cw.delayMs);
    t.on("PATCH", path(QStringLiteral("finance/agreements/*")),
        guarded(gate(QStringLiteral("Finance/Agreements:edit"),
            FakeTransport::json(404, R"({"code":"NotFound","message":"Agreement not found."})"))),
        cw.delayMs);
    t.on("GET", path(QStringLiteral("system/documents")),
        guarded(gate(QStringLiteral("Companies/Manage Attachments:inquire"),
            FakeTransport::json(200, "[]"))),
        cw.delayMs);
    t.on("POST", path(QStringLiteral("system/documents")),
        guarded(gate(QStringLiteral("Companies/Manage Attachments:add"),
            FakeTransport::json(400, R"({"code":"InvalidObject","message":"file is required."})"))),
        cw.delayMs);
    t.on("GET", path(QStringLiteral("service/tickets/count")),
        guarded(gate(QStringLiteral("Service Desk/Service Tickets:inquire"),
            FakeTransport::json(200, R"({"count":0})"))),
        cw.delayMs);
    t.on("POST", path(QStringLiteral("service/tickets")),
        guarded(gate(QStringLiteral("Service Desk/Service Tickets:add"),
            FakeTransport::json(400,
                R"({"code":"InvalidObject","message":"ticket object is invalid","errors":[{"code":"MissingRequiredField","message":"summary is required."}]})"))),
        cw.delayMs);
}

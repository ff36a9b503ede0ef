// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QPair>
#include <QString>
#include <QUrlQuery>

#include <optional>

using SandboxHeaders = QList<QPair<QByteArray, QByteArray>>;

/// One request as the simulated API sees it (already read off the socket).
struct ApiRequest
{
    QString method; ///< upper case, e.g. "GET"
    QString path; ///< decoded URL path, e.g. "/v2025_1/apis/3.0/system/info"
    QString encodedQuery; ///< the query as sent, without '?'
    SandboxHeaders headers;
    QByteArray body;
    QString siteBase; ///< scheme://host:port, for Link headers

    /// The first header named @p name (case-insensitive), or a null QByteArray.
    QByteArray header(const QByteArray &name) const;
    QUrlQuery query() const { return QUrlQuery(encodedQuery); }
};

/// The answer the simulated API gives.
struct ApiReply
{
    int status = 200;
    SandboxHeaders headers;
    QByteArray body;
    bool sideEffect = false; ///< a record was created, changed or deleted
};

/// The ConnectWise behaviour of the sandbox: routing, authentication, the role's permissions,
/// validation and the in-memory records. No networking here, so it can be driven directly.
class SandboxApi
{
public:
    /// @p scenario must outlive the API; it is read on every request so tests can change it.
    explicit SandboxApi(const Scenario *scenario);

    /// Reloads the records from the scenario's seed data.
    void resetData();

    ApiReply handle(const ApiRequest &request);

    /// The path used for fault matching: below the API base ("/system/info"), or the full path
    /// for anything outside it ("/login/companyinfo/x").
    QString faultPath(const QString &path) const;

    /// A value from the sandbox assumptions (resources/connectwise/assumptions.json).
    static QJsonObject assumptions();

private:
    struct Table
    {
        QList<QJsonObject> rows;
        int nextId = 1;
    };

    ApiReply companyInfo(const ApiRequest &request, const QString &companyId) const;
    std::optional<ApiReply> checkClientId(const ApiRequest &request) const;
    std::optional<ApiReply> checkAuth(const ApiRequest &request) const;
    ApiReply route(const ApiRequest &request, const QStringList &segments);

    std::optional<ApiReply> deny(const QString &functionKey, Access access) const;
    bool canSee(const QJsonObject &row, const QString &functionKey) const;
    bool canTouch(const QJsonObject &row, const QString &functionKey, Access access) const;
    QList<QJsonObject> visibleRows(const QString &table, const QString &functionKey) const;

    ApiReply list(const ApiRequest &request, QList<QJsonObject> rows) const;
    ApiReply count(const ApiRequest &request, QList<QJsonObject> rows) const;
    ApiReply single(const ApiRequest &request, const QJsonObject &row) const;
    ApiReply collection(const ApiRequest &request, const QStringList &rest, const QString &table,
        const QString &functionKey);

    ApiReply createTicket(const ApiRequest &request);
    ApiReply deleteTicket(int id);
    ApiReply patchAgreement(const ApiRequest &request, int id);
    ApiReply putAgreement(const ApiRequest &request, int id);
    ApiReply documents(const ApiRequest &request, const QStringList &rest);
    ApiReply createDocument(const ApiRequest &request);
    ApiReply securityRoles(const ApiRequest &request, const QStringList &rest);

    QJsonObject memberRecord() const;
    QJsonObject apiMemberRecord() const;
    QJsonObject myMemberRecord() const;
    QJsonObject roleReference() const;
    QJsonObject boardReference(int boardId) const;
    QJsonArray securityRows(bool admin, bool withMember) const;

    int rowIndex(const QString &table, int id) const;

    const Scenario *m_scenario;
    QMap<QString, Table> m_tables;
};

// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

/// The security-role levels ConnectWise uses. "Mine" on the wire behaves like My (own records).
enum class AccessLevel { None, My, All };

/// Which of the four columns of a security-role row a request needs.
enum class Access { Add, Edit, Delete, Inquire };

/// One row of a security role: the four levels of one module function, as the wire spells them.
struct FunctionLevels
{
    QString add = QStringLiteral("None");
    QString edit = QStringLiteral("None");
    QString del = QStringLiteral("None");
    QString inquire = QStringLiteral("None");

    /// The level string for @p access.
    QString text(Access access) const;
    /// The level for @p access; unknown strings count as None.
    AccessLevel level(Access access) const;
};

/// How the simulator misbehaves for matching requests.
enum class FaultKind {
    ServerError, ///< "500": 500 with a ConnectWise-style body
    Hang, ///< "hang": never answer
    Html200, ///< "html-200": an HTML login page with status 200
    TruncatedJson, ///< "truncated-json": the real answer, cut in half
    RedirectHttp, ///< "redirect-http": the real work is done, then 302 to plain http
    Reset, ///< "reset": the connection is closed abruptly
    RateLimit, ///< "rate-limit": 429 with Retry-After
    SlowBody, ///< "slow-body": headers at once, then the body trickles
};

/// A fault injection rule, matched on method and path.
struct FaultRule
{
    QString method = QStringLiteral("*"); ///< "GET", "POST", ... or "*"
    /// Path below the API base (e.g. "/service/tickets"), or "/login/companyinfo/...".
    QString path;
    bool exact = false; ///< exact match instead of prefix
    FaultKind kind = FaultKind::ServerError;
    int count = -1; ///< applies to the first @c count matching requests; -1 = all
    int retryAfterSeconds = 1; ///< rate-limit
    int chunkDelayMs = 50; ///< slow-body
    int chunkBytes = 16; ///< slow-body
    int redirectPort = 0; ///< redirect-http; 0 = the sandbox port + 1
    QJsonObject body; ///< 500: body to send instead of the default timeout body

    bool matches(const QString &method, const QString &path) const;
    static QString kindName(FaultKind kind);
    static bool kindFromName(const QString &name, FaultKind *kind);
};

/// One simulated ConnectWise customer: company, keys, API member, role, data and faults.
struct Scenario
{
    QString name;
    QString description;
    QString origin; ///< file or resource it came from

    // Company and server
    QString companyId;
    QString companyName;
    QString codebase = QStringLiteral("v2025_1/");
    QString versionCode = QStringLiteral("v2025.1");
    QString versionNumber = QStringLiteral("v4.6.10333");
    QString version = QStringLiteral("v2025.1.10333"); ///< system/info version
    bool cloud = true;
    QString cloudRegion = QStringLiteral("NA");
    QString serverTimeZone = QStringLiteral("Eastern Standard Time");

    // Keys and clientIds (demo data)
    QString publicKey;
    QString privateKey;
    QStringList acceptedClientIds; ///< empty: any non-empty clientId is accepted

    // API member and its role
    int memberId = 0;
    QString memberIdentifier;
    QString memberName;
    int defaultBoardId = 0; ///< 0: the member has no default board
    int roleId = 0;
    QString roleName;
    bool admin = false;
    QMap<QString, FunctionLevels> levels; ///< key: assumptions.json securityNames key

    // Routing of the self-read endpoints for API members
    bool mySecurityRouted = true;
    bool myMembersRouted = true;

    // Seed data; "_owner" on a record names the member identifier that owns it
    QJsonArray companies;
    QJsonArray agreements;
    QJsonArray tickets;
    QJsonArray boards;
    QJsonArray documents;
    QJsonArray members;

    int latencyMs = 0;
    QList<FaultRule> faults;

    /// The levels of @p functionKey ("Companies/Company Maintenance"); admin means All.
    FunctionLevels levelsFor(const QString &functionKey) const;

    /// The security function keys every scenario knows, in mySecurity order.
    static QStringList functionKeys();

    /// Parses one scenario; on failure @p error names @p origin, the JSON path and the problem.
    static Scenario fromJson(const QByteArray &json, const QString &origin, QString *error);
    /// Loads a built-in scenario by name, or a file by path.
    static Scenario load(const QString &nameOrFile, QString *error);
    /// Names of the scenarios embedded in the program.
    static QStringList builtinNames();
    /// The description of a built-in scenario (empty when unknown).
    static QString builtinDescription(const QString &name);
};

// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httptransport.h"
#include "permissioncatalog.h"
#include "tlscertificate.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

/// How far we got connecting to ConnectWise. Ok means authenticated; everything else stops the
/// run before any permission check.
enum class ConnectionStatus {
    Ok,
    InvalidInput,
    Unreachable, ///< DNS failure, refused, reset, proxy
    TlsError,
    CompanyNotFound,
    AuthFailed,
    ClientIdRejected,
    UnexpectedResponse, ///< HTML, malformed JSON, redirect, other status
    ServerError, ///< 5xx
    Timeout,
};

enum class CheckStatus {
    Granted, ///< the required level (All) is there
    Insufficient, ///< only My/Mine, or only own records are visible
    Missing,
    Unknown, ///< no clear answer; the observed field says why
    Skipped, ///< the check belongs only to features that were not selected
};

/// Where a result came from.
enum class CheckSource { None, SecurityRead, Probe };

/// Why an unknown check could not be decided when the answer, not the role, was the problem
/// (so a page can say "check again" instead of "change the role"), beside the evidence.
enum class AnswerProblem {
    None,
    Unreadable, ///< an answer that is not ConnectWise JSON (a web page, a cut-off body)
    TimeLimit, ///< the run's time limit ended before an answer came
};

/// One HTTP exchange that supports a result. Paths never carry keys.
struct Evidence
{
    QString method;
    QString path; ///< path and query, without scheme and host
    int httpStatus = 0; ///< 0 when there was no HTTP answer
    QString note;
    TransportError transportError = TransportError::None; ///< why there was no answer
};

struct CheckResult
{
    CatalogEntry entry;
    CheckStatus status = CheckStatus::Unknown;
    QString observed; ///< what we saw: "All", "None", "403 Forbidden", "no answer (timeout)"
    CheckSource source = CheckSource::None;
    QList<Evidence> evidence;
    QString remediation; ///< where in ConnectWise to fix it; empty when granted or skipped
    AnswerProblem answerProblem = AnswerProblem::None;
};

/// What the company lookup (GET /login/companyinfo/{id}) returned.
struct CompanyInfo
{
    QString companyName;
    QString companyId;
    QString codebase; ///< "v2025_1/", always ends with '/'
    QString versionCode; ///< "v2025.1"
    QString versionNumber;
    bool isCloud = false;
};

struct MemberInfo
{
    QString identifier;
    int id = 0;
    QString securityRole;
    int securityRoleId = 0;
    bool isAdminRole = false; ///< role named Admin, or adminFlag set
    QString defaultBoard;
    int defaultBoardId = 0;
};

/// Everything one run found out. A plain value: the CLI prints it, the wizard shows it, and the
/// formatter turns it into JSON, text, Markdown or HTML.
struct CheckReport
{
    QString toolName;
    QString toolVersion;
    QDateTime checkedAt; ///< UTC
    // site
    QString siteInput;
    QUrl loginUrl;
    QUrl apiBaseUrl;
    bool hasCompanyInfo = false;
    CompanyInfo company;
    QString serverVersion; ///< from /system/info when it answered
    QString companyId;
    QString publicKeyHint; ///< "…ABCD" at most
    QStringList features; ///< selected
    QStringList catalogFeatures; ///< every feature the catalog knows, for "ready"
    // connection
    ConnectionStatus connection = ConnectionStatus::Timeout;
    QString connectionMessage;
    /// The server's certificate when the connection failed on it; null otherwise.
    TlsCertificateInfo tlsCertificate;
    int connectionHttpStatus = 0;
    QStringList notices; ///< input notices and warnings, e.g. "trimmed 2 spaces"
    // member and checks
    bool hasMember = false;
    MemberInfo member;
    QList<CheckResult> checks;
    QStringList sideEffects; ///< write probes that got 2xx/3xx: what may have been created
    bool sequential = false;
    int requestCount = 0;
    int roundTrips = 0; ///< sequential waves of requests after the company lookup
    qint64 elapsedMs = 0;
    QStringList requestLog; ///< "GET /path -> 200 OK in 12 ms" per request; never a secret

    bool connected() const { return connection == ConnectionStatus::Ok; }
    int count(CheckStatus status) const;
    /// A feature is ready when it was selected, the connection is ok and every check it needs
    /// is granted.
    bool featureReady(const QString &feature) const;
    const CheckResult *check(const QString &id) const;
};

QString wireName(ConnectionStatus status); ///< "auth_failed", …
QString wireName(CheckStatus status); ///< "granted", …
QString wireName(CheckSource source); ///< "security-read", "probe", ""
bool connectionStatusFromString(const QString &text, ConnectionStatus *status);
bool checkStatusFromString(const QString &text, CheckStatus *status);

Q_DECLARE_METATYPE(CheckResult)
Q_DECLARE_METATYPE(CheckReport)
Q_DECLARE_METATYPE(CompanyInfo)

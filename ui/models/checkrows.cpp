// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkrows.h"

#include "cwresponse.h"
#include "permissioncatalog.h"

#include <QCoreApplication>

namespace CheckRows {

namespace {
// Q_DECLARE_TR_FUNCTIONS gives these free functions the "CheckRows" context that lupdate sees.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CheckRows)
};

bool selected(const CatalogEntry &entry, const QStringList &features)
{
    if (features.isEmpty())
        return true;
    for (const QString &feature : entry.features) {
        if (features.contains(feature))
            return true;
    }
    return false;
}

QString detailOf(const CheckResult &result)
{
    switch (result.status) {
    case CheckStatus::Granted:
        return result.observed.isEmpty() ? Text::tr("Granted")
                                         : Text::tr("Granted (%1)").arg(result.observed);
    case CheckStatus::Skipped:
        return Text::tr("Not needed for the chosen features");
    case CheckStatus::Insufficient:
    case CheckStatus::Missing:
        if (result.entry.kind == CheckKind::Permission && !result.observed.isEmpty())
            return Text::tr("%1; needs %2").arg(result.observed, result.entry.required);
        break;
    case CheckStatus::Unknown: {
        const QString failed = failedAnswer(result);
        // Short, for the ladder's column; the page's notice says to run the checks again.
        if (!failed.isEmpty())
            return failed.at(0).toUpper() + failed.mid(1);
    } break;
    }
    return result.observed;
}
} // namespace

StatusKind kindOf(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Granted:
        return StatusKind::Granted;
    case CheckStatus::Insufficient:
        return StatusKind::Insufficient;
    case CheckStatus::Missing:
        return StatusKind::Missing;
    case CheckStatus::Unknown:
        return StatusKind::Unknown;
    case CheckStatus::Skipped:
        return StatusKind::Skipped;
    }
    return StatusKind::Unknown;
}

QString titleOf(const CatalogEntry &entry)
{
    if (entry.kind == CheckKind::DefaultBoard)
        return entry.displayName();
    return Text::tr("%1 (%2)").arg(entry.displayName(), entry.required);
}

QList<StatusRow> initialRows(const PermissionCatalog &catalog, const QStringList &features)
{
    QList<StatusRow> rows {
        { kSite, Text::tr("ConnectWise site answers"), StatusKind::Pending, {}, {} },
        { kCompany, Text::tr("Company ID is known"), StatusKind::Pending, {}, {} },
        { kKeys, Text::tr("API keys are accepted"), StatusKind::Pending, {}, {} },
    };
    for (const CatalogEntry &entry : catalog.entries()) {
        if (selected(entry, features))
            rows.append({ entry.id, titleOf(entry), StatusKind::Pending, {}, {} });
    }
    return rows;
}

StatusRow rowFor(const CheckResult &result)
{
    return { result.entry.id, titleOf(result.entry), kindOf(result.status), detailOf(result),
        evidenceText(result) };
}

QList<StatusRow> connectionRows(const CheckReport &report)
{
    StatusRow site { kSite, {}, StatusKind::Granted, {}, {} };
    StatusRow company { kCompany, {}, StatusKind::Granted, {}, {} };
    StatusRow keys { kKeys, {}, StatusKind::Granted, {}, {} };
    const QString host = report.apiBaseUrl.isValid() && !report.apiBaseUrl.host().isEmpty()
        ? report.apiBaseUrl.host()
        : report.loginUrl.host();
    site.detail = Text::tr("Reached %1").arg(host);
    if (report.hasCompanyInfo) {
        company.detail = Text::tr("%1 (ConnectWise %2)")
                             .arg(report.company.companyName.isEmpty() ? report.companyId
                                                                       : report.company.companyName,
                                 report.company.versionCode);
    } else {
        company.detail = report.companyId;
    }
    keys.detail = report.hasMember
        ? Text::tr("API member %1, role %2")
              .arg(report.member.identifier,
                  report.member.securityRole.isEmpty() ? Text::tr("unknown")
                                                       : report.member.securityRole)
        : Text::tr("Accepted (key …%1)").arg(report.publicKeyHint.right(4));
    const QString failure = report.connectionMessage;
    const QString notReached = Text::tr("Not checked: an earlier step failed");
    auto failAt = [&](StatusRow &row, StatusKind kind, QList<StatusRow *> after) {
        row.status = kind;
        row.detail = failure;
        for (StatusRow *later : after) {
            later->status = StatusKind::Skipped;
            later->detail = notReached;
        }
    };
    switch (report.connection) {
    case ConnectionStatus::Ok:
        break;
    case ConnectionStatus::InvalidInput:
    case ConnectionStatus::Unreachable:
    case ConnectionStatus::TlsError:
        failAt(site, StatusKind::Missing, { &company, &keys });
        break;
    case ConnectionStatus::CompanyNotFound:
        failAt(company, StatusKind::Missing, { &keys });
        break;
    case ConnectionStatus::AuthFailed:
    case ConnectionStatus::ClientIdRejected:
        failAt(keys, StatusKind::Missing, {});
        break;
    case ConnectionStatus::UnexpectedResponse:
    case ConnectionStatus::ServerError:
    case ConnectionStatus::Timeout:
        // Without company info the failure happened at the lookup; otherwise at sign-in.
        if (!report.hasCompanyInfo)
            failAt(site, StatusKind::Unknown, { &company, &keys });
        else
            failAt(keys, StatusKind::Unknown, {});
        break;
    }
    if (report.connectionHttpStatus > 0 && report.connection != ConnectionStatus::Ok) {
        const QString status = Text::tr("HTTP %1").arg(report.connectionHttpStatus);
        for (StatusRow *row : { &site, &company, &keys }) {
            if (row->detail == failure)
                row->evidence = status;
        }
    }
    return { site, company, keys };
}

namespace {

// Why there was no answer, in the person's language (the evidence's note keeps the English name,
// so reports compare across languages).
QString causeText(TransportError error)
{
    switch (error) {
    case TransportError::None:
    case TransportError::Timeout:
        break;
    case TransportError::HostNotFound:
        return Text::tr("host not found");
    case TransportError::ConnectionRefused:
        return Text::tr("connection refused");
    case TransportError::ConnectionReset:
        return Text::tr("connection reset");
    case TransportError::TlsError:
        return Text::tr("TLS error");
    case TransportError::ProxyError:
        return Text::tr("proxy error");
    case TransportError::InsecureRedirect:
        return Text::tr("redirect refused");
    case TransportError::BodyTooLarge:
        return Text::tr("answer too large");
    case TransportError::Canceled:
        return Text::tr("canceled");
    case TransportError::Other:
        return Text::tr("network error");
    }
    return {};
}

} // namespace

QString failedAnswer(const CheckResult &result)
{
    if (result.status != CheckStatus::Unknown)
        return {};
    // The engine's words ("no answer: timeout", "500 Internal Server Error") stay in the
    // evidence; the ladder says what they mean, from the structured answer, never from (possibly
    // translated) words. The last exchange is the one that decided.
    int status = -1;
    TransportError error = TransportError::None;
    if (!result.evidence.isEmpty()) {
        status = result.evidence.last().httpStatus;
        error = result.evidence.last().transportError;
    }
    if (result.answerProblem == AnswerProblem::TimeLimit || error == TransportError::Timeout)
        return Text::tr("no answer in time");
    if (error != TransportError::None)
        return Text::tr("connection failed (%1)").arg(causeText(error));
    if (status <= 0)
        return {};
    const QString seen
        = QString(QString::number(status) + QLatin1Char(' ') + CwResponse::reasonPhrase(status))
              .trimmed();
    if (status == 429)
        return Text::tr("too many requests (429), also after waiting");
    if (status >= 500)
        return Text::tr("server error (%1)").arg(seen);
    if (status >= 300 && status < 400)
        return Text::tr("redirected (%1), not followed").arg(seen);
    // An answer that decided nothing: a web page or a cut-off body instead of JSON. (A security
    // read that does not list a function is not a failed answer: that is for ConnectWise to fix.)
    if (result.answerProblem == AnswerProblem::Unreadable
        || (status < 300 && result.entry.kind == CheckKind::DefaultBoard))
        return Text::tr("unreadable answer (%1)").arg(seen);
    return {};
}

QString evidenceText(const CheckResult &result)
{
    QStringList lines;
    lines << Text::tr("%1: %2").arg(result.entry.displayName(), wireName(result.status));
    if (!result.observed.isEmpty())
        lines << Text::tr("Observed: %1").arg(result.observed);
    if (result.source != CheckSource::None)
        lines << Text::tr("Source: %1").arg(wireName(result.source));
    for (const Evidence &e : result.evidence) {
        QString line = e.method + QLatin1Char(' ') + e.path + QStringLiteral(" → ")
            + (e.httpStatus > 0 ? QString::number(e.httpStatus) : Text::tr("no answer"));
        if (!e.note.isEmpty())
            line += QStringLiteral(" (") + e.note + QLatin1Char(')');
        lines << line;
    }
    if (!result.remediation.isEmpty())
        lines << Text::tr("Fix: %1").arg(result.remediation);
    return lines.join(QLatin1Char('\n'));
}

} // namespace CheckRows

// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "probeinterpretation.h"

#include "connectwiseassumptions.h"
#include "cwresponse.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace {

// Q_DECLARE_TR_FUNCTIONS gives these free functions the "CheckRunner" context that lupdate sees.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CheckRunner)
};

Interpretation unknown(const QString &observed, const QString &note)
{
    return { CheckStatus::Unknown, observed, note, false };
}

// What a write that went through may have created, for the side-effect warning.
QString createdRecord(const HttpResponse &response)
{
    bool ok = false;
    const QJsonDocument doc = CwResponse::json(response, &ok);
    QString what;
    if (ok && doc.isObject() && doc.object().contains(QLatin1String("id")))
        what = QStringLiteral("record id ")
            + QString::number(doc.object().value(QLatin1String("id")).toInteger());
    const QByteArray location = response.header("Location");
    if (!location.isEmpty()) {
        if (!what.isEmpty())
            what += QStringLiteral(", ");
        what += QStringLiteral("Location ") + QString::fromUtf8(location.left(200));
    }
    return what.isEmpty() ? Text::tr("no record id in the answer") : what;
}

} // namespace

Interpretation interpretProbe(
    const ProbeSpec &spec, const HttpResponse &response, const ConnectWiseAssumptions &assumptions)
{
    const QString seen = CwResponse::describe(response);
    if (!response.hasHttpAnswer())
        return unknown(seen, Text::tr("No answer, so the permission could not be tested: ") + seen);
    const int status = response.status;
    if (CwResponse::isClientIdRejection(response, assumptions)) {
        return unknown(seen,
            Text::tr("ConnectWise rejected the request because of the clientId: ")
                + CwResponse::errorMessage(response));
    }
    if (spec.isWrite() && status >= 200 && status < 400) {
        Interpretation i;
        i.sideEffect = true;
        // A 2xx means ConnectWise accepted the write: the permission is there, and something
        // was probably created or changed. A redirect tells nothing about the permission.
        i.status = status < 300 ? CheckStatus::Granted : CheckStatus::Unknown;
        i.observed = seen;
        // A web page (a login or proxy page) with 200 is not ConnectWise accepting the write;
        // it proves nothing about the permission, though the write may still have gone through.
        bool json = false;
        CwResponse::json(response, &json);
        if (i.status == CheckStatus::Granted && !json && !response.body.trimmed().isEmpty()) {
            i.status = CheckStatus::Unknown;
            i.observed = seen + Text::tr(" (not JSON)");
            i.answerProblem = AnswerProblem::Unreadable;
        }
        i.note
            = Text::tr("POSSIBLE SIDE EFFECT: ConnectWise answered %1 to a test write (%2 %3) that "
                       "should have been refused; %4. Check ConnectWise and delete it.")
                  .arg(seen, QString::fromLatin1(spec.method), spec.path, createdRecord(response));
        return i;
    }
    if (status >= 300 && status < 400)
        return unknown(seen, Text::tr("Redirected; the redirect was not followed: ") + seen);
    if (assumptions.probeDeniedStatuses.contains(status)) {
        return { CheckStatus::Missing, seen,
            Text::tr("Refused by the security role: ") + seen + QStringLiteral(" ")
                + CwResponse::errorMessage(response),
            false };
    }
    if (spec.grantedStatuses.contains(status)) {
        bool ok = false;
        CwResponse::json(response, &ok);
        if (!ok && !response.body.trimmed().isEmpty()) {
            Interpretation unreadable = unknown(seen + Text::tr(" (not JSON)"),
                Text::tr("The answer was not ConnectWise JSON (HTML or malformed), so it proves "
                         "nothing."));
            unreadable.answerProblem = AnswerProblem::Unreadable;
            return unreadable;
        }
        Interpretation i { CheckStatus::Granted, seen, {}, false };
        if (spec.ambiguousStatuses.contains(status)) {
            i.note = Text::tr("Accepted past the security check (") + seen + QStringLiteral("); ")
                + spec.ambiguousNote;
        } else if (!spec.isWrite()) {
            i.note = Text::tr("Read allowed (") + seen
                + Text::tr("); a read probe cannot tell Inquire All from My.");
        } else {
            i.note = Text::tr("Passed the security check and stopped at validation, as intended (")
                + seen + QStringLiteral(": ") + CwResponse::errorMessage(response)
                + QLatin1Char(')');
        }
        return i;
    }
    if (status == 401)
        return unknown(seen, Text::tr("Authentication was refused during the test."));
    if (status == 429)
        return unknown(seen, Text::tr("Rate limited by ConnectWise even after waiting as asked."));
    if (status >= 500) {
        return unknown(seen,
            Text::tr("ConnectWise had a server error: ") + CwResponse::errorMessage(response));
    }
    return unknown(seen,
        Text::tr("An answer the test does not know how to read: ") + seen + QStringLiteral(" ")
            + CwResponse::errorMessage(response));
}

Interpretation interpretLevel(const QString &level, const ConnectWiseAssumptions &assumptions)
{
    if (level.isEmpty())
        return unknown(Text::tr("not reported"), Text::tr("mySecurity did not report this level."));
    if (level == assumptions.levelAll)
        return { CheckStatus::Granted, level, Text::tr("Level read from the member's security."),
            false };
    if (assumptions.levelOwnOnly.contains(level)) {
        return { CheckStatus::Insufficient, level,
            Text::tr("Level read from the member's security: only the member's own records."),
            false };
    }
    if (level == assumptions.levelNone)
        return { CheckStatus::Missing, level, Text::tr("Level read from the member's security."),
            false };
    return unknown(
        level, Text::tr("Unrecognised level \"%1\" in the member's security.").arg(level));
}

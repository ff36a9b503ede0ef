// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "reportformatter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace {

// Q_DECLARE_TR_FUNCTIONS gives these free functions the "ReportFormatter" context that lupdate
// sees.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ReportFormatter)
};

QJsonValue orNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue urlOrNull(const QUrl &url)
{
    return url.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(url.toString());
}

QStringList allFeatures(const CheckReport &report)
{
    QStringList features = report.catalogFeatures;
    for (const auto &c : report.checks) {
        for (const auto &f : c.entry.features) {
            if (!features.contains(f))
                features.append(f);
        }
    }
    return features;
}

QString siteLine(const CheckReport &r)
{
    QString line = r.siteInput;
    if (!r.apiBaseUrl.isEmpty())
        line += QStringLiteral(" → ") + r.apiBaseUrl.toString();
    if (r.hasCompanyInfo) {
        line += QStringLiteral(" (")
            + (r.company.isCloud ? Text::tr("cloud") : Text::tr("on-premise"));
        const QString version = r.serverVersion.isEmpty() ? r.company.versionCode : r.serverVersion;
        if (!version.isEmpty())
            line += QStringLiteral(", ") + version;
        line += QLatin1Char(')');
    }
    return line;
}

QString memberLine(const CheckReport &r)
{
    if (!r.hasMember)
        return Text::tr("not readable");
    QString line = r.member.identifier;
    if (!r.member.securityRole.isEmpty())
        line += Text::tr(", role \"%1\"").arg(r.member.securityRole);
    if (r.member.isAdminRole)
        line += Text::tr(" (an Admin role)");
    bool boardMissing = false;
    for (const auto &c : r.checks)
        boardMissing |= c.entry.kind == CheckKind::DefaultBoard && c.status == CheckStatus::Missing;
    if (!r.member.defaultBoard.isEmpty())
        line += Text::tr(", default board \"%1\"").arg(r.member.defaultBoard);
    else if (boardMissing)
        line += Text::tr(", no default board");
    return line;
}

QString readyLine(const CheckReport &r, const QString &separator)
{
    QStringList parts;
    for (const auto &f : allFeatures(r)) {
        const QString &name = f;
        if (!r.features.contains(f))
            parts.append(Text::tr("%1: not selected").arg(name));
        else
            parts.append(r.featureReady(f) ? Text::tr("%1: ready").arg(name)
                                           : Text::tr("%1: not ready").arg(name));
    }
    return parts.join(separator);
}

} // namespace

QString ReportFormatter::statusLabel(CheckStatus status)
{
    switch (status) {
    case CheckStatus::Granted:
        return Text::tr("granted");
    case CheckStatus::Insufficient:
        return Text::tr("insufficient");
    case CheckStatus::Missing:
        return Text::tr("missing");
    case CheckStatus::Unknown:
        return Text::tr("unknown");
    case CheckStatus::Skipped:
        return Text::tr("skipped");
    }
    return {};
}

QJsonObject ReportFormatter::toJsonObject(const CheckReport &r)
{
    QJsonObject root;
    root.insert(QLatin1String("schemaVersion"), kSchemaVersion);
    root.insert(QLatin1String("tool"),
        QJsonObject {
            { QLatin1String("name"), r.toolName }, { QLatin1String("version"), r.toolVersion } });
    root.insert(QLatin1String("checkedAt"), r.checkedAt.toUTC().toString(Qt::ISODate));
    QJsonObject site;
    site.insert(QLatin1String("input"), r.siteInput);
    site.insert(QLatin1String("loginUrl"), urlOrNull(r.loginUrl));
    site.insert(QLatin1String("apiBaseUrl"), urlOrNull(r.apiBaseUrl));
    site.insert(QLatin1String("isCloud"),
        r.hasCompanyInfo ? QJsonValue(r.company.isCloud) : QJsonValue(QJsonValue::Null));
    site.insert(QLatin1String("codebase"),
        r.hasCompanyInfo ? orNull(r.company.codebase) : QJsonValue(QJsonValue::Null));
    const QString version = r.serverVersion.isEmpty() ? r.company.versionCode : r.serverVersion;
    site.insert(QLatin1String("version"), orNull(version));
    root.insert(QLatin1String("site"), site);
    root.insert(QLatin1String("companyId"), r.companyId);
    root.insert(QLatin1String("features"), QJsonArray::fromStringList(r.features));
    QJsonObject connection;
    connection.insert(QLatin1String("status"), wireName(r.connection));
    connection.insert(QLatin1String("message"), r.connectionMessage);
    connection.insert(QLatin1String("httpStatus"),
        r.connectionHttpStatus > 0 ? QJsonValue(r.connectionHttpStatus)
                                   : QJsonValue(QJsonValue::Null));
    if (!r.tlsCertificate.isNull()) {
        // Only when TLS failed on a certificate: the facts to compare with the administrator.
        const TlsCertificateInfo &c = r.tlsCertificate;
        QJsonArray problems;
        for (const TlsProblem problem : c.problems)
            problems.append(wireName(problem));
        QJsonObject certificate {
            { QLatin1String("host"), c.host },
            { QLatin1String("port"), int(c.port) },
            { QLatin1String("subject"), c.subject },
            { QLatin1String("issuer"), c.issuer },
            { QLatin1String("names"), QJsonArray::fromStringList(c.subjectNames) },
            { QLatin1String("notBefore"), c.notBefore.toUTC().toString(Qt::ISODate) },
            { QLatin1String("notAfter"), c.notAfter.toUTC().toString(Qt::ISODate) },
            { QLatin1String("sha256"), QString::fromLatin1(c.sha256Hex) },
            { QLatin1String("pinnedSha256"),
                c.pinnedSha256Hex.isEmpty() ? QJsonValue(QJsonValue::Null)
                                            : QJsonValue(QString::fromLatin1(c.pinnedSha256Hex)) },
            { QLatin1String("problems"), problems },
            { QLatin1String("trustable"), c.canBeTrusted() },
        };
        connection.insert(QLatin1String("certificate"), certificate);
    }
    root.insert(QLatin1String("connection"), connection);
    QJsonObject member;
    member.insert(QLatin1String("identifier"),
        r.hasMember ? orNull(r.member.identifier) : QJsonValue(QJsonValue::Null));
    member.insert(QLatin1String("securityRole"),
        r.hasMember ? orNull(r.member.securityRole) : QJsonValue(QJsonValue::Null));
    member.insert(QLatin1String("defaultBoard"),
        r.hasMember ? orNull(r.member.defaultBoard) : QJsonValue(QJsonValue::Null));
    root.insert(QLatin1String("member"), member);
    QJsonArray checks;
    for (const auto &c : r.checks) {
        QJsonObject o;
        o.insert(QLatin1String("id"), c.entry.id);
        o.insert(QLatin1String("module"), c.entry.module);
        o.insert(QLatin1String("function"), c.entry.function);
        o.insert(QLatin1String("level"), c.entry.level);
        o.insert(QLatin1String("required"), c.entry.required);
        o.insert(QLatin1String("features"), QJsonArray::fromStringList(c.entry.features));
        o.insert(QLatin1String("status"), wireName(c.status));
        o.insert(QLatin1String("observed"), orNull(c.observed));
        o.insert(QLatin1String("source"), orNull(wireName(c.source)));
        QJsonArray evidence;
        for (const auto &e : c.evidence) {
            evidence.append(QJsonObject { { QLatin1String("method"), e.method },
                { QLatin1String("path"), e.path },
                { QLatin1String("httpStatus"),
                    e.httpStatus > 0 ? QJsonValue(e.httpStatus) : QJsonValue(QJsonValue::Null) },
                { QLatin1String("note"), e.note } });
        }
        o.insert(QLatin1String("evidence"), evidence);
        o.insert(QLatin1String("remediation"), orNull(c.remediation));
        checks.append(o);
    }
    root.insert(QLatin1String("checks"), checks);
    QJsonObject summary;
    summary.insert(QLatin1String("granted"), r.count(CheckStatus::Granted));
    summary.insert(QLatin1String("insufficient"), r.count(CheckStatus::Insufficient));
    summary.insert(QLatin1String("missing"), r.count(CheckStatus::Missing));
    summary.insert(QLatin1String("unknown"), r.count(CheckStatus::Unknown));
    summary.insert(QLatin1String("skipped"), r.count(CheckStatus::Skipped));
    QJsonObject ready;
    for (const auto &f : allFeatures(r))
        ready.insert(f, r.featureReady(f));
    summary.insert(QLatin1String("ready"), ready);
    root.insert(QLatin1String("summary"), summary);
    return root;
}

QByteArray ReportFormatter::toJson(const CheckReport &report)
{
    return QJsonDocument(toJsonObject(report)).toJson(QJsonDocument::Indented);
}

int ReportFormatter::exitCode(const CheckReport &report)
{
    if (!report.connected())
        return kExitNoConnection;
    if (report.count(CheckStatus::Missing) > 0 || report.count(CheckStatus::Insufficient) > 0)
        return kExitNotReady;
    if (report.count(CheckStatus::Unknown) > 0)
        return kExitUnknown;
    return kExitReady;
}

QString ReportFormatter::toText(const CheckReport &r)
{
    QString out;
    auto line = [&out](const QString &s) { out += s + QLatin1Char('\n'); };
    line(Text::tr("Phin ConnectWise check (%1 %2), %3")
             .arg(r.toolName, r.toolVersion, r.checkedAt.toUTC().toString(Qt::ISODate)));
    line(Text::tr("Site:        %1").arg(siteLine(r)));
    line(Text::tr("Company ID:  %1").arg(r.companyId));
    if (!r.publicKeyHint.isEmpty())
        line(Text::tr("Public key:  %1").arg(r.publicKeyHint));
    line(Text::tr("Features:    %1").arg(r.features.join(QStringLiteral(", "))));
    line(Text::tr("Connection:  %1: %2").arg(wireName(r.connection), r.connectionMessage));
    if (r.connected())
        line(Text::tr("API member:  %1").arg(memberLine(r)));
    for (const auto &n : r.notices)
        line(Text::tr("Note:        %1").arg(n));
    for (const auto &s : r.sideEffects)
        line(Text::tr("WARNING:     %1").arg(s));
    line(QString());
    line(Text::tr("Checks"));
    for (const auto &c : r.checks) {
        //: %1 status (padded), %2 the check, e.g. "Companies > Manage Attachments > Add", %3 the
        //: level it needs, e.g. "All" (ConnectWise's own words: keep them as they are)
        QString row = Text::tr("  [%1] %2 (need %3)")
                          .arg(statusLabel(c.status).toUpper(), -12)
                          .arg(c.entry.displayName(), c.entry.required);
        if (!c.observed.isEmpty())
            row += Text::tr(": found %1").arg(c.observed);
        if (c.source != CheckSource::None)
            row += QStringLiteral(" [") + wireName(c.source) + QLatin1Char(']');
        line(row);
        if (!c.remediation.isEmpty())
            line(Text::tr("      fix: %1").arg(c.remediation));
    }
    line(QString());
    line(Text::tr("Summary: %1 granted, %2 insufficient, %3 missing, %4 unknown, %5 skipped")
             .arg(r.count(CheckStatus::Granted))
             .arg(r.count(CheckStatus::Insufficient))
             .arg(r.count(CheckStatus::Missing))
             .arg(r.count(CheckStatus::Unknown))
             .arg(r.count(CheckStatus::Skipped)));
    line(Text::tr("Ready:   %1").arg(readyLine(r, QStringLiteral("; "))));
    const QString steps = remediationSteps(r);
    if (!steps.isEmpty()) {
        line(QString());
        line(Text::tr("How to fix"));
        for (const auto &s : steps.split(QLatin1Char('\n')))
            line(QStringLiteral("  ") + s);
    }
    return out;
}

QString ReportFormatter::toMarkdown(const CheckReport &r)
{
    auto cell = [](QString s) { return s.replace(QLatin1Char('|'), QStringLiteral("\\|")); };
    QString out;
    auto line = [&out](const QString &s) { out += s + QLatin1Char('\n'); };
    line(Text::tr("### Phin ConnectWise check"));
    line(QString());
    line(Text::tr("- **Checked:** %1 (%2 %3)")
             .arg(r.checkedAt.toUTC().toString(Qt::ISODate), r.toolName, r.toolVersion));
    line(Text::tr("- **Site:** `%1`").arg(siteLine(r)));
    line(Text::tr("- **Company ID:** `%1`").arg(r.companyId));
    if (!r.publicKeyHint.isEmpty())
        line(Text::tr("- **Public key:** `%1`").arg(r.publicKeyHint));
    line(Text::tr("- **Features:** %1").arg(r.features.join(QStringLiteral(", "))));
    line(Text::tr("- **Connection:** `%1`: %2")
             .arg(wireName(r.connection), cell(r.connectionMessage)));
    if (r.connected())
        line(Text::tr("- **API member:** %1").arg(memberLine(r)));
    for (const auto &n : r.notices)
        line(Text::tr("- **Note:** %1").arg(n));
    for (const auto &s : r.sideEffects)
        line(Text::tr("- **WARNING:** %1").arg(s));
    line(QString());
    line(Text::tr("| Check | Needs | Status | Found | How |"));
    line(QStringLiteral("|---|---|---|---|---|"));
    for (const auto &c : r.checks) {
        line(QStringLiteral("| %1 | %2 | **%3** | %4 | %5 |")
                 .arg(cell(c.entry.displayName()), c.entry.required, statusLabel(c.status),
                     cell(c.observed), wireName(c.source)));
    }
    line(QString());
    line(Text::tr(
        "**Summary:** %1 granted, %2 insufficient, %3 missing, %4 unknown, %5 skipped. %6.")
             .arg(r.count(CheckStatus::Granted))
             .arg(r.count(CheckStatus::Insufficient))
             .arg(r.count(CheckStatus::Missing))
             .arg(r.count(CheckStatus::Unknown))
             .arg(r.count(CheckStatus::Skipped))
             .arg(readyLine(r, QStringLiteral(", "))));
    const QString steps = remediationSteps(r);
    if (!steps.isEmpty()) {
        line(QString());
        line(Text::tr("#### How to fix"));
        line(QString());
        for (const auto &s : steps.split(QLatin1Char('\n'))) {
            if (s.startsWith(QLatin1String("  - ")))
                line(QStringLiteral("  ") + s.trimmed());
            else if (!s.isEmpty())
                line(QStringLiteral("- ") + s);
        }
    }
    return out;
}

QString ReportFormatter::toHtml(const CheckReport &r)
{
    auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QString out;
    out += QStringLiteral("<h3>%1</h3>\n").arg(esc(Text::tr("Phin ConnectWise check")));
    out += QStringLiteral("<p>%1<br/>%2<br/>%3</p>\n")
               .arg(esc(Text::tr("Site: %1").arg(siteLine(r))),
                   esc(Text::tr("Company ID: %1").arg(r.companyId)),
                   esc(Text::tr("Connection: %1: %2")
                           .arg(wireName(r.connection), r.connectionMessage)));
    for (const auto &s : r.sideEffects)
        out += QStringLiteral("<p><b>%1</b></p>\n").arg(esc(Text::tr("WARNING: %1").arg(s)));
    out += QStringLiteral("<table>\n<tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>\n")
               .arg(esc(Text::tr("Check")), esc(Text::tr("Status")), esc(Text::tr("Found")),
                   esc(Text::tr("How to fix")));
    for (const auto &c : r.checks) {
        out += QStringLiteral(
            "<tr class=\"%1\"><td>%2</td><td>%3</td><td>%4</td><td>%5</td></tr>\n")
                   .arg(wireName(c.status), esc(c.entry.displayName()), esc(statusLabel(c.status)),
                       esc(c.observed), esc(c.remediation));
    }
    out += QStringLiteral("</table>\n");
    return out;
}

QStringList ReportFormatter::diff(const CheckReport &previous, const CheckReport &current)
{
    QStringList lines;
    if (previous.connection != current.connection) {
        lines.append(Text::tr("Connection: %1 → %2")
                         .arg(wireName(previous.connection), wireName(current.connection)));
    }
    for (const auto &c : current.checks) {
        const CheckResult *before = previous.check(c.entry.id);
        if (!before || before->status == c.status)
            continue;
        lines.append(
            QStringLiteral("%1: %2 → %3")
                .arg(c.entry.shortName(), statusLabel(before->status), statusLabel(c.status)));
    }
    return lines;
}

QString ReportFormatter::remediationSteps(const CheckReport &r)
{
    if (!r.connected())
        return r.connectionMessage;
    const QString role = r.member.securityRole.isEmpty()
        ? Text::tr("(the API member's security role)")
        : r.member.securityRole;
    const QString member
        = r.member.identifier.isEmpty() ? Text::tr("(the API member)") : r.member.identifier;
    QStringList roleSteps;
    QStringList memberSteps;
    QStringList verify;
    for (const auto &c : r.checks) {
        if (c.status == CheckStatus::Granted || c.status == CheckStatus::Skipped)
            continue;
        QString step;
        if (c.entry.kind == CheckKind::DefaultBoard) {
            step = Text::tr("Service Defaults > Default Board: choose the board Phin should create "
                            "tickets on");
        } else {
            QString level = c.entry.level;
            if (!level.isEmpty())
                level[0] = level[0].toUpper();
            step = Text::tr("%1 > %2 > %3 Level = %4")
                       .arg(c.entry.module, c.entry.function, level, c.entry.required);
            if (c.status == CheckStatus::Insufficient)
                step += Text::tr(" (now %1)").arg(c.observed);
        }
        if (c.status == CheckStatus::Unknown)
            verify.append(step + Text::tr(" (could not be checked: %1)").arg(c.observed));
        else if (c.entry.kind == CheckKind::DefaultBoard)
            memberSteps.append(step);
        else
            roleSteps.append(step);
    }
    QStringList out;
    if (!roleSteps.isEmpty()) {
        out.append(
            Text::tr("In ConnectWise, System > Security Roles > %1, set and save:").arg(role));
        for (const auto &s : roleSteps)
            out.append(QStringLiteral("  - ") + s);
        if (r.member.isAdminRole)
            out.append(
                Text::tr("  Note: the API member uses the Admin role, so these settings were "
                         "changed on the Admin role itself."));
    }
    if (!memberSteps.isEmpty()) {
        out.append(Text::tr("In ConnectWise, System > Members > API Members > %1:").arg(member));
        for (const auto &s : memberSteps)
            out.append(QStringLiteral("  - ") + s);
    }
    if (!verify.isEmpty()) {
        out.append(
            Text::tr("Verify by hand (System > Security Roles > %1 and System > Members > API "
                     "Members > %2):")
                .arg(role, member));
        for (const auto &s : verify)
            out.append(QStringLiteral("  - ") + s);
    }
    if (!out.isEmpty())
        out.append(Text::tr("Then run the check again."));
    return out.join(QLatin1Char('\n'));
}

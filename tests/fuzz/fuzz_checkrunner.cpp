// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
// A whole check run where ConnectWise answers with the input: system/info, the member and its
// security, the own-company query, the member lookups and every probe, then every report
// format. This reaches the JSON readers inside the engine (member, security rows, lists).
#include "fuzzcommon.h"

#include "checkrunner.h"
#include "faketransport.h"
#include "reportformatter.h"
#include "siteaddress.h"

#include <QEventLoop>

namespace {

enum Part {
    kSystemInfo,
    kSelf,
    kSecurity,
    kCompanies,
    kApiMembers,
    kMember,
    kProbeStatus,
    kProbeBody,
    kPartCount
};

const QString kBase = QStringLiteral("/v2025_1/apis/3.0/");

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const CheckRunnerOptions options = CheckRunnerOptions::defaults();
    const QList<QByteArray> parts = Fuzz::split(data, size, kPartCount);
    // Retry-After 0 keeps rate-limited answers from waiting.
    const HttpHeaders headers { { "Retry-After", "0" } };
    auto answer = [&headers](int status, const QByteArray &body) {
        return FakeTransport::json(status, body, headers);
    };
    const int probeStatus = parts.at(kProbeStatus).trimmed().toInt();

    FakeTransport transport;
    transport.on("GET", kBase + QStringLiteral("system/info"),
        [&](const HttpRequest &) { return answer(200, parts.at(kSystemInfo)); });
    transport.on("GET", kBase + QStringLiteral("system/myMembers"),
        [&](const HttpRequest &) { return answer(200, parts.at(kSelf)); });
    transport.on("GET", kBase + QStringLiteral("system/mySecurity"),
        [&](const HttpRequest &) { return answer(200, parts.at(kSecurity)); });
    transport.on("GET", kBase + QStringLiteral("company/companies"),
        [&](const HttpRequest &) { return answer(200, parts.at(kCompanies)); });
    transport.on("GET", kBase + QStringLiteral("system/apiMembers"),
        [&](const HttpRequest &) { return answer(200, parts.at(kApiMembers)); });
    transport.on("GET", kBase + QStringLiteral("system/members/*"),
        [&](const HttpRequest &) { return answer(200, parts.at(kMember)); });
    transport.on(QByteArray(), QStringLiteral("*"),
        [&](const HttpRequest &) { return answer(probeStatus, parts.at(kProbeBody)); });

    CheckRunner runner(transport, options);
    QEventLoop loop;
    CheckReport report;
    QObject::connect(&runner, &CheckRunner::finished, &loop, [&](const CheckReport &r) {
        report = r;
        loop.quit();
    });
    CheckRequest request;
    request.site = QStringLiteral("https://na.myconnectwise.net");
    request.companyId = QStringLiteral("phinsandbox");
    request.publicKey = "FuzzPublicKey001";
    request.privateKey = "FuzzPrivateKey01";
    request.clientId = QStringLiteral("fuzz");
    request.memberIdentifier = QStringLiteral("PhinAPI");
    request.timeoutMs = 5000;
    CompanyInfoResult lookedUp; // the lookup has its own target
    lookedUp.status = ConnectionStatus::Ok;
    lookedUp.site = parseSite(request.site, options.assumptions).site;
    lookedUp.requestedCompanyId = request.companyId;
    lookedUp.info.codebase = QStringLiteral("v2025_1/");
    request.companyInfo = lookedUp;
    runner.start(request);
    loop.exec();

    (void)ReportFormatter::toJson(report);
    (void)ReportFormatter::toText(report);
    (void)ReportFormatter::toMarkdown(report);
    (void)ReportFormatter::toHtml(report);
    (void)ReportFormatter::remediationSteps(report);
    (void)ReportFormatter::exitCode(report);
    return 0;
}

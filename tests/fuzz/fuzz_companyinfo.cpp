// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
// The unauthenticated company lookup answer: any status, any headers, any body.
#include "fuzzcommon.h"

#include "companylookup.h"
#include "connectwiseassumptions.h"
#include "siteaddress.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const ConnectWiseAssumptions assumptions = ConnectWiseAssumptions::load();
    static const SiteAddress site
        = parseSite(QStringLiteral("https://na.myconnectwise.net"), assumptions).site;
    // First part: "status content-type"; second: the body.
    const QList<QByteArray> parts = Fuzz::split(data, size, 2);
    const QList<QByteArray> head = parts.at(0).split(' ');
    HttpResponse response;
    response.status = head.at(0).toInt();
    if (head.size() > 1)
        response.headers.append({ "Content-Type", head.at(1) });
    response.body = parts.at(1);
    const CompanyInfoResult r
        = CompanyLookup::interpret(site, QStringLiteral("phinsandbox"), response, assumptions);
    (void)r.ok();
    return 0;
}

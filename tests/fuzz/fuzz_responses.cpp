// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
// One ConnectWise answer through every reader that sees single answers: JSON and error message
// extraction, the clientId rejection shape, descriptions, every probe's interpretation and the
// security level reader.
#include "fuzzcommon.h"

#include "connectwiseassumptions.h"
#include "cwresponse.h"
#include "probeinterpretation.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const ConnectWiseAssumptions assumptions = ConnectWiseAssumptions::load();
    // First part: status; second: "Name: value" header lines; third: the body.
    const QList<QByteArray> parts = Fuzz::split(data, size, 3);
    HttpResponse response;
    response.status = parts.at(0).trimmed().toInt();
    for (const auto &line : parts.at(1).split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            response.headers.append({ line.left(colon), line.mid(colon + 1).trimmed() });
    }
    response.body = parts.at(2);
    bool ok = false;
    (void)CwResponse::json(response, &ok);
    (void)CwResponse::looksLikeHtml(response);
    (void)CwResponse::errorMessage(response);
    (void)CwResponse::isClientIdRejection(response, assumptions);
    (void)CwResponse::describe(response);
    for (auto it = assumptions.probes.cbegin(); it != assumptions.probes.cend(); ++it)
        (void)interpretProbe(it.value(), response, assumptions);
    (void)interpretLevel(QString::fromUtf8(response.body.left(64)), assumptions);
    return 0;
}

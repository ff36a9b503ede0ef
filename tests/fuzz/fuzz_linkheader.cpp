// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
// The Link header of paged ConnectWise answers.
#include "fuzzcommon.h"

#include "linkheader.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const QUrl base(
        QStringLiteral("https://api-na.myconnectwise.net/v2025_1/apis/3.0/company/companies"));
    const LinkHeader header = LinkHeader::parse(
        QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)), base);
    if (header.isValid()) {
        (void)header.target(QStringLiteral("next"));
        (void)header.has(QStringLiteral("last"));
    } else {
        (void)header.error();
    }
    return 0;
}

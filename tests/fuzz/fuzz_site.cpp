// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
// The site people type (URL parsing, cloud and on-premise hosts), the company id and the keys.
#include "fuzzcommon.h"

#include "connectwiseassumptions.h"
#include "inputvalidation.h"
#include "siteaddress.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const ConnectWiseAssumptions assumptions = ConnectWiseAssumptions::load();
    const QList<QByteArray> parts = Fuzz::split(data, size, 4);
    const SiteParseResult site = parseSite(QString::fromUtf8(parts.at(0)), assumptions);
    if (site.ok()) {
        const QUrl base = site.site.apiBaseUrl(QString::fromUtf8(parts.at(1)));
        (void)site.site.mayCarryCredentials(base);
        (void)site.site.mayCarryCredentials(QUrl(QString::fromUtf8(parts.at(1))));
        (void)site.site.loginUrl();
        (void)site.site.apiOrigin();
    }
    (void)isLoopbackHost(QString::fromUtf8(parts.at(1)));
    (void)InputValidation::checkCompanyId(QString::fromUtf8(parts.at(1)), assumptions);
    const KeysCheck keys = InputValidation::checkKeys(parts.at(2), parts.at(3), assumptions);
    (void)InputValidation::publicKeyHint(keys.publicKey);
    return 0;
}

// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox scenario loader (people load their own files with --scenario FILE).
#include "fuzzcommon.h"

#include "scenario.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    Fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString error;
    const Scenario s
        = Scenario::fromJson(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)),
            QStringLiteral("fuzz.json"), &error);
    if (error.isEmpty()) {
        for (const auto &key : Scenario::functionKeys())
            (void)s.levelsFor(key);
    }
    return 0;
}

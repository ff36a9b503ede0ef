// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv);
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace Fuzz {

/// The parsers use Qt's event loop, translations and embedded resources: one application object
/// for the whole process, created before the first input.
inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "phin-fuzz";
    static char *argv[] = { name, nullptr };
    if (!QCoreApplication::instance())
        new QCoreApplication(argc, argv); // lives as long as the process
}

/// Splits one input into the answers of several requests at the ASCII record separator (0x1E),
/// which no answer needs, so the rest of a corpus file stays readable text.
inline QList<QByteArray> split(const uint8_t *data, size_t size, int parts)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    QList<QByteArray> result = input.split('\x1e');
    while (result.size() < parts)
        result.append(QByteArray());
    return result;
}

} // namespace Fuzz

// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Readable QCOMPARE failure messages for the core's enums.

#include "checkreport.h"
#include "checkrunner.h"

#include <QTest>

namespace QTest {

template <> inline char *toString(const CheckStatus &status)
{
    return qstrdup(::wireName(status).toUtf8().constData());
}

template <> inline char *toString(const ConnectionStatus &status)
{
    return qstrdup(::wireName(status).toUtf8().constData());
}

template <> inline char *toString(const CheckSource &source)
{
    const QString s = ::wireName(source);
    return qstrdup(s.isEmpty() ? "none" : s.toUtf8().constData());
}

template <> inline char *toString(const CheckStage &stage)
{
    return qstrdup(QByteArray::number(int(stage)).constData());
}

} // namespace QTest

// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

/// What the sandbox recorded about one request. Never holds credentials.
struct LedgerEntry
{
    qint64 receivedMs = 0; ///< ms since the epoch when the request was complete
    qint64 answeredMs = -1; ///< ms since the epoch when the answer was written; -1: never
    QString method;
    QString target; ///< path and query, as sent
    int status = 0; ///< 0: no HTTP answer (hang, reset)
    bool authPresent = false;
    bool clientIdPresent = false;
    QString fault; ///< fault kind name applied, empty when none
    bool sideEffect = false; ///< a record was created, changed or deleted

    QJsonObject toJson() const;
    /// One JSON Lines record (no trailing newline).
    QByteArray toJsonLine() const;
};

Q_DECLARE_METATYPE(LedgerEntry)

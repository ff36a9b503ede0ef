// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledger.h"

#include <QJsonDocument>

QJsonObject LedgerEntry::toJson() const
{
    QJsonObject object {
        { QStringLiteral("receivedMs"), receivedMs },
        { QStringLiteral("answeredMs"), answeredMs },
        { QStringLiteral("method"), method },
        { QStringLiteral("target"), target },
        { QStringLiteral("status"), status },
        { QStringLiteral("authPresent"), authPresent },
        { QStringLiteral("clientIdPresent"), clientIdPresent },
        { QStringLiteral("fault"), fault.isEmpty() ? QJsonValue() : QJsonValue(fault) },
        { QStringLiteral("sideEffect"), sideEffect },
    };
    return object;
}

QByteArray LedgerEntry::toJsonLine() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

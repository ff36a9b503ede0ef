// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "faketransport.h"

#include <QHash>
#include <QString>

/// A small ConnectWise made of FakeTransport routes, for the engine's unit tests. Levels are
/// per "Module/Function" and level ("inquire", "add", "edit"); probes answer from them the way
/// assumptions.json expects (403 when None, validation/not-found otherwise).
struct FakeConnectWise
{
    static constexpr const char *kBase = "/v2025_1/apis/3.0/";
    QString companyId = QStringLiteral("acme");
    QString publicKey = QStringLiteral("Ab12Cd34Ef56Gh78");
    QString privateKey = QStringLiteral("Zz98Yy76Xx54Ww32");
    QString clientId = QStringLiteral("test-client-id");
    bool selfReadable = true; ///< myMembers and mySecurity answer (else 404)
    bool memberReadableByQuery = true; ///< /system/apiMembers answers (else 403)
    QString memberIdentifier = QStringLiteral("phin-api");
    QString role = QStringLiteral("Phin Integration");
    int boardId = 7;
    QString boardName = QStringLiteral("Help Desk");
    QHash<QString, QString> levels; ///< "Finance/Agreements:edit" -> "All"
    int delayMs = 5;

    FakeConnectWise();
    void setAll(const QString &level);
    QString level(const QString &key) const { return levels.value(key, QStringLiteral("None")); }
    void install(FakeTransport &transport) const;
    static QString path(const QString &relative) { return QLatin1String(kBase) + relative; }
};

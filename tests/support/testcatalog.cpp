// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testcatalog.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace TestCatalog {

QByteArray newerJson(const QString &newId, const QJsonArray &extra)
{
    QFile shipped(QStringLiteral(":/connectwise/catalog.json"));
    if (!shipped.open(QIODevice::ReadOnly))
        return {};
    QJsonObject catalog = QJsonDocument::fromJson(shipped.readAll()).object();
    catalog.insert(QStringLiteral("catalogVersion"), QStringLiteral("2026.12"));
    catalog.insert(QStringLiteral("catalogDate"), QStringLiteral("2026-12-01"));
    QJsonArray checks = catalog.value(QStringLiteral("checks")).toArray();
    for (int i = 0; i < checks.size(); ++i) {
        QJsonObject c = checks.at(i).toObject();
        if (c.value(QStringLiteral("id")).toString() == newId) {
            c.insert(QStringLiteral("since"), QStringLiteral("2026.12"));
            checks.replace(i, c);
        }
    }
    for (const QJsonValue &v : extra)
        checks.append(v);
    catalog.insert(QStringLiteral("checks"), checks);
    return QJsonDocument(catalog).toJson();
}

} // namespace TestCatalog

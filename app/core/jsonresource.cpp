// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonresource.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

bool readDataFile(const QString &path, const QString &name, QByteArray *data, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1 is not embedded").arg(name);
        return false;
    }
    *data = file.readAll();
    return true;
}

bool parseJsonObject(
    const QByteArray &json, const QString &name, QJsonObject *object, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(name, parseError.errorString());
        return false;
    }
    *object = doc.object();
    return true;
}

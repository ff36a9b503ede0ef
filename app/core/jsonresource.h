// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

class QJsonObject;

/// Reads a file embedded with qt_add_resources (or any readable file). On failure returns
/// false and sets error to "NAME is not embedded".
bool readDataFile(const QString &path, const QString &name, QByteArray *data, QString *error);

/// Parses JSON whose root must be an object. On failure returns false and sets error to
/// "NAME: reason".
bool parseJsonObject(
    const QByteArray &json, const QString &name, QJsonObject *object, QString *error);

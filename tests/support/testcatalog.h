// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QString>

/// Test catalogs newer than the shipped one, for "what is new since" tests.
namespace TestCatalog {

/// The shipped catalog.json as version 2026.12 (dated 2026-12-01), with the row @p newId (if
/// any) new since 2026.12 and the rows in @p extra appended.
QByteArray newerJson(const QString &newId, const QJsonArray &extra = {});

} // namespace TestCatalog

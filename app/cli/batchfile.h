// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

/// One connection to check in a batch: a saved profile, or a site and company whose keys are in
/// two environment variables (the file names the variables, never holds a key).
struct BatchRow
{
    int line = 0; ///< 1-based line in the file; 0 when the row came from a saved profile
    QString name;
    QString site;
    QString company;
    QString profile;
    QString publicKeyEnv;
    QString privateKeyEnv;
    QStringList features; ///< empty: the profile's, or every feature
    QString member;
    QString error; ///< why the row cannot run (it is reported, the others still run)
};

/// Reads a batch file: CSV with a header line, or JSON Lines (one object per line). Columns or
/// keys: name, site, company, profile, public_key_env, private_key_env, features (separated by
/// spaces or semicolons in CSV), member. Empty lines and lines starting with '#' are skipped.
class BatchFile
{
public:
    /// The rows in file order. A bad row carries its error and line; a file that cannot be read
    /// as a whole (no header, unknown column) returns no rows and says why in *error.
    static QList<BatchRow> parse(const QByteArray &data, QString *error);
    /// Splits one CSV line (RFC 4180 quoting within the line). False when a quote is unclosed.
    static bool splitCsvLine(const QString &line, QStringList *fields);
};

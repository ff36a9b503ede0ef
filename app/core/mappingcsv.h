// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "companymatcher.h"
#include "connectionprofile.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

/// Where a CSV file is wrong, for people: "line 4, column 2 (domain): … ".
struct CsvError
{
    int line = 0; ///< 1-based; 0 when the problem is the whole file
    int column = 0; ///< 1-based field number; 0 when the problem is the whole line
    QString columnName; ///< the header of that column, when known
    QString message;

    QString toString() const;
};

/// A parsed CSV file: records with the physical line each starts on.
struct CsvTable
{
    QList<QStringList> records;
    QList<int> lines;
    QChar separator = QLatin1Char(',');
    QList<CsvError> errors; ///< empty when the file parsed
    bool ok() const { return errors.isEmpty(); }
};

struct OrganizationImport
{
    QList<PhinOrganization> organizations;
    QList<CsvError> errors; ///< every problem found; when not empty, nothing is to be applied
    bool ok() const { return errors.isEmpty(); }
    QString errorText() const; ///< one line per error
};

struct MappingImport
{
    QList<CompanyMappingRow> rows;
    QList<CsvError> errors;
    bool ok() const { return errors.isEmpty(); }
    QString errorText() const;
};

/// Reading and writing the CSV files of company mapping: Phin organisation lists (name, optional
/// domain or id) and whole mappings (export, backup, edit in a spreadsheet, import). Reads RFC
/// 4180 with a UTF-8 byte order mark or not, ',' ';' or tab separators (detected from the first
/// line), CRLF or LF. A file with any error is rejected as a whole, every error named by line
/// and column, so a bad file never half-applies.
namespace MappingCsv {

constexpr int kMaxErrors = 20; ///< more are summarised in one last error

/// Reads every field through unguardCell(), so files written by write() come back unchanged.
CsvTable parse(const QByteArray &data);
/// Writes RFC 4180 (CRLF, quotes where needed) with a UTF-8 byte order mark for spreadsheets.
/// Every field goes through guardCell() first.
QByteArray write(const QList<QStringList> &records, QChar separator = QLatin1Char(','));

/// Columns: name (or organization, organisation, company), domain (or website), id. Without a
/// header, the first column is the name and a second one a domain when it looks like one,
/// otherwise an id.
/// Formula-injection guard (the OWASP recommendation): a cell starting with '=', '+', '-', '@',
/// a tab or a carriage return, after any number of apostrophes, gets one more leading
/// apostrophe, so a spreadsheet shows "=Acme" as text instead of running it. Cells that were
/// already apostrophe-prefixed that way get another one, which keeps the guard reversible.
QString guardCell(const QString &cell);
/// Undoes guardCell(): removes exactly one leading apostrophe from such a cell; other cells are
/// returned unchanged. unguardCell(guardCell(x)) == x for every x.
QString unguardCell(const QString &cell);

OrganizationImport importOrganizations(const QByteArray &data);
QByteArray exportOrganizations(const QList<PhinOrganization> &organizations);

/// The header exportMapping() writes and importMapping() requires (phin_organization at least).
QStringList mappingHeader();
QByteArray exportMapping(const QList<CompanyMappingRow> &rows, QChar separator = QLatin1Char(','));
MappingImport importMapping(const QByteArray &data);

} // namespace MappingCsv

// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mappingcsv.h"

#include <QHash>
#include <QStringDecoder>

namespace {

const QByteArray kBom("\xEF\xBB\xBF");

QString columnLabel(const CsvError &e)
{
    QString where;
    if (e.line > 0)
        where = QStringLiteral("line %1").arg(e.line);
    if (e.column > 0) {
        where += QStringLiteral(", column %1").arg(e.column);
        if (!e.columnName.isEmpty())
            where += QStringLiteral(" (%1)").arg(e.columnName);
    }
    return where;
}

QChar detectSeparator(const QString &text)
{
    int comma = 0;
    int semicolon = 0;
    int tab = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (quoted)
            continue;
        else if (c == QLatin1Char('\n'))
            break;
        else if (c == QLatin1Char(','))
            ++comma;
        else if (c == QLatin1Char(';'))
            ++semicolon;
        else if (c == QLatin1Char('\t'))
            ++tab;
    }
    if (semicolon > comma && semicolon >= tab)
        return QLatin1Char(';');
    if (tab > comma && tab > semicolon)
        return QLatin1Char('\t');
    return QLatin1Char(',');
}

QString joinErrors(const QList<CsvError> &errors)
{
    QStringList lines;
    for (const CsvError &e : errors)
        lines.append(e.toString());
    return lines.join(QLatin1Char('\n'));
}

bool tooMany(QList<CsvError> *errors)
{
    if (errors->size() < MappingCsv::kMaxErrors)
        return false;
    if (errors->size() == MappingCsv::kMaxErrors)
        errors->append({ 0, 0, {}, QStringLiteral("more errors follow; fix these first") });
    return true;
}

void addError(QList<CsvError> *errors, int line, int column, const QString &columnName,
    const QString &message)
{
    if (!tooMany(errors))
        errors->append({ line, column, columnName, message });
}

bool isBlank(const QStringList &record)
{
    for (const QString &field : record) {
        if (!field.trimmed().isEmpty())
            return false;
    }
    return true;
}

bool looksLikeDomain(const QString &text)
{
    const QString t = text.trimmed();
    return t.contains(QLatin1Char('.')) && !t.contains(QLatin1Char(' '));
}

/// Which header names mean which column; lower case, spaces and '_' ignored.
QString canonicalHeader(const QString &header)
{
    QString h = header.trimmed().toLower();
    h.remove(QLatin1Char(' '));
    h.remove(QLatin1Char('_'));
    h.remove(QLatin1Char('-'));
    static const QHash<QString, QString> names {
        { QStringLiteral("name"), QStringLiteral("name") },
        { QStringLiteral("organization"), QStringLiteral("name") },
        { QStringLiteral("organisation"), QStringLiteral("name") },
        { QStringLiteral("organizationname"), QStringLiteral("name") },
        { QStringLiteral("organisationname"), QStringLiteral("name") },
        { QStringLiteral("company"), QStringLiteral("name") },
        { QStringLiteral("companyname"), QStringLiteral("name") },
        { QStringLiteral("client"), QStringLiteral("name") },
        { QStringLiteral("domain"), QStringLiteral("domain") },
        { QStringLiteral("website"), QStringLiteral("domain") },
        { QStringLiteral("emaildomain"), QStringLiteral("domain") },
        { QStringLiteral("id"), QStringLiteral("id") },
        { QStringLiteral("identifier"), QStringLiteral("id") },
        { QStringLiteral("organizationid"), QStringLiteral("id") },
        { QStringLiteral("organisationid"), QStringLiteral("id") },
        { QStringLiteral("externalid"), QStringLiteral("id") },
    };
    return names.value(h);
}

} // namespace

QString CsvError::toString() const
{
    const QString where = columnLabel(*this);
    return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
}

QString OrganizationImport::errorText() const
{
    return joinErrors(errors);
}

QString MappingImport::errorText() const
{
    return joinErrors(errors);
}

namespace MappingCsv {

namespace {

// How many apostrophes lead a cell that a spreadsheet would read as a formula; -1 when it would
// not.
qsizetype formulaApostrophes(const QString &cell)
{
    qsizetype i = 0;
    while (i < cell.size() && cell.at(i) == QLatin1Char('\''))
        ++i;
    if (i == cell.size())
        return -1;
    static const QString kFormulaStarts = QStringLiteral("=+-@\t\r");
    return kFormulaStarts.contains(cell.at(i)) ? i : -1;
}

} // namespace

QString guardCell(const QString &cell)
{
    return formulaApostrophes(cell) >= 0 ? QLatin1Char('\'') + cell : cell;
}

QString unguardCell(const QString &cell)
{
    return formulaApostrophes(cell) > 0 ? cell.mid(1) : cell;
}

CsvTable parse(const QByteArray &data)
{
    CsvTable table;
    QByteArray bytes = data;
    if (bytes.startsWith(kBom))
        bytes.remove(0, kBom.size());
    if (bytes.trimmed().isEmpty()) {
        table.errors.append({ 0, 0, {}, QStringLiteral("the file is empty") });
        return table;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        // Name the first line that is not UTF-8, so people know where to look.
        int line = 1;
        QStringDecoder probe(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        for (const QByteArray &raw : bytes.split('\n')) {
            const QString decoded = probe.decode(raw);
            if (probe.hasError())
                break;
            ++line;
        }
        table.errors.append({ line, 0, {},
            QStringLiteral("the text is not UTF-8; save the file as “CSV UTF-8” and try again") });
        return table;
    }
    table.separator = detectSeparator(text);
    const QChar sep = table.separator;

    QStringList record;
    QString field;
    int line = 1;
    int recordLine = 1;
    int quoteLine = 0;
    bool inQuotes = false;
    bool wasQuoted = false;
    const auto endField = [&] {
        record.append(unguardCell(field));
        field.clear();
        wasQuoted = false;
    };
    const auto endRecord = [&] {
        endField();
        table.records.append(record);
        table.lines.append(recordLine);
        record.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                if (c != QLatin1Char('\r')
                    || (i + 1 < text.size() && text.at(i + 1) != QLatin1Char('\n')))
                    field.append(c);
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (!field.trimmed().isEmpty() || wasQuoted) {
                addError(&table.errors, line, int(record.size()) + 1, {},
                    QStringLiteral("a quote inside a field must be doubled (\"\") and the field "
                                   "put in quotes"));
                continue;
            }
            field.clear(); // spaces before the opening quote
            inQuotes = true;
            wasQuoted = true;
            quoteLine = line;
        } else if (c == sep) {
            endField();
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            endRecord();
            ++line;
            recordLine = line;
        } else if (wasQuoted) {
            if (!c.isSpace()) {
                addError(&table.errors, line, int(record.size()) + 1, {},
                    QStringLiteral("text after the closing quote of a field"));
            }
        } else {
            field.append(c);
        }
    }
    if (inQuotes) {
        addError(&table.errors, quoteLine, int(record.size()) + 1, {},
            QStringLiteral("a quoted field is never closed (a missing \")"));
    } else if (!field.isEmpty() || !record.isEmpty() || wasQuoted) {
        endRecord();
    }
    return table;
}

QByteArray write(const QList<QStringList> &records, QChar separator)
{
    QString out;
    for (const QStringList &record : records) {
        QStringList fields;
        for (const QString &cell : record) {
            const QString field = guardCell(cell);
            const bool quote = field.contains(separator) || field.contains(QLatin1Char('"'))
                || field.contains(QLatin1Char('\n')) || field.contains(QLatin1Char('\r'))
                || field != field.trimmed();
            if (quote) {
                QString escaped = field;
                escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
                fields.append(QLatin1Char('"') + escaped + QLatin1Char('"'));
            } else {
                fields.append(field);
            }
        }
        out += fields.join(separator) + QStringLiteral("\r\n");
    }
    return kBom + out.toUtf8();
}

OrganizationImport importOrganizations(const QByteArray &data)
{
    OrganizationImport result;
    const CsvTable table = parse(data);
    if (!table.ok()) {
        result.errors = table.errors;
        return result;
    }
    int nameColumn = 0;
    int domainColumn = -1;
    int idColumn = -1;
    int first = 0;
    QStringList headers;
    if (!table.records.isEmpty()) {
        const QStringList &head = table.records.first();
        bool isHeader = false;
        for (int i = 0; i < head.size(); ++i) {
            const QString role = canonicalHeader(head.at(i));
            if (role == QLatin1String("name") && !isHeader) {
                nameColumn = i;
                isHeader = true;
            } else if (role == QLatin1String("domain") && domainColumn < 0) {
                domainColumn = i;
            } else if (role == QLatin1String("id") && idColumn < 0) {
                idColumn = i;
            }
        }
        if (isHeader) {
            headers = head;
            first = 1;
        } else {
            domainColumn = idColumn = -1;
        }
    }
    QHash<QString, int> seen; // folded name -> line
    for (int r = first; r < table.records.size(); ++r) {
        const QStringList &record = table.records.at(r);
        const int line = table.lines.at(r);
        if (isBlank(record))
            continue;
        const auto column = [&record](int i) {
            return i >= 0 && i < record.size() ? record.at(i).trimmed() : QString();
        };
        const auto header = [&headers](int i) {
            return i >= 0 && i < headers.size() ? headers.at(i).trimmed() : QString();
        };
        PhinOrganization org;
        org.name = column(nameColumn).simplified();
        if (headers.isEmpty()) {
            // No header: name, then a domain if it looks like one, otherwise an id.
            for (int i = 1; i < qMin<int>(3, int(record.size())); ++i) {
                const QString value = column(i);
                if (value.isEmpty())
                    continue;
                if (looksLikeDomain(value) && org.domain.isEmpty())
                    org.domain = value;
                else if (org.id.isEmpty())
                    org.id = value;
            }
        } else {
            org.domain = column(domainColumn);
            org.id = column(idColumn);
        }
        if (org.name.isEmpty()) {
            addError(&result.errors, line, nameColumn + 1, header(nameColumn),
                QStringLiteral("the organisation name is empty"));
            continue;
        }
        if (!org.domain.isEmpty()
            && CompanyMatcher::normalizedDomain(org.domain).contains(QLatin1Char(' '))) {
            addError(&result.errors, line, domainColumn + 1, header(domainColumn),
                QStringLiteral("“%1” is not a domain").arg(org.domain));
            continue;
        }
        const QString key = org.name.toCaseFolded();
        if (seen.contains(key)) {
            addError(&result.errors, line, nameColumn + 1, header(nameColumn),
                QStringLiteral("“%1” is already on line %2").arg(org.name).arg(seen.value(key)));
            continue;
        }
        seen.insert(key, line);
        result.organizations.append(org);
    }
    if (result.errors.isEmpty() && result.organizations.isEmpty())
        result.errors.append({ 0, 0, {}, QStringLiteral("the file lists no organisations") });
    if (!result.errors.isEmpty())
        result.organizations.clear();
    return result;
}

QByteArray exportOrganizations(const QList<PhinOrganization> &organizations)
{
    QList<QStringList> records { { QStringLiteral("name"), QStringLiteral("domain"),
        QStringLiteral("id") } };
    for (const PhinOrganization &o : organizations)
        records.append({ o.name, o.domain, o.id });
    return write(records);
}

QStringList mappingHeader()
{
    return { QStringLiteral("phin_organization"), QStringLiteral("phin_domain"),
        QStringLiteral("phin_id"), QStringLiteral("connectwise_company_id"),
        QStringLiteral("connectwise_identifier"), QStringLiteral("connectwise_company_name"),
        QStringLiteral("agreement_id"), QStringLiteral("agreement_name"),
        QStringLiteral("missing_since") };
}

QByteArray exportMapping(const QList<CompanyMappingRow> &rows, QChar separator)
{
    QList<QStringList> records { mappingHeader() };
    for (const CompanyMappingRow &r : rows) {
        records.append({ r.phinOrganization, r.phinDomain, r.phinId, r.connectwiseCompanyId,
            r.connectwiseCompanyIdentifier, r.connectwiseCompanyName, r.agreementId,
            r.agreementName,
            r.missingSince.isValid() ? r.missingSince.toUTC().toString(Qt::ISODate) : QString() });
    }
    return write(records, separator);
}

MappingImport importMapping(const QByteArray &data)
{
    MappingImport result;
    const CsvTable table = parse(data);
    if (!table.ok()) {
        result.errors = table.errors;
        return result;
    }
    const QStringList expected = mappingHeader();
    QHash<QString, int> columns;
    const QStringList head = table.records.value(0);
    for (int i = 0; i < head.size(); ++i) {
        const QString name = head.at(i).trimmed().toLower();
        if (expected.contains(name) && !columns.contains(name))
            columns.insert(name, i);
    }
    if (!columns.contains(expected.first())) {
        result.errors.append({ table.lines.value(0, 1), 0, {},
            QStringLiteral("the first line must be the header (%1); this file does not have a "
                           "phin_organization column")
                .arg(expected.join(QLatin1Char(','))) });
        return result;
    }
    QHash<QString, int> seen;
    for (int r = 1; r < table.records.size(); ++r) {
        const QStringList &record = table.records.at(r);
        const int line = table.lines.at(r);
        if (isBlank(record))
            continue;
        const auto value = [&](const QString &name) {
            const int i = columns.value(name, -1);
            return i >= 0 && i < record.size() ? record.at(i).trimmed() : QString();
        };
        const auto fail = [&](const QString &name, const QString &message) {
            addError(&result.errors, line, columns.value(name, -1) + 1, name, message);
        };
        CompanyMappingRow row;
        row.phinOrganization = value(expected.at(0)).simplified();
        row.phinDomain = value(expected.at(1));
        row.phinId = value(expected.at(2));
        row.connectwiseCompanyId = value(expected.at(3));
        row.connectwiseCompanyIdentifier = value(expected.at(4));
        row.connectwiseCompanyName = value(expected.at(5));
        row.agreementId = value(expected.at(6));
        row.agreementName = value(expected.at(7));
        const QString missing = value(expected.at(8));
        bool ok = true;
        if (row.phinOrganization.isEmpty()) {
            fail(expected.at(0), QStringLiteral("the organisation name is empty"));
            ok = false;
        }
        bool numeric = false;
        if (!row.connectwiseCompanyId.isEmpty()
            && (row.connectwiseCompanyId.toInt(&numeric) <= 0 || !numeric)) {
            fail(expected.at(3),
                QStringLiteral("“%1” is not a ConnectWise company id (a positive number)")
                    .arg(row.connectwiseCompanyId));
            ok = false;
        }
        if (!row.agreementId.isEmpty() && (row.agreementId.toInt(&numeric) <= 0 || !numeric)) {
            fail(expected.at(6),
                QStringLiteral("“%1” is not an agreement id (a positive number)")
                    .arg(row.agreementId));
            ok = false;
        }
        if (!row.agreementId.isEmpty() && row.connectwiseCompanyId.isEmpty()) {
            fail(expected.at(6),
                QStringLiteral("an agreement needs a company in connectwise_company_id"));
            ok = false;
        }
        if (!missing.isEmpty()) {
            row.missingSince = QDateTime::fromString(missing, Qt::ISODate);
            if (!row.missingSince.isValid()) {
                fail(expected.at(8),
                    QStringLiteral("“%1” is not a date and time like 2026-11-28T10:00:00Z")
                        .arg(missing));
                ok = false;
            }
        }
        const QString key = row.phinOrganization.toCaseFolded();
        if (ok && seen.contains(key)) {
            fail(expected.at(0),
                QStringLiteral("“%1” is already on line %2")
                    .arg(row.phinOrganization)
                    .arg(seen.value(key)));
            ok = false;
        }
        if (!ok)
            continue;
        seen.insert(key, line);
        result.rows.append(row);
    }
    if (!result.errors.isEmpty())
        result.rows.clear();
    return result;
}

} // namespace MappingCsv

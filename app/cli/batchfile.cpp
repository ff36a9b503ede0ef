// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "batchfile.h"

#include "permissioncatalog.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

// Q_DECLARE_TR_FUNCTIONS gives these free functions the "BatchFile" context that lupdate sees.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(BatchFile)
};

// "Public Key Env", "public_key_env" and "publicKeyEnv" name the same column.
QString normalised(const QString &column)
{
    QString key = column.trimmed().toLower();
    key.remove(QLatin1Char('_'));
    key.remove(QLatin1Char('-'));
    key.remove(QLatin1Char(' '));
    return key;
}

const QStringList &knownColumns()
{
    static const QStringList columns { QStringLiteral("name"), QStringLiteral("site"),
        QStringLiteral("company"), QStringLiteral("profile"), QStringLiteral("publickeyenv"),
        QStringLiteral("privatekeyenv"), QStringLiteral("features"), QStringLiteral("member") };
    return columns;
}

void setField(BatchRow &row, const QString &column, const QString &rawValue)
{
    const QString value = rawValue.trimmed();
    if (column == QLatin1String("name"))
        row.name = value;
    else if (column == QLatin1String("site"))
        row.site = value;
    else if (column == QLatin1String("company"))
        row.company = value;
    else if (column == QLatin1String("profile"))
        row.profile = value;
    else if (column == QLatin1String("publickeyenv"))
        row.publicKeyEnv = value;
    else if (column == QLatin1String("privatekeyenv"))
        row.privateKeyEnv = value;
    else if (column == QLatin1String("member"))
        row.member = value;
    else if (column == QLatin1String("features")) {
        static const QRegularExpression separators(QStringLiteral("[\\s;,]+"));
        row.features.clear();
        for (const QString &f : value.split(separators, Qt::SkipEmptyParts))
            row.features << f.toLower();
    }
}

// What a row needs to run; the first problem found, or empty.
QString validate(BatchRow &row)
{
    if (!row.error.isEmpty())
        return row.error;
    static const QRegularExpression envName(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    if (row.profile.isEmpty()) {
        if (row.site.isEmpty() || row.company.isEmpty())
            return Text::tr("needs a profile, or a site and a company.");
        if (row.publicKeyEnv.isEmpty() || row.privateKeyEnv.isEmpty()) {
            return Text::tr(
                "needs public_key_env and private_key_env (the names of the environment "
                "variables holding the keys), or a profile.");
        }
        for (const QString &var : { row.publicKeyEnv, row.privateKeyEnv }) {
            if (!envName.match(var).hasMatch())
                return Text::tr("\"%1\" is not an environment variable name; the file names the "
                                "variables that hold the keys, never the keys.")
                    .arg(var.left(2) + QStringLiteral("…"));
        }
    }
    const QStringList known = PermissionCatalog::load().featureIds();
    for (const QString &f : std::as_const(row.features)) {
        if (!known.contains(f))
            return Text::tr("unknown feature \"%1\"; choose from %2.").arg(f, known.join(u','));
    }
    if (row.name.isEmpty())
        row.name = !row.profile.isEmpty() ? row.profile : row.company;
    return QString();
}

} // namespace

bool BatchFile::splitCsvLine(const QString &line, QStringList *fields)
{
    fields->clear();
    QString field;
    bool quoted = false;
    bool wasQuoted = false;
    for (int i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < line.size() && line.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == u'"' && field.trimmed().isEmpty() && !wasQuoted) {
            quoted = true;
            wasQuoted = true;
            field.clear();
        } else if (c == u',') {
            fields->append(field);
            field.clear();
            wasQuoted = false;
        } else {
            field += c;
        }
    }
    fields->append(field);
    return !quoted;
}

QList<BatchRow> BatchFile::parse(const QByteArray &data, QString *error)
{
    QList<BatchRow> rows;
    const QStringList lines = QString::fromUtf8(data).split(u'\n');
    QStringList header;
    bool jsonLines = false;
    bool sawFirst = false;
    for (int i = 0; i < lines.size(); ++i) {
        QString text = lines.at(i);
        if (text.endsWith(u'\r'))
            text.chop(1);
        if (i == 0 && text.startsWith(QChar(0xfeff)))
            text.remove(0, 1);
        const QString trimmed = text.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
            continue;
        const int lineNumber = i + 1;
        if (!sawFirst) {
            sawFirst = true;
            jsonLines = trimmed.startsWith(u'{');
            if (!jsonLines) {
                if (!splitCsvLine(trimmed, &header)) {
                    *error = Text::tr("line %1: the header has an unclosed quote.").arg(lineNumber);
                    return {};
                }
                for (QString &column : header) {
                    column = normalised(column);
                    if (!knownColumns().contains(column)) {
                        *error = Text::tr(
                            "line %1: unknown column \"%2\"; the columns are name, site, "
                            "company, profile, public_key_env, private_key_env, "
                            "features, member.")
                                     .arg(lineNumber)
                                     .arg(column);
                        return {};
                    }
                }
                continue;
            }
        }
        BatchRow row;
        row.line = lineNumber;
        if (jsonLines) {
            QJsonParseError parseError;
            const QJsonDocument doc = QJsonDocument::fromJson(trimmed.toUtf8(), &parseError);
            if (!doc.isObject()) {
                row.error = Text::tr("not a JSON object (%1).")
                                .arg(parseError.error == QJsonParseError::NoError
                                        ? Text::tr("another JSON value")
                                        : parseError.errorString());
            } else {
                const QJsonObject object = doc.object();
                for (auto it = object.begin(); it != object.end(); ++it) {
                    const QString column = normalised(it.key());
                    if (!knownColumns().contains(column)) {
                        row.error = Text::tr("unknown key \"%1\".").arg(it.key());
                        break;
                    }
                    setField(row, column,
                        it.value().isArray() ? it.value().toVariant().toStringList().join(u' ')
                                             : it.value().toString());
                }
            }
        } else {
            QStringList fields;
            if (!splitCsvLine(text, &fields)) {
                row.error = Text::tr("unclosed quote (a field cannot span lines).");
            } else if (fields.size() > header.size()) {
                row.error = Text::tr("%1 fields, but the header names %2 columns.")
                                .arg(fields.size())
                                .arg(header.size());
            } else {
                for (int f = 0; f < fields.size(); ++f)
                    setField(row, header.at(f), fields.at(f));
            }
        }
        row.error = validate(row);
        rows.append(row);
    }
    if (!sawFirst || (!jsonLines && rows.isEmpty()))
        *error = Text::tr("no connections in the file.");
    return rows;
}

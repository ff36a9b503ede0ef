// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

/// One <message> of a Qt Linguist .ts file.
struct TsMessage
{
    QString context;
    QString source;
    QString comment; ///< disambiguation
    bool numerus = false;
    QString type; ///< translation type: "", "unfinished", "vanished", "obsolete"
    QStringList translations; ///< one, or one per numerus form

    /// A TRANSLATOR comment: the description of a context, with nothing to translate.
    bool isContextNote() const { return source.isEmpty(); }
    QString name() const { return context + QStringLiteral(" / \"") + source + QLatin1Char('"'); }
};

struct TsFile
{
    QString language;
    QString sourceLanguage;
    QList<TsMessage> messages;
    QString error;
};

inline TsFile readTsFile(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = path + QStringLiteral(": ") + file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("TS")) {
                ts.language = xml.attributes().value(QLatin1String("language")).toString();
                ts.sourceLanguage
                    = xml.attributes().value(QLatin1String("sourcelanguage")).toString();
            } else if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                message = TsMessage();
                message.context = context;
                message.numerus
                    = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source")) {
                message.source = xml.readElementText();
            } else if (name == QLatin1String("comment")) {
                message.comment = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                message.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!message.numerus)
                    message.translations.append(xml.readElementText());
            } else if (name == QLatin1String("numerusform")) {
                message.translations.append(xml.readElementText());
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            ts.messages.append(message);
        }
    }
    if (xml.hasError())
        ts.error = path + QStringLiteral(": ") + xml.errorString();
    return ts;
}

/// The placeholders a string uses: %1…%99, %L1 and %n, each once.
inline QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("%(L?[1-9][0-9]?|n)"));
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured(0));
    return found;
}

inline QStringList languages()
{
    return QStringLiteral(PHIN_LANGUAGES).split(QLatin1Char(','));
}

inline QString tsPath(const QString &language)
{
    return QStringLiteral(PHIN_TS_DIR "/phin_") + language + QStringLiteral(".ts");
}

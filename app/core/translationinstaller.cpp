// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "translationinstaller.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace {

// Marks the translators installed here, so a later call can find and replace them.
constexpr const char *kTranslatorName = "phin-translator";

bool isEnglish(const QLocale &locale)
{
    return locale.language() == QLocale::English || locale.language() == QLocale::C;
}

QTranslator *loadInto(QCoreApplication *app, const QLocale &locale, const QString &name,
    const QStringList &directories, QString *loadedFrom)
{
    auto *translator = new QTranslator(app);
    translator->setObjectName(QLatin1String(kTranslatorName));
    for (const QString &directory : directories) {
        if (translator->load(locale, name, QStringLiteral("_"), directory)) {
            QCoreApplication::installTranslator(translator);
            if (loadedFrom)
                *loadedFrom = translator->filePath();
            return translator;
        }
    }
    delete translator;
    return nullptr;
}

} // namespace

TranslationResult installTranslations(QCoreApplication *app, const QString &language)
{
    TranslationResult result;
    if (!app)
        return result;
    const QList<QTranslator *> previous = app->findChildren<QTranslator *>(
        QLatin1String(kTranslatorName), Qt::FindDirectChildrenOnly);
    for (QTranslator *translator : previous) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }

    // QLocale() of an unknown code is the C locale; only "en…" and "C" really ask for English.
    const bool askedForEnglish = language.startsWith(QLatin1String("en"))
        || language == QLatin1String("C") || language == QLatin1String("c");
    result.locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (isEnglish(result.locale)) {
        result.english = language.isEmpty() || askedForEnglish;
        if (result.english && !language.isEmpty())
            QLocale::setDefault(result.locale);
        return result;
    }

    result.appLoaded = loadInto(app, result.locale, QStringLiteral("phin"),
                           { QStringLiteral(":/i18n") }, nullptr)
        != nullptr;
    if (result.appLoaded && !language.isEmpty())
        QLocale::setDefault(result.locale);
    // Qt's catalogue: the system's Qt installation, or one deployed beside the executable
    // (windeployqt and macdeployqt put it there).
    const QStringList qtDirectories {
        QLibraryInfo::path(QLibraryInfo::TranslationsPath),
        QCoreApplication::applicationDirPath() + QStringLiteral("/translations"),
        QCoreApplication::applicationDirPath() + QStringLiteral("/../Resources/translations"),
    };
    result.qtLoaded
        = loadInto(app, result.locale, QStringLiteral("qtbase"), qtDirectories, &result.qtFile)
        != nullptr;
    return result;
}

QString languageArgument(const QStringList &arguments)
{
    const QString option = QStringLiteral("--lang");
    const QString prefix = option + QLatin1Char('=');
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg == QLatin1String("--"))
            break;
        if (arg == option && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arg.startsWith(prefix))
            return arg.mid(prefix.size());
    }
    return {};
}

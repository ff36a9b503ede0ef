// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

class QCoreApplication;

/// What installTranslations() did.
struct TranslationResult
{
    QLocale locale; ///< the language chosen (the system's when none was asked for)
    bool english = false; ///< the chosen language is English: nothing to load
    bool appLoaded = false; ///< our :/i18n/phin_<code>.qm was installed
    bool qtLoaded = false; ///< Qt's own qtbase_<code>.qm was installed
    QString qtFile; ///< where Qt's translation came from, when loaded

    /// An explicitly requested language we have no translation for.
    bool missing() const { return !english && !appLoaded; }
};

/// Installs our translation (embedded at :/i18n/phin_<code>.qm) and Qt's own (qtbase, for
/// standard buttons and dialogs) into @p app. An empty @p language follows the system locale
/// (QLocale::system().uiLanguages()); otherwise @p language ("de", "fr_CA", "pt-BR") wins
/// and also becomes the default QLocale. Calling it again replaces what an earlier call
/// installed, so a process can switch languages.
TranslationResult installTranslations(QCoreApplication *app, const QString &language = {});

/// The value of `--lang CODE` or `--lang=CODE` in @p arguments, or an empty string. Both
/// programs read it before their command-line parser runs, so `--help` is translated too.
QString languageArgument(const QStringList &arguments);

// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
// phin-cw-check: checks a ConnectWise connection and every permission Phin needs.
#include "checkcommand.h"
#include "phinconfig.h"
#include "reportformatter.h"
#include "translationinstaller.h"

#include <QCoreApplication>
#include <QTimer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("phin-cw-check"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PHIN_VERSION));
    QCoreApplication::setOrganizationDomain(QStringLiteral(PHIN_ORGANIZATION_DOMAIN));

    // Before parsing, so --help and usage errors speak the chosen (or the system's) language.
    installTranslations(&app, languageArgument(QCoreApplication::arguments()));
    const CliParseResult parsed = CheckCommand::parse(QCoreApplication::arguments());
    switch (parsed.action) {
    case CliParseResult::Action::ShowHelp:
    case CliParseResult::Action::ShowVersion:
        std::fputs(parsed.message.toLocal8Bit().constData(), stdout);
        return 0;
    case CliParseResult::Action::UsageError:
        std::fputs(parsed.message.toLocal8Bit().constData(), stderr);
        return kExitUsage;
    case CliParseResult::Action::Run:
        break;
    }
    CheckCommand command(parsed.options);
    QObject::connect(
        &command, &CheckCommand::finished, &app, &QCoreApplication::exit, Qt::QueuedConnection);
    QTimer::singleShot(0, &command, &CheckCommand::start);
    return app.exec();
}

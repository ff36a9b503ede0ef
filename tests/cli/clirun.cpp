// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clirun.h"

#include "checkcommand.h"
#include "reportformatter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QSignalSpy>

CliOutcome runCli(const QStringList &args, SecretStore *secrets, ProfileStore *profiles,
    const QProcessEnvironment &environment)
{
    CliOutcome o;
    const CliParseResult parsed
        = CheckCommand::parse(QStringList { QStringLiteral("phin-cw-check") } + args);
    if (parsed.action != CliParseResult::Action::Run) {
        o.exitCode = parsed.action == CliParseResult::Action::UsageError ? int(kExitUsage) : 0;
        o.err = parsed.message.toUtf8();
        return o;
    }
    CheckCommand command(parsed.options);
    QBuffer out(&o.out);
    QBuffer err(&o.err);
    QBuffer in;
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    in.open(QIODevice::ReadOnly);
    command.setStreams(&out, &err, &in);
    command.setEnvironment(environment);
    command.setStores(secrets, profiles);
    QSignalSpy finished(&command, &CheckCommand::finished);
    command.start();
    if (!finished.wait(20000)) {
        o.exitCode = -2;
        return o;
    }
    // Whatever is still queued must not answer a second time.
    QCoreApplication::processEvents();
    o.exitCode = finished.size() == 1 ? finished.first().first().toInt() : -3;
    return o;
}

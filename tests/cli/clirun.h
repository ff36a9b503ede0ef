// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QStringList>

class ProfileStore;
class SecretStore;

/// What one in-process phin-cw-check run printed and returned.
struct CliOutcome
{
    int exitCode = -1; ///< -2: no answer in time, -3: finished() more than once
    QByteArray out;
    QByteArray err;
};

/// Runs phin-cw-check with @p args (without the program name) in-process: parse(), then a
/// CheckCommand on these stores and environment with empty stdin, until finished(). A usage
/// error comes back as exit code 64 with the message on err, like the real program.
CliOutcome runCli(const QStringList &args, SecretStore *secrets, ProfileStore *profiles,
    const QProcessEnvironment &environment = {});

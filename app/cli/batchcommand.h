// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "batchfile.h"
#include "checkcommand.h"
#include "checkrunner.h"

#include <QElapsedTimer>
#include <QObject>
#include <QProcessEnvironment>

class HttpTransport;
class ProfileStore;
class SecretStore;

/// What one batch row came to.
struct BatchOutcome
{
    BatchRow row;
    int exitCode = 0; ///< the same codes as a single check
    QString status; ///< "ready", "blocked" (connected or not, something stands in the way), "error"
    QString reason; ///< why it is not ready; empty when ready
    qint64 elapsedMs = 0;
    int requests = 0;
    int roundTrips = 0;
};

/// --batch FILE and --all-profiles: many checks in one process, at most --jobs at once, all on
/// one HttpTransport (one connection pool per API host). Each finished row is written at once
/// (JSON Lines) or collected for one table (text, Markdown); a summary goes to stderr, and a
/// progress line too when stderr is a terminal. finished() carries the worst row's exit code.
class BatchCommand : public QObject
{
    Q_OBJECT
public:
    BatchCommand(const CliOptions &options, HttpTransport &transport, SecretStore &secrets,
        ProfileStore &profiles, QObject *parent = nullptr);
    ~BatchCommand() override;

    void setEnvironment(const QProcessEnvironment &environment) { m_environment = environment; }
    void setStreams(QIODevice *out, QIODevice *err);
    void setProgressLine(bool enabled) { m_progressLine = enabled; }
    void start();
    QList<BatchOutcome> outcomes() const { return m_outcomes; }

    /// How bad an exit code is, for "the worst row's": 64, 4, 2, 1, 3, 0 from worst.
    static int severity(int exitCode);

Q_SIGNALS:
    void finished(int exitCode);

private:
    struct Job;

    void startNext();
    void runRow(int index);
    void startCheck(int index, QByteArray publicKey, QByteArray privateKey);
    void rowFinished(int index, int exitCode, const QString &reason, const CheckReport *report);
    void writeProgress();
    void finishAll();
    void printErr(const QString &text);

    CliOptions m_options;
    CheckRunnerOptions m_runnerOptions; ///< parsed once, shared by every row
    HttpTransport &m_transport;
    SecretStore &m_secrets;
    ProfileStore &m_profiles;
    QProcessEnvironment m_environment;
    QIODevice *m_out = nullptr;
    QIODevice *m_err = nullptr;
    bool m_progressLine = false;
    QList<BatchRow> m_rows;
    QList<BatchOutcome> m_outcomes;
    QList<bool> m_done;
    int m_next = 0;
    int m_running = 0;
    int m_finished = 0;
    bool m_reported = false; ///< finishAll() ran; later queued startNext() calls do nothing
    QElapsedTimer m_clock;
    QElapsedTimer m_progressClock;
};

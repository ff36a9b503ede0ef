// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "batchfile.h"
#include "checkcommand.h"
#include "checkrunner.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QProcessEnvironment>

class HttpTransport;
class ProfileStore;
class SecretStore;

/// --all-profiles: how a profile's last check relates to the shipped permission catalog.
struct BatchCatalogStatus
{
    enum class State {
        NotApplicable, ///< not a saved profile of --all-profiles, or it never got that far
        UpToDate, ///< checked against this catalog (or a newer one)
        NewRequirements, ///< the catalog added requirements since the profile's check
        NeverChecked, ///< the profile has no catalog version: a full check
    };
    State state = State::NotApplicable;
    QString profileVersion;
    QString catalogVersion;
    QString catalogDate;
    QStringList lines; ///< "since 2026.12: Service Tickets Add needed (Service Desk)"
    QStringList newIds; ///< the catalog ids of lines
    QStringList onlyCheckIds; ///< what was checked; empty = everything
    bool recorded = false; ///< the profile now records catalogVersion

    /// One line for people, e.g. "up to date with catalog 2026.11".
    QString note() const;
    QJsonObject toJson() const;
};

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
    BatchCatalogStatus catalog;
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
    /// Records the catalog version in the row's profile when what it was asked to check
    /// passed; false (and *error) when the settings could not be written.
    bool recordCatalogVersion(int index, const CheckReport &report, QString *error);
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
    QList<BatchCatalogStatus> m_catalog; ///< per row, set before its check starts
    QList<bool> m_done;
    int m_next = 0;
    int m_running = 0;
    int m_finished = 0;
    bool m_reported = false; ///< finishAll() ran; later queued startNext() calls do nothing
    QElapsedTimer m_clock;
    QElapsedTimer m_progressClock;
};

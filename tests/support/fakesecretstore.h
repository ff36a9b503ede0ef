// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secretstore.h"

#include <QHash>
#include <QObject>
#include <QStringList>

/// An in-memory SecretStore for unit tests: answers asynchronously, records calls as
/// "read:KEY", "write:KEY", "remove:KEY" (never the secret), and can fail on demand.
class FakeSecretStore : public QObject, public SecretStore
{
    Q_OBJECT
public:
    explicit FakeSecretStore(QObject *parent = nullptr);

    /// Every following call of that operation ("read", "write", "remove" or "" for all) fails.
    void failNext(const QString &operation, SecretError error, int times = 1);
    void setEntries(const QHash<QString, QByteArray> &entries) { m_entries = entries; }
    QHash<QString, QByteArray> entries() const { return m_entries; }
    QStringList calls() const { return m_calls; }

    void read(const QString &key, QObject *context, Callback callback) override;
    void write(
        const QString &key, const QByteArray &secret, QObject *context, Callback callback) override;
    void remove(const QString &key, QObject *context, Callback callback) override;

private:
    bool takeFailure(const QString &operation, SecretResult *result);
    void deliver(QObject *context, Callback callback, SecretResult result);

    struct Failure
    {
        QString operation;
        SecretError error;
        int times;
    };
    QList<Failure> m_failures;
    QHash<QString, QByteArray> m_entries;
    QStringList m_calls;
};

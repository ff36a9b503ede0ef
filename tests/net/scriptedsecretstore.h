// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "fakesecretstore.h"

#include <QList>
#include <QObject>
#include <QStringList>

/// Wraps FakeSecretStore to fail one operation on one entry with a backend's own words, e.g.
/// only the write of ".../private-key" with "Cannot create an item in a locked collection".
class ScriptedSecretStore : public QObject, public SecretStore
{
    Q_OBJECT
public:
    explicit ScriptedSecretStore(QObject *parent = nullptr);

    FakeSecretStore &inner() { return m_inner; }
    /// operation "read", "write", "remove" or "" for any; keySuffix "" for any entry. The first
    /// `after` matching calls go through; the next `times` fail.
    void failOn(const QString &operation, const QString &keySuffix, SecretError error,
        const QString &detail, int times = 1, int after = 0);
    QStringList calls() const { return m_calls; } ///< "write:KEY", never a secret
    int count(const QString &operation) const;

    void read(const QString &key, QObject *context, Callback callback) override;
    void write(
        const QString &key, const QByteArray &secret, QObject *context, Callback callback) override;
    void remove(const QString &key, QObject *context, Callback callback) override;

private:
    bool injected(
        const QString &operation, const QString &key, QObject *context, const Callback &callback);

    struct Rule
    {
        QString operation;
        QString keySuffix;
        SecretError error;
        QString detail;
        int times;
        int after;
    };
    FakeSecretStore m_inner;
    QList<Rule> m_rules;
    QStringList m_calls;
};

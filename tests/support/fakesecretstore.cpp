// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fakesecretstore.h"

#include <QPointer>
#include <QTimer>

FakeSecretStore::FakeSecretStore(QObject *parent)
    : QObject(parent)
{ }

void FakeSecretStore::failNext(const QString &operation, SecretError error, int times)
{
    m_failures.append({ operation, error, times });
}

bool FakeSecretStore::takeFailure(const QString &operation, SecretResult *result)
{
    for (auto it = m_failures.begin(); it != m_failures.end(); ++it) {
        if (!it->operation.isEmpty() && it->operation != operation)
            continue;
        result->error = it->error;
        result->errorString = QStringLiteral("injected failure");
        if (--it->times <= 0)
            m_failures.erase(it);
        return true;
    }
    return false;
}

void FakeSecretStore::deliver(QObject *context, Callback callback, SecretResult result)
{
    QPointer<QObject> guard(context);
    QTimer::singleShot(0, this, [guard, callback = std::move(callback), result] {
        if (guard)
            callback(result);
    });
}

void FakeSecretStore::read(const QString &key, QObject *context, Callback callback)
{
    m_calls.append(QStringLiteral("read:") + key);
    SecretResult result;
    if (!takeFailure(QStringLiteral("read"), &result)) {
        if (m_entries.contains(key))
            result.secret = m_entries.value(key);
        else
            result.error = SecretError::EntryNotFound;
    }
    deliver(context, std::move(callback), result);
}

void FakeSecretStore::write(
    const QString &key, const QByteArray &secret, QObject *context, Callback callback)
{
    m_calls.append(QStringLiteral("write:") + key);
    SecretResult result;
    if (!takeFailure(QStringLiteral("write"), &result))
        m_entries.insert(key, secret);
    deliver(context, std::move(callback), result);
}

void FakeSecretStore::remove(const QString &key, QObject *context, Callback callback)
{
    m_calls.append(QStringLiteral("remove:") + key);
    SecretResult result;
    if (!takeFailure(QStringLiteral("remove"), &result)) {
        if (!m_entries.remove(key))
            result.error = SecretError::EntryNotFound;
    }
    deliver(context, std::move(callback), result);
}

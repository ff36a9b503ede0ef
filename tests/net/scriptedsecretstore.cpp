// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "scriptedsecretstore.h"

#include <QPointer>
#include <QTimer>

ScriptedSecretStore::ScriptedSecretStore(QObject *parent)
    : QObject(parent)
{ }

void ScriptedSecretStore::failOn(const QString &operation, const QString &keySuffix,
    SecretError error, const QString &detail, int times, int after)
{
    m_rules.append({ operation, keySuffix, error, detail, times, after });
}

int ScriptedSecretStore::count(const QString &operation) const
{
    int n = 0;
    for (const QString &call : m_calls)
        n += call.startsWith(operation + QLatin1Char(':')) ? 1 : 0;
    return n;
}

bool ScriptedSecretStore::injected(
    const QString &operation, const QString &key, QObject *context, const Callback &callback)
{
    m_calls.append(operation + QLatin1Char(':') + key);
    for (auto it = m_rules.begin(); it != m_rules.end(); ++it) {
        if ((!it->operation.isEmpty() && it->operation != operation)
            || !key.endsWith(it->keySuffix))
            continue;
        if (it->after > 0) {
            --it->after;
            continue;
        }
        SecretResult result;
        result.error = it->error;
        result.errorString = it->detail;
        if (--it->times <= 0)
            m_rules.erase(it);
        QPointer<QObject> guard(context);
        QTimer::singleShot(0, this, [guard, callback, result] {
            if (guard)
                callback(result);
        });
        return true;
    }
    return false;
}

void ScriptedSecretStore::read(const QString &key, QObject *context, Callback callback)
{
    if (!injected(QStringLiteral("read"), key, context, callback))
        m_inner.read(key, context, std::move(callback));
}

void ScriptedSecretStore::write(
    const QString &key, const QByteArray &secret, QObject *context, Callback callback)
{
    if (!injected(QStringLiteral("write"), key, context, callback))
        m_inner.write(key, secret, context, std::move(callback));
}

void ScriptedSecretStore::remove(const QString &key, QObject *context, Callback callback)
{
    if (!injected(QStringLiteral("remove"), key, context, callback))
        m_inner.remove(key, context, std::move(callback));
}

// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

class QObject;

/// Mirrors QKeychain::Error so that core code can explain failures without linking QtKeychain.
enum class SecretError {
    NoError,
    EntryNotFound,
    CouldNotDeleteEntry,
    AccessDeniedByUser,
    AccessDenied,
    NoBackendAvailable,
    NotImplemented,
    OtherError,
};

struct SecretResult
{
    SecretError error = SecretError::NoError;
    QString errorString; ///< detail from the backend, never the secret
    QByteArray secret; ///< filled by read() only
    bool ok() const { return error == SecretError::NoError; }
};

/// Asynchronous access to the OS keychain. Callbacks run after the call returned, on the
/// context's thread, and never after the context is destroyed.
class SecretStore
{
public:
    using Callback = std::function<void(const SecretResult &)>;
    virtual ~SecretStore() = default;
    virtual void read(const QString &key, QObject *context, Callback callback) = 0;
    virtual void write(
        const QString &key, const QByteArray &secret, QObject *context, Callback callback)
        = 0;
    virtual void remove(const QString &key, QObject *context, Callback callback) = 0;
};

// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secretstore.h"

#include <QObject>
#include <QString>

/// SecretStore over the operating system's keychain through QtKeychain: Secret Service or
/// KWallet on Linux, Keychain on macOS, Credential Manager on Windows. Secrets never fall back
/// to a plain-text file: without a keychain every call fails with NoBackendAvailable or
/// OtherError and the backend's explanation.
class KeychainSecretStore : public QObject, public SecretStore
{
    Q_OBJECT
public:
    /// service names the application in the keychain; the reverse-DNS app id by default.
    explicit KeychainSecretStore(QObject *parent = nullptr);
    KeychainSecretStore(const QString &service, QObject *parent = nullptr);

    QString service() const { return m_service; }

    void read(const QString &key, QObject *context, Callback callback) override;
    void write(
        const QString &key, const QByteArray &secret, QObject *context, Callback callback) override;
    void remove(const QString &key, QObject *context, Callback callback) override;

private:
    QString m_service;
};

// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "keychainsecretstore.h"

#include "phinconfig.h"

#include <QLoggingCategory>
#include <QPointer>

#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcKeychain, "phin.net.keychain", QtInfoMsg)

namespace {

SecretError fromKeychain(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return SecretError::NoError;
    case QKeychain::EntryNotFound:
        return SecretError::EntryNotFound;
    case QKeychain::CouldNotDeleteEntry:
        return SecretError::CouldNotDeleteEntry;
    case QKeychain::AccessDeniedByUser:
        return SecretError::AccessDeniedByUser;
    case QKeychain::AccessDenied:
        return SecretError::AccessDenied;
    case QKeychain::NoBackendAvailable:
        return SecretError::NoBackendAvailable;
    case QKeychain::NotImplemented:
        return SecretError::NotImplemented;
    case QKeychain::OtherError:
        break;
    }
    return SecretError::OtherError;
}

// Runs one job and answers through the context: queued, so never inside the call, and bound
// to the context, so never after it is gone.
void run(
    QKeychain::Job *job, const QString &operation, QObject *context, SecretStore::Callback callback)
{
    // Secrets live in the keychain or nowhere: never QtKeychain's plain-text settings file.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    QPointer<QObject> receiver = context ? context : job;
    // The job's answer is read when it is emitted: an auto-deleting job can be gone by the time
    // a queued call would look at it. Only the callback is queued.
    QObject::connect(job, &QKeychain::Job::finished, job,
        [operation, receiver, callback = std::move(callback)](QKeychain::Job *finished) {
            SecretResult result;
            result.error = fromKeychain(finished->error());
            if (!result.ok())
                result.errorString = finished->errorString();
            if (result.ok() && operation == QLatin1String("read")) {
                result.secret = static_cast<QKeychain::ReadPasswordJob *>(finished)->binaryData();
            }
            qCDebug(lcKeychain).noquote()
                << operation << finished->key() << "->" << static_cast<int>(result.error);
            if (!receiver)
                return;
            QMetaObject::invokeMethod(
                receiver,
                [callback, result]() mutable {
                    callback(result);
                    // The job's own copy went with the job; ours is handed over and wiped by
                    // callers.
                    result.secret.fill('\0');
                },
                Qt::QueuedConnection);
        });
    job->start();
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : KeychainSecretStore(QStringLiteral(PHIN_APP_ID), parent)
{ }

KeychainSecretStore::KeychainSecretStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{ }

void KeychainSecretStore::read(const QString &key, QObject *context, Callback callback)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(key);
    run(job, QStringLiteral("read"), context, std::move(callback));
}

void KeychainSecretStore::write(
    const QString &key, const QByteArray &secret, QObject *context, Callback callback)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(key);
    job->setBinaryData(secret);
    run(job, QStringLiteral("write"), context, std::move(callback));
}

void KeychainSecretStore::remove(const QString &key, QObject *context, Callback callback)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(key);
    run(job, QStringLiteral("remove"), context, std::move(callback));
}

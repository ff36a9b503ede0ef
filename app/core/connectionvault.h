// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionprofile.h"
#include "vaultresult.h"

#include <QByteArray>
#include <QMetaType>
#include <QObject>
#include <QSet>

#include <functional>
#include <memory>
#include <optional>

class ProfileStore;
class SecretStore;

/// A ConnectWise API key pair. Hold it briefly and wipe() it when done.
struct ApiKeys
{
    QByteArray publicKey;
    QByteArray privateKey;

    bool isComplete() const { return !publicKey.isEmpty() && !privateKey.isEmpty(); }
    /// Overwrites the bytes with zeros where this copy is their only owner, then clears both.
    void wipe();
};

/// The flows around saved connections: keys go to the OS keychain (SecretStore), everything
/// else to the ProfileStore. Every operation answers exactly once with its *Finished signal,
/// always after the call returned, and never loses what was stored before: keys are replaced
/// only when the new ones were tested and every write succeeded, otherwise the old ones are put
/// back. Keys never reach the ProfileStore, a log line or a result message.
class ConnectionVault : public QObject
{
    Q_OBJECT
public:
    ConnectionVault(SecretStore &secrets, ProfileStore &profiles, QObject *parent = nullptr);
    ~ConnectionVault() override;

    ProfileStore &profiles() const { return m_profiles; }

    /// Reads the keys of profileName (the default profile when empty) → loadFinished.
    void loadKeys(const QString &profileName = {});
    /// Saves profile and its keys after a passed connection test → saveFinished. Keys already
    /// stored for the same login are replaced. A profile saved without a company mapping keeps
    /// the mapping stored before. The first saved profile becomes the default.
    void saveConnection(
        const ConnectionProfile &profile, const ApiKeys &keys, bool connectionTestPassed);
    /// Replaces the stored keys of profileName with newKeys once they passed a connection test
    /// → rotateFinished. Until then, and when any write fails, the old keys stay.
    void rotateKeys(const QString &profileName, const ApiKeys &newKeys, bool newKeysPassedTest);
    /// Removes both keys from the keychain and marks the profile disconnected; its settings
    /// and company mapping stay → disconnectFinished.
    void disconnectProfile(const QString &profileName);
    /// Removes both keys and the whole profile, mapping included → forgetFinished.
    void forgetProfile(const QString &profileName);

Q_SIGNALS:
    void loadFinished(const VaultResult &result, const ApiKeys &keys);
    void saveFinished(const VaultResult &result);
    void rotateFinished(const VaultResult &result);
    void disconnectFinished(const VaultResult &result);
    void forgetFinished(const VaultResult &result);

private:
    struct Replacement;
    struct Removal;

    void finish(const VaultResult &result, const ApiKeys &keys = {}, bool release = true);
    VaultResult failure(VaultOperation operation, const QString &profileName, VaultError error,
        const QString &entry = {}, const QString &detail = {}) const;
    bool claim(VaultOperation operation, const QString &profileName);

    void replaceKeys(std::shared_ptr<Replacement> r);
    void readOld(std::shared_ptr<Replacement> r, bool isPublic);
    void writeNew(std::shared_ptr<Replacement> r, bool isPublic);
    void storeProfile(std::shared_ptr<Replacement> r);
    void restore(std::shared_ptr<Replacement> r, VaultResult result);
    void restoreNext(std::shared_ptr<Replacement> r);
    void removeStale(std::shared_ptr<Replacement> r, VaultResult result);

    void removeKeys(std::shared_ptr<Removal> r);

    void readEntry(const QString &key, std::function<void(const SecretResult &)> done);
    void writeEntry(const QString &key, const QByteArray &secret,
        std::function<void(const SecretResult &)> done);
    void removeEntry(const QString &key, std::function<void(const SecretResult &)> done);

    SecretStore &m_secrets;
    ProfileStore &m_profiles;
    QSet<QString> m_busy; ///< profiles with an operation in flight
};

Q_DECLARE_METATYPE(ApiKeys)

// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionvault.h"

#include "profilestore.h"
#include "secretstore.h"

#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcVault, "phin.core.vault", QtInfoMsg)

namespace {

void wipeBytes(QByteArray &bytes)
{
    // Only when nobody else shares the buffer: zeroing a shared one would detach and wipe a
    // fresh copy, leaving the original untouched anyway.
    if (!bytes.isEmpty() && bytes.isDetached())
        std::fill(bytes.data(), bytes.data() + bytes.size(), '\0');
    bytes.clear();
}

void wipeOptional(std::optional<QByteArray> &bytes)
{
    if (bytes)
        wipeBytes(*bytes);
    bytes.reset();
}

const char *operationName(VaultOperation operation)
{
    switch (operation) {
    case VaultOperation::Load:
        return "load";
    case VaultOperation::Save:
        return "save";
    case VaultOperation::Rotate:
        return "rotate";
    case VaultOperation::Disconnect:
        return "disconnect";
    case VaultOperation::Forget:
        break;
    }
    return "forget";
}

} // namespace

void ApiKeys::wipe()
{
    wipeBytes(publicKey);
    wipeBytes(privateKey);
}

struct ConnectionVault::Replacement
{
    VaultOperation operation = VaultOperation::Save;
    ConnectionProfile profile; ///< stored once both keys are written
    QString account;
    ApiKeys keys;
    std::optional<QByteArray> oldPublic;
    std::optional<QByteArray> oldPrivate;
    bool wrotePublic = false;
    bool wrotePrivate = false;
    QString staleAccount; ///< keys stored under an account the profile no longer uses
    bool makeDefault = false;
    struct Undo
    {
        QString entry;
        std::optional<QByteArray> old; ///< nullopt: there was none, remove the new one
    };
    QList<Undo> undo;
    VaultResult outcome; ///< the failure being reported once the undo is done

    ~Replacement()
    {
        keys.wipe();
        wipeOptional(oldPublic);
        wipeOptional(oldPrivate);
        for (Undo &step : undo)
            wipeOptional(step.old);
    }
};

struct ConnectionVault::Removal
{
    VaultOperation operation = VaultOperation::Disconnect;
    ConnectionProfile profile;
    QString account;
    bool publicGone = false;
};

ConnectionVault::ConnectionVault(SecretStore &secrets, ProfileStore &profiles, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_profiles(profiles)
{ }

ConnectionVault::~ConnectionVault() = default;

VaultResult ConnectionVault::failure(VaultOperation operation, const QString &profileName,
    VaultError error, const QString &entry, const QString &detail) const
{
    VaultResult result;
    result.operation = operation;
    result.profileName = profileName;
    result.error = error;
    result.detail = detail;
    result.message = vaultErrorMessage(error, operation, profileName, entry, detail);
    return result;
}

bool ConnectionVault::claim(VaultOperation operation, const QString &profileName)
{
    if (m_busy.contains(profileName)) {
        // Answered like every other outcome, without releasing the operation that runs.
        finish(failure(operation, profileName, VaultError::Busy), ApiKeys(), false);
        return false;
    }
    m_busy.insert(profileName);
    return true;
}

void ConnectionVault::finish(const VaultResult &result, const ApiKeys &keys, bool release)
{
    // Always queued: no answer inside the call that started the operation, and none after the
    // vault is gone.
    QMetaObject::invokeMethod(
        this,
        [this, result, k = ApiKeys(keys), release]() mutable {
            if (release)
                m_busy.remove(result.profileName);
            qCDebug(lcVault).noquote() << operationName(result.operation) << result.profileName
                                       << "->" << vaultErrorName(result.error);
            switch (result.operation) {
            case VaultOperation::Load:
                Q_EMIT loadFinished(result, k);
                break;
            case VaultOperation::Save:
                Q_EMIT saveFinished(result);
                break;
            case VaultOperation::Rotate:
                Q_EMIT rotateFinished(result);
                break;
            case VaultOperation::Disconnect:
                Q_EMIT disconnectFinished(result);
                break;
            case VaultOperation::Forget:
                Q_EMIT forgetFinished(result);
                break;
            }
            k.wipe();
        },
        Qt::QueuedConnection);
}

// ---- keychain access, always with this vault as the context ----

void ConnectionVault::readEntry(const QString &key, std::function<void(const SecretResult &)> done)
{
    m_secrets.read(key, this, std::move(done));
}

void ConnectionVault::writeEntry(
    const QString &key, const QByteArray &secret, std::function<void(const SecretResult &)> done)
{
    m_secrets.write(key, secret, this, std::move(done));
}

void ConnectionVault::removeEntry(
    const QString &key, std::function<void(const SecretResult &)> done)
{
    m_secrets.remove(key, this, std::move(done));
}

// ---- load ----

void ConnectionVault::loadKeys(const QString &profileName)
{
    const QString name = profileName.isEmpty() ? m_profiles.defaultProfileName() : profileName;
    const std::optional<ConnectionProfile> profile
        = name.isEmpty() ? std::nullopt : m_profiles.profile(name);
    if (!profile || !profile->connected) {
        return finish(failure(VaultOperation::Load, name,
                          profile ? VaultError::ProfileDisconnected : VaultError::ProfileNotFound),
            ApiKeys(), false);
    }
    if (!claim(VaultOperation::Load, name))
        return;

    const QString account = profile->effectiveKeychainAccount();
    const QString publicEntry = ConnectionProfile::publicKeyEntry(account);
    const QString privateEntry = ConnectionProfile::privateKeyEntry(account);
    auto keys = std::make_shared<ApiKeys>();
    auto fail = [this, name](const QString &entry, const SecretResult &r) {
        finish(failure(VaultOperation::Load, name,
            classifySecretFailure(r.error, r.errorString, SecretOperation::Read), entry,
            r.errorString));
    };
    readEntry(publicEntry, [=](const SecretResult &pub) {
        if (!pub.ok() || pub.secret.isEmpty())
            return fail(publicEntry, pub);
        keys->publicKey = pub.secret;
        readEntry(privateEntry, [=](const SecretResult &priv) {
            if (!priv.ok() || priv.secret.isEmpty()) {
                keys->wipe();
                return fail(privateEntry, priv);
            }
            keys->privateKey = priv.secret;
            VaultResult ok;
            ok.operation = VaultOperation::Load;
            ok.profileName = name;
            finish(ok, *keys);
            keys->wipe(); // shared with the queued answer, which wipes the last copy
        });
    });
}

// ---- save and rotate: write new keys, put the old ones back on any failure ----

void ConnectionVault::saveConnection(
    const ConnectionProfile &profileIn, const ApiKeys &keys, bool connectionTestPassed)
{
    const QString name = profileIn.name;
    auto early = [this](const VaultResult &result) { finish(result, ApiKeys(), false); };
    if (!connectionTestPassed)
        return early(failure(VaultOperation::Save, name, VaultError::ConnectionNotVerified));
    QString problem = ConnectionProfile::nameProblem(name);
    if (problem.isEmpty() && profileIn.companyId.trimmed().isEmpty())
        problem = QStringLiteral("it has no company id.");
    if (problem.isEmpty() && profileIn.site.trimmed().isEmpty()
        && profileIn.loginHost.trimmed().isEmpty())
        problem = QStringLiteral("it has no site.");
    if (problem.isEmpty() && !keys.isComplete())
        problem = QStringLiteral("both the public and the private key are needed.");
    if (!problem.isEmpty()) {
        return early(
            failure(VaultOperation::Save, name, VaultError::InvalidProfile, QString(), problem));
    }
    if (!claim(VaultOperation::Save, name))
        return;

    auto r = std::make_shared<Replacement>();
    r->operation = VaultOperation::Save;
    r->profile = profileIn;
    r->account = profileIn.defaultKeychainAccount();
    r->keys = keys;

    const QStringList names = m_profiles.profileNames();
    for (const QString &other : names) {
        if (other == name)
            continue;
        const auto otherProfile = m_profiles.profile(other);
        if (otherProfile && otherProfile->connected
            && otherProfile->effectiveKeychainAccount() == r->account) {
            return finish(
                failure(VaultOperation::Save, name, VaultError::AccountInUse, r->account, other));
        }
    }
    if (const auto existing = m_profiles.profile(name)) {
        if (r->profile.companyMapping.isEmpty())
            r->profile.companyMapping = existing->companyMapping;
        const QString oldAccount = existing->effectiveKeychainAccount();
        if (existing->connected && oldAccount != r->account)
            r->staleAccount = oldAccount;
    }
    r->profile.keychainAccount = r->account;
    r->profile.connected = true;
    r->profile.disconnectedAt = QDateTime();
    r->profile.publicKeyHint = ConnectionProfile::hintFor(keys.publicKey);
    r->makeDefault = m_profiles.defaultProfileName().isEmpty();
    replaceKeys(r);
}

void ConnectionVault::rotateKeys(
    const QString &profileName, const ApiKeys &newKeys, bool newKeysPassedTest)
{
    auto early = [this](const VaultResult &result) { finish(result, ApiKeys(), false); };
    if (!newKeysPassedTest) {
        return early(
            failure(VaultOperation::Rotate, profileName, VaultError::ConnectionNotVerified));
    }
    const auto existing = m_profiles.profile(profileName);
    if (!existing)
        return early(failure(VaultOperation::Rotate, profileName, VaultError::ProfileNotFound));
    if (!newKeys.isComplete()) {
        return early(failure(VaultOperation::Rotate, profileName, VaultError::InvalidProfile,
            QString(), QStringLiteral("both the new public and private key are needed.")));
    }
    if (!claim(VaultOperation::Rotate, profileName))
        return;

    auto r = std::make_shared<Replacement>();
    r->operation = VaultOperation::Rotate;
    r->profile = *existing;
    r->account = existing->effectiveKeychainAccount();
    r->keys = newKeys;
    r->profile.keychainAccount = r->account;
    r->profile.connected = true;
    r->profile.disconnectedAt = QDateTime();
    r->profile.publicKeyHint = ConnectionProfile::hintFor(newKeys.publicKey);
    replaceKeys(r);
}

void ConnectionVault::replaceKeys(std::shared_ptr<Replacement> r)
{
    // Read what is there first: it is what a failed write gets restored to.
    readOld(r, true);
}

void ConnectionVault::readOld(std::shared_ptr<Replacement> r, bool isPublic)
{
    const QString entry = isPublic ? ConnectionProfile::publicKeyEntry(r->account)
                                   : ConnectionProfile::privateKeyEntry(r->account);
    readEntry(entry, [this, r, isPublic, entry](const SecretResult &result) {
        if (!result.ok() && result.error != SecretError::EntryNotFound) {
            // Nothing written yet, so nothing to undo: the keychain is as it was.
            return finish(failure(r->operation, r->profile.name,
                classifySecretFailure(result.error, result.errorString, SecretOperation::Read),
                entry, result.errorString));
        }
        std::optional<QByteArray> old;
        if (result.ok())
            old = result.secret;
        if (isPublic) {
            r->oldPublic = old;
            readOld(r, false);
        } else {
            r->oldPrivate = old;
            writeNew(r, true);
        }
    });
}

void ConnectionVault::writeNew(std::shared_ptr<Replacement> r, bool isPublic)
{
    const QString entry = isPublic ? ConnectionProfile::publicKeyEntry(r->account)
                                   : ConnectionProfile::privateKeyEntry(r->account);
    const QByteArray &secret = isPublic ? r->keys.publicKey : r->keys.privateKey;
    writeEntry(entry, secret, [this, r, isPublic, entry](const SecretResult &result) {
        if (!result.ok()) {
            return restore(r,
                failure(r->operation, r->profile.name,
                    classifySecretFailure(result.error, result.errorString, SecretOperation::Write),
                    entry, result.errorString));
        }
        if (isPublic) {
            r->wrotePublic = true;
            writeNew(r, false);
        } else {
            r->wrotePrivate = true;
            storeProfile(r);
        }
    });
}

void ConnectionVault::storeProfile(std::shared_ptr<Replacement> r)
{
    QString error;
    if (!m_profiles.saveProfile(r->profile, &error)) {
        return restore(
            r, failure(r->operation, r->profile.name, VaultError::SettingsFailed, {}, error));
    }
    VaultResult ok;
    ok.operation = r->operation;
    ok.profileName = r->profile.name;
    if (r->makeDefault && !m_profiles.setDefaultProfileName(r->profile.name, &error)) {
        ok.warnings.append(
            QStringLiteral("The connection was saved but could not be made the default: %1")
                .arg(error));
    }
    removeStale(r, ok);
}

void ConnectionVault::restore(std::shared_ptr<Replacement> r, VaultResult result)
{
    r->outcome = std::move(result);
    r->undo.clear();
    if (r->wrotePrivate)
        r->undo.append({ ConnectionProfile::privateKeyEntry(r->account), r->oldPrivate });
    if (r->wrotePublic)
        r->undo.append({ ConnectionProfile::publicKeyEntry(r->account), r->oldPublic });
    restoreNext(r);
}

void ConnectionVault::restoreNext(std::shared_ptr<Replacement> r)
{
    if (r->undo.isEmpty())
        return finish(r->outcome);
    const Replacement::Undo step = r->undo.takeFirst();
    auto after = [this, r, entry = step.entry](const SecretResult &done) {
        if (!done.ok() && done.error != SecretError::EntryNotFound) {
            r->outcome.warnings.append(QStringLiteral("The keychain entry \"%1\" could not be "
                                                      "put back as it was (%2); it holds the new "
                                                      "key.")
                                           .arg(entry, done.errorString));
        }
        restoreNext(r);
    };
    if (step.old)
        writeEntry(step.entry, *step.old, after);
    else
        removeEntry(step.entry, after);
}

void ConnectionVault::removeStale(std::shared_ptr<Replacement> r, VaultResult result)
{
    if (r->staleAccount.isEmpty())
        return finish(result);
    const QString publicEntry = ConnectionProfile::publicKeyEntry(r->staleAccount);
    const QString privateEntry = ConnectionProfile::privateKeyEntry(r->staleAccount);
    auto warnings = std::make_shared<QStringList>();
    auto note = [warnings](const QString &entry, const SecretResult &done) {
        if (!done.ok() && done.error != SecretError::EntryNotFound) {
            warnings->append(QStringLiteral("The old keychain entry \"%1\" could not be removed "
                                            "(%2); remove it by hand in your keychain tool.")
                                 .arg(entry, done.errorString));
        }
    };
    removeEntry(publicEntry, [=](const SecretResult &pub) {
        note(publicEntry, pub);
        removeEntry(privateEntry, [=](const SecretResult &priv) mutable {
            note(privateEntry, priv);
            VaultResult final = result;
            final.warnings += *warnings;
            finish(final);
        });
    });
}

// ---- disconnect and forget ----

void ConnectionVault::disconnectProfile(const QString &profileName)
{
    const auto existing = m_profiles.profile(profileName);
    if (!existing) {
        return finish(failure(VaultOperation::Disconnect, profileName, VaultError::ProfileNotFound),
            {}, false);
    }
    if (!claim(VaultOperation::Disconnect, profileName))
        return;
    auto r = std::make_shared<Removal>();
    r->operation = VaultOperation::Disconnect;
    r->profile = *existing;
    r->account = existing->effectiveKeychainAccount();
    removeKeys(r);
}

void ConnectionVault::forgetProfile(const QString &profileName)
{
    const auto existing = m_profiles.profile(profileName);
    if (!existing) {
        return finish(
            failure(VaultOperation::Forget, profileName, VaultError::ProfileNotFound), {}, false);
    }
    if (!claim(VaultOperation::Forget, profileName))
        return;
    auto r = std::make_shared<Removal>();
    r->operation = VaultOperation::Forget;
    r->profile = *existing;
    r->account = existing->effectiveKeychainAccount();
    removeKeys(r);
}

void ConnectionVault::removeKeys(std::shared_ptr<Removal> r)
{
    const QString name = r->profile.name;
    auto complete = [this, r, name] {
        QString error;
        const bool stored = r->operation == VaultOperation::Forget
            ? m_profiles.removeProfile(name, &error)
            : [&] {
                  ConnectionProfile updated = r->profile;
                  updated.connected = false;
                  updated.disconnectedAt = QDateTime::currentDateTimeUtc();
                  updated.publicKeyHint.clear();
                  return m_profiles.saveProfile(updated, &error);
              }();
        if (!stored)
            return finish(failure(r->operation, name, VaultError::SettingsFailed, {}, error));
        VaultResult ok;
        ok.operation = r->operation;
        ok.profileName = name;
        finish(ok);
    };

    // Keys another connected profile still uses are not this profile's to remove.
    const QStringList names = m_profiles.profileNames();
    for (const QString &other : names) {
        const auto otherProfile = other == name ? std::nullopt : m_profiles.profile(other);
        if (otherProfile && otherProfile->connected
            && otherProfile->effectiveKeychainAccount() == r->account)
            return complete();
    }

    const QString publicEntry = ConnectionProfile::publicKeyEntry(r->account);
    const QString privateEntry = ConnectionProfile::privateKeyEntry(r->account);
    auto gone = [](const SecretResult &done) {
        return done.ok() || done.error == SecretError::EntryNotFound;
    };
    auto fail = [this, r, name](const QString &entry, const SecretResult &done) {
        VaultResult result = failure(r->operation, name,
            classifySecretFailure(done.error, done.errorString, SecretOperation::Remove), entry,
            done.errorString);
        if (r->publicGone) {
            result.warnings.append(
                QStringLiteral("The public key was removed; the private key is still stored. "
                               "The connection stays marked as connected until both are gone."));
        }
        finish(result);
    };
    removeEntry(publicEntry, [=](const SecretResult &pub) {
        if (!gone(pub))
            return fail(publicEntry, pub);
        r->publicGone = true;
        removeEntry(privateEntry, [=](const SecretResult &priv) {
            if (!gone(priv))
                return fail(privateEntry, priv);
            complete();
        });
    });
}

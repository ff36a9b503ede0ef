// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secretstore.h"

#include <QMetaType>
#include <QString>
#include <QStringList>

/// Why a keychain or profile operation did not do what was asked.
enum class VaultError {
    None,
    ConnectionNotVerified, ///< keys are saved only after a passed connection test
    InvalidProfile, ///< bad name, no company id or site, or empty keys
    ProfileNotFound,
    ProfileDisconnected, ///< its keys were removed by a disconnect
    AccountInUse, ///< another connected profile already stores keys for this login
    NoSessionBus, ///< Linux: no D-Bus session bus to reach a keychain through
    NoKeychainService, ///< no Secret Service / KWallet / platform keychain answering
    KeychainLocked,
    AccessDeniedByUser, ///< the user declined the keychain prompt
    AccessDenied, ///< the keychain refused for another reason
    EntryMissing, ///< the profile says connected but the keychain has no such entry
    WriteFailed,
    DeleteFailed,
    SettingsFailed, ///< the profile could not be written to the settings file
    Busy, ///< another operation on the same profile is still running
    Other,
};

enum class VaultOperation { Load, Save, Rotate, Disconnect, Forget };
enum class SecretOperation { Read, Write, Remove };

/// Whether keys already in hand stay usable for this run after that failure (they do when only
/// saving them failed; they do not when they failed the connection test).
bool keysUsableForSession(VaultError error, VaultOperation operation);

/// The outcome of one ConnectionVault operation: what happened and, when it failed, a message
/// that says what to do next. Never contains a key.
struct VaultResult
{
    VaultOperation operation = VaultOperation::Load;
    QString profileName;
    VaultError error = VaultError::None;
    QString message; ///< for people: what failed, why, what to do; empty when ok
    QString detail; ///< the backend's own words, for support; may be empty
    QStringList warnings; ///< things that went wrong without failing the operation

    bool ok() const { return error == VaultError::None; }
    /// True when the keys in hand are still good for this run without saving them.
    bool keysUsableForSession() const { return ::keysUsableForSession(error, operation); }
};

/// Sorts a SecretStore failure into a VaultError using the error and the backend's detail
/// (QtKeychain reports most Linux failures as OtherError with a telling message).
VaultError classifySecretFailure(
    SecretError error, const QString &detail, SecretOperation operation);

/// The message people see for a failure: what went wrong, how to fix it, and whether they can
/// go on for this session without saving. Shared by the wizard and the command line.
/// entry names the keychain entry involved (never a key); may be empty.
QString vaultErrorMessage(VaultError error, VaultOperation operation, const QString &profileName,
    const QString &entry = {}, const QString &detail = {});

/// A short stable name for logs and JSON output: "no-session-bus", "keychain-locked", …
QString vaultErrorName(VaultError error);

Q_DECLARE_METATYPE(VaultResult)

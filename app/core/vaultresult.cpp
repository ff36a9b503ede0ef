// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "vaultresult.h"

#include "phinconfig.h"

namespace {

bool mentionsAny(const QString &text, std::initializer_list<const char *> needles)
{
    for (const char *needle : needles) {
        if (text.contains(QLatin1String(needle), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QString quoted(const QString &text)
{
    return QStringLiteral("\"") + text + QStringLiteral("\"");
}

QString withDetail(const QString &detail)
{
    return detail.isEmpty() ? QString() : QStringLiteral(" (") + detail + QStringLiteral(")");
}

} // namespace

VaultError classifySecretFailure(
    SecretError error, const QString &detail, SecretOperation operation)
{
    // The detail decides first: QtKeychain on Linux reports a missing bus, a missing Secret
    // Service and a missing login keyring all as OtherError, told apart only by the message.
    if (error != SecretError::NoError && error != SecretError::EntryNotFound) {
        if (mentionsAny(detail,
                { "autolaunch D-Bus", "DBUS_SESSION_BUS_ADDRESS", "session bus",
                    "Cannot connect to D-Bus", "Failed to connect to socket", "No D-Bus" }))
            return VaultError::NoSessionBus;
        if (mentionsAny(detail,
                { "org.freedesktop.secrets", "not provided by any .service files", "ServiceUnknown",
                    "kwalletd", "No keychain service" }))
            return VaultError::NoKeychainService;
        if (mentionsAny(detail, { "locked", "collection/login" }))
            return VaultError::KeychainLocked;
        if (mentionsAny(detail, { "dismissed", "cancelled by user", "canceled by user" }))
            return VaultError::AccessDeniedByUser;
    }
    switch (error) {
    case SecretError::NoError:
        return VaultError::None;
    case SecretError::EntryNotFound:
        return VaultError::EntryMissing;
    case SecretError::CouldNotDeleteEntry:
        return VaultError::DeleteFailed;
    case SecretError::AccessDeniedByUser:
        return VaultError::AccessDeniedByUser;
    case SecretError::AccessDenied:
        return VaultError::AccessDenied;
    case SecretError::NoBackendAvailable:
    case SecretError::NotImplemented:
        return VaultError::NoKeychainService;
    case SecretError::OtherError:
        break;
    }
    switch (operation) {
    case SecretOperation::Write:
        return VaultError::WriteFailed;
    case SecretOperation::Remove:
        return VaultError::DeleteFailed;
    case SecretOperation::Read:
        break;
    }
    return VaultError::Other;
}

bool keysUsableForSession(VaultError error, VaultOperation operation)
{
    if (operation != VaultOperation::Save && operation != VaultOperation::Rotate)
        return false;
    switch (error) {
    case VaultError::NoSessionBus:
    case VaultError::NoKeychainService:
    case VaultError::KeychainLocked:
    case VaultError::AccessDeniedByUser:
    case VaultError::AccessDenied:
    case VaultError::WriteFailed:
    case VaultError::SettingsFailed:
    case VaultError::AccountInUse:
    case VaultError::Other:
        return true;
    default:
        return false;
    }
}

QString vaultErrorMessage(VaultError error, VaultOperation operation, const QString &profileName,
    const QString &entry, const QString &detail)
{
    const QString profile = quoted(profileName);
    const QString service = quoted(QStringLiteral(PHIN_APP_ID));
    QString text;
    switch (error) {
    case VaultError::None:
        return QString();
    case VaultError::ConnectionNotVerified:
        text = operation == VaultOperation::Rotate
            ? QStringLiteral("The new keys have not passed a connection test, so they were not "
                             "saved; the stored keys for %1 are unchanged. Check the new keys "
                             "and test the connection again.")
                  .arg(profile)
            : QStringLiteral("Keys are saved only after a successful connection test; nothing "
                             "was saved for %1. Run the check, then save.")
                  .arg(profile);
        break;
    case VaultError::InvalidProfile:
        text = QStringLiteral("The connection %1 cannot be saved: %2")
                   .arg(profile,
                       detail.isEmpty()            ? QStringLiteral("it is incomplete.")
                           : detail.endsWith(u'.') ? detail
                                                   : detail + QLatin1Char('.'));
        break;
    case VaultError::ProfileNotFound:
        if (profileName.isEmpty()) {
            text = QStringLiteral("No saved connection is marked as the default. Name one "
                                  "(phin-cw-check --profile NAME), or save a connection first.");
            break;
        }
        text = QStringLiteral("There is no saved connection named %1. List the saved connections "
                              "(phin-cw-check --list-profiles) to see their names.")
                   .arg(profile);
        break;
    case VaultError::ProfileDisconnected:
        text = QStringLiteral("The saved connection %1 was disconnected and its keys removed from "
                              "the keychain. Enter the public and private key again and save to "
                              "reconnect; its settings and company mapping were kept.")
                   .arg(profile);
        break;
    case VaultError::AccountInUse:
        text = QStringLiteral("The saved connection %1 already keeps keys for the same ConnectWise "
                              "login (%2). Use that connection, or disconnect it first.")
                   .arg(quoted(detail), entry);
        break;
    case VaultError::NoSessionBus:
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
        text = QStringLiteral(
            "The keychain cannot be reached: there is no D-Bus session bus, which the Secret "
            "Service (GNOME Keyring or KWallet) is reached through. Log in to a desktop session, "
            "or start one for this command with \"dbus-run-session -- <command>\" and unlock a "
            "keyring in it (\"gnome-keyring-daemon --unlock\").");
#else
        text = QStringLiteral("The keychain cannot be reached: its system service does not "
                              "answer. Log in to a desktop session and try again.");
#endif
        break;
    case VaultError::NoKeychainService:
#if defined(Q_OS_MACOS)
        text = QStringLiteral("The macOS Keychain is not available to this application. Log in "
                              "to a desktop session and check Keychain Access.");
#elif defined(Q_OS_WIN)
        text = QStringLiteral("Windows Credential Manager is not available to this application. "
                              "Check that the Credential Manager service is running.");
#else
        text = QStringLiteral(
            "No keychain service is running: nothing provides the Secret Service "
            "(org.freedesktop.secrets) in this desktop session. Install and start one - GNOME "
            "Keyring (\"sudo apt install gnome-keyring\", then log in again) or KWallet - and "
            "unlock it, then try again.");
#endif
        break;
    case VaultError::KeychainLocked:
        text = QStringLiteral("The keychain is locked, or has no default (login) keyring yet. "
                              "Unlock it - log in to the desktop again, or open \"Passwords and "
                              "Keys\" (Seahorse) or KWallet Manager and unlock or create the "
                              "login keyring - then try again.");
        break;
    case VaultError::AccessDeniedByUser:
        text = QStringLiteral("Access to the keychain was declined. Try again and allow access "
                              "when the keychain asks.");
        break;
    case VaultError::AccessDenied:
        text = QStringLiteral("The keychain refused access%1. Check that it is unlocked and that "
                              "this application may use it, then try again.")
                   .arg(withDetail(detail));
        break;
    case VaultError::EntryMissing:
        text = QStringLiteral(
            "The keychain has no entry %1 for the saved connection %2; it may have been removed "
            "with another tool. Enter the public and private key again and save the connection. "
            "ConnectWise shows a private key only once: if it is lost, create a new API key for "
            "the API member (System > Members > API Members > API Keys).")
                   .arg(quoted(entry), profile);
        break;
    case VaultError::WriteFailed:
        text = QStringLiteral("The keychain could not store %1%2. The keys stored before, if "
                              "any, are still in place.")
                   .arg(quoted(entry), withDetail(detail));
        break;
    case VaultError::DeleteFailed:
        text = QStringLiteral("The keychain entry %1 could not be removed%2. Try again, or remove "
                              "it by hand in your keychain tool (service %3).")
                   .arg(quoted(entry), withDetail(detail), service);
        break;
    case VaultError::SettingsFailed:
        if (operation == VaultOperation::Disconnect || operation == VaultOperation::Forget) {
            text = QStringLiteral("The keys of %1 were removed from the keychain, but the "
                                  "settings file could not be updated%2. Check that the file and "
                                  "its folder are writable, then disconnect again.")
                       .arg(profile, withDetail(detail));
            break;
        }
        text = QStringLiteral("The saved connection %1 could not be written to the settings "
                              "file%2. Check that the file and its folder are writable; the "
                              "keychain was left as it was before.")
                   .arg(profile, withDetail(detail));
        break;
    case VaultError::Busy:
        text = QStringLiteral("Another keychain operation on %1 is still running. Try again when "
                              "it has finished.")
                   .arg(profile);
        break;
    case VaultError::Other:
        text = QStringLiteral("The keychain reported an error%1. Try again.")
                   .arg(withDetail(detail));
        break;
    }
    if (keysUsableForSession(error, operation)) {
        text += QStringLiteral(" You can also continue without saving: the keys are then used "
                               "for this session only and are not written anywhere.");
    } else if (operation == VaultOperation::Load
        && (error == VaultError::NoSessionBus || error == VaultError::NoKeychainService
            || error == VaultError::KeychainLocked || error == VaultError::AccessDeniedByUser
            || error == VaultError::AccessDenied || error == VaultError::Other)) {
        text += QStringLiteral(" Meanwhile you can enter the keys again and use them for this "
                               "session only.");
    }
    return text;
}

QString vaultErrorName(VaultError error)
{
    switch (error) {
    case VaultError::None:
        return QStringLiteral("none");
    case VaultError::ConnectionNotVerified:
        return QStringLiteral("connection-not-verified");
    case VaultError::InvalidProfile:
        return QStringLiteral("invalid-profile");
    case VaultError::ProfileNotFound:
        return QStringLiteral("profile-not-found");
    case VaultError::ProfileDisconnected:
        return QStringLiteral("profile-disconnected");
    case VaultError::AccountInUse:
        return QStringLiteral("account-in-use");
    case VaultError::NoSessionBus:
        return QStringLiteral("no-session-bus");
    case VaultError::NoKeychainService:
        return QStringLiteral("no-keychain-service");
    case VaultError::KeychainLocked:
        return QStringLiteral("keychain-locked");
    case VaultError::AccessDeniedByUser:
        return QStringLiteral("access-denied-by-user");
    case VaultError::AccessDenied:
        return QStringLiteral("access-denied");
    case VaultError::EntryMissing:
        return QStringLiteral("entry-missing");
    case VaultError::WriteFailed:
        return QStringLiteral("write-failed");
    case VaultError::DeleteFailed:
        return QStringLiteral("delete-failed");
    case VaultError::SettingsFailed:
        return QStringLiteral("settings-failed");
    case VaultError::Busy:
        return QStringLiteral("busy");
    case VaultError::Other:
        break;
    }
    return QStringLiteral("other");
}

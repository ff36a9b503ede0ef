// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "proxyvault.h"

#include "secretstore.h"

#include <QCoreApplication>
#include <QLoggingCategory>

#include <memory>

Q_LOGGING_CATEGORY(lcProxy, "phin.core.proxy", QtInfoMsg)

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ProxyVault)
};

QString appliedMessage(const ProxySettings &settings)
{
    switch (settings.mode) {
    case ProxyMode::System:
        return Text::tr("Connections use the system's proxy settings.");
    case ProxyMode::Direct:
        return Text::tr("Connections go directly to ConnectWise, without a proxy.");
    case ProxyMode::Manual:
        break;
    }
    return Text::tr("Connections go through the proxy %1.").arg(settings.describe());
}

} // namespace

struct ProxyVault::Saving
{
    ProxySettings old;
    ProxySettings next;
    QString oldKey; ///< the entry holding the old password; empty when there was none
    bool wroteNew = false;
};

ProxyVault::ProxyVault(
    SecretStore &secrets, ProxySettingsStore &store, ProxyApplier applier, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_store(store)
    , m_applier(std::move(applier))
{ }

ProxySettings ProxyVault::settings() const
{
    return m_store.proxySettings();
}

QString ProxyVault::keychainProblem(const SecretResult &result) const
{
    return result.errorString.isEmpty() ? Text::tr("the keychain gave no reason")
                                        : result.errorString;
}

void ProxyVault::deliver(
    void (ProxyVault::*signal)(const ProxyVaultResult &), ProxyVaultResult result)
{
    // Always after the call returned, like the keychain's own answers.
    QMetaObject::invokeMethod(
        this,
        [this, signal, result] {
            Q_EMIT(this->*signal)
            (result);
        },
        Qt::QueuedConnection);
}

void ProxyVault::applySaved()
{
    const ProxySettings settings = m_store.proxySettings();
    auto apply = [this, settings](const QString &password, const QStringList &warnings) {
        ProxyVaultResult result;
        result.settings = settings;
        result.warnings = warnings;
        QString error;
        result.ok = m_applier(settings, password, &error);
        result.message = result.ok
            ? appliedMessage(settings)
            : Text::tr("The saved proxy %1 cannot be used: %2").arg(settings.describe(), error);
        qCInfo(lcProxy).noquote() << "proxy:" << settings.describe()
                                  << (result.ok ? "applied" : "not applied");
        Q_EMIT applied(result);
    };
    if (!settings.isManual() || !settings.hasPassword || settings.secretKey().isEmpty()) {
        QMetaObject::invokeMethod(
            this, [apply] { apply({}, {}); }, Qt::QueuedConnection);
        return;
    }
    m_secrets.read(settings.secretKey(), this, [this, settings, apply](const SecretResult &r) {
        if (r.ok()) {
            apply(QString::fromUtf8(r.secret), {});
            return;
        }
        apply({},
            { Text::tr("The password of the proxy %1 could not be read from the keychain (%2); "
                       "the proxy is used without it. Enter it again in the network settings.")
                    .arg(settings.describe(), keychainProblem(r)) });
    });
}

void ProxyVault::save(const ProxySettings &settings, const QString &password)
{
    auto s = std::make_shared<Saving>();
    s->old = m_store.proxySettings();
    s->oldKey = s->old.hasPassword ? s->old.secretKey() : QString();
    s->next = settings;
    const QString newKey = settings.secretKey();
    // An unchanged entry keeps its password when none was typed: the dialog never shows it.
    const bool keep = password.isEmpty() && !newKey.isEmpty() && newKey == s->oldKey;
    s->next.hasPassword = !newKey.isEmpty() && (!password.isEmpty() || keep);
    if (!s->next.isManual()) {
        s->next = ProxySettings();
        s->next.mode = settings.mode;
    }

    const QList<ProxyIssue> issues = s->next.validate(s->next.hasPassword || !password.isEmpty());
    if (!issues.isEmpty()) {
        ProxyVaultResult result;
        result.issues = issues;
        result.message = issues.first().message;
        result.settings = s->old;
        return deliver(&ProxyVault::saved, result);
    }
    auto fail = [this, s](const QString &message) {
        ProxyVaultResult result;
        result.message = message;
        result.settings = s->old;
        Q_EMIT saved(result);
    };
    if (!password.isEmpty() && !newKey.isEmpty()) {
        m_secrets.write(
            newKey, password.toUtf8(), this, [this, s, password, fail](const SecretResult &r) {
                if (!r.ok()) {
                    return fail(
                        Text::tr("The keychain did not store the proxy password (%1); nothing "
                                 "was changed.")
                            .arg(keychainProblem(r)));
                }
                s->wroteNew = true;
                finishSave(s, password);
            });
        return;
    }
    if (keep) {
        m_secrets.read(newKey, this, [this, s, fail](const SecretResult &r) {
            if (!r.ok()) {
                return fail(Text::tr("The stored password of the proxy %1 could not be read from "
                                     "the keychain (%2); type it again.")
                                .arg(s->next.describe(), keychainProblem(r)));
            }
            finishSave(s, QString::fromUtf8(r.secret));
        });
        return;
    }
    QMetaObject::invokeMethod(
        this, [this, s] { finishSave(s, {}); }, Qt::QueuedConnection);
}

void ProxyVault::finishSave(std::shared_ptr<Saving> s, const QString &password)
{
    ProxyVaultResult result;
    result.settings = s->old;
    const QString newKey = s->next.hasPassword ? s->next.secretKey() : QString();
    auto dropNew = [this, s, newKey] {
        if (s->wroteNew && newKey != s->oldKey)
            m_secrets.remove(newKey, this, [](const SecretResult &) {});
    };
    QString error;
    if (!m_store.saveProxySettings(s->next, &error)) {
        dropNew();
        result.message = Text::tr("The proxy settings could not be saved: %1").arg(error);
        Q_EMIT saved(result);
        return;
    }
    if (!m_applier(s->next, password, &error)) {
        QString ignored;
        m_store.saveProxySettings(s->old, &ignored);
        dropNew();
        result.message = Text::tr("The proxy %1 cannot be used: %2").arg(s->next.describe(), error);
        Q_EMIT saved(result);
        return;
    }
    qCInfo(lcProxy).noquote() << "proxy saved:" << s->next.describe();
    result.ok = true;
    result.settings = s->next;
    result.message = appliedMessage(s->next);
    if (s->oldKey.isEmpty() || s->oldKey == newKey) {
        Q_EMIT saved(result);
        return;
    }
    // The replaced proxy's password has no use any more; a keychain is no place for leftovers.
    m_secrets.remove(s->oldKey, this, [this, s, result](const SecretResult &r) mutable {
        if (!r.ok() && r.error != SecretError::EntryNotFound) {
            result.warnings.append(
                Text::tr("The password of the previous proxy %1 could not be removed from the "
                         "keychain (%2); remove the entry \"%3\" by hand.")
                    .arg(s->old.describe(), keychainProblem(r), s->oldKey));
        }
        Q_EMIT saved(result);
    });
}

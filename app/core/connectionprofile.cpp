// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionprofile.h"

#include "httptransport.h"

#include <QUrl>

namespace {
constexpr int kMaxNameLength = 64;
}

QString ConnectionProfile::defaultKeychainAccount() const
{
    QString host = loginHost.trimmed();
    if (host.isEmpty()) {
        // Only the site as typed: its host, without scheme, port or path.
        const QUrl url = QUrl::fromUserInput(site.trimmed());
        host = url.host().isEmpty() ? site.trimmed() : url.host();
    }
    return companyId.trimmed().toLower() + QLatin1Char('@') + host.toLower();
}

int ConnectionProfile::applyPinnedCertificates(HttpTransport &transport) const
{
    int applied = 0;
    for (auto it = pinnedCertificates.cbegin(); it != pinnedCertificates.cend(); ++it) {
        QString host;
        quint16 port = 0;
        if (!TlsCertificateInfo::parseSiteKey(it.key(), &host, &port))
            continue;
        transport.pinCertificate(host, port, it.value().toLatin1());
        ++applied;
    }
    return applied;
}

QString ConnectionProfile::effectiveKeychainAccount() const
{
    return keychainAccount.isEmpty() ? defaultKeychainAccount() : keychainAccount;
}

QString ConnectionProfile::publicKeyEntry(const QString &account)
{
    return account + QStringLiteral("/public-key");
}

QString ConnectionProfile::privateKeyEntry(const QString &account)
{
    return account + QStringLiteral("/private-key");
}

QString ConnectionProfile::hintFor(const QByteArray &publicKey)
{
    if (publicKey.size() < 8) // too short to show any part of it safely
        return QString();
    return QStringLiteral("…") + QString::fromLatin1(publicKey.right(4));
}

QString ConnectionProfile::nameProblem(const QString &name)
{
    if (name.trimmed().isEmpty())
        return QStringLiteral("A profile needs a name.");
    if (name != name.trimmed())
        return QStringLiteral("A profile name cannot start or end with spaces.");
    if (name.size() > kMaxNameLength)
        return QStringLiteral("A profile name can be at most %1 characters long.")
            .arg(kMaxNameLength);
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control)
            return QStringLiteral("A profile name cannot contain control characters.");
    }
    return QString();
}

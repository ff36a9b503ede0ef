// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "keyfragments.h"

namespace KeyFragments {

QList<QByteArray> of(const QByteArray &key, int window, bool allowLastFour)
{
    QList<QByteArray> result { key, key.toBase64(), key.toHex() };
    for (int i = 0; i + window <= key.size(); ++i) {
        const QByteArray part = key.mid(i, window);
        if (allowLastFour && key.endsWith(part) && part.size() <= 4)
            continue;
        result.append(part);
    }
    return result;
}

QList<QByteArray> forbidden(
    const QByteArray &publicKey, const QList<QByteArray> &privateKeys, const QString &companyId)
{
    // The public key may show its last 4 characters; 5 in a row would already say more.
    QList<QByteArray> result = of(publicKey, 5, true);
    for (const QByteArray &privateKey : privateKeys) {
        result += of(privateKey, 4, false);
        const QByteArray credentials = companyId.toUtf8() + '+' + publicKey + ':' + privateKey;
        result += credentials.toBase64();
        result += "Basic " + credentials.toBase64().left(12);
    }
    return result;
}

QString findIn(const QByteArray &data, const QList<QByteArray> &forbidden)
{
    for (const QByteArray &f : forbidden) {
        const qsizetype at = data.indexOf(f);
        if (at >= 0)
            return QStringLiteral("a %1-byte key fragment at offset %2").arg(f.size()).arg(at);
    }
    return {};
}

} // namespace KeyFragments

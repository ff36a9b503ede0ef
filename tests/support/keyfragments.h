// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

/// What would give an API key away in any output, for the secret-hygiene scans.
namespace KeyFragments {

/// The key itself (plain, Base64, hex) and every run of @p window characters of it. With
/// @p allowLastFour, runs that are the key's last (at most four) characters are allowed: the
/// product shows those.
QList<QByteArray> of(const QByteArray &key, int window, bool allowLastFour);

/// Everything forbidden for one set of keys: any 5 characters in a row of the public key (its
/// last four may show), any 4 of each private key, and the Basic credentials they make with
/// @p companyId.
QList<QByteArray> forbidden(
    const QByteArray &publicKey, const QList<QByteArray> &privateKeys, const QString &companyId);

/// The first forbidden fragment in @p data, described without repeating it ("a 4-byte
/// fragment"); empty when there is none.
QString findIn(const QByteArray &data, const QList<QByteArray> &forbidden);

} // namespace KeyFragments

// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tlscertificate.h"

#include <QRegularExpression>

bool TlsCertificateInfo::canBeTrusted() const
{
    if (isNull() || problems.isEmpty())
        return false;
    bool identityOnly = true;
    for (const TlsProblem problem : problems) {
        switch (problem) {
        case TlsProblem::SelfSigned:
        case TlsProblem::UntrustedIssuer:
        case TlsProblem::PinChanged:
        case TlsProblem::HostMismatch:
            break;
        case TlsProblem::Expired:
        case TlsProblem::NotYetValid:
        case TlsProblem::Revoked:
        case TlsProblem::Other:
            identityOnly = false;
            break;
        }
    }
    return identityOnly
        && (has(TlsProblem::SelfSigned) || has(TlsProblem::UntrustedIssuer)
            || has(TlsProblem::PinChanged));
}

QString TlsCertificateInfo::siteKey(const QString &host, quint16 port)
{
    const QString h = host.toLower();
    const QString shown
        = h.contains(QLatin1Char(':')) ? QLatin1Char('[') + h + QLatin1Char(']') : h;
    return shown + QLatin1Char(':') + QString::number(port);
}

bool TlsCertificateInfo::parseSiteKey(const QString &key, QString *host, quint16 *port)
{
    const qsizetype colon = key.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    bool ok = false;
    const uint number = key.mid(colon + 1).toUInt(&ok);
    if (!ok || number == 0 || number > 65535)
        return false;
    QString h = key.left(colon);
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    if (h.isEmpty())
        return false;
    if (host)
        *host = h.toLower();
    if (port)
        *port = quint16(number);
    return true;
}

QString TlsCertificateInfo::groupedFingerprint(const QByteArray &sha256Hex)
{
    const QByteArray hex = normalizedFingerprint(sha256Hex).toUpper();
    QString grouped;
    for (qsizetype i = 0; i < hex.size(); i += 2) {
        if (i > 0)
            grouped += QLatin1Char(':');
        grouped += QString::fromLatin1(hex.mid(i, 2));
    }
    return grouped;
}

QByteArray TlsCertificateInfo::normalizedFingerprint(const QByteArray &sha256Hex)
{
    QByteArray hex = sha256Hex;
    hex.replace(':', QByteArray()).replace(' ', QByteArray());
    hex = hex.toLower();
    static const QRegularExpression sha256(QStringLiteral("^[0-9a-f]{64}$"));
    return sha256.match(QString::fromLatin1(hex)).hasMatch() ? hex : QByteArray();
}

QString wireName(TlsProblem problem)
{
    switch (problem) {
    case TlsProblem::SelfSigned:
        return QStringLiteral("self-signed");
    case TlsProblem::UntrustedIssuer:
        return QStringLiteral("untrusted-issuer");
    case TlsProblem::Expired:
        return QStringLiteral("expired");
    case TlsProblem::NotYetValid:
        return QStringLiteral("not-yet-valid");
    case TlsProblem::HostMismatch:
        return QStringLiteral("host-mismatch");
    case TlsProblem::PinChanged:
        return QStringLiteral("pin-changed");
    case TlsProblem::Revoked:
        return QStringLiteral("revoked");
    case TlsProblem::Other:
        break;
    }
    return QStringLiteral("other");
}

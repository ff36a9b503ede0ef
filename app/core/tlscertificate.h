// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

/// Why a server's certificate was not accepted.
enum class TlsProblem {
    SelfSigned, ///< the certificate signed itself
    UntrustedIssuer, ///< issued by a certificate authority this computer does not trust
    Expired,
    NotYetValid,
    HostMismatch, ///< issued for other names than the host asked for
    PinChanged, ///< a certificate was trusted for this site, and the server now shows another
    Revoked,
    Other, ///< anything else the TLS stack reports (broken signature, bad purpose, ...)
};

/// The facts about a server certificate that failed verification, as plain data: what people
/// need to decide whether to trust it, and what the report shows. Never holds a key.
struct TlsCertificateInfo
{
    QString host; ///< the host that was asked for
    quint16 port = 0;
    QString subject; ///< "CN=server, O=Example", the certificate's own name
    QString issuer; ///< the same for who issued it; equal to subject when self-signed
    QStringList subjectNames; ///< the DNS names and IP addresses the certificate is valid for
    QDateTime notBefore; ///< UTC
    QDateTime notAfter; ///< UTC
    QByteArray sha256Hex; ///< lower-case hex SHA-256 of the DER certificate
    QByteArray pinnedSha256Hex; ///< the trusted fingerprint it no longer matches (PinChanged)
    QList<TlsProblem> problems;

    bool isNull() const { return sha256Hex.isEmpty(); }
    bool has(TlsProblem problem) const { return problems.contains(problem); }
    /// Whether people may pin this certificate for its site: only when the problem is who it
    /// is (self-signed, unknown CA, or changed since it was trusted), never when it is out of
    /// date or otherwise broken. A wrong host name counts only together with a self-signed or
    /// unknown-CA certificate: on-premise servers often carry a self-made certificate for
    /// their internal name while being reached by another one; a certificate from a trusted CA
    /// for the wrong host is a server (or address) to fix, not a certificate to trust.
    bool canBeTrusted() const;
    /// "host:port", the key of a pin.
    QString siteKey() const { return siteKey(host, port); }

    static QString siteKey(const QString &host, quint16 port);
    /// Splits "host:port" (IPv6 hosts in brackets, "[::1]:443"); false when it is not one.
    static bool parseSiteKey(const QString &key, QString *host, quint16 *port);
    /// "AB:CD:EF:…", upper-case pairs separated by colons, as administrators' tools show it.
    static QString groupedFingerprint(const QByteArray &sha256Hex);
    /// Lower-case hex without separators; empty unless it is 64 hex digits.
    static QByteArray normalizedFingerprint(const QByteArray &sha256Hex);
};

/// Pinned certificates of one connection: "host:port" -> lower-case hex SHA-256.
using CertificatePins = QMap<QString, QString>;

/// "self-signed", "untrusted-issuer", "expired", "not-yet-valid", "host-mismatch",
/// "pin-changed", "revoked", "other": stable names for reports.
QString wireName(TlsProblem problem);

Q_DECLARE_METATYPE(TlsCertificateInfo)

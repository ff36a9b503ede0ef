// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

/// A throw-away self-signed certificate for 127.0.0.1, as an on-premise server might use.
struct TestCertificate
{
    QString certPath;
    QString keyPath;
    QByteArray certPem;
    QByteArray keyPem;

    /// Creates cert.pem and key.pem in dir with openssl (valid one day, subjectAltName
    /// IP:127.0.0.1). On failure returns false and says why in error.
    static bool create(const QString &dir, TestCertificate *certificate, QString *error);
    /// The same, but valid only from 2020-01-01 to 2020-01-02 (UTC): long expired. openssl req
    /// cannot back-date a certificate, so it is self-signed with openssl ca -selfsign.
    static bool createExpired(const QString &dir, TestCertificate *certificate, QString *error);
};

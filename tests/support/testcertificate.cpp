// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "testcertificate.h"

#include <QDir>
#include <QFile>
#include <QProcess>

static bool readAll(const QString &path, QByteArray *data, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    *data = file.readAll();
    return true;
}

bool TestCertificate::create(const QString &dir, TestCertificate *certificate, QString *error)
{
    certificate->certPath = QDir(dir).filePath(QStringLiteral("cert.pem"));
    certificate->keyPath = QDir(dir).filePath(QStringLiteral("key.pem"));
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
        { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
            QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
            certificate->keyPath, QStringLiteral("-out"), certificate->certPath,
            QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
            QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
            QStringLiteral("subjectAltName=IP:127.0.0.1") });
    if (!openssl.waitForFinished(30000) || openssl.exitStatus() != QProcess::NormalExit
        || openssl.exitCode() != 0) {
        *error = QStringLiteral("openssl failed: %1 %2")
                     .arg(openssl.errorString(),
                         QString::fromLocal8Bit(openssl.readAllStandardError()));
        return false;
    }
    return readAll(certificate->certPath, &certificate->certPem, error)
        && readAll(certificate->keyPath, &certificate->keyPem, error);
}

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

static bool runOpenssl(const QString &dir, const QStringList &arguments, QString *error)
{
    QProcess openssl;
    openssl.setWorkingDirectory(dir);
    openssl.start(QStringLiteral("openssl"), arguments);
    if (!openssl.waitForFinished(30000) || openssl.exitStatus() != QProcess::NormalExit
        || openssl.exitCode() != 0) {
        *error = QStringLiteral("openssl failed: %1 %2")
                     .arg(openssl.errorString(),
                         QString::fromLocal8Bit(openssl.readAllStandardError()));
        return false;
    }
    return true;
}

bool TestCertificate::createExpired(
    const QString &dir, TestCertificate *certificate, QString *error)
{
    const QDir where(dir);
    certificate->certPath = where.filePath(QStringLiteral("cert.pem"));
    certificate->keyPath = where.filePath(QStringLiteral("key.pem"));
    if (!where.mkpath(QStringLiteral("db"))) {
        *error = QStringLiteral("cannot create %1").arg(where.filePath(QStringLiteral("db")));
        return false;
    }
    QFile index(where.filePath(QStringLiteral("db/index.txt")));
    QFile serial(where.filePath(QStringLiteral("db/serial")));
    QFile config(where.filePath(QStringLiteral("selfsign.cnf")));
    if (!index.open(QIODevice::WriteOnly) || !serial.open(QIODevice::WriteOnly)
        || !config.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("cannot write the openssl ca files in %1").arg(dir);
        return false;
    }
    serial.write("01\n");
    config.write("[ca]\ndefault_ca = selfca\n"
                 "[selfca]\ndatabase = db/index.txt\nserial = db/serial\nnew_certs_dir = db\n"
                 "default_md = sha256\npolicy = anything\nunique_subject = no\n"
                 "[anything]\ncommonName = supplied\n"
                 "[server]\nsubjectAltName = IP:127.0.0.1\n");
    index.close();
    serial.close();
    config.close();
    return runOpenssl(dir,
               { QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                   certificate->keyPath, QStringLiteral("-out"), QStringLiteral("request.csr"),
                   QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1") },
               error)
        && runOpenssl(dir,
            { QStringLiteral("ca"), QStringLiteral("-selfsign"), QStringLiteral("-batch"),
                QStringLiteral("-config"), QStringLiteral("selfsign.cnf"),
                QStringLiteral("-keyfile"), certificate->keyPath, QStringLiteral("-in"),
                QStringLiteral("request.csr"), QStringLiteral("-out"), certificate->certPath,
                QStringLiteral("-startdate"), QStringLiteral("20200101000000Z"),
                QStringLiteral("-enddate"), QStringLiteral("20200102000000Z"),
                QStringLiteral("-extensions"), QStringLiteral("server"),
                QStringLiteral("-notext") },
            error)
        && readAll(certificate->certPath, &certificate->certPem, error)
        && readAll(certificate->keyPath, &certificate->keyPem, error);
}

bool TestCertificate::create(const QString &dir, TestCertificate *certificate, QString *error)
{
    certificate->certPath = QDir(dir).filePath(QStringLiteral("cert.pem"));
    certificate->keyPath = QDir(dir).filePath(QStringLiteral("key.pem"));
    return runOpenssl(dir,
               { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                   certificate->keyPath, QStringLiteral("-out"), certificate->certPath,
                   QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"),
                   QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1") },
               error)
        && readAll(certificate->certPath, &certificate->certPem, error)
        && readAll(certificate->keyPath, &certificate->keyPem, error);
}

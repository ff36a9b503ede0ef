// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small blocking-by-signal HTTP client for the sandbox tests: a real QNetworkAccessManager,
// loopback only, never following redirects.

#include "sandboxapi.h"
#include "sandboxserver.h"

#include <QHttpMultiPart>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrlQuery>

#include <memory>

struct TestReply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    bool finished = false;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &pair : headers) {
            if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
                return pair.second;
        }
        return {};
    }
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
    QJsonObject object() const { return json().object(); }
    QJsonArray array() const { return json().array(); }
};

class SandboxClient
{
public:
    explicit SandboxClient(SandboxServer *server)
        : m_server(server)
    {
        m_nam.setProxy(QNetworkProxy::NoProxy);
        m_companyId = server->scenario().companyId;
        m_publicKey = server->scenario().publicKey;
        m_privateKey = server->scenario().privateKey;
    }

    QString companyId() const { return m_companyId; }
    void setKeys(const QString &company, const QString &publicKey, const QString &privateKey)
    {
        m_companyId = company;
        m_publicKey = publicKey;
        m_privateKey = privateKey;
    }
    void setAuth(bool on) { m_auth = on; }
    void setClientId(const QByteArray &clientId) { m_clientId = clientId; }
    void setSslConfiguration(const QSslConfiguration &config) { m_ssl = config; }
    QNetworkAccessManager &nam() { return m_nam; }

    QUrl api(const QString &relative) const
    {
        return QUrl(m_server->apiBaseUrl().toString() + relative);
    }
    QUrl site(const QString &path) const { return QUrl(m_server->siteUrl().toString() + path); }

    QNetworkRequest request(const QUrl &url) const
    {
        QNetworkRequest r(url);
        r.setAttribute(
            QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
        if (!m_ssl.isNull())
            r.setSslConfiguration(m_ssl);
        if (m_auth) {
            const QByteArray user = (m_companyId + QLatin1Char('+') + m_publicKey).toUtf8();
            const QByteArray credentials = user + ':' + m_privateKey.toUtf8();
            r.setRawHeader("Authorization", "Basic " + credentials.toBase64());
        }
        if (!m_clientId.isEmpty())
            r.setRawHeader("clientId", m_clientId);
        r.setRawHeader("Accept", "application/vnd.connectwise.com+json; version=2025.1");
        return r;
    }

    /// Starts a request without waiting.
    QNetworkReply *start(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
        const QByteArray &contentType = "application/json")
    {
        QNetworkRequest r = request(url);
        if (!body.isEmpty() || method == "POST" || method == "PUT" || method == "PATCH")
            r.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        return m_nam.sendCustomRequest(r, method, body);
    }

    static TestReply wait(QNetworkReply *reply, int timeoutMs = 5000)
    {
        TestReply result;
        if (!reply->isFinished()) {
            QSignalSpy spy(reply, &QNetworkReply::finished);
            spy.wait(timeoutMs);
        }
        result.finished = reply->isFinished();
        if (!result.finished)
            reply->abort();
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.error = reply->error();
        result.body = reply->readAll();
        result.headers = reply->rawHeaderPairs();
        reply->deleteLater();
        return result;
    }

    TestReply send(const QByteArray &method, const QUrl &url, const QByteArray &body = {},
        const QByteArray &contentType = "application/json", int timeoutMs = 5000)
    {
        return wait(start(method, url, body, contentType), timeoutMs);
    }
    TestReply get(const QString &relative) { return send("GET", api(relative)); }

    /// POST /system/documents as multipart/form-data; @p file empty means no file part.
    TestReply postDocument(const QMap<QString, QString> &fields, const QByteArray &file = {})
    {
        auto *multi = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            QHttpPart part;
            part.setHeader(QNetworkRequest::ContentDispositionHeader,
                QStringLiteral("form-data; name=\"%1\"").arg(it.key()));
            part.setBody(it.value().toUtf8());
            multi->append(part);
        }
        if (!file.isEmpty()) {
            QHttpPart part;
            part.setHeader(QNetworkRequest::ContentDispositionHeader,
                QStringLiteral("form-data; name=\"file\"; filename=\"report.txt\""));
            part.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("text/plain"));
            part.setBody(file);
            multi->append(part);
        }
        QNetworkReply *reply = m_nam.post(request(api(QStringLiteral("system/documents"))), multi);
        multi->setParent(reply);
        return wait(reply);
    }

private:
    SandboxServer *m_server;
    QNetworkAccessManager m_nam;
    QString m_companyId;
    QString m_publicKey;
    QString m_privateKey;
    QByteArray m_clientId = "6f1c2b1e-7f7a-4c1e-9d55-70686e6e6577";
    bool m_auth = true;
    QSslConfiguration m_ssl;
};

/// Loads a built-in scenario or fails the current test.
inline Scenario builtinScenario(const QString &name)
{
    QString error;
    Scenario s = Scenario::load(name, &error);
    if (!error.isEmpty())
        qFatal("cannot load scenario %s: %s", qPrintable(name), qPrintable(error));
    return s;
}

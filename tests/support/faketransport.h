// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "httptransport.h"

#include <QList>
#include <QObject>
#include <QPointer>

/// An HttpTransport for unit tests: answers asynchronously (queued, optionally after a delay),
/// records every request, and lets each test decide the reply. The handler is asked in the
/// order routes were added; the first route whose method and path match answers. Unmatched
/// requests get 404 "The endpoint does not exist." like ConnectWise.
class FakeTransport : public QObject, public HttpTransport
{
    Q_OBJECT
public:
    using Handler = std::function<HttpResponse(const HttpRequest &)>;

    explicit FakeTransport(QObject *parent = nullptr);

    /// method "" matches any method; path is compared with QUrl::path(), or as a prefix when it
    /// ends with '*'.
    void on(const QByteArray &method, const QString &path, Handler handler, int delayMs = 0);
    void clearRoutes();

    static HttpResponse json(int status, const QByteArray &body, HttpHeaders headers = {});
    static HttpResponse failure(TransportError error, const QString &detail = {});

    QList<HttpRequest> requests() const { return m_requests; }
    int count(const QByteArray &method, const QString &pathPrefix) const;

    void send(const HttpRequest &request, QObject *context, Callback callback) override;
    void cancel(QObject *context) override;

private:
    struct Route
    {
        QByteArray method;
        QString path;
        Handler handler;
        int delayMs;
    };
    struct Pending
    {
        QPointer<QObject> context;
        Callback callback;
        bool canceled = false;
    };
    QList<Route> m_routes;
    QList<HttpRequest> m_requests;
    QList<std::shared_ptr<Pending>> m_pending;
};

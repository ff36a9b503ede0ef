// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "faketransport.h"

#include <QTimer>

FakeTransport::FakeTransport(QObject *parent)
    : QObject(parent)
{ }

void FakeTransport::on(const QByteArray &method, const QString &path, Handler handler, int delayMs)
{
    m_routes.append({ method, path, std::move(handler), delayMs });
}

void FakeTransport::clearRoutes()
{
    m_routes.clear();
}

HttpResponse FakeTransport::json(int status, const QByteArray &body, HttpHeaders headers)
{
    HttpResponse r;
    r.status = status;
    r.body = body;
    headers.append(qMakePair(
        QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json; charset=utf-8")));
    r.headers = headers;
    return r;
}

HttpResponse FakeTransport::failure(TransportError error, const QString &detail)
{
    HttpResponse r;
    r.error = error;
    r.errorString = detail;
    return r;
}

int FakeTransport::count(const QByteArray &method, const QString &pathPrefix) const
{
    int n = 0;
    for (const auto &r : m_requests) {
        if ((method.isEmpty() || r.method == method) && r.url.path().startsWith(pathPrefix))
            ++n;
    }
    return n;
}

void FakeTransport::send(const HttpRequest &request, QObject *context, Callback callback)
{
    m_requests.append(request);
    HttpResponse response
        = json(404, R"({"code":"ConnectWiseApi","message":"The endpoint does not exist."})");
    int delayMs = 0;
    const QString path = request.url.path();
    for (const auto &route : std::as_const(m_routes)) {
        const bool methodOk = route.method.isEmpty() || route.method == request.method;
        const bool pathOk = route.path.endsWith(QLatin1Char('*'))
            ? path.startsWith(route.path.chopped(1))
            : path == route.path;
        if (methodOk && pathOk) {
            response = route.handler(request);
            delayMs = route.delayMs;
            break;
        }
    }
    auto pending = std::make_shared<Pending>();
    pending->context = context;
    pending->callback = std::move(callback);
    m_pending.append(pending);
    QTimer::singleShot(delayMs, this, [this, pending, response] {
        m_pending.removeOne(pending);
        if (pending->canceled || !pending->context)
            return;
        pending->callback(response);
    });
}

void FakeTransport::cancel(QObject *context)
{
    const auto pending = m_pending;
    for (const auto &p : pending) {
        if (p->context != context || p->canceled)
            continue;
        p->canceled = true;
        m_pending.removeOne(p);
        QTimer::singleShot(0, this, [p] {
            if (p->context)
                p->callback(failure(TransportError::Canceled, QStringLiteral("canceled")));
        });
    }
}

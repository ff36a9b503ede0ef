// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fetchresponse.h"

#include <QObject>
#include <QTest>

#include <memory>

HttpResponse fetchResponse(HttpTransport &transport, const QString &url, int timeoutMs, int waitMs)
{
    struct Answer
    {
        bool done = false;
        HttpResponse response;
    };
    // Shared: a late answer after the wait gave up must not write into a dead frame.
    auto answer = std::make_shared<Answer>();
    QObject context;
    HttpRequest request;
    request.url = QUrl(url);
    request.timeoutMs = timeoutMs;
    transport.send(request, &context, [answer](const HttpResponse &r) {
        answer->response = r;
        answer->done = true;
    });
    if (!QTest::qWaitFor([answer] { return answer->done; }, waitMs))
        return {};
    return answer->response;
}

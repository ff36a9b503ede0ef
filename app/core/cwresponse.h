// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checkreport.h"
#include "httptransport.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QString>

#include <functional>

struct ConnectWiseAssumptions;
class QObject;

/// Reading ConnectWise answers: JSON or not, the error message, the clientId rejection shape.
namespace CwResponse {

bool looksLikeHtml(const HttpResponse &response);
/// Parses the body as JSON; *ok is false for HTML, empty or malformed bodies.
QJsonDocument json(const HttpResponse &response, bool *ok);
/// The "message" of a ConnectWise error body ({code,message} or {error,message}), or a short
/// excerpt of a non-JSON body; never more than 200 characters.
QString errorMessage(const HttpResponse &response);
bool isClientIdRejection(const HttpResponse &response, const ConnectWiseAssumptions &assumptions);
/// The connection status for a request that got no HTTP answer.
ConnectionStatus statusForTransportError(TransportError error);
/// "403 Forbidden", "no answer: timeout", "redirect to https://… (not followed)".
QString describe(const HttpResponse &response);
QString reasonPhrase(int status);
/// Path and query of url, for evidence and logs (never the host's credentials, never keys).
QString pathOf(const QUrl &url);

} // namespace CwResponse

/// Sends one request with ConnectWise's retry policy: 429 waits Retry-After (up to the
/// configured number of retries), a 5xx whose message says "timeout" is retried once, other
/// answers are final. Every attempt gets the time left before the deadline as its timeout, and
/// no wait outlasts the deadline.
class RetryingSender
{
public:
    using Done = std::function<void(const HttpResponse &response, int attempts)>;
    RetryingSender(
        HttpTransport &transport, const ConnectWiseAssumptions &assumptions, QObject *context);
    void setDeadline(QDeadlineTimer deadline) { m_deadline = deadline; }
    QDeadlineTimer deadline() const { return m_deadline; }
    void send(const HttpRequest &request, Done done);
    /// Forgets every request in flight: no retry is sent and no Done runs for them. The caller
    /// cancels the transport requests themselves.
    void abandonAll() { ++m_epoch; }

private:
    struct Attempt;
    void attempt(const std::shared_ptr<Attempt> &state);

    HttpTransport &m_transport;
    const ConnectWiseAssumptions &m_assumptions;
    QObject *m_context;
    QDeadlineTimer m_deadline { QDeadlineTimer::Forever };
    quint64 m_epoch = 0;
};

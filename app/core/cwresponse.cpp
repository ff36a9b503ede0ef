// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "cwresponse.h"

#include "connectwiseassumptions.h"
#include "corelogging.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

#include <climits>

namespace CwResponse {

bool looksLikeHtml(const HttpResponse &response)
{
    if (response.header("Content-Type").toLower().contains("html"))
        return true;
    const QByteArray start = response.body.left(256).trimmed().toLower();
    return start.startsWith("<!doctype") || start.startsWith("<html") || start.startsWith("<");
}

QJsonDocument json(const HttpResponse &response, bool *ok)
{
    *ok = false;
    if (response.body.trimmed().isEmpty() || looksLikeHtml(response))
        return {};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(response.body, &error);
    *ok = error.error == QJsonParseError::NoError;
    return doc;
}

QString errorMessage(const HttpResponse &response)
{
    bool ok = false;
    const QJsonDocument doc = json(response, &ok);
    QString message;
    if (ok && doc.isObject()) {
        const QJsonObject o = doc.object();
        message = o.value(QLatin1String("message")).toString();
        const QJsonValue errors = o.value(QLatin1String("errors"));
        if (errors.isArray() && !errors.toArray().isEmpty()) {
            const QString first
                = errors.toArray().first().toObject().value(QLatin1String("message")).toString();
            if (!first.isEmpty())
                message += QStringLiteral(" (") + first + QLatin1Char(')');
        }
        if (message.isEmpty())
            message = o.value(QLatin1String("code")).toString();
    } else if (!looksLikeHtml(response)) {
        message = QString::fromUtf8(response.body.left(200)).simplified();
    }
    return message.left(200);
}

bool isClientIdRejection(const HttpResponse &response, const ConnectWiseAssumptions &assumptions)
{
    if (response.status != 400 && response.status != 401 && response.status != 403)
        return false;
    if (!assumptions.clientIdMessagePattern.isValid()
        || assumptions.clientIdMessagePattern.pattern().isEmpty())
        return false;
    bool ok = false;
    const QJsonDocument doc = json(response, &ok);
    if (!ok || !doc.isObject())
        return false;
    const QJsonObject o = doc.object();
    const QString text = o.value(QLatin1String("message")).toString() + QLatin1Char(' ')
        + o.value(QLatin1String("code")).toString();
    return assumptions.clientIdMessagePattern.match(text).hasMatch();
}

ConnectionStatus statusForTransportError(TransportError error)
{
    switch (error) {
    case TransportError::TlsError:
        return ConnectionStatus::TlsError;
    case TransportError::Timeout:
    case TransportError::Canceled:
        return ConnectionStatus::Timeout;
    case TransportError::InsecureRedirect:
    case TransportError::BodyTooLarge:
        return ConnectionStatus::UnexpectedResponse;
    case TransportError::HostNotFound:
    case TransportError::ConnectionRefused:
    case TransportError::ConnectionReset:
    case TransportError::ProxyError:
    case TransportError::Other:
    case TransportError::None:
        break;
    }
    return ConnectionStatus::Unreachable;
}

QString reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QStringLiteral("OK");
    case 201:
        return QStringLiteral("Created");
    case 204:
        return QStringLiteral("No Content");
    case 301:
        return QStringLiteral("Moved Permanently");
    case 302:
        return QStringLiteral("Found");
    case 303:
        return QStringLiteral("See Other");
    case 307:
        return QStringLiteral("Temporary Redirect");
    case 308:
        return QStringLiteral("Permanent Redirect");
    case 400:
        return QStringLiteral("Bad Request");
    case 401:
        return QStringLiteral("Unauthorized");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("Not Found");
    case 405:
        return QStringLiteral("Method Not Allowed");
    case 409:
        return QStringLiteral("Conflict");
    case 415:
        return QStringLiteral("Unsupported Media Type");
    case 429:
        return QStringLiteral("Too Many Requests");
    case 500:
        return QStringLiteral("Internal Server Error");
    case 502:
        return QStringLiteral("Bad Gateway");
    case 503:
        return QStringLiteral("Service Unavailable");
    case 504:
        return QStringLiteral("Gateway Timeout");
    default:
        break;
    }
    return {};
}

static QString transportErrorName(TransportError error)
{
    switch (error) {
    case TransportError::None:
        return QStringLiteral("none");
    case TransportError::HostNotFound:
        return QStringLiteral("host not found");
    case TransportError::ConnectionRefused:
        return QStringLiteral("connection refused");
    case TransportError::ConnectionReset:
        return QStringLiteral("connection reset");
    case TransportError::Timeout:
        return QStringLiteral("timeout");
    case TransportError::TlsError:
        return QStringLiteral("TLS error");
    case TransportError::ProxyError:
        return QStringLiteral("proxy error");
    case TransportError::InsecureRedirect:
        return QStringLiteral("redirect refused");
    case TransportError::BodyTooLarge:
        return QStringLiteral("answer too large");
    case TransportError::Canceled:
        return QStringLiteral("canceled");
    case TransportError::Other:
        return QStringLiteral("network error");
    }
    return {};
}

QString describe(const HttpResponse &response)
{
    if (response.error != TransportError::None || response.status == 0)
        return QStringLiteral("no answer: ") + transportErrorName(response.error);
    QString text = QString::number(response.status);
    const QString phrase = reasonPhrase(response.status);
    if (!phrase.isEmpty())
        text += QLatin1Char(' ') + phrase;
    if (response.status >= 300 && response.status < 400) {
        const QUrl location(QString::fromUtf8(response.header("Location")));
        text += QStringLiteral(", redirect to ")
            + location.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery).toString()
            + QStringLiteral(" (not followed)");
    }
    return text;
}

QString pathOf(const QUrl &url)
{
    QString p = url.path(QUrl::FullyEncoded);
    if (url.hasQuery())
        p += QLatin1Char('?') + url.query(QUrl::FullyEncoded);
    return p;
}

} // namespace CwResponse

struct RetryingSender::Attempt
{
    HttpRequest request;
    Done done;
    int attempts = 0;
    int rateLimitRetries = 0;
    int serverTimeoutRetries = 0;
    quint64 epoch = 0;
};

RetryingSender::RetryingSender(
    HttpTransport &transport, const ConnectWiseAssumptions &assumptions, QObject *context)
    : m_transport(transport)
    , m_assumptions(assumptions)
    , m_context(context)
{ }

void RetryingSender::send(const HttpRequest &request, Done done)
{
    auto state = std::make_shared<Attempt>();
    state->request = request;
    state->done = std::move(done);
    state->epoch = m_epoch;
    attempt(state);
}

static HttpResponse deadlineResponse()
{
    HttpResponse r;
    r.error = TransportError::Timeout;
    r.errorString = QStringLiteral("the overall time limit was reached");
    return r;
}

void RetryingSender::attempt(const std::shared_ptr<Attempt> &state)
{
    if (state->epoch != m_epoch)
        return;
    const qint64 remaining = m_deadline.remainingTime();
    if (remaining == 0) {
        // Still asynchronous, like a transport answer.
        QTimer::singleShot(
            0, m_context, [state] { state->done(deadlineResponse(), state->attempts); });
        return;
    }
    HttpRequest request = state->request;
    if (remaining > 0)
        request.timeoutMs = int(qMin<qint64>(remaining, INT_MAX));
    ++state->attempts;
    qCDebug(lcPhinCheck).noquote()
        << request.method << CwResponse::pathOf(request.url) << "attempt" << state->attempts;
    m_transport.send(request, m_context, [this, state](const HttpResponse &response) {
        if (state->epoch != m_epoch)
            return;
        if (response.status == 429 && state->rateLimitRetries < m_assumptions.maxRateLimitRetries) {
            bool ok = false;
            int waitMs = response.header("Retry-After").trimmed().toInt(&ok) * 1000;
            if (!ok || waitMs < 0)
                waitMs = 1000;
            const qint64 left = m_deadline.remainingTime();
            if (left < 0 || waitMs < left) {
                ++state->rateLimitRetries;
                qCDebug(lcPhinCheck) << "rate limited; retrying in" << waitMs << "ms";
                QTimer::singleShot(waitMs, m_context, [this, state] { attempt(state); });
                return;
            }
            qCDebug(lcPhinCheck) << "rate limited; Retry-After outlasts the deadline";
        }
        if (response.status >= 500 && response.status < 600
            && state->serverTimeoutRetries < m_assumptions.maxServerTimeoutRetries
            && m_assumptions.serverTimeoutPattern.isValid()
            && !m_assumptions.serverTimeoutPattern.pattern().isEmpty()
            && m_assumptions.serverTimeoutPattern.match(CwResponse::errorMessage(response))
                   .hasMatch()) {
            ++state->serverTimeoutRetries;
            qCDebug(lcPhinCheck) << "server-side timeout; retrying once";
            attempt(state);
            return;
        }
        state->done(response, state->attempts);
    });
}

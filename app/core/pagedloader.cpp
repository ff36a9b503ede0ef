// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pagedloader.h"

#include "connectwiseassumptions.h"
#include "corelogging.h"
#include "linkheader.h"

#include <QJsonArray>

PagedLoader::PagedLoader(
    HttpTransport &transport, const ConnectWiseAssumptions &assumptions, QObject *parent)
    : QObject(parent)
    , m_transport(transport)
    , m_assumptions(assumptions)
    , m_sender(transport, assumptions, this)
{ }

PagedLoader::~PagedLoader()
{
    cancel();
}

int PagedLoader::pageNumberOf(const QUrl &url)
{
    const QUrlQuery query(url);
    for (const auto &item : query.queryItems()) {
        if (item.first.compare(QLatin1String("page"), Qt::CaseInsensitive) == 0)
            return item.second.toInt();
    }
    return 0;
}

void PagedLoader::start(const ApiSession &session, const QString &path, const QUrlQuery &query,
    int pageSize, int requestTimeoutMs)
{
    cancel();
    m_running = true;
    m_session = session;
    m_result = PagedLoadResult();
    m_seen.clear();
    m_pageSize = qBound(1, pageSize, 1000);
    m_timeoutMs = requestTimeoutMs;
    m_maxPages = kMaxPagesWithoutLast;
    m_expectedRows = -1;
    QUrlQuery q = query;
    q.removeAllQueryItems(QStringLiteral("pageSize"));
    q.removeAllQueryItems(QStringLiteral("page"));
    q.addQueryItem(QStringLiteral("pageSize"), QString::number(m_pageSize));
    q.addQueryItem(QStringLiteral("page"), QStringLiteral("1"));
    const QString pathAndQuery = path + QLatin1Char('?') + q.query(QUrl::FullyEncoded);
    request(m_session.request("GET", pathAndQuery).url);
}

void PagedLoader::cancel()
{
    ++m_generation;
    m_sender.abandonAll();
    if (m_running)
        m_transport.cancel(this);
    m_running = false;
    m_session.wipe();
}

void PagedLoader::request(const QUrl &url)
{
    m_seen.insert(url.adjusted(QUrl::NormalizePathSegments));
    HttpRequest r = m_session.requestForUrl("GET", url);
    r.timeoutMs = m_timeoutMs;
    const quint64 generation = m_generation;
    m_sender.send(r, [this, generation, url](const HttpResponse &response, int attempts) {
        if (generation != m_generation)
            return;
        onPage(url, response, attempts);
    });
}

void PagedLoader::onPage(const QUrl &url, const HttpResponse &response, int attempts)
{
    m_result.requests += attempts;
    if (!response.hasHttpAnswer()) {
        fail(PagedLoadStatus::NoAnswer,
            tr("ConnectWise did not answer (%1).").arg(CwResponse::describe(response)));
        return;
    }
    if (response.status != 200) {
        const QString detail = CwResponse::errorMessage(response);
        if (CwResponse::isClientIdRejection(response, m_assumptions)) {
            fail(PagedLoadStatus::ClientIdRejected,
                tr("ConnectWise rejected the integration's clientId (\"%1\").").arg(detail),
                response.status);
        } else if (response.status == 401) {
            fail(PagedLoadStatus::AuthFailed,
                tr("ConnectWise did not accept the API keys (401). Check the connection again."),
                response.status);
        } else if (response.status == 403) {
            fail(PagedLoadStatus::Forbidden,
                tr("The API member's security role may not read this list (403)."),
                response.status);
        } else {
            fail(PagedLoadStatus::HttpError,
                tr("ConnectWise answered %1 for %2: %3")
                    .arg(CwResponse::describe(response), CwResponse::pathOf(url), detail),
                response.status);
        }
        return;
    }
    bool ok = false;
    const QJsonDocument doc = CwResponse::json(response, &ok);
    if (!ok || !doc.isArray()) {
        fail(PagedLoadStatus::BadBody,
            tr("ConnectWise answered page %1 with something that is not a list.")
                .arg(m_result.pages + 1),
            response.status);
        return;
    }
    const QJsonArray rows = doc.array();
    for (const QJsonValue &row : rows)
        m_result.rows.append(row.toObject());
    ++m_result.pages;

    const LinkHeader links = LinkHeader::parse(response.header("Link"), url);
    if (!links.isValid()) {
        fail(PagedLoadStatus::MalformedLink,
            tr("Stopped after page %1: ConnectWise sent a %2.")
                .arg(m_result.pages)
                .arg(links.error()));
        return;
    }
    if (m_result.pages == 1) {
        // The first page says how many pages there are; paging never goes past that (+1 for a
        // row added while loading).
        const int lastPage = pageNumberOf(links.target(QStringLiteral("last")));
        if (lastPage > 0) {
            m_maxPages = lastPage + 1;
            m_expectedRows = lastPage * m_pageSize;
        }
    }
    const QUrl next = links.target(QStringLiteral("next"));
    const bool done = next.isEmpty() || rows.isEmpty();
    const int loaded = int(m_result.rows.size());
    Q_EMIT progress(loaded, done ? loaded : qMax(m_expectedRows, loaded));
    if (done) {
        m_running = false;
        m_session.wipe();
        qCDebug(lcPhinData) << "loaded" << loaded << "rows in" << m_result.pages << "pages";
        Q_EMIT finished(m_result);
        return;
    }
    if (!m_session.mayCarryCredentials(next)) {
        fail(PagedLoadStatus::ForeignLink,
            tr("Stopped after page %1: the next page is on another server (%2); the keys were "
               "not sent there.")
                .arg(m_result.pages)
                .arg(next.adjusted(QUrl::RemovePath | QUrl::RemoveQuery).toString()));
        return;
    }
    if (m_seen.contains(next.adjusted(QUrl::NormalizePathSegments))) {
        fail(PagedLoadStatus::PagingLoop,
            tr("Stopped after page %1: the next page link points back to a page already loaded.")
                .arg(m_result.pages));
        return;
    }
    if (m_result.pages >= m_maxPages) {
        fail(PagedLoadStatus::PagingLoop,
            tr("Stopped after %1 pages: ConnectWise announced fewer pages than it keeps sending.")
                .arg(m_result.pages));
        return;
    }
    request(next);
}

void PagedLoader::fail(PagedLoadStatus status, const QString &message, int httpStatus)
{
    m_running = false;
    m_session.wipe();
    m_result.status = status;
    m_result.message = message;
    m_result.httpStatus = httpStatus;
    qCWarning(lcPhinData).noquote() << "paged load failed:" << message;
    Q_EMIT finished(m_result);
}

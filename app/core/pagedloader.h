// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "apisession.h"
#include "cwresponse.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QUrlQuery>

struct ConnectWiseAssumptions;
class HttpTransport;

/// Why a paged load ended.
enum class PagedLoadStatus {
    Ok,
    Forbidden, ///< 403: the role lacks the Inquire level for this list
    AuthFailed, ///< 401
    ClientIdRejected,
    HttpError, ///< another status
    NoAnswer, ///< transport error (timeout, refused, TLS…)
    BadBody, ///< not a JSON array
    MalformedLink, ///< the Link header could not be parsed
    PagingLoop, ///< the next link points to a page already loaded, or paging never ends
    ForeignLink, ///< the next link leaves the API origin; no credentials were sent there
};

struct PagedLoadResult
{
    PagedLoadStatus status = PagedLoadStatus::Ok;
    QString message; ///< for people; empty when ok
    int httpStatus = 0;
    QList<QJsonObject> rows; ///< every row when ok; what was loaded before the failure otherwise
    int requests = 0; ///< HTTP requests sent, retries included
    int pages = 0; ///< pages received
    bool ok() const { return status == PagedLoadStatus::Ok; }
};

/// Loads every page of a ConnectWise list endpoint, one request per page, following the Link
/// header's "next" target (navigable and forward-only paging both put the next page there).
/// Never loops: a "next" seen before, a "next" to another origin, a malformed header or more
/// pages than the first page's "last" link announced (+1) end the load with an error. Rate
/// limits are retried as the check engine does (RetryingSender).
class PagedLoader : public QObject
{
    Q_OBJECT
public:
    /// Without a "last" link, this many pages at most (a million rows at 1000 per page).
    static constexpr int kMaxPagesWithoutLast = 1000;

    PagedLoader(HttpTransport &transport, const ConnectWiseAssumptions &assumptions,
        QObject *parent = nullptr);
    ~PagedLoader() override;

    /// Starts loading @p path (relative to the API base) with @p query; pageSize and page are
    /// added. A load in flight is canceled first. finished() follows unless cancel() is called.
    void start(const ApiSession &session, const QString &path, const QUrlQuery &query, int pageSize,
        int requestTimeoutMs = 60000);
    /// Stops the load in flight; finished() is not emitted for it.
    void cancel();
    bool isRunning() const { return m_running; }

    /// The page number in a navigable link (its "page" query item), or 0.
    static int pageNumberOf(const QUrl &url);

Q_SIGNALS:
    /// After each page. @p expectedRows is an estimate from the "last" link, or -1 if unknown.
    void progress(int rowsLoaded, int expectedRows);
    void finished(const PagedLoadResult &result);

private:
    void request(const QUrl &url);
    void onPage(const QUrl &url, const HttpResponse &response, int attempts);
    void fail(PagedLoadStatus status, const QString &message, int httpStatus = 0);

    HttpTransport &m_transport;
    const ConnectWiseAssumptions &m_assumptions;
    RetryingSender m_sender;
    ApiSession m_session;
    PagedLoadResult m_result;
    QSet<QUrl> m_seen;
    int m_pageSize = 1000;
    int m_timeoutMs = 60000;
    int m_maxPages = kMaxPagesWithoutLast;
    int m_expectedRows = -1;
    quint64 m_generation = 0;
    bool m_running = false;
};

Q_DECLARE_METATYPE(PagedLoadResult)

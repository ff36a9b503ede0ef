// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checkreport.h"
#include "cwresponse.h"
#include "siteaddress.h"
#include "tlscertificate.h"

#include <QDeadlineTimer>
#include <QObject>

struct ConnectWiseAssumptions;
class HttpTransport;

struct CompanyInfoResult
{
    ConnectionStatus status = ConnectionStatus::Timeout;
    QString message; ///< for people; names the field to fix when there is one
    int httpStatus = 0;
    CompanyInfo info;
    SiteAddress site;
    QString requestedCompanyId; ///< what was looked up (CompanyInfo::companyId is the server's)
    Evidence evidence;
    /// The server's certificate when TLS failed on it (null otherwise): what people check
    /// before trusting it, and what the message explains.
    TlsCertificateInfo certificate;
    bool ok() const { return status == ConnectionStatus::Ok; }
};

/// Asks ConnectWise which codebase and version serve a company (GET login/companyinfo/{id},
/// no credentials). The wizard runs it in the background while people type: start() again
/// replaces the lookup in flight, cancel() drops it, and a stale answer is never reported.
class CompanyLookup : public QObject
{
    Q_OBJECT
public:
    CompanyLookup(HttpTransport &transport, const ConnectWiseAssumptions &assumptions,
        QObject *parent = nullptr);
    ~CompanyLookup() override;

    void start(const SiteAddress &site, const QString &companyId,
        QDeadlineTimer deadline = QDeadlineTimer(30000));
    void cancel();
    bool isRunning() const { return m_running; }

    /// Interprets one companyinfo answer; public so that tests can feed it directly.
    static CompanyInfoResult interpret(const SiteAddress &site, const QString &companyId,
        const HttpResponse &response, const ConnectWiseAssumptions &assumptions);
    /// Explains a certificate that failed verification, one sentence per problem, and what
    /// people can do about it (trust it, give its CA, or have the server fixed).
    static QString explainCertificate(const TlsCertificateInfo &certificate);
    /// Only what is wrong with the certificate, one sentence per problem, without the advice:
    /// for a panel that shows the certificate and its own way to trust it.
    static QString describeCertificateProblems(const TlsCertificateInfo &certificate);

Q_SIGNALS:
    void finished(const CompanyInfoResult &result);

private:
    HttpTransport &m_transport;
    const ConnectWiseAssumptions &m_assumptions;
    RetryingSender m_sender;
    quint64 m_generation = 0;
    bool m_running = false;
};

Q_DECLARE_METATYPE(CompanyInfoResult)

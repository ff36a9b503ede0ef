// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checkreport.h"
#include "pagedloader.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

struct ConnectWiseAssumptions;
class HttpTransport;

/// One ConnectWise company, as much as mapping needs (the "fields" of the list request).
struct CwCompany
{
    int id = 0;
    QString identifier; ///< the short code, e.g. "Northwind"
    QString name;
    QString statusName; ///< "Active", "Inactive"…
    QString website;
    bool deleted = false;
    bool active = true; ///< status is one of the active names and not deleted

    static CwCompany fromJson(const QJsonObject &row, const QStringList &activeStatusNames);
};

/// One agreement of a company, to choose where Billing pushes seats.
struct CwAgreement
{
    int id = 0;
    QString name;
    QString typeName;
    int companyId = 0;
    bool cancelled = false;

    static CwAgreement fromJson(const QJsonObject &row);
};

/// Where and how companies and agreements are listed (assumptions.json "companyDirectory").
struct CompanyDirectorySettings
{
    QString companiesPath = QStringLiteral("company/companies");
    QString companyFields = QStringLiteral("id,identifier,name,status/name,website,deletedFlag");
    int pageSize = 1000;
    QStringList activeStatusNames { QStringLiteral("Active") };
    QString agreementsPath = QStringLiteral("finance/agreements");
    QString agreementFields = QStringLiteral("id,name,type/name,company/id,cancelledFlag");
    QString agreementsForCompanyConditions = QStringLiteral("company/id={companyId}");

    static CompanyDirectorySettings fromAssumptions(const ConnectWiseAssumptions &assumptions);
};

struct CompanyLoadResult
{
    PagedLoadStatus status = PagedLoadStatus::Ok;
    QString message;
    int httpStatus = 0;
    /// Active companies first, then by name (case-insensitive), then by id.
    QList<CwCompany> companies;
    int requests = 0;
    int pages = 0;
    bool ok() const { return status == PagedLoadStatus::Ok; }
};

struct AgreementLoadResult
{
    PagedLoadStatus status = PagedLoadStatus::Ok;
    QString message;
    int httpStatus = 0;
    int companyId = 0;
    QList<CwAgreement> agreements; ///< not cancelled first, then by name
    int requests = 0;
    bool ok() const { return status == PagedLoadStatus::Ok; }
};

/// Loads ConnectWise companies (every page, only the fields mapping needs) and the agreements
/// of one company, after a connection passed its check (Company Maintenance Inquire, and
/// Agreements Inquire for Billing). Each load can be canceled; progress streams per page.
class CompanyDirectory : public QObject
{
    Q_OBJECT
public:
    /// @p transport and @p assumptions must outlive the directory.
    CompanyDirectory(HttpTransport &transport, const ConnectWiseAssumptions &assumptions,
        QObject *parent = nullptr);
    ~CompanyDirectory() override;

    /// Loads every company → companiesLoaded. A company load in flight is replaced.
    void loadCompanies(const ApiSession &session);
    /// Loads the agreements of @p companyId → agreementsLoaded. An agreement load in flight is
    /// replaced (people pick one company at a time).
    void loadAgreements(const ApiSession &session, int companyId);
    /// Stops both loads; no *Loaded signal follows for them.
    void cancel();
    bool isLoadingCompanies() const { return m_companies.isRunning(); }
    bool isLoadingAgreements() const { return m_agreements.isRunning(); }

    const CompanyDirectorySettings &settings() const { return m_settings; }
    /// Empty when @p report allows loading companies (connected, Company Maintenance Inquire
    /// granted); otherwise why not, for people. @p agreements also asks for Agreements Inquire.
    static QString whyNotLoadable(const CheckReport &report, bool agreements = false);
    /// Sorts active companies first, then by name, then by id.
    static void sortForPeople(QList<CwCompany> *companies);

Q_SIGNALS:
    /// @p expectedCompanies is -1 until the first page said how many pages there are.
    void companiesProgress(int loadedCompanies, int expectedCompanies);
    void companiesLoaded(const CompanyLoadResult &result);
    void agreementsLoaded(const AgreementLoadResult &result);

private:
    void onCompanies(const PagedLoadResult &result);
    void onAgreements(const PagedLoadResult &result);

    CompanyDirectorySettings m_settings;
    PagedLoader m_companies;
    PagedLoader m_agreements;
    int m_agreementCompanyId = 0;
};

Q_DECLARE_METATYPE(CompanyLoadResult)
Q_DECLARE_METATYPE(AgreementLoadResult)

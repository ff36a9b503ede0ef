// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "companydirectory.h"

#include "connectwiseassumptions.h"

#include <QJsonArray>

#include <algorithm>

CwCompany CwCompany::fromJson(const QJsonObject &row, const QStringList &activeStatusNames)
{
    CwCompany c;
    c.id = row.value(QLatin1String("id")).toInt();
    c.identifier = row.value(QLatin1String("identifier")).toString();
    c.name = row.value(QLatin1String("name")).toString();
    c.statusName = row.value(QLatin1String("status"))[QLatin1String("name")].toString();
    c.website = row.value(QLatin1String("website")).toString();
    c.deleted = row.value(QLatin1String("deletedFlag")).toBool();
    // A company without a status (fields not granted, old data) counts as active: hiding it
    // from the top of the list is worse than showing it.
    c.active = !c.deleted
        && (c.statusName.isEmpty()
            || activeStatusNames.contains(c.statusName, Qt::CaseInsensitive));
    return c;
}

CwAgreement CwAgreement::fromJson(const QJsonObject &row)
{
    CwAgreement a;
    a.id = row.value(QLatin1String("id")).toInt();
    a.name = row.value(QLatin1String("name")).toString();
    a.typeName = row.value(QLatin1String("type"))[QLatin1String("name")].toString();
    a.companyId = row.value(QLatin1String("company"))[QLatin1String("id")].toInt();
    a.cancelled = row.value(QLatin1String("cancelledFlag")).toBool();
    return a;
}

CompanyDirectorySettings CompanyDirectorySettings::fromAssumptions(
    const ConnectWiseAssumptions &assumptions)
{
    CompanyDirectorySettings s;
    const QJsonObject o = assumptions.raw.value(QLatin1String("companyDirectory")).toObject();
    const auto text = [&o](const char *key, QString *target) {
        const QString value = o.value(QLatin1String(key)).toString();
        if (!value.isEmpty())
            *target = value;
    };
    text("companiesPath", &s.companiesPath);
    text("companyFields", &s.companyFields);
    text("agreementsPath", &s.agreementsPath);
    text("agreementFields", &s.agreementFields);
    text("agreementsForCompanyConditions", &s.agreementsForCompanyConditions);
    const int pageSize = o.value(QLatin1String("pageSize")).toInt();
    if (pageSize > 0)
        s.pageSize = pageSize;
    const QJsonArray active = o.value(QLatin1String("activeStatusNames")).toArray();
    if (!active.isEmpty()) {
        s.activeStatusNames.clear();
        for (const QJsonValue &v : active)
            s.activeStatusNames.append(v.toString());
    }
    return s;
}

CompanyDirectory::CompanyDirectory(
    HttpTransport &transport, const ConnectWiseAssumptions &assumptions, QObject *parent)
    : QObject(parent)
    , m_settings(CompanyDirectorySettings::fromAssumptions(assumptions))
    , m_companies(transport, assumptions)
    , m_agreements(transport, assumptions)
{
    connect(&m_companies, &PagedLoader::progress, this, &CompanyDirectory::companiesProgress);
    connect(&m_companies, &PagedLoader::finished, this, &CompanyDirectory::onCompanies);
    connect(&m_agreements, &PagedLoader::finished, this, &CompanyDirectory::onAgreements);
}

CompanyDirectory::~CompanyDirectory() = default;

void CompanyDirectory::loadCompanies(const ApiSession &session)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("fields"), m_settings.companyFields);
    m_companies.start(session, m_settings.companiesPath, query, m_settings.pageSize);
}

void CompanyDirectory::loadAgreements(const ApiSession &session, int companyId)
{
    m_agreementCompanyId = companyId;
    QUrlQuery query;
    QString conditions = m_settings.agreementsForCompanyConditions;
    conditions.replace(QLatin1String("{companyId}"), QString::number(companyId));
    // conditions hold '=' and '/', which must reach the server percent-encoded.
    query.addQueryItem(
        QStringLiteral("conditions"), QString::fromLatin1(QUrl::toPercentEncoding(conditions)));
    query.addQueryItem(QStringLiteral("fields"), m_settings.agreementFields);
    m_agreements.start(session, m_settings.agreementsPath, query, m_settings.pageSize);
}

void CompanyDirectory::cancel()
{
    m_companies.cancel();
    m_agreements.cancel();
}

QString CompanyDirectory::whyNotLoadable(const CheckReport &report, bool agreements)
{
    if (report.connection != ConnectionStatus::Ok)
        return tr("Connect to ConnectWise first: the last check did not connect.");
    const CheckResult *companies
        = report.check(QStringLiteral("companies.company-maintenance.inquire"));
    if (!companies || companies->status != CheckStatus::Granted)
        return tr("The API member's role needs Companies > Company Maintenance > Inquire = All "
                  "to list companies.");
    const CheckResult *inquire = report.check(QStringLiteral("finance.agreements.inquire"));
    if (agreements && (!inquire || inquire->status != CheckStatus::Granted))
        return tr("The API member's role needs Finance > Agreements > Inquire = All to list "
                  "agreements.");
    return {};
}

void CompanyDirectory::sortForPeople(QList<CwCompany> *companies)
{
    std::stable_sort(
        companies->begin(), companies->end(), [](const CwCompany &a, const CwCompany &b) {
            if (a.active != b.active)
                return a.active;
            const int byName = a.name.compare(b.name, Qt::CaseInsensitive);
            if (byName != 0)
                return byName < 0;
            return a.id < b.id;
        });
}

void CompanyDirectory::onCompanies(const PagedLoadResult &paged)
{
    CompanyLoadResult result;
    result.status = paged.status;
    result.message = paged.message;
    result.httpStatus = paged.httpStatus;
    result.requests = paged.requests;
    result.pages = paged.pages;
    if (paged.ok()) {
        result.companies.reserve(paged.rows.size());
        for (const QJsonObject &row : paged.rows) {
            CwCompany c = CwCompany::fromJson(row, m_settings.activeStatusNames);
            if (c.id > 0)
                result.companies.append(c);
        }
        sortForPeople(&result.companies);
    }
    Q_EMIT companiesLoaded(result);
}

void CompanyDirectory::onAgreements(const PagedLoadResult &paged)
{
    AgreementLoadResult result;
    result.status = paged.status;
    result.message = paged.message;
    result.httpStatus = paged.httpStatus;
    result.requests = paged.requests;
    result.companyId = m_agreementCompanyId;
    if (paged.ok()) {
        for (const QJsonObject &row : paged.rows) {
            const CwAgreement a = CwAgreement::fromJson(row);
            if (a.id > 0)
                result.agreements.append(a);
        }
        std::stable_sort(result.agreements.begin(), result.agreements.end(),
            [](const CwAgreement &a, const CwAgreement &b) {
                if (a.cancelled != b.cancelled)
                    return !a.cancelled;
                return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
            });
    }
    Q_EMIT agreementsLoaded(result);
}

// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "companymapping.h"

#include <QHash>

MappingState MappingEntry::state() const
{
    if (isMapped())
        return row.missingSince.isValid() ? MappingState::Missing : MappingState::Mapped;
    return proposed ? MappingState::Proposed : MappingState::Unmapped;
}

QString MappingSummary::text() const
{
    QString out = QStringLiteral("%1 of %2 organisations mapped").arg(mapped).arg(organizations);
    if (withAgreement > 0)
        out += QStringLiteral(" (%1 with an agreement)").arg(withAgreement);
    if (missing == 1)
        out += QStringLiteral("; 1 company missing in ConnectWise");
    else if (missing > 1)
        out += QStringLiteral("; %1 companies missing in ConnectWise").arg(missing);
    return out;
}

CompanyMapping::CompanyMapping(QObject *parent)
    : QObject(parent)
{ }

CompanyMapping::~CompanyMapping() = default;

void CompanyMapping::loadRows(const QList<CompanyMappingRow> &rows)
{
    m_entries.clear();
    for (const CompanyMappingRow &row : rows) {
        MappingEntry e;
        e.organization = { row.phinOrganization, row.phinDomain, row.phinId };
        e.row = row;
        m_entries.append(e);
    }
    if (m_matcher) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (MappingEntry &e : m_entries)
            reconcile(&e, now);
    }
    Q_EMIT entriesReset();
}

QList<CompanyMappingRow> CompanyMapping::rows() const
{
    QList<CompanyMappingRow> out;
    out.reserve(m_entries.size());
    for (const MappingEntry &e : m_entries)
        out.append(e.row);
    return out;
}

int CompanyMapping::indexOf(const QString &organizationName) const
{
    const QString key = organizationName.simplified().toCaseFolded();
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).organization.name.toCaseFolded() == key)
            return i;
    }
    return -1;
}

void CompanyMapping::addOrganizations(const QList<PhinOrganization> &organizations)
{
    QHash<QString, int> byName;
    for (int i = 0; i < m_entries.size(); ++i)
        byName.insert(m_entries.at(i).organization.name.toCaseFolded(), i);
    for (const PhinOrganization &o : organizations) {
        const QString name = o.name.simplified();
        if (name.isEmpty())
            continue;
        const auto it = byName.constFind(name.toCaseFolded());
        if (it != byName.cend()) {
            MappingEntry &e = m_entries[it.value()];
            if (!o.domain.isEmpty())
                e.organization.domain = e.row.phinDomain = o.domain;
            if (!o.id.isEmpty())
                e.organization.id = e.row.phinId = o.id;
            continue;
        }
        MappingEntry e;
        e.organization = { name, o.domain, o.id };
        e.row.phinOrganization = name;
        e.row.phinDomain = o.domain;
        e.row.phinId = o.id;
        byName.insert(name.toCaseFolded(), int(m_entries.size()));
        m_entries.append(e);
    }
    Q_EMIT entriesReset();
}

bool CompanyMapping::addOrganization(const PhinOrganization &organization)
{
    if (organization.name.simplified().isEmpty() || indexOf(organization.name) >= 0)
        return false;
    addOrganizations({ organization });
    return true;
}

void CompanyMapping::removeOrganization(int index)
{
    if (index < 0 || index >= m_entries.size())
        return;
    m_entries.removeAt(index);
    Q_EMIT entriesReset();
}

const QList<CwCompany> &CompanyMapping::companies() const
{
    static const QList<CwCompany> none;
    return m_matcher ? m_matcher->companies() : none;
}

void CompanyMapping::applyCompany(MappingEntry *e, const CwCompany &company) const
{
    e->row.connectwiseCompanyId = QString::number(company.id);
    e->row.connectwiseCompanyIdentifier = company.identifier;
    e->row.connectwiseCompanyName = company.name;
    e->row.missingSince = QDateTime();
    e->companyInactive = !company.active;
}

void CompanyMapping::reconcile(MappingEntry *e, const QDateTime &now) const
{
    if (!e->isMapped())
        return;
    const int index = m_matcher->indexOfId(e->row.connectwiseCompanyId.toInt());
    if (index < 0 || m_matcher->companies().at(index).deleted) {
        // Gone (or deleted) in ConnectWise: keep the row, say since when.
        if (!e->row.missingSince.isValid())
            e->row.missingSince = now.toUTC();
        e->companyInactive = false;
        return;
    }
    applyCompany(e, m_matcher->companies().at(index));
}

void CompanyMapping::setCompanies(const QList<CwCompany> &companies, const QDateTime &now)
{
    m_matcher = std::make_unique<CompanyMatcher>(companies);
    for (MappingEntry &e : m_entries) {
        reconcile(&e, now);
        e.candidates.clear();
        e.proposed = false;
    }
    Q_EMIT entriesReset();
}

void CompanyMapping::proposeAll()
{
    if (!m_matcher)
        return;
    for (MappingEntry &e : m_entries) {
        if (e.isMapped()) {
            e.candidates.clear();
            e.proposed = false;
            continue;
        }
        const MatchProposal p = m_matcher->match(e.organization);
        e.candidates = p.candidates;
        e.proposed = p.isProposed();
    }
    Q_EMIT entriesReset();
}

bool CompanyMapping::acceptProposal(int index)
{
    if (index < 0 || index >= m_entries.size() || !m_matcher)
        return false;
    MappingEntry &e = m_entries[index];
    if (!e.proposed || e.candidates.isEmpty())
        return false;
    applyCompany(&e, m_matcher->companies().at(e.candidates.first().companyIndex));
    e.proposed = false;
    Q_EMIT entryChanged(index);
    return true;
}

int CompanyMapping::acceptAllProposals()
{
    int accepted = 0;
    for (int i = 0; i < m_entries.size(); ++i)
        accepted += acceptProposal(i) ? 1 : 0;
    return accepted;
}

bool CompanyMapping::setCompany(int index, int companyId)
{
    if (index < 0 || index >= m_entries.size() || !m_matcher)
        return false;
    const int company = m_matcher->indexOfId(companyId);
    if (company < 0)
        return false;
    MappingEntry &e = m_entries[index];
    if (e.row.connectwiseCompanyId != QString::number(companyId)) {
        e.row.agreementId.clear();
        e.row.agreementName.clear();
    }
    applyCompany(&e, m_matcher->companies().at(company));
    e.proposed = false;
    Q_EMIT entryChanged(index);
    return true;
}

void CompanyMapping::clear(int index)
{
    if (index < 0 || index >= m_entries.size())
        return;
    MappingEntry &e = m_entries[index];
    e.row = CompanyMappingRow(e.organization.name, QString(), QString());
    e.row.phinDomain = e.organization.domain;
    e.row.phinId = e.organization.id;
    e.candidates.clear();
    e.proposed = false;
    e.companyInactive = false;
    Q_EMIT entryChanged(index);
}

bool CompanyMapping::setAgreement(int index, const CwAgreement &agreement)
{
    if (index < 0 || index >= m_entries.size())
        return false;
    MappingEntry &e = m_entries[index];
    if (!e.isMapped() || agreement.id <= 0
        || (agreement.companyId > 0
            && QString::number(agreement.companyId) != e.row.connectwiseCompanyId))
        return false;
    e.row.agreementId = QString::number(agreement.id);
    e.row.agreementName = agreement.name;
    Q_EMIT entryChanged(index);
    return true;
}

void CompanyMapping::clearAgreement(int index)
{
    if (index < 0 || index >= m_entries.size())
        return;
    m_entries[index].row.agreementId.clear();
    m_entries[index].row.agreementName.clear();
    Q_EMIT entryChanged(index);
}

MappingSummary CompanyMapping::summarize(const QList<CompanyMappingRow> &rows)
{
    MappingSummary s;
    for (const CompanyMappingRow &r : rows) {
        ++s.organizations;
        if (r.connectwiseCompanyId.isEmpty()) {
            ++s.unmapped;
            continue;
        }
        ++s.mapped;
        if (r.missingSince.isValid())
            ++s.missing;
        if (!r.agreementId.isEmpty())
            ++s.withAgreement;
    }
    return s;
}

MappingSummary CompanyMapping::summary() const
{
    return summarize(rows());
}

QString CompanyMapping::describe(const CompanyMappingRow &row)
{
    if (row.connectwiseCompanyId.isEmpty())
        return row.phinOrganization + QStringLiteral(": not mapped");
    QString company = row.connectwiseCompanyName.isEmpty()
        ? QStringLiteral("#") + row.connectwiseCompanyId
        : QStringLiteral("%1 (#%2)").arg(row.connectwiseCompanyName, row.connectwiseCompanyId);
    QString line = row.phinOrganization + QStringLiteral(" → ") + company;
    if (!row.agreementId.isEmpty()) {
        line += row.agreementName.isEmpty()
            ? QStringLiteral(", agreement #%1").arg(row.agreementId)
            : QStringLiteral(", agreement %1 (#%2)").arg(row.agreementName, row.agreementId);
    }
    if (row.missingSince.isValid()) {
        line += QStringLiteral(": missing in ConnectWise since %1")
                    .arg(row.missingSince.toUTC().date().toString(Qt::ISODate));
    }
    return line;
}

QByteArray CompanyMapping::exportCsv(QChar separator) const
{
    return MappingCsv::exportMapping(rows(), separator);
}

MappingImport CompanyMapping::importCsv(const QByteArray &data)
{
    MappingImport result = MappingCsv::importMapping(data);
    if (!result.ok())
        return result;
    for (const CompanyMappingRow &row : std::as_const(result.rows)) {
        MappingEntry e;
        e.organization = { row.phinOrganization, row.phinDomain, row.phinId };
        e.row = row;
        if (m_matcher)
            reconcile(&e, QDateTime::currentDateTimeUtc());
        const int existing = indexOf(row.phinOrganization);
        if (existing >= 0)
            m_entries[existing] = e;
        else
            m_entries.append(e);
    }
    Q_EMIT entriesReset();
    return result;
}

OrganizationImport CompanyMapping::importOrganizationsCsv(const QByteArray &data)
{
    OrganizationImport result = MappingCsv::importOrganizations(data);
    if (result.ok())
        addOrganizations(result.organizations);
    return result;
}

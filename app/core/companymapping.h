// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "companymatcher.h"
#include "connectionprofile.h"
#include "mappingcsv.h"

#include <QDateTime>
#include <QList>
#include <QObject>

#include <memory>

/// Where one organisation stands.
enum class MappingState {
    Unmapped, ///< no company, nothing proposed
    Proposed, ///< the matcher proposes a company; not stored until accepted
    Mapped, ///< accepted (or imported); stored with the profile
    Missing, ///< mapped, but the last company list no longer has that company
};

/// One row as people see it: the organisation, its stored mapping and the matcher's view.
struct MappingEntry
{
    PhinOrganization organization;
    CompanyMappingRow row; ///< what is stored; connectwiseCompanyId empty unless mapped
    QList<MatchCandidate> candidates; ///< best first; empty until proposeAll()
    bool proposed = false; ///< candidates.first() is a proposal (score ≥ kProposeScore)
    bool companyInactive = false; ///< mapped to a company that is inactive in ConnectWise

    MappingState state() const;
    bool isMapped() const { return !row.connectwiseCompanyId.isEmpty(); }
};

/// Counts for status lines ("phin-cw-check --mapping", the Integrations page).
struct MappingSummary
{
    int organizations = 0;
    int mapped = 0; ///< includes missing ones
    int missing = 0;
    int withAgreement = 0;
    int unmapped = 0;
    /// "12 of 14 organisations mapped (9 with an agreement); 1 company missing in ConnectWise".
    QString text() const;
};

/// The company mapping of one connection: Phin organisations, the ConnectWise companies they
/// bill to, and the matcher's proposals. Works on plain values so the wizard page, the
/// Integrations page and the command line stay thin: load rows from the profile, give it the
/// company list and the organisations, let people accept, change or clear each row, and store
/// rows() back. Nothing is dropped silently: organisations missing from a new list keep their
/// rows, and companies missing from a new company list are flagged (missingSince), not removed.
class CompanyMapping : public QObject
{
    Q_OBJECT
public:
    explicit CompanyMapping(QObject *parent = nullptr);
    ~CompanyMapping() override;

    /// Replaces everything with the rows stored in a profile.
    void loadRows(const QList<CompanyMappingRow> &rows);
    /// The rows to store: every organisation, mapped or not (so a reconnect finds them again).
    QList<CompanyMappingRow> rows() const;

    /// Adds organisations not yet listed (same name, case-insensitive: domain and id are
    /// updated). Rows of organisations not in @p organizations stay.
    void addOrganizations(const QList<PhinOrganization> &organizations);
    /// Typed in by people; false when the name is empty or already listed.
    bool addOrganization(const PhinOrganization &organization);
    /// Removes a row people no longer want (the organisation and its mapping).
    void removeOrganization(int index);

    /// A fresh company list: reconciles mapped rows (flags missing companies with @p now,
    /// clears the flag for companies that are back, refreshes identifiers and names) and
    /// rebuilds the matcher. Then call proposeAll() for new proposals.
    void setCompanies(
        const QList<CwCompany> &companies, const QDateTime &now = QDateTime::currentDateTimeUtc());
    const QList<CwCompany> &companies() const;
    /// Null until setCompanies().
    const CompanyMatcher *matcher() const { return m_matcher.get(); }

    /// Runs the matcher for every row that is not mapped yet.
    void proposeAll();
    /// Maps the row to its proposal; false when there is none.
    bool acceptProposal(int index);
    /// Accepts every proposal; returns how many.
    int acceptAllProposals();
    /// Maps the row to the company with ConnectWise id @p companyId (from search() or the
    /// candidates); false when the company is not in the list. Clears the agreement when the
    /// company changes.
    bool setCompany(int index, int companyId);
    /// Unmaps the row (keeps the organisation) and drops its proposal.
    void clear(int index);
    /// The agreement Billing uses for the row's company; false when the row is not mapped or
    /// the agreement belongs to another company.
    bool setAgreement(int index, const CwAgreement &agreement);
    void clearAgreement(int index);

    int count() const { return int(m_entries.size()); }
    const MappingEntry &entry(int index) const { return m_entries.at(index); }
    const QList<MappingEntry> &entries() const { return m_entries; }
    int indexOf(const QString &organizationName) const;
    MappingSummary summary() const;

    /// The whole mapping as CSV (see MappingCsv::exportMapping).
    QByteArray exportCsv(QChar separator = QLatin1Char(',')) const;
    /// Applies a mapping CSV: rows in the file replace the rows of the same organisations, other
    /// rows stay. A file with any error changes nothing; the errors say where.
    MappingImport importCsv(const QByteArray &data);
    /// Adds the organisations of a Phin export (name, optional domain or id). A file with any
    /// error adds nothing.
    OrganizationImport importOrganizationsCsv(const QByteArray &data);

    static MappingSummary summarize(const QList<CompanyMappingRow> &rows);
    /// One line per row for status output, e.g. "Acme Dental → Acme Dental, Inc. (#250),
    /// agreement Phin (#17)" or "Old Co → #312 Old Co LLC: missing in ConnectWise since
    /// 2026-11-28".
    static QString describe(const CompanyMappingRow &row);

Q_SIGNALS:
    /// One row changed (its state, company, agreement or proposal).
    void entryChanged(int index);
    /// Rows were added, removed or all replaced.
    void entriesReset();

private:
    void reconcile(MappingEntry *entry, const QDateTime &now) const;
    void applyCompany(MappingEntry *entry, const CwCompany &company) const;

    QList<MappingEntry> m_entries;
    std::unique_ptr<CompanyMatcher> m_matcher;
};

// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "companydirectory.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

/// A Phin organisation, from a CSV export or typed in.
struct PhinOrganization
{
    QString name;
    QString domain; ///< optional, e.g. "acmedental.com"
    QString id; ///< optional; compared with the ConnectWise identifier and id

    friend bool operator==(const PhinOrganization &a, const PhinOrganization &b)
    {
        return a.name == b.name && a.domain == b.domain && a.id == b.id;
    }
};

/// A name taken apart for matching: what was removed or rewritten, and the resulting key.
struct NormalizedName
{
    QStringList tokens; ///< canonical words: "smith", "jones", "plumbing"
    QString key; ///< tokens joined by spaces
    QString compact; ///< tokens joined without spaces ("Net Works" == "NetWorks")
    QStringList removedSuffixes; ///< as shown to people: "LLC", "Inc."
    QStringList expanded; ///< abbreviations expanded: "Mfg → Manufacturing"
    bool removedThe = false;
    bool hadAmpersand = false;
    bool hadAccents = false;
};

/// One possible company for an organisation, with why it was proposed.
struct MatchCandidate
{
    int companyIndex = -1; ///< into the matcher's company list
    int companyId = 0;
    int score = 0; ///< 0–100
    QStringList reasons; ///< "same domain (acme.com)", "name equal after removing LLC", "1 typo"
};

/// The candidates for one organisation, best first.
struct MatchProposal
{
    int organizationIndex = -1;
    QList<MatchCandidate> candidates;
    /// Whether the best candidate is good and clear enough to propose (score ≥ proposeScore).
    bool isProposed() const;
    const MatchCandidate *best() const
    {
        return candidates.isEmpty() ? nullptr : &candidates.first();
    }
};

/// Proposes ConnectWise companies for Phin organisations by normalised name (case, accents,
/// punctuation, "&"/"and", legal suffixes, "The", common abbreviations), spacing, typos,
/// ConnectWise identifier, id and website domain. Indexed once per company list (exact keys,
/// domains, identifiers, and letter trigrams for typos), so matching thousands of
/// organisations against tens of thousands of companies takes well under a second: no
/// pairwise edit distance over every pair.
class CompanyMatcher
{
public:
    /// At or above this score a candidate is proposed; below it is only listed.
    static constexpr int kProposeScore = 75;

    explicit CompanyMatcher(const QList<CwCompany> &companies);

    const QList<CwCompany> &companies() const { return m_companies; }
    /// Candidates for one organisation, best first, at most @p maxCandidates.
    MatchProposal match(const PhinOrganization &organization, int maxCandidates = 3) const;
    QList<MatchProposal> matchAll(
        const QList<PhinOrganization> &organizations, int maxCandidates = 3) const;
    /// Companies whose name or identifier contains every word of @p text (case, accents and
    /// punctuation ignored), active first, at most @p limit; for the "change" picker.
    QList<int> search(const QString &text, int limit = 200) const;
    /// Index of the company with ConnectWise id @p id, or -1.
    int indexOfId(int id) const { return m_byId.value(id, -1); }

    static NormalizedName normalize(const QString &name);
    /// "acme.com" from "https://www.Acme.com/contact", "acme.com" or "www.acme.com.".
    static QString normalizedDomain(const QString &domainOrUrl);
    /// Optimal string alignment distance (typos: insert, delete, replace, swap), at most
    /// @p limit + 1 (stops early beyond the limit).
    static int typoDistance(const QString &a, const QString &b, int limit);

private:
    struct Scratch
    {
        std::vector<int> counts; ///< shared trigrams per company, all zero between uses
        std::vector<int> touched;
    };
    MatchProposal match(
        const PhinOrganization &organization, int maxCandidates, Scratch &scratch) const;

    struct Entry
    {
        NormalizedName name;
        QString identifier; ///< lower case, letters and digits only
        QString domain;
        QString searchText; ///< for search(): folded name + identifier
    };
    void addCandidate(QHash<int, MatchCandidate> *found, int companyIndex, int score,
        const QString &reason) const;

    QList<CwCompany> m_companies;
    std::vector<Entry> m_entries;
    QHash<int, int> m_byId;
    QMultiHash<QString, int> m_byKey;
    QMultiHash<QString, int> m_byCompact;
    QMultiHash<QString, int> m_byIdentifier;
    QMultiHash<QString, int> m_byDomain;
    QHash<quint64, std::vector<int>> m_byTrigram;
    std::vector<int> m_trigramCount; ///< per entry, the number of distinct trigrams
};

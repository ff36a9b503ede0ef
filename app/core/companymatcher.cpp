// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "companymatcher.h"

#include <QCoreApplication>
#include <QSet>
#include <QUrl>

#include <algorithm>

namespace {

// The reasons are shown beside each proposal, so they follow the wizard's language. Matching
// itself never reads them.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CompanyMatcher)
};

// Legal forms, as they are spelled once punctuation is gone, and how people write them.
const QHash<QString, QString> &legalSuffixes()
{
    static const QHash<QString, QString> suffixes {
        { QStringLiteral("inc"), QStringLiteral("Inc.") },
        { QStringLiteral("incorporated"), QStringLiteral("Incorporated") },
        { QStringLiteral("llc"), QStringLiteral("LLC") },
        { QStringLiteral("ltd"), QStringLiteral("Ltd") },
        { QStringLiteral("limited"), QStringLiteral("Limited") },
        { QStringLiteral("gmbh"), QStringLiteral("GmbH") },
        { QStringLiteral("co"), QStringLiteral("Co.") },
        { QStringLiteral("corp"), QStringLiteral("Corp.") },
        { QStringLiteral("corporation"), QStringLiteral("Corporation") },
        { QStringLiteral("company"), QStringLiteral("Company") },
        { QStringLiteral("plc"), QStringLiteral("PLC") },
        { QStringLiteral("llp"), QStringLiteral("LLP") },
        { QStringLiteral("lp"), QStringLiteral("LP") },
        { QStringLiteral("pc"), QStringLiteral("P.C.") },
        { QStringLiteral("pllc"), QStringLiteral("PLLC") },
        { QStringLiteral("pty"), QStringLiteral("Pty") },
        { QStringLiteral("sa"), QStringLiteral("S.A.") },
        { QStringLiteral("ag"), QStringLiteral("AG") },
        { QStringLiteral("bv"), QStringLiteral("B.V.") },
        { QStringLiteral("nv"), QStringLiteral("N.V.") },
        { QStringLiteral("srl"), QStringLiteral("S.r.l.") },
        { QStringLiteral("sarl"), QStringLiteral("SARL") },
    };
    return suffixes;
}

// Abbreviations MSP staff type for common words in customer names.
const QHash<QString, QString> &abbreviations()
{
    static const QHash<QString, QString> words {
        { QStringLiteral("mfg"), QStringLiteral("manufacturing") },
        { QStringLiteral("intl"), QStringLiteral("international") },
        { QStringLiteral("int'l"), QStringLiteral("international") },
        { QStringLiteral("assoc"), QStringLiteral("associates") },
        { QStringLiteral("assocs"), QStringLiteral("associates") },
        { QStringLiteral("svc"), QStringLiteral("service") },
        { QStringLiteral("svcs"), QStringLiteral("services") },
        { QStringLiteral("bros"), QStringLiteral("brothers") },
        { QStringLiteral("ctr"), QStringLiteral("center") },
        { QStringLiteral("centre"), QStringLiteral("center") },
        { QStringLiteral("mgmt"), QStringLiteral("management") },
        { QStringLiteral("mgt"), QStringLiteral("management") },
        { QStringLiteral("tech"), QStringLiteral("technologies") },
        { QStringLiteral("technology"), QStringLiteral("technologies") },
        { QStringLiteral("sys"), QStringLiteral("systems") },
        { QStringLiteral("dist"), QStringLiteral("distribution") },
        { QStringLiteral("med"), QStringLiteral("medical") },
        { QStringLiteral("natl"), QStringLiteral("national") },
        { QStringLiteral("grp"), QStringLiteral("group") },
        { QStringLiteral("dept"), QStringLiteral("department") },
        { QStringLiteral("univ"), QStringLiteral("university") },
        { QStringLiteral("hosp"), QStringLiteral("hospital") },
        { QStringLiteral("acct"), QStringLiteral("accounting") },
        { QStringLiteral("ins"), QStringLiteral("insurance") },
        { QStringLiteral("nw"), QStringLiteral("northwest") },
        { QStringLiteral("ne"), QStringLiteral("northeast") },
        { QStringLiteral("sw"), QStringLiteral("southwest") },
        { QStringLiteral("se"), QStringLiteral("southeast") },
        { QStringLiteral("mt"), QStringLiteral("mount") },
        { QStringLiteral("ft"), QStringLiteral("fort") },
    };
    return words;
}

/// Lower case, accents removed; reports whether there were any.
QString fold(const QString &text, bool *hadAccents = nullptr)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool accents = false;
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing) {
            accents = true;
            continue;
        }
        // Letters without a decomposition that people still type without the accent.
        if (c == QChar(0x0131)) { // dotless i
            accents = true;
            out.append(QLatin1Char('i'));
            continue;
        }
        out.append(c.toCaseFolded());
    }
    if (hadAccents)
        *hadAccents = accents;
    return out;
}

QString letters(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            out.append(c);
    }
    return out;
}

quint64 trigramKey(const QString &s, qsizetype i)
{
    return (quint64(s.at(i).unicode()) << 32) | (quint64(s.at(i + 1).unicode()) << 16)
        | quint64(s.at(i + 2).unicode());
}

/// Distinct letter trigrams of the compact name, with '^' and '$' marking the ends.
std::vector<quint64> trigrams(const QString &compact)
{
    const QString padded = QLatin1Char('^') + compact + QLatin1Char('$');
    std::vector<quint64> out;
    for (qsizetype i = 0; i + 2 < padded.size(); ++i)
        out.push_back(trigramKey(padded, i));
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

QString quoted(const QString &text)
{
    return QStringLiteral("“") + text + QStringLiteral("”");
}

/// Why two names with the same key are the same: what normalising removed or rewrote.
QString equalNameReason(
    const QString &a, const QString &b, const NormalizedName &na, const NormalizedName &nb)
{
    if (a.simplified() == b.simplified())
        return Text::tr("name equal");
    QStringList what;
    QStringList suffixes = na.removedSuffixes + nb.removedSuffixes;
    suffixes.removeDuplicates();
    if (!suffixes.isEmpty())
        what << Text::tr("removing %1").arg(suffixes.join(QStringLiteral(", ")));
    if (na.removedThe != nb.removedThe)
        what << Text::tr("removing “The”");
    if (na.hadAmpersand != nb.hadAmpersand)
        what << Text::tr("reading & as “and”");
    QStringList expanded = na.expanded + nb.expanded;
    expanded.removeDuplicates();
    if (!expanded.isEmpty())
        what << Text::tr("expanding %1").arg(expanded.join(QStringLiteral(", ")));
    if (na.hadAccents != nb.hadAccents)
        what << Text::tr("ignoring accents");
    if (what.isEmpty())
        what << Text::tr("ignoring case and punctuation");
    //: %1 lists what was ignored: "removing LLC, ignoring accents".
    return Text::tr("name equal after %1").arg(what.join(QStringLiteral(", ")));
}

} // namespace

bool MatchProposal::isProposed() const
{
    return !candidates.isEmpty() && candidates.first().score >= CompanyMatcher::kProposeScore;
}

NormalizedName CompanyMatcher::normalize(const QString &name)
{
    NormalizedName n;
    const QString folded = fold(name, &n.hadAccents);
    // Words: letters and digits; '&' and '+' read as "and"; apostrophes join ("O'Brien").
    QStringList words;
    QString word;
    const auto flush = [&words, &word] {
        if (!word.isEmpty())
            words.append(word);
        word.clear();
    };
    for (const QChar c : folded) {
        if (c.isLetterOrNumber()) {
            word.append(c);
        } else if (c == QLatin1Char('\'') || c == QChar(0x2019)) {
            continue;
        } else if (c == QLatin1Char('&') || c == QLatin1Char('+')) {
            flush();
            words.append(QStringLiteral("and"));
            n.hadAmpersand = true;
        } else {
            flush();
        }
    }
    flush();
    // Initials written with dots or spaces are one word: "L.L.C." = "LLC", "J. B." = "JB".
    QStringList merged;
    bool initials = false;
    for (const QString &w : std::as_const(words)) {
        const bool single = w.size() == 1 && w.at(0).isLetter();
        if (single && initials) {
            merged.last().append(w);
        } else {
            merged.append(w);
            initials = single;
        }
    }
    words = merged;
    if (words.size() > 1 && words.first() == QLatin1String("the")) {
        words.removeFirst();
        n.removedThe = true;
    }
    // Legal forms at the end, possibly several ("Smith & Co. Ltd"), never the whole name.
    while (words.size() > 1) {
        const QString &last = words.last();
        const auto it = legalSuffixes().constFind(last);
        if (it != legalSuffixes().constEnd()) {
            n.removedSuffixes.append(it.value());
            words.removeLast();
        } else if (last == QLatin1String("and")) {
            words.removeLast();
        } else {
            break;
        }
    }
    for (const QString &w : std::as_const(words)) {
        if (w == QLatin1String("and"))
            continue;
        QString token = w;
        const auto it = abbreviations().constFind(token);
        if (it != abbreviations().constEnd()) {
            n.expanded.append(w + QStringLiteral(" → ") + it.value());
            token = it.value();
        }
        // Singular and plural are the same customer ("Dental Associates"/"Dental Associate").
        if (token.size() > 4 && token.endsWith(QLatin1Char('s'))
            && !token.endsWith(QLatin1String("ss")))
            token.chop(1);
        n.tokens.append(token);
    }
    n.key = n.tokens.join(QLatin1Char(' '));
    n.compact = n.tokens.join(QString());
    return n;
}

QString CompanyMatcher::normalizedDomain(const QString &domainOrUrl)
{
    QString text = domainOrUrl.trimmed().toLower();
    if (text.isEmpty())
        return {};
    if (const qsizetype at = text.lastIndexOf(QLatin1Char('@'));
        at >= 0 && !text.contains(QLatin1String("://")))
        text = text.mid(at + 1); // an e-mail address names its domain
    const QUrl url = QUrl::fromUserInput(text);
    QString host = url.host().isEmpty() ? text : url.host();
    while (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    if (host.startsWith(QLatin1String("www.")))
        host = host.mid(4);
    return host;
}

int CompanyMatcher::typoDistance(const QString &a, const QString &b, int limit)
{
    const int n = int(a.size());
    const int m = int(b.size());
    if (std::abs(n - m) > limit)
        return limit + 1;
    std::vector<int> prev2(m + 1), prev(m + 1), cur(m + 1);
    for (int j = 0; j <= m; ++j)
        prev[j] = j;
    for (int i = 1; i <= n; ++i) {
        cur[0] = i;
        int rowMin = cur[0];
        for (int j = 1; j <= m; ++j) {
            const int cost = a.at(i - 1) == b.at(j - 1) ? 0 : 1;
            int v = std::min({ prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost });
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                v = std::min(v, prev2[j - 2] + 1);
            cur[j] = v;
            rowMin = std::min(rowMin, v);
        }
        if (rowMin > limit)
            return limit + 1;
        std::swap(prev2, prev);
        std::swap(prev, cur);
    }
    return std::min(prev[m], limit + 1);
}

CompanyMatcher::CompanyMatcher(const QList<CwCompany> &companies)
    : m_companies(companies)
{
    m_entries.resize(size_t(companies.size()));
    m_trigramCount.resize(size_t(companies.size()));
    m_byId.reserve(companies.size());
    for (int i = 0; i < companies.size(); ++i) {
        const CwCompany &c = companies.at(i);
        Entry &e = m_entries[size_t(i)];
        e.name = normalize(c.name);
        e.identifier = letters(fold(c.identifier));
        e.domain = normalizedDomain(c.website);
        e.searchText = fold(c.name) + QLatin1Char(' ') + fold(c.identifier);
        m_byId.insert(c.id, i);
        if (!e.name.key.isEmpty()) {
            m_byKey.insert(e.name.key, i);
            m_byCompact.insert(e.name.compact, i);
        }
        if (!e.identifier.isEmpty())
            m_byIdentifier.insert(e.identifier, i);
        if (!e.domain.isEmpty())
            m_byDomain.insert(e.domain, i);
        const std::vector<quint64> grams = trigrams(e.name.compact);
        m_trigramCount[size_t(i)] = int(grams.size());
        for (const quint64 g : grams)
            m_byTrigram[g].push_back(i);
    }
}

void CompanyMatcher::addCandidate(
    QHash<int, MatchCandidate> *found, int companyIndex, int score, const QString &reason) const
{
    auto it = found->find(companyIndex);
    if (it == found->end()) {
        MatchCandidate c;
        c.companyIndex = companyIndex;
        c.companyId = m_companies.at(companyIndex).id;
        c.score = score;
        c.reasons.append(reason);
        found->insert(companyIndex, c);
        return;
    }
    if (it->reasons.contains(reason))
        return;
    // Two independent signals for the same company: more certain than either alone.
    if (score > it->score) {
        it->reasons.prepend(reason);
        it->score = std::min(100, score + 2);
    } else {
        it->reasons.append(reason);
        it->score = std::min(100, it->score + 2);
    }
}

MatchProposal CompanyMatcher::match(const PhinOrganization &organization, int maxCandidates) const
{
    Scratch scratch;
    return match(organization, maxCandidates, scratch);
}

MatchProposal CompanyMatcher::match(
    const PhinOrganization &organization, int maxCandidates, Scratch &scratch) const
{
    MatchProposal proposal;
    QHash<int, MatchCandidate> found;
    const NormalizedName name = normalize(organization.name);

    const QString id = organization.id.trimmed();
    if (!id.isEmpty()) {
        const QString folded = letters(fold(id));
        for (auto it = m_byIdentifier.constFind(folded);
             it != m_byIdentifier.cend() && it.key() == folded; ++it)
            addCandidate(&found, it.value(), 100, Text::tr("same identifier (%1)").arg(id));
        bool numeric = false;
        const int cwId = id.toInt(&numeric);
        if (numeric && m_byId.contains(cwId))
            addCandidate(
                &found, m_byId.value(cwId), 100, Text::tr("same ConnectWise id (%1)").arg(cwId));
    }
    const QString domain = normalizedDomain(organization.domain);
    if (!domain.isEmpty()) {
        for (auto it = m_byDomain.constFind(domain); it != m_byDomain.cend() && it.key() == domain;
             ++it)
            addCandidate(&found, it.value(), 97, Text::tr("same domain (%1)").arg(domain));
    }
    if (!name.key.isEmpty()) {
        for (auto it = m_byKey.constFind(name.key); it != m_byKey.cend() && it.key() == name.key;
             ++it) {
            const int i = it.value();
            const Entry &e = m_entries[size_t(i)];
            const bool same = organization.name.simplified().compare(
                                  m_companies.at(i).name.simplified(), Qt::CaseSensitive)
                == 0;
            addCandidate(&found, i, same ? 99 : 95,
                equalNameReason(organization.name, m_companies.at(i).name, name, e.name));
        }
        for (auto it = m_byCompact.constFind(name.compact);
             it != m_byCompact.cend() && it.key() == name.compact; ++it) {
            if (m_entries[size_t(it.value())].name.key != name.key)
                addCandidate(&found, it.value(), 92, Text::tr("name equal apart from spaces"));
        }
        for (auto it = m_byIdentifier.constFind(name.compact);
             it != m_byIdentifier.cend() && it.key() == name.compact; ++it)
            addCandidate(
                &found, it.value(), 90, Text::tr("name equals the ConnectWise identifier"));

        // Typos and partial names: companies sharing enough letter trigrams, then the real
        // distance on those few only.
        const std::vector<quint64> grams = trigrams(name.compact);
        // Counting in a flat array (reused across organisations by matchAll) keeps this cheap
        // even when a trigram is shared by thousands of companies.
        std::vector<int> &counts = scratch.counts;
        std::vector<int> &touched = scratch.touched;
        if (counts.size() != m_entries.size())
            counts.assign(m_entries.size(), 0);
        touched.clear();
        for (const quint64 g : grams) {
            const auto posting = m_byTrigram.constFind(g);
            if (posting == m_byTrigram.cend())
                continue;
            const int *p = posting->data();
            const int *end = p + posting->size();
            for (; p != end; ++p) {
                if (counts[size_t(*p)]++ == 0)
                    touched.push_back(*p);
            }
        }
        struct Similar
        {
            int index;
            double dice;
        };
        std::vector<Similar> similar;
        for (const int i : touched) {
            const double dice = 2.0 * counts[size_t(i)]
                / double(grams.size() + size_t(m_trigramCount[size_t(i)]));
            counts[size_t(i)] = 0;
            if (dice >= 0.5)
                similar.push_back({ i, dice });
        }
        std::sort(similar.begin(), similar.end(), [](const Similar &a, const Similar &b) {
            return a.dice != b.dice ? a.dice > b.dice : a.index < b.index;
        });
        if (similar.size() > 12)
            similar.resize(12);
        const QSet<QString> orgTokens(name.tokens.cbegin(), name.tokens.cend());
        for (const Similar &s : similar) {
            if (found.contains(s.index))
                continue;
            const Entry &e = m_entries[size_t(s.index)];
            const int length = int(std::max(name.compact.size(), e.name.compact.size()));
            const int typos = typoDistance(name.compact, e.name.compact, 2);
            if (typos == 1 && length >= 8) {
                addCandidate(&found, s.index, 86, Text::tr("1 typo"));
                continue;
            }
            if (typos == 2 && length >= 14) {
                addCandidate(&found, s.index, 78, Text::tr("2 typos"));
                continue;
            }
            const QSet<QString> companyTokens(e.name.tokens.cbegin(), e.name.tokens.cend());
            if (orgTokens.size() > 0 && companyTokens.size() > 0
                && (orgTokens.contains(companyTokens) || companyTokens.contains(orgTokens))) {
                const bool orgShorter = orgTokens.size() <= companyTokens.size();
                addCandidate(&found, s.index, 65,
                    Text::tr("every word of %1 is in %2")
                        .arg(quoted(orgShorter ? organization.name : m_companies.at(s.index).name),
                            quoted(orgShorter ? m_companies.at(s.index).name : organization.name)));
                continue;
            }
            addCandidate(&found, s.index, int(s.dice * 70),
                Text::tr("similar name (%1% of letter groups shared)").arg(int(s.dice * 100)));
        }
    }

    proposal.candidates = found.values();
    std::sort(proposal.candidates.begin(), proposal.candidates.end(),
        [this](const MatchCandidate &a, const MatchCandidate &b) {
            if (a.score != b.score)
                return a.score > b.score;
            const CwCompany &ca = m_companies.at(a.companyIndex);
            const CwCompany &cb = m_companies.at(b.companyIndex);
            if (ca.active != cb.active)
                return ca.active;
            return ca.id < cb.id;
        });
    if (proposal.candidates.size() > 1) {
        MatchCandidate &first = proposal.candidates[0];
        const MatchCandidate &second = proposal.candidates.at(1);
        if (first.score == second.score) {
            const CwCompany &a = m_companies.at(first.companyIndex);
            const CwCompany &b = m_companies.at(second.companyIndex);
            if (a.active && !b.active) {
                first.reasons.append(Text::tr("preferred over inactive %1").arg(quoted(b.name)));
            } else {
                // Two equally good companies: people must choose, nothing is proposed.
                first.score = std::min(first.score, kProposeScore - 1);
                first.reasons.append(Text::tr("%1 matches equally well").arg(quoted(b.name)));
            }
        }
    }
    if (maxCandidates >= 0 && proposal.candidates.size() > maxCandidates)
        proposal.candidates.resize(maxCandidates);
    return proposal;
}

QList<MatchProposal> CompanyMatcher::matchAll(
    const QList<PhinOrganization> &organizations, int maxCandidates) const
{
    QList<MatchProposal> out;
    out.reserve(organizations.size());
    Scratch scratch;
    for (int i = 0; i < organizations.size(); ++i) {
        MatchProposal p = match(organizations.at(i), maxCandidates, scratch);
        p.organizationIndex = i;
        out.append(p);
    }
    return out;
}

QList<int> CompanyMatcher::search(const QString &text, int limit) const
{
    const QStringList words = fold(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QList<int> active;
    QList<int> inactive;
    for (int i = 0; i < int(m_entries.size()); ++i) {
        const QString &haystack = m_entries[size_t(i)].searchText;
        const bool all = std::all_of(words.cbegin(), words.cend(),
            [&haystack](const QString &w) { return haystack.contains(w); });
        if (!all)
            continue;
        (m_companies.at(i).active ? active : inactive).append(i);
        if (active.size() >= limit)
            break;
    }
    active += inactive;
    if (active.size() > limit)
        active.resize(limit);
    return active;
}

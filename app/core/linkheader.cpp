// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkheader.h"

#include <cstring>

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

class Cursor
{
public:
    explicit Cursor(const QByteArray &text)
        : m_text(text)
    { }
    bool atEnd() const { return m_pos >= m_text.size(); }
    char peek() const { return atEnd() ? '\0' : m_text.at(m_pos); }
    int pos() const { return int(m_pos); }
    void skipSpace()
    {
        while (!atEnd() && isSpace(peek()))
            ++m_pos;
    }
    bool take(char c)
    {
        skipSpace();
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }
    /// Up to (not including) the first of @p stops outside quotes; trimmed.
    QByteArray token(const char *stops)
    {
        skipSpace();
        const qsizetype start = m_pos;
        while (!atEnd() && !std::strchr(stops, peek()) && !isSpace(peek()))
            ++m_pos;
        return m_text.mid(start, m_pos - start);
    }
    /// A quoted-string after the opening quote; false when it never ends.
    bool quoted(QByteArray *out)
    {
        while (!atEnd()) {
            const char c = m_text.at(m_pos++);
            if (c == '\\' && !atEnd()) {
                out->append(m_text.at(m_pos++));
            } else if (c == '"') {
                return true;
            } else {
                out->append(c);
            }
        }
        return false;
    }
    /// The URL between '<' and '>'; false when '>' is missing.
    bool uriReference(QByteArray *out)
    {
        const qsizetype end = m_text.indexOf('>', m_pos);
        if (end < 0)
            return false;
        *out = m_text.mid(m_pos, end - m_pos).trimmed();
        m_pos = end + 1;
        return true;
    }

private:
    const QByteArray &m_text;
    qsizetype m_pos = 0;
};

} // namespace

LinkHeader LinkHeader::parse(const QByteArray &header, const QUrl &base)
{
    LinkHeader result;
    Cursor c(header);
    const auto fail = [&result, &c](const QString &what) {
        result.m_links.clear();
        result.m_error = QStringLiteral("malformed Link header at character %1: %2")
                             .arg(c.pos() + 1)
                             .arg(what);
        return result;
    };
    while (true) {
        c.skipSpace();
        if (c.atEnd())
            break;
        if (c.take(',')) // empty list elements are allowed ("#rule" in RFC 7230)
            continue;
        if (!c.take('<'))
            return fail(QStringLiteral("expected '<' before a link target"));
        QByteArray uri;
        if (!c.uriReference(&uri))
            return fail(QStringLiteral("a link target has no closing '>'"));
        QUrl target(QString::fromUtf8(uri), QUrl::StrictMode);
        if (uri.isEmpty() || !target.isValid())
            return fail(QStringLiteral("a link target is not a URL"));
        if (target.isRelative() && base.isValid())
            target = base.resolved(target);
        LinkValue link;
        link.target = target;
        while (c.take(';')) {
            const QByteArray name = c.token("=;,").toLower();
            if (name.isEmpty())
                return fail(QStringLiteral("a parameter has no name"));
            QByteArray value;
            if (c.take('=')) {
                c.skipSpace();
                if (c.peek() == '"') {
                    c.take('"');
                    if (!c.quoted(&value))
                        return fail(QStringLiteral("a quoted value never ends"));
                } else {
                    value = c.token(";,");
                }
            }
            // Only the first rel counts (RFC 8288, 3.3); relation types are case-insensitive.
            if (name == "rel" && link.relations.isEmpty()) {
                const QList<QByteArray> rels = value.simplified().toLower().split(' ');
                for (const QByteArray &rel : rels) {
                    if (!rel.isEmpty())
                        link.relations.append(QString::fromLatin1(rel));
                }
            }
        }
        result.m_links.append(link);
        c.skipSpace();
        if (c.atEnd())
            break;
        if (!c.take(','))
            return fail(QStringLiteral("expected ',' between links"));
    }
    return result;
}

QUrl LinkHeader::target(const QString &rel) const
{
    for (const LinkValue &link : m_links) {
        if (link.relations.contains(rel, Qt::CaseInsensitive))
            return link.target;
    }
    return {};
}

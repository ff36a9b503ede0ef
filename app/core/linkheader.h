// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

/// One link of an RFC 5988 (RFC 8288) Link header: the target and its relation types.
struct LinkValue
{
    QUrl target;
    QStringList relations; ///< lower case, e.g. {"next"} or {"next", "last"}
};

/// Parses Link headers as ConnectWise sends them for paging:
/// `<https://…?page=2>; rel="next", <https://…?page=10>; rel="last"`.
/// Tolerant where servers differ (spacing, unquoted or multi-valued rel, parameter and relation
/// case, extra parameters, commas inside the URL), strict where a mistake could make paging loop
/// or go astray: a link without '<…>', an unterminated quote or an unparsable URL makes the whole
/// header malformed.
class LinkHeader
{
public:
    /// Parses @p header; relative targets resolve against @p base. Empty header: valid, no links.
    static LinkHeader parse(const QByteArray &header, const QUrl &base = {});

    bool isValid() const { return m_error.isEmpty(); }
    /// Why the header is malformed, naming the character position; empty when valid.
    QString error() const { return m_error; }
    const QList<LinkValue> &links() const { return m_links; }
    /// The first target with relation @p rel ("next", "last"…), or an empty URL.
    QUrl target(const QString &rel) const;
    bool has(const QString &rel) const { return !target(rel).isEmpty(); }

private:
    QList<LinkValue> m_links;
    QString m_error;
};

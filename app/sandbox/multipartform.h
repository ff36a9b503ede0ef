// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

/// A parsed multipart/form-data body (RFC 7578), enough for the documents upload.
class MultipartForm
{
public:
    struct Part
    {
        QByteArray name;
        QByteArray fileName; ///< empty for plain fields
        QByteArray contentType;
        QByteArray data;
        bool isFile() const { return !fileName.isEmpty(); }
    };

    /// Parses @p body whose Content-Type header is @p contentType. On failure returns false and
    /// sets @p error.
    bool parse(const QByteArray &contentType, const QByteArray &body, QString *error);

    const QList<Part> &parts() const { return m_parts; }
    bool contains(const QByteArray &name) const;
    /// The first part named @p name, or nullptr.
    const Part *part(const QByteArray &name) const;
    /// The data of the first part named @p name as UTF-8 text.
    QString value(const QByteArray &name) const;

    /// The boundary parameter of a multipart Content-Type, or empty.
    static QByteArray boundaryOf(const QByteArray &contentType);

private:
    QList<Part> m_parts;
};

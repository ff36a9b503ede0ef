// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "multipartform.h"

namespace {

/// The value of parameter @p key in a header like `form-data; name="x"; filename="y"`.
QByteArray headerParameter(const QByteArray &header, const QByteArray &key)
{
    const QList<QByteArray> pieces = header.split(';');
    for (const QByteArray &piece : pieces) {
        const QByteArray trimmed = piece.trimmed();
        const int equals = trimmed.indexOf('=');
        if (equals < 0 || trimmed.left(equals).trimmed().toLower() != key)
            continue;
        QByteArray value = trimmed.mid(equals + 1).trimmed();
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
            value = value.mid(1, value.size() - 2);
        return value;
    }
    return {};
}

} // namespace

QByteArray MultipartForm::boundaryOf(const QByteArray &contentType)
{
    if (!contentType.trimmed().toLower().startsWith("multipart/form-data"))
        return {};
    return headerParameter(contentType, "boundary");
}

bool MultipartForm::parse(const QByteArray &contentType, const QByteArray &body, QString *error)
{
    m_parts.clear();
    const QByteArray boundary = boundaryOf(contentType);
    if (boundary.isEmpty()) {
        *error = QStringLiteral("Content-Type is not multipart/form-data with a boundary");
        return false;
    }
    const QByteArray delimiter = "--" + boundary;
    int pos = body.indexOf(delimiter);
    if (pos < 0) {
        *error = QStringLiteral("the body does not contain the boundary");
        return false;
    }
    while (true) {
        pos += delimiter.size();
        if (body.mid(pos, 2) == "--")
            return true; // closing delimiter
        if (body.mid(pos, 2) != "\r\n") {
            *error = QStringLiteral("a boundary is not followed by a line break");
            return false;
        }
        pos += 2;
        const int headersEnd = body.indexOf("\r\n\r\n", pos);
        if (headersEnd < 0) {
            *error = QStringLiteral("a part has no end of headers");
            return false;
        }
        Part part;
        const QList<QByteArray> headerLines = body.mid(pos, headersEnd - pos).split('\n');
        for (QByteArray line : headerLines) {
            line = line.trimmed();
            const int colon = line.indexOf(':');
            if (colon < 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "content-disposition") {
                part.name = headerParameter(value, "name");
                part.fileName = headerParameter(value, "filename");
            } else if (name == "content-type") {
                part.contentType = value;
            }
        }
        const int dataStart = headersEnd + 4;
        const int next = body.indexOf(QByteArray("\r\n" + delimiter), dataStart);
        if (next < 0) {
            *error = QStringLiteral("the body ends before the closing boundary");
            return false;
        }
        part.data = body.mid(dataStart, next - dataStart);
        if (part.name.isEmpty()) {
            *error = QStringLiteral("a part has no name in its Content-Disposition");
            return false;
        }
        m_parts.append(part);
        pos = next + 2;
    }
}

bool MultipartForm::contains(const QByteArray &name) const
{
    return part(name) != nullptr;
}

const MultipartForm::Part *MultipartForm::part(const QByteArray &name) const
{
    for (const Part &p : m_parts) {
        if (p.name == name)
            return &p;
    }
    return nullptr;
}

QString MultipartForm::value(const QByteArray &name) const
{
    const Part *p = part(name);
    return p ? QString::fromUtf8(p->data) : QString();
}

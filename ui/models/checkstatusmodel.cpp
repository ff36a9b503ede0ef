// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkstatusmodel.h"

CheckStatusModel::CheckStatusModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void CheckStatusModel::setRows(const QList<StatusRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

void CheckStatusModel::updateRow(const StatusRow &row)
{
    const int at = indexOf(row.id);
    if (at < 0) {
        beginInsertRows({}, m_rows.size(), m_rows.size());
        m_rows.append(row);
        endInsertRows();
        return;
    }
    StatusRow &existing = m_rows[at];
    existing.status = row.status;
    existing.detail = row.detail;
    existing.evidence = row.evidence;
    if (!row.title.isEmpty())
        existing.title = row.title;
    emit dataChanged(index(at, 0), index(at, ColumnCount - 1));
}

void CheckStatusModel::markUnfinished(StatusKind status, const QString &detail)
{
    for (int i = 0; i < m_rows.size(); ++i) {
        StatusRow &r = m_rows[i];
        if (r.status == StatusKind::Pending || r.status == StatusKind::Running) {
            r.status = status;
            r.detail = detail;
            emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
        }
    }
}

void CheckStatusModel::clear()
{
    setRows({});
}

int CheckStatusModel::indexOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).id == id)
            return i;
    }
    return -1;
}

StatusRow CheckStatusModel::row(const QString &id) const
{
    const int at = indexOf(id);
    return at < 0 ? StatusRow {} : m_rows.at(at);
}

int CheckStatusModel::countWhere(StatusKind status) const
{
    int n = 0;
    for (const StatusRow &r : m_rows)
        n += r.status == status ? 1 : 0;
    return n;
}

int CheckStatusModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CheckStatusModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CheckStatusModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const StatusRow &r = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return r.id;
    case StatusKindRole:
        return int(r.status);
    case EvidenceRole:
        return r.evidence;
    case Qt::DecorationRole:
        return index.column() == StatusColumn ? QVariant(statusIcon(r.status)) : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case StatusColumn:
            return statusText(r.status);
        case CheckColumn:
            return r.title;
        case DetailColumn:
            return r.detail;
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == DetailColumn ? r.detail : QVariant();
    case Qt::AccessibleTextRole:
        // One sentence per row for screen readers: "Finance > Agreements: Edit: Missing".
        return tr("%1: %2. %3").arg(r.title, statusText(r.status), r.detail);
    }
    return {};
}

QVariant CheckStatusModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StatusColumn:
        return tr("Status");
    case CheckColumn:
        return tr("Check");
    case DetailColumn:
        return tr("What was found");
    }
    return {};
}

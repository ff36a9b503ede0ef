// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "statusicons.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

/// One line of the check ladder as the ui shows it.
struct StatusRow
{
    QString id; ///< stable key (the catalog check id, or "site", "company", "keys")
    QString title; ///< "Finance > Agreements: Edit (All)"
    StatusKind status = StatusKind::Pending;
    QString detail; ///< one sentence: what was found
    QString evidence; ///< the request and answer behind the verdict, shown on demand (redacted)
};

/// A table of checks that fills in live: the rows are announced up front (Pending) and updated by
/// id as results arrive, so the view never jumps around while checks run.
class CheckStatusModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { StatusColumn, CheckColumn, DetailColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, StatusKindRole, EvidenceRole };

    explicit CheckStatusModel(QObject *parent = nullptr);

    void setRows(const QList<StatusRow> &rows);
    /// Updates the row with the same id, or appends it when the id is new.
    void updateRow(const StatusRow &row);
    /// Sets every row that is not finished yet to status (e.g. Skipped after a cancel).
    void markUnfinished(StatusKind status, const QString &detail);
    void clear();

    QList<StatusRow> rows() const { return m_rows; }
    int indexOf(const QString &id) const;
    StatusRow row(const QString &id) const;
    int countWhere(StatusKind status) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<StatusRow> m_rows;
};

// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "companymapping.h"

#include <QAbstractTableModel>
#include <QPointer>

/// A table over a CompanyMapping for a view (no widget per row): one row per organisation.
/// Columns: organisation, ConnectWise company, match (score and why), agreement, status.
/// Read-only; the page calls CompanyMapping to accept, change or clear, and the model follows.
/// Filter it with a QSortFilterProxyModel (FilterRole) to search thousands of rows.
class CompanyMappingModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        OrganizationColumn,
        CompanyColumn,
        MatchColumn,
        AgreementColumn,
        StatusColumn,
        ColumnCount
    };
    enum Role {
        StateRole = Qt::UserRole + 1, ///< MappingState as int
        ScoreRole, ///< best candidate's score, 0 when none
        CompanyIdRole, ///< mapped (or proposed) ConnectWise company id, 0 when none
        FilterRole, ///< organisation, company and agreement names in one string
    };

    explicit CompanyMappingModel(CompanyMapping *mapping, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// "Mapped", "Proposed (92)", "Not mapped", "Missing in ConnectWise since 2026-11-23".
    static QString statusText(const MappingEntry &entry);

private:
    void onEntryChanged(int row);
    void onEntriesReset();

    QPointer<CompanyMapping> m_mapping;
};

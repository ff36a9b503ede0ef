// SPDX-FileCopyrightText: 2026 Phin Security
// SPDX-License-Identifier: GPL-3.0-or-later
#include "companymappingmodel.h"

CompanyMappingModel::CompanyMappingModel(CompanyMapping *mapping, QObject *parent)
    : QAbstractTableModel(parent)
    , m_mapping(mapping)
{
    connect(mapping, &CompanyMapping::entryChanged, this, &CompanyMappingModel::onEntryChanged);
    connect(mapping, &CompanyMapping::entriesReset, this, &CompanyMappingModel::onEntriesReset);
}

int CompanyMappingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_mapping ? 0 : m_mapping->count();
}

int CompanyMappingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CompanyMappingModel::statusText(const MappingEntry &entry)
{
    switch (entry.state()) {
    case MappingState::Mapped:
        return entry.companyInactive ? tr("Mapped (company inactive)") : tr("Mapped");
    case MappingState::Missing:
        return tr("Missing in ConnectWise since %1")
            .arg(entry.row.missingSince.toUTC().date().toString(Qt::ISODate));
    case MappingState::Proposed:
        return tr("Proposed (%1)").arg(entry.candidates.first().score);
    case MappingState::Unmapped:
        break;
    }
    return tr("Not mapped");
}

QVariant CompanyMappingModel::data(const QModelIndex &index, int role) const
{
    if (!m_mapping || !index.isValid() || index.row() >= m_mapping->count())
        return {};
    const MappingEntry &e = m_mapping->entry(index.row());
    const MatchCandidate *best = e.candidates.isEmpty() ? nullptr : &e.candidates.first();
    const auto companyName = [this, &e, best]() -> QString {
        if (e.isMapped()) {
            return e.row.connectwiseCompanyName.isEmpty()
                ? QStringLiteral("#") + e.row.connectwiseCompanyId
                : e.row.connectwiseCompanyName;
        }
        if (best && e.proposed && m_mapping->matcher())
            return m_mapping->companies().at(best->companyIndex).name;
        return {};
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case OrganizationColumn:
            return e.organization.name;
        case CompanyColumn:
            return companyName();
        case MatchColumn:
            if (!best || e.isMapped())
                return QString();
            return QStringLiteral("%1 – %2")
                .arg(best->score)
                .arg(best->reasons.join(QStringLiteral("; ")));
        case AgreementColumn:
            return e.row.agreementName.isEmpty() && !e.row.agreementId.isEmpty()
                ? QString(QStringLiteral("#") + e.row.agreementId)
                : e.row.agreementName;
        case StatusColumn:
            return statusText(e);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == MatchColumn && best)
            return best->reasons.join(QLatin1Char('\n'));
        if (index.column() == StatusColumn)
            return CompanyMapping::describe(e.row);
        return {};
    case StateRole:
        return int(e.state());
    case ScoreRole:
        return best ? best->score : 0;
    case CompanyIdRole:
        if (e.isMapped())
            return e.row.connectwiseCompanyId.toInt();
        return best && e.proposed ? best->companyId : 0;
    case FilterRole:
        return QString(e.organization.name + QLatin1Char('\n') + companyName() + QLatin1Char('\n')
            + e.row.agreementName);
    }
    return {};
}

QVariant CompanyMappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case OrganizationColumn:
        return tr("Phin organisation");
    case CompanyColumn:
        return tr("ConnectWise company");
    case MatchColumn:
        return tr("Match");
    case AgreementColumn:
        return tr("Agreement");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

void CompanyMappingModel::onEntryChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void CompanyMappingModel::onEntriesReset()
{
    beginResetModel();
    endResetModel();
}

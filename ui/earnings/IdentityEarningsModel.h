// Table of the workspace's identities with what they earned, their balance and what is pending.
#pragma once

#include "ledger/EarningsService.h"

#include <QAbstractTableModel>
#include <vector>

namespace fw::ui {

class IdentityEarningsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Address, Earned, Balance, Pending, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setIdentities(std::vector<ledger::IdentityEarnings> identities);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<ledger::IdentityEarnings> m_rows;
};

} // namespace fw::ui

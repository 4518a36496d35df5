// Table of the workspace's receipts, newest first: when, which request and model, the fee, the
// node that signed it and what this workspace's identities earned in it.
#pragma once

#include "ledger/Receipt.h"

#include <QAbstractTableModel>
#include <map>
#include <vector>

namespace fw::ui {

class ReceiptTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Request, Model, Fee, Earned, Node, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setReceipts(std::vector<ledger::Receipt> receipts,
                     std::map<QByteArray, ledger::Amount> earnedByReceipt);
    const ledger::Receipt& receiptAt(int row) const { return m_rows.at(size_t(row)); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    std::vector<ledger::Receipt> m_rows;
    std::vector<ledger::Amount> m_earned; // per row
};

} // namespace fw::ui

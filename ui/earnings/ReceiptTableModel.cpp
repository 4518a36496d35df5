// Receipt rows, sorted newest first when they are set.
#include "ui/earnings/ReceiptTableModel.h"

#include <QDateTime>
#include <QLocale>
#include <algorithm>

namespace fw::ui {

void ReceiptTableModel::setReceipts(std::vector<ledger::Receipt> receipts,
                                    std::map<QByteArray, ledger::Amount> earnedByReceipt)
{
    beginResetModel();
    m_rows = std::move(receipts);
    std::stable_sort(
        m_rows.begin(), m_rows.end(),
        [](const ledger::Receipt& a, const ledger::Receipt& b) { return a.at > b.at; });
    m_earned.clear();
    for (const ledger::Receipt& r : m_rows) {
        const auto it = earnedByReceipt.find(r.hash());
        m_earned.push_back(it == earnedByReceipt.end() ? 0 : it->second);
    }
    endResetModel();
}

int ReceiptTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReceiptTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReceiptTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const ledger::Receipt& r = m_rows[size_t(index.row())];
    if (role == Qt::TextAlignmentRole && (index.column() == Fee || index.column() == Earned))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Node)
        return r.node;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Time:
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(r.at).toLocalTime(),
                                  QLocale::ShortFormat);
    case Request:
        return r.requestId;
    case Model:
        return r.deployment;
    case Fee:
        return ledger::formatOpen(r.fee);
    case Earned:
        return ledger::formatOpen(m_earned[size_t(index.row())]);
    case Node:
        return r.node.left(14) + QStringLiteral("...");
    default:
        return {};
    }
}

QVariant ReceiptTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Request:
        return tr("Request");
    case Model:
        return tr("Model");
    case Fee:
        return tr("Fee (OPEN)");
    case Earned:
        return tr("You earned (OPEN)");
    case Node:
        return tr("Node");
    default:
        return {};
    }
}

} // namespace fw::ui

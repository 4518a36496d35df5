// Identity earnings rows; amounts in OPEN, right-aligned so the digits line up.
#include "ui/earnings/IdentityEarningsModel.h"

namespace fw::ui {

void IdentityEarningsModel::setIdentities(std::vector<ledger::IdentityEarnings> identities)
{
    beginResetModel();
    m_rows = std::move(identities);
    endResetModel();
}

int IdentityEarningsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IdentityEarningsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IdentityEarningsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const ledger::IdentityEarnings& e = m_rows[size_t(index.row())];
    const bool amount = index.column() >= Earned;
    if (role == Qt::TextAlignmentRole && amount)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Balance && !e.balance)
        return tr("This workspace keeps no node journal, so no balance is known here.");
    if (role == Qt::ToolTipRole && index.column() == Pending)
        return tr("Earned on receipts another node signed, not yet paid out to this identity.");
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Name:
        return e.identity.name;
    case Address:
        return e.identity.address;
    case Earned:
        return ledger::formatOpen(e.earned);
    case Balance:
        return e.balance ? ledger::formatOpen(*e.balance) : tr("-");
    case Pending:
        return ledger::formatOpen(e.pending);
    default:
        return {};
    }
}

QVariant IdentityEarningsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Identity");
    case Address:
        return tr("Address");
    case Earned:
        return tr("Earned (OPEN)");
    case Balance:
        return tr("Balance (OPEN)");
    case Pending:
        return tr("Pending (OPEN)");
    default:
        return {};
    }
}

} // namespace fw::ui

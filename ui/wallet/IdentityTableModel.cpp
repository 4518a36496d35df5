// Identities for a QTableView.
#include "ui/wallet/IdentityTableModel.h"

#include "ui/workspace/WorkspaceSession.h"

#include <QFont>
#include <QFontDatabase>
#include <QLocale>

namespace fw::ui {

IdentityTableModel::IdentityTableModel(WorkspaceSession* session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session)
{
}

int IdentityTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_identities.size());
}

int IdentityTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IdentityTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_identities.size())
        return {};
    const wallet::Identity& id = m_identities.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name: return id.name;
        case Address: return id.address;
        case Default:
            // External: known from a signed bundle, public key only; it can never sign here.
            return id.isDefault ? tr("Default") : id.external ? tr("External (no key)") : QString();
        case Created: return QLocale().toString(id.createdAt.toLocalTime(), QLocale::ShortFormat);
        }
    }
    if (role == Qt::FontRole && index.column() == Address)
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (role == Qt::FontRole && id.isDefault && index.column() == Name) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ToolTipRole && index.column() == Address)
        return id.address;
    return {};
}

QVariant IdentityTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Address: return tr("Address");
    case Default: return tr("Default");
    case Created: return tr("Created");
    }
    return {};
}

int IdentityTableModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_identities.size(); ++row)
        if (m_identities[row].id == id)
            return row;
    return -1;
}

QString IdentityTableModel::reload()
{
    beginResetModel();
    m_identities.clear();
    QString problem;
    if (m_session->hasWorkspace() && !m_session->isLocked()) {
        Result<QList<wallet::Identity>> list = m_session->wallet().identities();
        if (list)
            m_identities = std::move(list).value();
        else
            problem = list.error().message;
    }
    endResetModel();
    return problem;
}

} // namespace fw::ui

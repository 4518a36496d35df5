// Table of the workspace's identities (name, address, default, created) over WalletService.
#pragma once

#include "wallet/Identity.h"

#include <QAbstractTableModel>
#include <QList>

namespace fw::ui {

class WorkspaceSession;

class IdentityTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Address, Default, Created, ColumnCount };

    explicit IdentityTableModel(WorkspaceSession* session, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    const wallet::Identity& identityAt(int row) const { return m_identities.at(row); }
    int rowOf(qint64 id) const;
    // Reads the identities again; returns the error message, empty on success.
    QString reload();

private:
    WorkspaceSession* m_session;
    QList<wallet::Identity> m_identities;
};

} // namespace fw::ui

// The selected identity's money on this workspace's node ledger: its balance on the journal and
// the payment channels it funds (or, for the node itself, every channel it serves).
#pragma once

#include "ledger/LedgerView.h"
#include "wallet/Identity.h"

#include <QWidget>
#include <memory>

class QLabel;
class QTreeWidget;

namespace fw::ui {

class WorkspaceSession;

class WalletLedgerPanel : public QWidget
{
    Q_OBJECT
public:
    explicit WalletLedgerPanel(WorkspaceSession* session, QWidget* parent = nullptr);

    // Reads the ledger tables again on a worker thread; `identities` hold the journal's keeper.
    void reload(const QList<wallet::Identity>& identities);
    void setIdentity(const wallet::Identity* identity); // nullptr: nothing selected

    QLabel* balance() const { return m_balance; }
    QTreeWidget* channels() const { return m_channels; }

signals:
    void loaded();

protected:
    void changeEvent(QEvent* event) override;

private:
    void present();
    void retranslateUi();

    WorkspaceSession* m_session;
    std::shared_ptr<const ledger::LedgerView> m_view;
    QString m_error;
    int m_generation = 0;
    QString m_address;
    QLabel* m_heading;
    QLabel* m_balance;
    QTreeWidget* m_channels;
};

} // namespace fw::ui

// Wallet page: identities, the selected identity's details and actions, and recent activity.
#pragma once

#include "ui/Page.h"

class QLabel;
class QListWidget;
class QPushButton;
class QTableView;

namespace fw::ui {

class IdentityDetails;
class IdentityTableModel;
class WalletLedgerPanel;

class WalletPage : public Page
{
    Q_OBJECT
public:
    WalletPage(const PageContext& context, QWidget* parent = nullptr);

    QString title() const override { return tr("Wallet"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/icons/wallet.svg")); }

    QTableView* table() const { return m_table; }
    IdentityTableModel* model() const { return m_model; }
    IdentityDetails* details() const { return m_details; }
    QListWidget* activity() const { return m_activity; }
    WalletLedgerPanel* ledger() const { return m_ledger; }

    // The actions, public so that tests and keyboard users reach the same code paths.
    void newIdentity();
    void restoreIdentity();
    void setAsDefault();
    void renameIdentity();
    void showRecoveryWords();

protected:
    void retranslateUi() override;

private:
    QWidget* makeButtons();
    void reload(qint64 selectId = 0);
    void reloadActivity();
    static QString activityKindText(const QString& kind);
    void onSelectionChanged();
    qint64 selectedId() const;
    void showError(const QString& message);

    WorkspaceSession* m_session;
    IdentityTableModel* m_model;
    QLabel* m_heading;
    QLabel* m_activityHeading;
    QTableView* m_table;
    IdentityDetails* m_details;
    WalletLedgerPanel* m_ledger;
    QListWidget* m_activity;
    QLabel* m_error;
    QPushButton* m_new = nullptr;
    QPushButton* m_restore = nullptr;
    QPushButton* m_default = nullptr;
    QPushButton* m_rename = nullptr;
    QPushButton* m_words = nullptr;
};

} // namespace fw::ui

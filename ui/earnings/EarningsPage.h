// Earnings page: what this workspace's identities earned from paid answers, with balances and
// pending amounts, charts by role and by datanet or model over time, the top-earning records,
// every receipt with "why did I earn this", CSV export and a Verify button for all receipts.
#pragma once

#include "ui/Page.h"
#include "ui/earnings/EarningsSnapshot.h"

#include <memory>

class QLabel;
class QPushButton;
class QTableView;
class QTabWidget;
class QTreeWidget;

namespace fw::ui {

class EarningsCharts;
class IdentityEarningsModel;
class MessageLabel;
class ReceiptExplanation;
class ReceiptTableModel;
class WorkspaceSession;

class EarningsPage : public Page
{
    Q_OBJECT
public:
    EarningsPage(const PageContext& context, QWidget* parent = nullptr);

    QString title() const override { return tr("Earnings"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/icons/earnings.svg")); }

    // The actions, public so that tests reach the same code paths as the buttons.
    void reload();
    void verifyReceipts();
    Status exportCsv(const QString& path) const;
    void explainReceipt(int row);

    IdentityEarningsModel* identities() const { return m_identities; }
    ReceiptTableModel* receipts() const { return m_receipts; }
    QTableView* receiptTable() const { return m_receiptTable; }
    QTreeWidget* topRecords() const { return m_top; }
    EarningsCharts* charts() const { return m_charts; }
    ReceiptExplanation* explanation() const { return m_explanation; }
    MessageLabel* message() const { return m_message; }
    QLabel* summary() const { return m_summary; }
    QTabWidget* tabs() const { return m_tabs; }
    const EarningsSnapshot* snapshot() const { return m_snapshot.get(); }

signals:
    void loaded();          // a load finished (or failed: see message())
    void verified(bool ok); // the Verify button's check finished
    void explained();       // the selected receipt's explanation is shown

protected:
    void retranslateUi() override;
    void showEvent(QShowEvent* event) override;

private:
    QWidget* makeButtons();
    QWidget* makeReceiptsTab();
    void apply(Result<EarningsSnapshot> snapshot);
    void fillTopRecords();
    void updateSummary();
    void askAndExport();

    WorkspaceSession* m_session;
    std::shared_ptr<const EarningsSnapshot> m_snapshot;
    int m_generation = 0; // a load's results count only when no newer load started
    QLabel* m_heading;
    QLabel* m_summary;
    MessageLabel* m_message;
    QPushButton* m_refresh = nullptr;
    QPushButton* m_verify = nullptr;
    QPushButton* m_export = nullptr;
    IdentityEarningsModel* m_identities;
    QTableView* m_identityTable;
    QTabWidget* m_tabs;
    EarningsCharts* m_charts;
    QTreeWidget* m_top;
    ReceiptTableModel* m_receipts;
    QTableView* m_receiptTable = nullptr;
    ReceiptExplanation* m_explanation = nullptr;
};

} // namespace fw::ui

// "Why did I earn this": one receipt's split (who got what, in which role) and its attribution
// lines, each with its record's datanet, version, share, what it earned and its text.
#pragma once

#include "ledger/EarningsService.h"

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace fw::ui {

class ReceiptExplanation : public QWidget
{
    Q_OBJECT
public:
    explicit ReceiptExplanation(QWidget* parent = nullptr);

    void clear();
    void setReceipt(const ledger::Receipt& receipt,
                    const std::vector<ledger::AttributionDetail>& details);
    QTreeWidget* tree() const { return m_tree; }
    QLabel* summary() const { return m_summary; }

private:
    QLabel* m_summary;
    QTreeWidget* m_tree;
};

} // namespace fw::ui

// "Why did I earn this": one receipt's split (who got what, in which role), the answer it paid for
// with the spans that came from training records highlighted, and its attribution lines, each with
// its record's datanet, version, share, what it earned, its text and its spans in the answer.
// Selecting a record's line marks its own spans in the answer more strongly.
#pragma once

#include "ledger/EarningsService.h"

#include <QWidget>
#include <optional>

class QLabel;
class QTextBrowser;
class QTreeWidget;

namespace fw::ui {

class ReceiptExplanation : public QWidget
{
    Q_OBJECT
public:
    explicit ReceiptExplanation(QWidget* parent = nullptr);

    void clear();
    void setReceipt(const ledger::Receipt& receipt, const ledger::ReceiptWhy& why);
    QTreeWidget* tree() const { return m_tree; }
    QLabel* summary() const { return m_summary; }
    QTextBrowser* answer() const { return m_answer; }

private:
    void showAnswer(const QByteArray& selectedRecord);

    QLabel* m_summary;
    QLabel* m_answerHeading;
    QTextBrowser* m_answer;
    QTreeWidget* m_tree;
    std::optional<ledger::AnswerTrace> m_trace;
};

} // namespace fw::ui

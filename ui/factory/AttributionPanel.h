// "Why this answer": the training records an answer's text comes from (span attribution), each
// with its datanet, contributor and share, and the answer with the matched spans highlighted.
#pragma once

#include "attribution/AttributionService.h"

#include <QWidget>

class QLabel;
class QTableWidget;
class QTextBrowser;

namespace fw::ui {

class AttributionPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AttributionPanel(QWidget* parent = nullptr);

    void showWorking(const QString& model);
    void showResult(const attribution::Attribution& result, const QString& answer);
    void showError(const QString& message);

    QTableWidget* table() const { return m_table; }
    QTextBrowser* answer() const { return m_answer; }
    QLabel* summary() const { return m_summary; }

private:
    QLabel* m_summary;
    QTableWidget* m_table; // a few dozen rows at most: one per attributed record
    QTextBrowser* m_answer;
};

} // namespace fw::ui

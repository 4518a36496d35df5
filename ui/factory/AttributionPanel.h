// "Why this answer": the training records an answer's text comes from (span attribution) or whose
// gradients moved a LoRA adapter towards it (gradient attribution), each with its datanet,
// contributor and share, and the answer with the matched spans highlighted.
#pragma once

#include "attribution/AttributionService.h"

#include <QWidget>
#include <memory>

class QComboBox;
class QLabel;
class QTableWidget;
class QTextBrowser;

namespace fw::ui {

class WorkspaceSession;

class AttributionPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AttributionPanel(WorkspaceSession* session, QWidget* parent = nullptr);

    // Traces `answer` (to `prompt`) to the training records of the registry model `model`, off the
    // GUI thread; shows itself, then the result; `finished` follows.
    void explain(const QString& model, const QString& prompt, const QString& answer);
    bool isWorking() const { return m_working; }

    void showWorking(const QString& model);
    void showResult(const attribution::Attribution& result, const QString& answer);
    void showError(const QString& message);

    // Spans, Gradient or Both (the combo's item data is the AttributionMethod); a change explains
    // the last answer again.
    attribution::AttributionMethod method() const;
    QComboBox* methodChoice() const { return m_method; }
    QTableWidget* table() const { return m_table; }
    QTextBrowser* answer() const { return m_answer; }
    QLabel* summary() const { return m_summary; }

signals:
    void finished();

private:
    WorkspaceSession* m_session;
    // One per workspace: it keeps the loaded indexes (thread-safe), shared with running jobs.
    std::shared_ptr<attribution::AttributionService> m_service;
    const store::Workspace* m_serviceWorkspace = nullptr;
    bool m_working = false;
    QString m_lastModel, m_lastPrompt, m_lastAnswer; // what a method change explains again
    QComboBox* m_method;
    QLabel* m_summary;
    QTableWidget* m_table; // a few dozen rows at most: one per attributed record
    QTextBrowser* m_answer;
};

} // namespace fw::ui

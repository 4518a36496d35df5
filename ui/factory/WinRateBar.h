// Under the Evaluation table: a reward model judges the fine-tuned answers against the base's
// (win rate), and one click makes a blind A/B campaign so that people judge the same pair.
#pragma once

#include "feedback/WinRate.h"
#include "models/ModelEntry.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;

namespace fw::ui {

class MlEngine;
class WorkspaceSession;

// One held-out prompt with both models' finished answers.
struct AnswerPair
{
    QString prompt;
    QString policy;
    QString baseline;
};

class WinRateBar : public QWidget
{
    Q_OBJECT
public:
    WinRateBar(WorkspaceSession* session, MlEngine* engine, QWidget* parent = nullptr);

    // The workspace's reward models become the judges; the chosen one stays when it still exists.
    void setEntries(const QList<models::ModelEntry>& entries);
    // The model evaluated and what it is compared with (empty: nothing to compare with). Clears
    // the last verdict.
    void setModels(const QString& policy, const QString& baseline);
    // Rows whose two answers are finished; `busy`: answers are still being generated.
    void setAnswers(const QList<AnswerPair>& pairs, bool busy);

    void judge();           // the win rate of the current answers
    void startAbCampaign(); // a blind pairwise campaign on the policy's held-out prompts
    bool isWorking() const { return m_working; }

    QComboBox* judgeBox() const { return m_judge; }
    QPushButton* judgeButton() const { return m_judgeButton; }
    QPushButton* abButton() const { return m_abButton; }
    QLabel* resultLabel() const { return m_result; }
    const QList<feedback::JudgedPrompt>& judged() const { return m_judged; }

signals:
    void verdictShown(); // a win rate (or why there is none) is shown
    void campaignCreated(qint64 campaignId);

private:
    void updateButtons();

    WorkspaceSession* m_session;
    MlEngine* m_engine;
    QString m_policy;
    QString m_baseline;
    QList<AnswerPair> m_pairs;
    bool m_answersBusy = false;
    bool m_working = false;
    QList<feedback::JudgedPrompt> m_judged;
    QComboBox* m_judge;
    QPushButton* m_judgeButton;
    QPushButton* m_abButton;
    QLabel* m_result;
};

} // namespace fw::ui

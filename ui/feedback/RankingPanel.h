// Ranking of N answers: keys name the answers best first (3, 1, 2 ranks the third shown answer
// first), the last one falls into place; 0 starts over. Turned into pairs by the core.
#pragma once

#include "ui/feedback/JudgementPanel.h"

class QLabel;
class QPushButton;

namespace fw::ui {

class RankingPanel : public JudgementPanel
{
    Q_OBJECT
public:
    explicit RankingPanel(QWidget* parent = nullptr);

    void setItem(const feedback::Label& base, bool blind) override;
    bool pressKey(int key) override;
    std::optional<feedback::Label> judgement() const override;
    void restore(const feedback::Label& label) override;
    QString keyHint() const override;
    QList<AnswerCard*> cards() const override { return m_cards; }

    void rankNext(int position); // the answer shown at `position` takes the next rank
    void clearRanking();
    QList<int> order() const { return m_order; } // shown positions, best first
    QPushButton* rankButton(int position) const { return m_buttons.value(position); }

private:
    void rebuild(int count);
    void showRanks();

    QList<AnswerCard*> m_cards;
    QList<QPushButton*> m_buttons;
    QList<QLabel*> m_ranks;
    QPushButton* m_clear;
    QWidget* m_grid;
    feedback::Label m_base;
    QList<int> m_order;
};

} // namespace fw::ui

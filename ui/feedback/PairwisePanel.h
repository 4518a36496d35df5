// Pairwise A/B: the two answers side by side and four choices, keys 1 to 4 or the buttons.
#pragma once

#include "ui/feedback/JudgementPanel.h"

class QButtonGroup;
class QPushButton;

namespace fw::ui {

class PairwisePanel : public JudgementPanel
{
    Q_OBJECT
public:
    // The buttons' order: the keys 1 to 4.
    enum Pick { LeftBetter, RightBetter, Tie, BothBad, PickCount };

    explicit PairwisePanel(QWidget* parent = nullptr);

    void setItem(const feedback::Label& base, bool blind) override;
    bool pressKey(int key) override;
    std::optional<feedback::Label> judgement() const override;
    void restore(const feedback::Label& label) override;
    QString keyHint() const override;
    QList<AnswerCard*> cards() const override { return m_cards; }

    QPushButton* button(Pick pick) const;
    void pick(Pick pick);

private:
    void retranslate();

    QList<AnswerCard*> m_cards;
    QButtonGroup* m_group;
    feedback::Label m_base;
};

} // namespace fw::ui

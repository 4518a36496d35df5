// Rating: each answer gets 1 to 5 and may be flagged wrong, harmful, off-topic or not following
// the instruction. Keys: 1-5 rate the highlighted answer and move on, arrows move, W H O I flag.
#pragma once

#include "ui/feedback/JudgementPanel.h"

class QButtonGroup;
class QCheckBox;
class QGridLayout;

namespace fw::ui {

class RatingPanel : public JudgementPanel
{
    Q_OBJECT
public:
    explicit RatingPanel(QWidget* parent = nullptr);

    void setItem(const feedback::Label& base, bool blind) override;
    bool pressKey(int key) override;
    std::optional<feedback::Label> judgement() const override;
    void restore(const feedback::Label& label) override;
    QString keyHint() const override;
    QList<AnswerCard*> cards() const override { return m_cards; }

    int active() const { return m_active; } // the shown position the keys rate
    void rate(int position, int stars);
    QCheckBox* flagBox(int position, feedback::AnswerFlag flag) const;

private:
    struct Column
    {
        QButtonGroup* stars = nullptr;
        QList<QCheckBox*> flags; // Wrong, Harmful, OffTopic, IgnoresInstruction
    };
    void rebuild(int count);
    void setActive(int position);
    void retranslate();

    QGridLayout* m_grid;
    QList<AnswerCard*> m_cards;
    QList<Column> m_columns;
    feedback::Label m_base;
    int m_active = 0;
};

} // namespace fw::ui

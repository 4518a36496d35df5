// Pairwise panel: a pick of the answer shown left or right is turned into A or B of the item's
// own order through the recorded shuffle (feedback::choiceAtPosition).
#include "ui/feedback/PairwisePanel.h"

#include "feedback/LabelingSession.h"
#include "ui/common/Retranslate.h"
#include "ui/feedback/AnswerCard.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QPushButton>
#include <QVBoxLayout>

namespace fw::ui {

PairwisePanel::PairwisePanel(QWidget* parent)
    : JudgementPanel(parent), m_group(new QButtonGroup(this))
{
    auto* answers = new QHBoxLayout;
    for (int i = 0; i < 2; ++i) {
        m_cards << new AnswerCard(this);
        answers->addWidget(m_cards.last(), 1);
    }
    auto* buttons = new QHBoxLayout;
    for (int i = 0; i < PickCount; ++i) {
        auto* b = new QPushButton(this);
        b->setCheckable(true);
        b->setFocusPolicy(Qt::NoFocus);
        m_group->addButton(b, i);
        buttons->addWidget(b);
    }
    m_group->setExclusive(true);
    connect(m_group, &QButtonGroup::idClicked, this, [this](int id) { pick(Pick(id)); });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(answers, 1);
    layout->addLayout(buttons);
    retranslated(this, [this] { retranslate(); });
}

void PairwisePanel::retranslate()
{
    button(LeftBetter)->setText(tr("1  Left is better"));
    button(RightBetter)->setText(tr("2  Right is better"));
    button(Tie)->setText(tr("3  Tie"));
    button(BothBad)->setText(tr("4  Both bad"));
}

QPushButton* PairwisePanel::button(Pick pick) const
{
    return qobject_cast<QPushButton*>(m_group->button(int(pick)));
}

void PairwisePanel::setItem(const feedback::Label& base, bool blind)
{
    m_base = base;
    for (int position = 0; position < 2; ++position) {
        const int answer = base.shown.isEmpty() ? position : base.shown.value(position);
        const feedback::Answer a = base.answers.value(answer);
        m_cards[position]->setAnswer([position, source = a.source, blind] { return heading(position, 2, source, blind); },
                                     a.text);
        m_cards[position]->setHighlighted(false);
    }
    // An exclusive group keeps one button checked; switch that off to clear it.
    m_group->setExclusive(false);
    for (QAbstractButton* b : m_group->buttons())
        b->setChecked(false);
    m_group->setExclusive(true);
    emit changed();
}

void PairwisePanel::pick(Pick pick)
{
    button(pick)->setChecked(true);
    m_cards[0]->setHighlighted(pick == LeftBetter);
    m_cards[1]->setHighlighted(pick == RightBetter);
    emit changed();
}

bool PairwisePanel::pressKey(int key)
{
    if (key < Qt::Key_1 || key >= Qt::Key_1 + PickCount || m_base.answers.isEmpty())
        return false;
    pick(Pick(key - Qt::Key_1));
    return true;
}

std::optional<feedback::Label> PairwisePanel::judgement() const
{
    const int id = m_group->checkedId();
    if (id < 0 || m_base.answers.isEmpty())
        return std::nullopt;
    feedback::Label l = m_base;
    switch (Pick(id)) {
    case LeftBetter:
        l.choice = feedback::choiceAtPosition(m_base.shown, 0);
        break;
    case RightBetter:
        l.choice = feedback::choiceAtPosition(m_base.shown, 1);
        break;
    case Tie:
        l.choice = feedback::Choice::Tie;
        break;
    case BothBad:
    case PickCount:
        l.choice = feedback::Choice::BothBad;
        break;
    }
    return l;
}

void PairwisePanel::restore(const feedback::Label& label)
{
    if (label.choice == feedback::Choice::Tie)
        return pick(Tie);
    if (label.choice == feedback::Choice::BothBad)
        return pick(BothBad);
    pick(feedback::choiceAtPosition(label.shown, 0) == label.choice ? LeftBetter : RightBetter);
}

QString PairwisePanel::keyHint() const
{
    return tr("1 left better · 2 right better · 3 tie · 4 both bad · Enter submit · Backspace "
              "skip · Ctrl+Z undo");
}

} // namespace fw::ui

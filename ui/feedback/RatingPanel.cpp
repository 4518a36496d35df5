// Rating panel: one column per shown answer; ratings and flags are stored by the answer's index in
// the item's own order, whatever position it was shown at.
#include "ui/feedback/RatingPanel.h"

#include "ui/common/Retranslate.h"
#include "ui/feedback/AnswerCard.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QPushButton>

namespace fw::ui {

namespace {
const feedback::AnswerFlag kFlags[] = {feedback::Wrong, feedback::Harmful, feedback::OffTopic,
                                       feedback::IgnoresInstruction};
const int kFlagKeys[] = {Qt::Key_W, Qt::Key_H, Qt::Key_O, Qt::Key_I};

int flagIndex(feedback::AnswerFlag flag)
{
    for (int i = 0; i < 4; ++i)
        if (kFlags[i] == flag)
            return i;
    return 0;
}
} // namespace

RatingPanel::RatingPanel(QWidget* parent) : JudgementPanel(parent), m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    retranslated(this, [this] { retranslate(); });
}

void RatingPanel::rebuild(int count)
{
    if (m_cards.size() == count)
        return;
    for (Column& c : m_columns) {
        qDeleteAll(c.stars->buttons());
        delete c.stars;
    }
    // Cards, flag boxes and the emptied rows of rating buttons.
    while (QLayoutItem* item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item; // a row of rating buttons is a layout, and the item is that layout itself
    }
    m_cards.clear();
    m_columns.clear();
    for (int position = 0; position < count; ++position) {
        auto* card = new AnswerCard(this);
        Column column;
        column.stars = new QButtonGroup(this);
        auto* stars = new QHBoxLayout;
        for (int s = 1; s <= 5; ++s) {
            auto* b = new QPushButton(QString::number(s), this);
            b->setCheckable(true);
            b->setFocusPolicy(Qt::NoFocus);
            b->setMinimumWidth(32);
            column.stars->addButton(b, s);
            stars->addWidget(b);
        }
        connect(column.stars, &QButtonGroup::idClicked, this,
                [this, position](int s) { rate(position, s); });
        m_grid->addWidget(card, 0, position);
        m_grid->addLayout(stars, 1, position);
        for (int f = 0; f < 4; ++f) {
            auto* box = new QCheckBox(this);
            box->setFocusPolicy(Qt::NoFocus);
            connect(box, &QCheckBox::toggled, this, &JudgementPanel::changed);
            column.flags << box;
            m_grid->addWidget(box, 2 + f, position);
        }
        m_grid->setColumnStretch(position, 1);
        m_cards << card;
        m_columns << column;
    }
    m_grid->setRowStretch(0, 1);
    retranslate();
}

void RatingPanel::retranslate()
{
    for (const Column& c : m_columns) {
        // The keys, not mnemonics: every column would claim the same Alt+letter.
        c.flags[0]->setText(tr("Wrong (W)"));
        c.flags[1]->setText(tr("Harmful (H)"));
        c.flags[2]->setText(tr("Off-topic (O)"));
        c.flags[3]->setText(tr("Ignores the instruction (I)"));
    }
}

void RatingPanel::setItem(const feedback::Label& base, bool blind)
{
    m_base = base;
    const int count = int(base.answers.size());
    rebuild(count);
    for (int position = 0; position < count; ++position) {
        const feedback::Answer a =
            base.answers.value(base.shown.isEmpty() ? position : base.shown.value(position));
        m_cards[position]->setAnswer(
            [position, count, source = a.source, blind] { return heading(position, count, source, blind); }, a.text);
        Column& c = m_columns[position];
        c.stars->setExclusive(false);
        for (QAbstractButton* b : c.stars->buttons())
            b->setChecked(false);
        c.stars->setExclusive(true);
        for (QCheckBox* box : c.flags)
            box->setChecked(false);
    }
    setActive(0);
    emit changed();
}

void RatingPanel::setActive(int position)
{
    m_active = qBound(0, position, int(m_cards.size()) - 1);
    for (int i = 0; i < m_cards.size(); ++i)
        m_cards[i]->setHighlighted(i == m_active);
}

void RatingPanel::rate(int position, int stars)
{
    if (position < 0 || position >= m_columns.size())
        return;
    m_columns[position].stars->button(stars)->setChecked(true);
    // Move on to the next answer still unrated, so 4, 2, Enter labels two answers.
    for (int step = 1; step <= m_columns.size(); ++step) {
        const int next = (position + step) % int(m_columns.size());
        if (m_columns[next].stars->checkedId() < 0) {
            setActive(next);
            break;
        }
    }
    emit changed();
}

QCheckBox* RatingPanel::flagBox(int position, feedback::AnswerFlag flag) const
{
    return m_columns.value(position).flags.value(flagIndex(flag));
}

bool RatingPanel::pressKey(int key)
{
    if (m_cards.isEmpty())
        return false;
    if (key >= Qt::Key_1 && key <= Qt::Key_5) {
        rate(m_active, key - Qt::Key_0);
        return true;
    }
    if (key == Qt::Key_Left || key == Qt::Key_Right) {
        setActive(m_active + (key == Qt::Key_Left ? -1 : 1));
        return true;
    }
    for (int f = 0; f < 4; ++f)
        if (key == kFlagKeys[f]) {
            QCheckBox* box = m_columns[m_active].flags[f];
            box->setChecked(!box->isChecked());
            return true;
        }
    return false;
}

std::optional<feedback::Label> RatingPanel::judgement() const
{
    if (m_columns.isEmpty())
        return std::nullopt;
    feedback::Label l = m_base;
    for (int position = 0; position < m_columns.size(); ++position) {
        const int stars = m_columns[position].stars->checkedId();
        if (stars < 1)
            return std::nullopt;
        const int answer = l.shown.isEmpty() ? position : l.shown.value(position);
        l.ratings[answer] = stars;
        int flags = 0;
        for (int f = 0; f < 4; ++f)
            if (m_columns[position].flags[f]->isChecked())
                flags |= kFlags[f];
        l.flags[answer] = flags;
    }
    return l;
}

void RatingPanel::restore(const feedback::Label& label)
{
    for (int position = 0; position < m_columns.size(); ++position) {
        const int answer = label.shown.isEmpty() ? position : label.shown.value(position);
        if (label.ratings.value(answer) > 0)
            m_columns[position].stars->button(label.ratings.value(answer))->setChecked(true);
        for (int f = 0; f < 4; ++f)
            m_columns[position].flags[f]->setChecked(label.flags.value(answer) & kFlags[f]);
    }
    setActive(0);
    emit changed();
}

QString RatingPanel::keyHint() const
{
    return tr("1-5 rate the highlighted answer · ←/→ move · W wrong · H harmful · O off-topic · "
              "I ignores the instruction · Enter submit · Backspace skip · Ctrl+Z undo");
}

} // namespace fw::ui

// Ranking panel: answers in a grid of two columns, each with its rank and a "Rank next" button.
#include "ui/feedback/RankingPanel.h"

#include "ui/common/Retranslate.h"
#include "ui/feedback/AnswerCard.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace fw::ui {

RankingPanel::RankingPanel(QWidget* parent)
    : JudgementPanel(parent), m_clear(new QPushButton(this)), m_grid(new QWidget(this))
{
    m_clear->setFocusPolicy(Qt::NoFocus);
    new QGridLayout(m_grid);
    m_grid->layout()->setContentsMargins(0, 0, 0, 0);
    auto* bottom = new QHBoxLayout;
    bottom->addStretch();
    bottom->addWidget(m_clear);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_grid, 1);
    layout->addLayout(bottom);
    connect(m_clear, &QPushButton::clicked, this, &RankingPanel::clearRanking);
    retranslated(this, [this] {
        m_clear->setText(tr("0  Start over"));
        showRanks();
    });
}

void RankingPanel::rebuild(int count)
{
    if (m_cards.size() == count)
        return;
    auto* grid = static_cast<QGridLayout*>(m_grid->layout());
    while (QLayoutItem* item = grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_cards.clear();
    m_buttons.clear();
    m_ranks.clear();
    for (int position = 0; position < count; ++position) {
        auto* cell = new QWidget(m_grid);
        auto* card = new AnswerCard(cell);
        auto* rank = new QLabel(cell);
        auto* button = new QPushButton(cell);
        button->setFocusPolicy(Qt::NoFocus);
        auto* row = new QHBoxLayout;
        row->addWidget(rank, 1);
        row->addWidget(button);
        auto* v = new QVBoxLayout(cell);
        v->setContentsMargins(0, 0, 0, 0);
        v->addWidget(card, 1);
        v->addLayout(row);
        grid->addWidget(cell, position / 2, position % 2);
        connect(button, &QPushButton::clicked, this, [this, position] { rankNext(position); });
        m_cards << card;
        m_ranks << rank;
        m_buttons << button;
    }
}

void RankingPanel::setItem(const feedback::Label& base, bool blind)
{
    m_base = base;
    const int count = int(base.answers.size());
    rebuild(count);
    for (int position = 0; position < count; ++position) {
        const feedback::Answer a =
            base.answers.value(base.shown.isEmpty() ? position : base.shown.value(position));
        m_cards[position]->setAnswer(
            [position, count, source = a.source, blind] { return heading(position, count, source, blind); }, a.text);
    }
    m_order.clear();
    showRanks();
    emit changed();
}

void RankingPanel::rankNext(int position)
{
    if (position < 0 || position >= m_cards.size() || m_order.contains(position))
        return;
    m_order << position;
    if (m_order.size() == m_cards.size() - 1) // the last answer left takes the last rank
        for (int p = 0; p < m_cards.size(); ++p)
            if (!m_order.contains(p))
                m_order << p;
    showRanks();
    emit changed();
}

void RankingPanel::clearRanking()
{
    m_order.clear();
    showRanks();
    emit changed();
}

void RankingPanel::showRanks()
{
    for (int position = 0; position < m_cards.size(); ++position) {
        const int rank = int(m_order.indexOf(position));
        m_ranks[position]->setText(rank < 0 ? tr("Not ranked yet") : tr("Rank %1").arg(rank + 1));
        m_buttons[position]->setText(tr("%1  Rank next").arg(position + 1));
        m_buttons[position]->setEnabled(rank < 0);
        m_cards[position]->setHighlighted(rank == 0);
    }
}

bool RankingPanel::pressKey(int key)
{
    if (key == Qt::Key_0) {
        clearRanking();
        return true;
    }
    if (key >= Qt::Key_1 && key < Qt::Key_1 + m_cards.size()) {
        rankNext(key - Qt::Key_1);
        return true;
    }
    return false;
}

std::optional<feedback::Label> RankingPanel::judgement() const
{
    if (m_cards.isEmpty() || m_order.size() != m_cards.size())
        return std::nullopt;
    feedback::Label l = m_base;
    l.ranking.clear();
    for (int position : m_order)
        l.ranking << (l.shown.isEmpty() ? position : l.shown.value(position));
    return l;
}

void RankingPanel::restore(const feedback::Label& label)
{
    m_order.clear();
    for (int answer : label.ranking)
        m_order << int(label.shown.isEmpty() ? answer : label.shown.indexOf(answer));
    showRanks();
    emit changed();
}

QString RankingPanel::keyHint() const
{
    return tr("Press the answers' numbers best first · 0 start over · Enter submit · Backspace "
              "skip · Ctrl+Z undo");
}

} // namespace fw::ui

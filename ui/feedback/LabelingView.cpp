// Labeling view: keys and buttons to the controller, its state back onto the screen.
#include "ui/feedback/LabelingView.h"

#include "ui/common/MessageLabel.h"
#include "ui/common/Retranslate.h"
#include "ui/feedback/AnswerCard.h"
#include "ui/feedback/LabelingController.h"
#include "ui/feedback/PairwisePanel.h"
#include "ui/feedback/RankingPanel.h"
#include "ui/feedback/RatingPanel.h"
#include "ui/feedback/RewritePanel.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace fw::ui {

namespace {
QString pickText(const feedback::Label& l)
{
    switch (l.mode) {
    case feedback::LabelMode::Pairwise: {
        if (l.choice == feedback::Choice::Tie)
            return LabelingView::tr("you called it a tie");
        if (l.choice == feedback::Choice::BothBad)
            return LabelingView::tr("you found both bad");
        const int answer = l.choice == feedback::Choice::A ? 0 : 1;
        return LabelingView::tr("you preferred %1").arg(l.answers.value(answer).source);
    }
    case feedback::LabelMode::Rating:
        return LabelingView::tr("your ratings are saved");
    case feedback::LabelMode::Rewrite:
        return LabelingView::tr("your rewrite replaces %1's answer").arg(l.answers.value(0).source);
    case feedback::LabelMode::Ranking:
        return LabelingView::tr("you ranked %1 first")
            .arg(l.answers.value(l.ranking.value(0)).source);
    }
    return {};
}
} // namespace

LabelingView::LabelingView(LabelingController* controller, QWidget* parent)
    : QWidget(parent), m_controller(controller), m_prompt(new QLabel(this)),
      m_panels(new QStackedWidget(this)), m_waiting(new QLabel(this)), m_hint(new QLabel(this)),
      m_submit(new QPushButton(this)), m_skip(new QPushButton(this)), m_undo(new QPushButton(this)),
      m_progress(new QProgressBar(this)), m_count(new QLabel(this)), m_reveal(new QLabel(this)),
      m_destination(new QLabel(this)), m_openDatanet(new QPushButton(this)),
      m_message(new MessageLabel(this))
{
    setFocusPolicy(Qt::StrongFocus);
    m_prompt->setWordWrap(true);
    m_prompt->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont promptFont = m_prompt->font();
    promptFont.setPointSizeF(promptFont.pointSizeF() * 1.15);
    m_prompt->setFont(promptFont);
    m_waiting->setWordWrap(true);
    m_waiting->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_hint->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_reveal->setWordWrap(true);
    m_destination->setWordWrap(true);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(10);
    for (QPushButton* b : {m_submit, m_skip, m_undo, m_openDatanet})
        b->setFocusPolicy(Qt::NoFocus);
    m_byMode = {new PairwisePanel(this), new RatingPanel(this), new RewritePanel(this),
                new RankingPanel(this)};
    m_panels->addWidget(m_waiting);
    for (JudgementPanel* p : m_byMode) {
        m_panels->addWidget(p);
        connect(p, &JudgementPanel::changed, this, &LabelingView::updateButtons);
    }

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_submit);
    actions->addWidget(m_skip);
    actions->addWidget(m_undo);
    actions->addSpacing(12);
    actions->addWidget(m_progress, 1);
    actions->addWidget(m_count);
    auto* destination = new QHBoxLayout;
    destination->addWidget(m_destination, 1);
    destination->addWidget(m_openDatanet);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_prompt);
    layout->addWidget(m_panels, 1);
    layout->addWidget(m_hint);
    layout->addLayout(actions);
    layout->addWidget(m_reveal);
    layout->addLayout(destination);
    layout->addWidget(m_message);

    connect(m_submit, &QPushButton::clicked, this, &LabelingView::submit);
    connect(m_skip, &QPushButton::clicked, this, &LabelingView::skip);
    connect(m_undo, &QPushButton::clicked, this, &LabelingView::undo);
    connect(m_openDatanet, &QPushButton::clicked, this,
            [this] { emit openDatanetRequested(m_campaign.datanetId); });
    // The rewrite editor keeps plain Enter and Backspace; these reach the view from it too.
    for (const QKeySequence& keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(keys, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut),
                &QShortcut::activated, this, &LabelingView::submit);
    connect(
        new QShortcut(QKeySequence::Undo, this, nullptr, nullptr, Qt::WidgetWithChildrenShortcut),
        &QShortcut::activated, this, &LabelingView::undo);

    connect(m_controller, &LabelingController::stateChanged, this, &LabelingView::showState);
    connect(m_controller, &LabelingController::submitted, this, &LabelingView::showReveal);
    connect(m_controller, &LabelingController::undone, this, [this](const feedback::Label& l) {
        m_shownItem = 0; // the taken-back item comes again, with its judgement
        m_reveal->clear();
        showState();
        if (m_controller->state().item &&
            QString::number(m_controller->state().item->item.id) == l.item)
            panel()->restore(l);
    });
    connect(m_controller, &LabelingController::failed, this,
            [this](const QString& message) { m_message->showMessage(message, true); });
    retranslated(this, [this] { retranslate(); });
}

void LabelingView::retranslate()
{
    m_submit->setText(tr("Submit (Enter)"));
    m_skip->setText(tr("&Skip (Backspace)"));
    m_undo->setText(tr("&Undo (Ctrl+Z)"));
    m_openDatanet->setText(tr("&Open Datanet"));
    m_progress->setAccessibleName(tr("Labeling progress"));
    showState();
}

JudgementPanel* LabelingView::panel() const
{
    return m_byMode.value(int(m_campaign.mode));
}

void LabelingView::setCampaign(const feedback::Campaign& campaign, const QString& datanetName)
{
    m_campaign = campaign;
    m_datanetName = datanetName;
    m_shownItem = 0;
    m_reveal->clear();
    m_message->showMessage({});
    m_openDatanet->setToolTip(tr("Show %1 on the Datanets page").arg(datanetName));
    showState();
}

void LabelingView::setGenerating(bool generating)
{
    m_generating = generating;
    if (!m_controller->state().item)
        showState();
}

void LabelingView::showState()
{
    const LabelingState& s = m_controller->state();
    const feedback::CampaignProgress& p = s.progress;
    m_progress->setMaximum(int(qMax<qint64>(1, p.items)));
    m_progress->setValue(int(qMin(p.mine, p.items)));
    const QString pace = s.pace > 0 ? tr(" · %1 labels/s").arg(s.pace, 0, 'f', 2) : QString();
    m_count->setText(tr("%1 of %2 labeled · %3 left")
                         .arg(p.mine)
                         .arg(p.items)
                         .arg(qMax<qint64>(0, p.items - p.mine)) +
                     pace);
    m_destination->setText(
        s.pairsAdded > 0
            ? tr("%1 pairs added to %2 as signed contributions.")
                  .arg(s.pairsAdded)
                  .arg(m_datanetName)
            : tr("Labels go to %1 as signed contributions of the labeler.").arg(m_datanetName));
    m_openDatanet->setVisible(m_campaign.datanetId != 0);
    if (!m_controller->isActive() || !s.item) {
        m_shownItem = 0;
        m_prompt->clear();
        m_hint->clear();
        m_panels->setCurrentWidget(m_waiting);
        if (!m_controller->isActive())
            m_waiting->setText(tr("Choose a campaign and a labeler."));
        else if (p.items == 0) // the session's first state is still on its way
            m_waiting->setText(tr("Loading the campaign…"));
        else if (m_generating || p.answered < p.items)
            m_waiting->setText(tr("Waiting for answers: %1 of %2 items are answered so far. "
                                  "Items appear here as soon as their answers are ready.")
                                   .arg(p.answered)
                                   .arg(p.items));
        else
            m_waiting->setText(tr("Nothing left for you to label in this campaign. Thank you! "
                                  "The Agreement tab shows how the labelers agree."));
        updateButtons();
        return;
    }
    JudgementPanel* current = panel();
    m_panels->setCurrentWidget(current);
    m_hint->setText(current->keyHint());
    if (s.item->item.id != m_shownItem) {
        m_shownItem = s.item->item.id;
        m_prompt->setText(s.item->item.prompt);
        current->setItem(m_controller->labelFor(*s.item), m_campaign.blind);
        if (QWidget* target = current->focusTarget())
            target->setFocus();
        else if (isVisible())
            setFocus();
    }
    updateButtons();
}

void LabelingView::updateButtons()
{
    const bool item = m_controller->state().item.has_value() && m_shownItem != 0;
    m_submit->setEnabled(item && panel() && panel()->judgement().has_value());
    m_skip->setEnabled(item);
    m_undo->setEnabled(m_controller->state().canUndo);
}

void LabelingView::showReveal(const feedback::Label& label)
{
    QStringList shown;
    const int count = int(label.answers.size());
    for (int position = 0; position < count; ++position) {
        const int answer = label.shown.isEmpty() ? position : label.shown.value(position);
        shown << tr("%1 was %2")
                     .arg(JudgementPanel::heading(position, count, {}, true),
                          label.answers.value(answer).source);
    }
    m_reveal->setText(tr("Last item: %1; %2.").arg(shown.join(tr(", ")), pickText(label)));
}

void LabelingView::submit()
{
    if (m_controller->isBusy() || m_shownItem == 0 || !panel())
        return;
    const std::optional<feedback::Label> label = panel()->judgement();
    if (!label) {
        m_message->showMessage(tr("Make a choice first: %1").arg(panel()->keyHint()));
        return;
    }
    m_message->showMessage({});
    m_controller->submit(*label);
}

void LabelingView::skip()
{
    if (m_controller->isBusy() || m_shownItem == 0)
        return;
    m_controller->skip(m_shownItem);
}

void LabelingView::undo()
{
    if (m_controller->isBusy() || !m_controller->state().canUndo)
        return;
    m_controller->undo();
}

void LabelingView::keyPressEvent(QKeyEvent* event)
{
    const int key = event->key();
    if (key == Qt::Key_Return || key == Qt::Key_Enter)
        submit();
    else if (key == Qt::Key_Backspace)
        skip();
    else if (!panel() || m_shownItem == 0 || !panel()->pressKey(key))
        return QWidget::keyPressEvent(event);
    event->accept();
}

} // namespace fw::ui

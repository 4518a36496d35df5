// The part of the labeling view that differs by mode: shows one item's answers in the order the
// labeler sees them and collects the judgement from keys or the mouse. Sources stay hidden while
// the campaign is blind.
#pragma once

#include "feedback/FeedbackLabel.h"

#include <QWidget>
#include <optional>

namespace fw::ui {

class AnswerCard;

class JudgementPanel : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    // `base` comes from LabelingSession::labelFor: answers in item order and the shuffle.
    virtual void setItem(const feedback::Label& base, bool blind) = 0;
    // A key the labeling view did not use itself (digits, letters); true when it was used.
    virtual bool pressKey(int key) = 0;
    // The label with its judgement, once complete; nullopt until then.
    virtual std::optional<feedback::Label> judgement() const = 0;
    // After Ctrl+Z: the taken-back label's judgement, shown again for correction.
    virtual void restore(const feedback::Label& label) = 0;
    // One line on the keys this mode takes.
    virtual QString keyHint() const = 0;
    virtual QList<AnswerCard*> cards() const = 0;
    // Where the keyboard goes when an item is shown (the rewrite editor); nullptr: the view.
    virtual QWidget* focusTarget() const { return nullptr; }

    // The heading of the answer shown at `position` of `count`: "Left"/"Right" for two, else
    // "Answer N"; with the source added when not blind.
    static QString heading(int position, int count, const QString& source, bool blind);

signals:
    void changed();
};

} // namespace fw::ui

// Rewrite: the labeler edits the answer shown first into a better one; the edit becomes "chosen"
// and the original "rejected". The editor takes the keyboard; Ctrl+Enter submits.
#pragma once

#include "ui/feedback/JudgementPanel.h"

class QPlainTextEdit;

namespace fw::ui {

class RewritePanel : public JudgementPanel
{
    Q_OBJECT
public:
    explicit RewritePanel(QWidget* parent = nullptr);

    void setItem(const feedback::Label& base, bool blind) override;
    bool pressKey(int) override { return false; }
    std::optional<feedback::Label> judgement() const override;
    void restore(const feedback::Label& label) override;
    QString keyHint() const override;
    QList<AnswerCard*> cards() const override { return {m_original}; }
    QWidget* focusTarget() const override;

    QPlainTextEdit* editor() const { return m_editor; }

    // The label with the answer shown first moved to answers[0] (the one a rewrite replaces),
    // the shuffle renumbered to match.
    static feedback::Label editedFirst(const feedback::Label& base);

private:
    AnswerCard* m_original;
    QPlainTextEdit* m_editor;
    feedback::Label m_base;
};

} // namespace fw::ui

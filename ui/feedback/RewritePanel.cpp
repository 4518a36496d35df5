// Rewrite panel: the original beside an editor that starts as a copy of it.
#include "ui/feedback/RewritePanel.h"

#include "ui/common/Retranslate.h"
#include "ui/feedback/AnswerCard.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace fw::ui {

RewritePanel::RewritePanel(QWidget* parent)
    : JudgementPanel(parent), m_original(new AnswerCard(this)), m_editor(new QPlainTextEdit(this))
{
    auto* editorTitle = new QLabel(this);
    QFont bold = editorTitle->font();
    bold.setBold(true);
    editorTitle->setFont(bold);
    editorTitle->setBuddy(m_editor);
    auto* right = new QVBoxLayout;
    right->setContentsMargins(8, 6, 8, 6);
    right->addWidget(editorTitle);
    right->addWidget(m_editor, 1);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_original, 1);
    layout->addLayout(right, 1);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &JudgementPanel::changed);
    retranslated(this, [editorTitle, this] {
        editorTitle->setText(tr("&Your better answer"));
        m_editor->setAccessibleName(tr("Your better answer"));
    });
}

feedback::Label RewritePanel::editedFirst(const feedback::Label& base)
{
    const int count = int(base.answers.size());
    const int edited = base.shown.isEmpty() ? 0 : base.shown.value(0);
    QList<int> order{edited}; // order[newIndex] = old index
    for (int i = 0; i < count; ++i)
        if (i != edited)
            order << i;
    QList<int> newIndex(count, 0);
    feedback::Label l = base;
    l.answers.clear();
    for (int k = 0; k < count; ++k) {
        newIndex[order[k]] = k;
        l.answers << base.answers[order[k]];
    }
    l.shown.clear();
    for (int position = 0; position < count; ++position)
        l.shown << newIndex[base.shown.isEmpty() ? position : base.shown[position]];
    return l;
}

void RewritePanel::setItem(const feedback::Label& base, bool blind)
{
    m_base = editedFirst(base);
    const feedback::Answer a = m_base.answers.value(0);
    m_original->setAnswer([source = a.source, blind] { return heading(0, 1, source, blind); }, a.text);
    m_editor->setPlainText(a.text);
    m_editor->moveCursor(QTextCursor::End);
}

std::optional<feedback::Label> RewritePanel::judgement() const
{
    feedback::Label l = m_base;
    l.rewrite = m_editor->toPlainText().trimmed();
    if (l.answers.isEmpty() || l.rewrite.isEmpty() || l.rewrite == l.answers.first().text.trimmed())
        return std::nullopt;
    return l;
}

void RewritePanel::restore(const feedback::Label& label)
{
    m_editor->setPlainText(label.rewrite);
    m_editor->moveCursor(QTextCursor::End);
}

QString RewritePanel::keyHint() const
{
    return tr("Edit the answer into a better one · Ctrl+Enter submit · Skip and Undo buttons "
              "(Alt+S, Alt+U)");
}

QWidget* RewritePanel::focusTarget() const
{
    return m_editor;
}

} // namespace fw::ui

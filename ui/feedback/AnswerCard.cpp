// Answer card layout.
#include "ui/feedback/AnswerCard.h"

#include "ui/common/Retranslate.h"

#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace fw::ui {

AnswerCard::AnswerCard(QWidget* parent)
    : QFrame(parent), m_heading(new QLabel(this)), m_text(new QTextBrowser(this))
{
    setFrameShape(QFrame::StyledPanel);
    setFocusPolicy(Qt::NoFocus);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    m_text->setFocusPolicy(Qt::NoFocus);
    m_text->setOpenLinks(false);
    m_text->setMinimumHeight(70);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_heading);
    layout->addWidget(m_text, 1);
    retranslated(this, [this] {
        if (m_headingText)
            m_heading->setText(m_headingText());
    });
}

void AnswerCard::setAnswer(std::function<QString()> heading, const QString& text)
{
    m_headingText = std::move(heading);
    m_heading->setText(m_headingText ? m_headingText() : QString());
    m_text->setPlainText(text);
}

void AnswerCard::setHighlighted(bool on)
{
    // A palette-independent cue: a thicker, coloured frame around the chosen answer.
    setStyleSheet(on ? QStringLiteral("fw--ui--AnswerCard { border: 2px solid #2563eb; }")
                     : QString());
}

QString AnswerCard::heading() const
{
    return m_heading->text();
}

QString AnswerCard::text() const
{
    return m_text->toPlainText();
}

} // namespace fw::ui

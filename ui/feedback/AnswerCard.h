// One answer as a labeler sees it: a heading ("Left", "Answer 2", or the model once revealed) over
// the read-only text. Never takes keyboard focus, so digits and Enter stay with the labeling view.
#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QTextBrowser;

namespace fw::ui {

class AnswerCard : public QFrame
{
    Q_OBJECT
public:
    explicit AnswerCard(QWidget* parent = nullptr);

    // `heading` is asked again when the language changes, so "Left" follows a switch at once.
    void setAnswer(std::function<QString()> heading, const QString& text);
    void setHighlighted(bool on); // the chosen or the active answer
    QString heading() const;
    QString text() const;
    QLabel* headingLabel() const { return m_heading; }

private:
    std::function<QString()> m_headingText;
    QLabel* m_heading;
    QTextBrowser* m_text;
};

} // namespace fw::ui

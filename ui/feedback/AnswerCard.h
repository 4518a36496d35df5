// One answer as a labeler sees it: a heading ("Left", "Answer 2", or the model once revealed) over
// the read-only text. Never takes keyboard focus, so digits and Enter stay with the labeling view.
#pragma once

#include <QFrame>

class QLabel;
class QTextBrowser;

namespace fw::ui {

class AnswerCard : public QFrame
{
    Q_OBJECT
public:
    explicit AnswerCard(QWidget* parent = nullptr);

    void setAnswer(const QString& heading, const QString& text);
    void setHighlighted(bool on); // the chosen or the active answer
    QString heading() const;
    QString text() const;
    QLabel* headingLabel() const { return m_heading; }

private:
    QLabel* m_heading;
    QTextBrowser* m_text;
};

} // namespace fw::ui

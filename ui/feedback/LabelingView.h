// The labeling panel of a campaign: the prompt, the mode's judgement panel, Submit / Skip / Undo,
// progress with the items left and the pace, the sources revealed after each submit, and where
// the labels went. Keyboard first: digits choose, Enter submits, Backspace skips, Ctrl+Z undoes.
#pragma once

#include "feedback/Campaign.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace fw::ui {

class JudgementPanel;
class LabelingController;
class MessageLabel;

class LabelingView : public QWidget
{
    Q_OBJECT
public:
    LabelingView(LabelingController* controller, QWidget* parent = nullptr);

    // The campaign being labeled and the name of the datanet its labels go to.
    void setCampaign(const feedback::Campaign& campaign, const QString& datanetName);
    // Set while answers are still being generated, for the "waiting" text.
    void setGenerating(bool generating);

    // The actions, public so that tests reach the same code paths as the keys and buttons.
    void submit();
    void skip();
    void undo();

    JudgementPanel* panel() const; // the current mode's
    QLabel* promptLabel() const { return m_prompt; }
    QLabel* revealLabel() const { return m_reveal; }
    QLabel* countLabel() const { return m_count; }
    QLabel* destinationLabel() const { return m_destination; }
    QLabel* hintLabel() const { return m_hint; }
    QProgressBar* progressBar() const { return m_progress; }
    QPushButton* submitButton() const { return m_submit; }
    QPushButton* skipButton() const { return m_skip; }
    QPushButton* undoButton() const { return m_undo; }
    QPushButton* openDatanetButton() const { return m_openDatanet; }

signals:
    void openDatanetRequested(qint64 datanetId);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void showState();
    void showReveal(const feedback::Label& label);
    void updateButtons();
    void retranslate();

    LabelingController* m_controller;
    feedback::Campaign m_campaign;
    QString m_datanetName;
    bool m_generating = false;
    qint64 m_shownItem = 0; // the item on screen, so a refresh does not wipe a judgement
    QLabel* m_prompt;
    QStackedWidget* m_panels;
    QList<JudgementPanel*> m_byMode; // indexed by feedback::LabelMode
    QLabel* m_waiting;
    QLabel* m_hint;
    QPushButton* m_submit;
    QPushButton* m_skip;
    QPushButton* m_undo;
    QProgressBar* m_progress;
    QLabel* m_count;
    QLabel* m_reveal;
    QLabel* m_destination;
    QPushButton* m_openDatanet;
    MessageLabel* m_message;
};

} // namespace fw::ui

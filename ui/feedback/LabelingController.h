// One labeler's LabelingSession on a thread of its own: every database step (the next item,
// signing and writing labels, progress) runs there in order, and the results come back to the GUI
// thread as signals, so keys are answered at once while answers are generated beside it.
#pragma once

#include "feedback/LabelingSession.h"

#include <QFuture>
#include <QObject>
#include <QThreadPool>
#include <functional>
#include <memory>
#include <optional>

namespace fw::ui {

class WorkspaceSession;

// What the labeling panel shows after each step.
struct LabelingState
{
    std::optional<feedback::PresentedItem> item; // nullopt: nothing to label now
    feedback::CampaignProgress progress;
    double pace = 0;       // labels per second in this session
    bool canUndo = false;  // a submitted label is still held back
    qint64 pairsAdded = 0; // preference records this campaign's labels gave the datanet
};

class LabelingController : public QObject
{
    Q_OBJECT
public:
    explicit LabelingController(WorkspaceSession* session, QObject* parent = nullptr);
    ~LabelingController() override; // writes the held-back label and waits for the worker

    // Ends the session before (writing its held-back label) and starts one for `labeler`.
    void start(const feedback::Campaign& campaign, const QString& labeler);
    void stop();
    bool isActive() const { return m_session != nullptr; }
    bool isBusy() const { return m_pending > 0; }
    const LabelingState& state() const { return m_state; }
    // Everything but the judgement filled in (campaign, labeler, answers, the shuffle).
    feedback::Label labelFor(const feedback::PresentedItem& item) const;

    void refresh(); // the item and progress again (answers arrived, another labeler labeled)
    void submit(const feedback::Label& label);
    void skip(qint64 itemId);
    void undo();
    void flush(); // writes the held-back label now (before the Agreement panel reads labels)

signals:
    void stateChanged();
    // `label` is the one just submitted: its answers' sources may now be shown.
    void submitted(const fw::feedback::Label& label);
    void undone(const fw::feedback::Label& label);
    void flushed();
    void failed(const QString& message);

private:
    using Step = std::function<Status(feedback::LabelingSession& session)>;
    // Runs `step` then reads the state, on the worker; `done` runs on the GUI thread.
    void run(Step step, std::function<void()> done = {});

    WorkspaceSession* m_workspaceSession;
    std::shared_ptr<feedback::LabelingSession> m_session;
    LabelingState m_state;
    int m_pending = 0;
    int m_generation = 0; // results of an older session's steps are dropped
    // One thread, so the steps run in the order they were asked for.
    QThreadPool m_thread;
};

} // namespace fw::ui

// The labeling session's steps on the worker thread and their results on the GUI thread.
#include "ui/feedback/LabelingController.h"

#include "feedback/LabelStore.h"
#include "store/Workspace.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QMetaObject>
#include <QtConcurrent/QtConcurrentRun>

namespace fw::ui {

namespace {
Result<LabelingState> readState(feedback::LabelingSession& session, store::Workspace& workspace)
{
    LabelingState state;
    Result<std::optional<feedback::PresentedItem>> item = session.current();
    if (!item)
        return item.error();
    state.item = std::move(*item);
    Result<feedback::CampaignProgress> progress = session.progress();
    if (!progress)
        return progress.error();
    state.progress = *progress;
    Result<qint64> pairs = feedback::LabelStore(workspace).recordCount(session.campaign().datanetId,
                                                                       session.campaign().name);
    if (!pairs)
        return pairs.error();
    state.pairsAdded = *pairs;
    state.pace = session.pace();
    state.canUndo = session.hasPending();
    return state;
}
} // namespace

LabelingController::LabelingController(WorkspaceSession* session, QObject* parent)
    : QObject(parent), m_workspaceSession(session)
{
    m_thread.setMaxThreadCount(1);
}

LabelingController::~LabelingController()
{
    stop();
    m_thread.waitForDone();
    // The queued results of steps still in flight are dropped with this object.
    for (; m_pending > 0; --m_pending)
        m_workspaceSession->endBackgroundWork();
}

void LabelingController::start(const feedback::Campaign& campaign, const QString& labeler)
{
    stop();
    std::shared_ptr<store::Workspace> workspace = m_workspaceSession->workspace();
    if (!workspace)
        return;
    // The deleter keeps the workspace alive for the session's last flush.
    m_session = std::shared_ptr<feedback::LabelingSession>(
        new feedback::LabelingSession(*workspace, campaign, labeler),
        [workspace](feedback::LabelingSession* s) { delete s; });
    m_state = {};
    refresh();
}

void LabelingController::stop()
{
    if (!m_session)
        return;
    ++m_generation;
    // The held-back label is written on the worker, after the steps already asked for; the
    // workspace stays unlocked until it is.
    ++m_pending;
    m_workspaceSession->beginBackgroundWork();
    (void)QtConcurrent::run(&m_thread, [this, session = std::move(m_session)]() mutable {
        const Status flushed = session->flush();
        session.reset();
        QMetaObject::invokeMethod(
            this,
            [this, flushed] {
                --m_pending;
                m_workspaceSession->endBackgroundWork();
                if (!flushed)
                    emit failed(flushed.error().message);
            },
            Qt::QueuedConnection);
    });
    m_session.reset();
    m_state = {};
}

feedback::Label LabelingController::labelFor(const feedback::PresentedItem& item) const
{
    // Reads only the campaign and labeler, which never change after construction.
    return m_session ? m_session->labelFor(item) : feedback::Label{};
}

void LabelingController::run(Step step, std::function<void()> done)
{
    if (!m_session)
        return;
    ++m_pending;
    m_workspaceSession->beginBackgroundWork();
    std::shared_ptr<feedback::LabelingSession> session = m_session;
    std::shared_ptr<store::Workspace> workspace = m_workspaceSession->workspace();
    const int generation = m_generation;
    (void)QtConcurrent::run(&m_thread, [this, session, workspace, step, done, generation] {
        Status status = step(*session);
        Result<LabelingState> state = readState(*session, *workspace);
        QMetaObject::invokeMethod(
            this,
            [this, status, state, done, generation] {
                --m_pending;
                m_workspaceSession->endBackgroundWork();
                if (generation != m_generation)
                    return;
                if (state)
                    m_state = *state;
                if (!status)
                    emit failed(status.error().message);
                else if (!state)
                    emit failed(state.error().message);
                else if (done)
                    done();
                emit stateChanged();
            },
            Qt::QueuedConnection);
    });
}

void LabelingController::refresh()
{
    run([](feedback::LabelingSession&) { return Status(); });
}

void LabelingController::submit(const feedback::Label& label)
{
    run([label](feedback::LabelingSession& s) { return s.submit(label); },
        [this, label] { emit submitted(label); });
}

void LabelingController::skip(qint64 itemId)
{
    run([itemId](feedback::LabelingSession& s) {
        s.skip(itemId);
        return Status();
    });
}

void LabelingController::undo()
{
    auto taken = std::make_shared<feedback::Label>();
    run(
        [taken](feedback::LabelingSession& s) -> Status {
            Result<feedback::Label> l = s.undo();
            if (!l)
                return l.error();
            *taken = *l;
            return {};
        },
        [this, taken] { emit undone(*taken); });
}

void LabelingController::flush()
{
    run([](feedback::LabelingSession& s) { return s.flush(); }, [this] { emit flushed(); });
}

} // namespace fw::ui

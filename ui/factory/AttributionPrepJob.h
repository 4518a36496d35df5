// After a run, the new model's attribution is prepared in the background, as the CLI's train does
// in the foreground: its span index, and for a LoRA SFT adapter its gradient store (one backward
// pass per record and checkpoint), so that the Attribution panel and a node answer the first
// request at once. It stops between records when the workspace locks or the page closes.
#pragma once

#include "models/ModelEntry.h"

#include <QFuture>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace fw::ui {

class WorkspaceSession;

class AttributionPrepJob : public QObject
{
    Q_OBJECT
public:
    explicit AttributionPrepJob(WorkspaceSession* session, QObject* parent = nullptr);
    ~AttributionPrepJob() override; // stops and waits: the worker never outlives the job

    // Stops the preparation before (its model's first request builds what is missing).
    void start(const models::ModelEntry& model);
    void stop();
    bool isRunning() const { return m_running; }

    // Whether the model gets a gradient store (a LoRA adapter trained by SFT), not only spans.
    static bool wantsGradients(const models::ModelEntry& model);

signals:
    // what: "spans" or "gradients"; records done so far (reported every few records).
    void progress(const QString& model, const QString& what, qint64 records);
    // A line for the training log: what was built, or why it was not.
    void finished(const QString& model, const QString& line);

private:
    WorkspaceSession* m_session;
    std::shared_ptr<std::atomic_bool> m_stop;
    // One thread of its own, like the training job, and never Qt's global pool.
    QThreadPool m_thread;
    bool m_running = false;
};

} // namespace fw::ui

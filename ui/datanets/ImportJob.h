// One file import on a worker thread: progress with an ETA, Cancel, and the report at the end.
// While it runs the workspace will not lock (the worker holds its database).
#pragma once

#include "datanet/DatanetImporter.h"

#include <QFuture>
#include <QThreadPool>
#include <QObject>

#include <atomic>
#include <memory>

namespace fw::ui {

class WorkspaceSession;

class ImportJob : public QObject
{
    Q_OBJECT
public:
    ImportJob(WorkspaceSession* session, qint64 datanetId, QString path, datanet::ImportOptions options,
              QObject* parent = nullptr);
    ~ImportJob() override; // cancels and waits: the worker never outlives the job

    void start();
    void cancel() { m_cancel->store(true); }
    bool isRunning() const { return m_running; }

signals:
    void progress(const fw::datanet::ImportProgress& progress);
    // After the records landed: the search index catching up with them.
    void indexing(qint64 done, qint64 total);
    void finished(const fw::datanet::ImportReport& report);
    // ErrorCode::Cancelled after cancel(); message is ready for people.
    void failed(int errorCode, const QString& message);

private:
    void onDone(const Result<datanet::ImportReport>& result);

    WorkspaceSession* m_session;
    qint64 m_datanetId;
    QString m_path;
    datanet::ImportOptions m_options;
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
    // A thread of its own, not Qt's global pool: the raster engine splits large fills across
    // the global pool and waits for them, so long work there freezes painting.
    QThreadPool m_thread;
    QFuture<void> m_future;
    bool m_running = false;
};

} // namespace fw::ui

Q_DECLARE_METATYPE(fw::datanet::ImportProgress)
Q_DECLARE_METATYPE(fw::datanet::ImportReport)

// Runs DatanetImporter on the thread pool and relays its progress to the GUI thread.
#include "ui/datanets/ImportJob.h"

#include "datanet/SearchIndex.h"
#include "store/Workspace.h"
#include "ui/common/BackgroundPriority.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QMetaObject>
#include <QtConcurrent/QtConcurrentRun>

namespace fw::ui {

ImportJob::ImportJob(WorkspaceSession* session, qint64 datanetId, QString path, datanet::ImportOptions options,
                     QObject* parent)
    : QObject(parent), m_session(session), m_datanetId(datanetId), m_path(std::move(path)),
      m_options(std::move(options))
{
    m_thread.setMaxThreadCount(1);
}

ImportJob::~ImportJob()
{
    m_cancel->store(true);
    m_future.waitForFinished();
    if (m_running)
        m_session->endBackgroundWork();
}

void ImportJob::start()
{
    if (m_running)
        return;
    m_running = true;
    m_cancel->store(false);
    m_session->beginBackgroundWork();
    std::shared_ptr<store::Workspace> workspace = m_session->workspace();
    datanet::ImportOptions options = m_options;
    const std::shared_ptr<std::atomic_bool> cancel = m_cancel;
    // Queued calls to `this` are dropped if the job is gone; the destructor waits for the worker,
    // so `this` is never used after it was destroyed.
    options.progress = [this, cancel](const datanet::ImportProgress& p) {
        QMetaObject::invokeMethod(this, [this, p] { emit progress(p); }, Qt::QueuedConnection);
        return !cancel->load();
    };
    m_future = QtConcurrent::run(&m_thread, [this, workspace, options, cancel, datanetId = m_datanetId, path = m_path] {
        runBelowTheGui();
        Result<datanet::ImportReport> result = datanet::DatanetImporter(*workspace).importFile(datanetId, path, options);
        if (result) {
            // The records have landed; make them searchable now, while the user is waiting anyway.
            // A cancel here stops only the indexing, which the next search finishes.
            const auto indexed = datanet::SearchIndex(*workspace).catchUp([this, cancel](qint64 done, qint64 total) {
                QMetaObject::invokeMethod(this, [this, done, total] { emit indexing(done, total); },
                                          Qt::QueuedConnection);
                return !cancel->load();
            });
            if (!indexed)
                qWarning("search indexing after the import failed: %s", qPrintable(indexed.error().message));
        }
        QMetaObject::invokeMethod(this, [this, result] { onDone(result); }, Qt::QueuedConnection);
    });
}

void ImportJob::onDone(const Result<datanet::ImportReport>& result)
{
    m_running = false;
    m_session->endBackgroundWork();
    if (result)
        emit finished(*result);
    else
        emit failed(int(result.error().code), result.error().message);
}

} // namespace fw::ui

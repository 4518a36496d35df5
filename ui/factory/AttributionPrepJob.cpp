// The worker side of the after-run attribution preparation.
#include "ui/factory/AttributionPrepJob.h"

#include "attribution/AttributionService.h"
#include "store/Workspace.h"
#include "ui/common/BackgroundPriority.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QMetaObject>
#include <QtConcurrent/QtConcurrentRun>

namespace fw::ui {

AttributionPrepJob::AttributionPrepJob(WorkspaceSession* session, QObject* parent)
    : QObject(parent), m_session(session)
{
    m_thread.setMaxThreadCount(1);
    // A locked workspace closes its database: the worker lets go first (the lock waits for it).
    connect(m_session, &WorkspaceSession::aboutToLock, this, &AttributionPrepJob::stop);
}

AttributionPrepJob::~AttributionPrepJob()
{
    stop();
    m_thread.waitForDone();
    if (m_running)
        m_session->endBackgroundWork();
}

bool AttributionPrepJob::wantsGradients(const models::ModelEntry& model)
{
    return model.kind == models::ModelKind::Adapter &&
           model.lineage.value(QStringLiteral("objective")).toString(QStringLiteral("sft")) ==
               QLatin1String("sft");
}

void AttributionPrepJob::stop()
{
    if (m_stop)
        m_stop->store(true);
}

void AttributionPrepJob::start(const models::ModelEntry& model)
{
    std::shared_ptr<store::Workspace> workspace = m_session->workspace();
    if (!workspace || m_session->isLocked())
        return;
    stop();
    auto stopFlag = std::make_shared<std::atomic_bool>(false);
    m_stop = stopFlag;
    if (!m_running) {
        m_running = true;
        m_session->beginBackgroundWork();
    }
    const bool gradients = wantsGradients(model);
    // Queued on the single worker thread after any preparation still stopping.
    (void)QtConcurrent::run(&m_thread, [this, workspace, stopFlag, model, gradients] {
        runBelowTheGui();
        const QString name = model.name;
        auto report = [this, stopFlag, name](const QString& what) {
            attribution::BuildProgress p;
            p.stop = stopFlag.get();
            p.onRecords = [this, name, what](qint64 records) {
                if (records % 16 == 0)
                    QMetaObject::invokeMethod(this, [this, name, what, records] { emit progress(name, what, records); },
                                              Qt::QueuedConnection);
            };
            return p;
        };
        const QLocale l;
        QStringList done;
        QString line;
        QElapsedTimer clock;
        clock.start();
        attribution::AttributionService service(*workspace);
        Result<bool> spans = service.ensureIndex(name, report(QStringLiteral("spans")));
        Result<bool> sketched = true;
        if (spans && gradients)
            sketched = service.ensureGradients(name, report(QStringLiteral("gradients")));
        const Error* error = !spans ? &spans.error() : !sketched ? &sketched.error() : nullptr;
        if (error && error->code == ErrorCode::Cancelled)
            line = tr("Attribution for \"%1\" was not prepared (stopped); its first request prepares it.").arg(name);
        else if (error && error->code == ErrorCode::NotFound)
            line.clear(); // no datanet version in its lineage: nothing to attribute to
        else if (error)
            line = tr("Attribution for \"%1\" could not be prepared: %2").arg(name, error->message);
        else
            line = gradients ? tr("Attribution for \"%1\" is ready: span index and gradient store, in %2 s.")
                                   .arg(name, l.toString(clock.elapsed() / 1000.0, 'f', 1))
                             : tr("Attribution for \"%1\" is ready: span index, in %2 s.")
                                   .arg(name, l.toString(clock.elapsed() / 1000.0, 'f', 1));
        QMetaObject::invokeMethod(
            this,
            [this, name, line, stopFlag] {
                // The last preparation asked for ends the background work; one stopped for a
                // newer one leaves it to that one.
                if (stopFlag == m_stop) {
                    m_running = false;
                    m_stop.reset();
                    m_session->endBackgroundWork();
                }
                if (!line.isEmpty())
                    emit finished(name, line);
            },
            Qt::QueuedConnection);
    });
}

} // namespace fw::ui

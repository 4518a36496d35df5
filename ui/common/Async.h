// Runs work on the thread pool and hands its result back on the GUI thread.
#pragma once

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>
#include <type_traits>
#include <utility>

namespace fw::ui {

// The result travels inside a shared_ptr so that move-only results such as
// Result<std::unique_ptr<Workspace>> pass through QFuture. `done` runs on the thread of
// `context`, and not at all if `context` was destroyed first.
template <typename Work, typename Done>
void runInBackground(QObject* context, Work work, Done done)
{
    using R = std::invoke_result_t<Work>;
    auto* watcher = new QFutureWatcher<std::shared_ptr<R>>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, done = std::move(done)]() mutable {
                         std::shared_ptr<R> result = watcher->result();
                         watcher->deleteLater();
                         done(std::move(*result));
                     });
    watcher->setFuture(
        QtConcurrent::run([work = std::move(work)]() mutable { return std::make_shared<R>(work()); }));
}

} // namespace fw::ui

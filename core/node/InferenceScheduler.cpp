// The scheduler loop: admit, cancel, step, route; the engine is touched by this thread only.
#include "node/InferenceScheduler.h"

#include <QElapsedTimer>

namespace fw::node {

namespace {

constexpr int kDefaultMaxTokens = 256;

} // namespace

InferenceScheduler::InferenceScheduler(std::unique_ptr<ml::ServingEngine> engine,
                                       SchedulerOptions options)
    : m_engine(std::move(engine)), m_config(m_engine->config()), m_options(options)
{
    m_thread = std::thread([this] { run(); });
}

InferenceScheduler::~InferenceScheduler()
{
    drain();
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

Result<std::shared_ptr<InferenceTicket>> InferenceScheduler::submit(InferenceTask task)
{
    auto ticket = std::make_shared<InferenceTicket>();
    {
        std::lock_guard lock(m_mutex);
        if (m_draining || m_stopping)
            return makeError(ErrorCode::Cancelled,
                             tr("The node is shutting down and takes no new requests."));
        if (int(m_queue.size()) >= m_options.maxQueue)
            return makeError(
                ErrorCode::Busy,
                tr("The node's queue is full (%1 requests waiting); try again shortly.")
                    .arg(m_queue.size()));
        m_queue.push_back({std::move(task), ticket});
    }
    m_wake.notify_one();
    return ticket;
}

void InferenceScheduler::drain()
{
    std::unique_lock lock(m_mutex);
    m_draining = true;
    m_wake.notify_all();
    m_idle.wait(lock, [&] { return m_queue.empty() && m_stats.running == 0; });
}

SchedulerStats InferenceScheduler::stats() const
{
    std::lock_guard lock(m_mutex);
    SchedulerStats s = m_stats;
    s.queued = int(m_queue.size());
    s.draining = m_draining;
    s.adapterLoadMsP50 = m_adapterLoadMs.percentile(0.5);
    return s;
}

void InferenceScheduler::run()
{
    for (;;) {
        std::deque<Pending> admitted;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [&] { return m_stopping || !m_queue.empty() || !m_running.empty(); });
            if (m_stopping && m_queue.empty() && m_running.empty())
                return;
            while (!m_queue.empty() &&
                   int(m_running.size() + admitted.size()) < m_options.maxBatch) {
                admitted.push_back(std::move(m_queue.front()));
                m_queue.pop_front();
            }
            // Counted as running from here, so drain() never sees them in neither place.
            m_stats.running = int(m_running.size() + admitted.size());
        }
        for (Pending& p : admitted)
            try {
                admit(p);
            } catch (...) {
                p.ticket->finish(ml::GenerationResult::failed(
                    makeError(ErrorCode::Internal, tr("The request could not be started."))));
            }
        try {
            cancelAbandoned();
            route(m_engine->step());
        } catch (const std::exception& e) {
            failAll(QString::fromLocal8Bit(e.what()));
        } catch (...) {
            failAll(tr("unknown exception"));
        }
        std::lock_guard lock(m_mutex);
        m_stats.running = int(m_running.size());
        m_stats.residentAdapters = int(m_engine->adapters().size());
        if (m_queue.empty() && m_running.empty())
            m_idle.notify_all();
    }
}

void InferenceScheduler::admit(Pending& p)
{
    if (p.ticket->cancelled())
        return p.ticket->finish(
            ml::GenerationResult::failed(makeError(ErrorCode::Cancelled, tr("Cancelled."))));
    if (Status s = ensureAdapter(p.task); !s)
        return p.ticket->finish(ml::GenerationResult::failed(s.error()));
    Result<std::vector<int>> ids =
        p.task.chat ? m_engine->chatPromptIds(p.task.messages) : m_engine->tokenize(p.task.prompt);
    if (!ids)
        return p.ticket->finish(ml::GenerationResult::failed(ids.error()));
    ml::SequenceRequest request{*ids, p.task.adapterKey, p.task.options};
    const bool nodePicksLength = request.options.maxNewTokens == 0;
    if (nodePicksLength)
        request.options.maxNewTokens =
            std::max(0, std::min<int>(kDefaultMaxTokens, m_config.maxSeqLen - int(ids->size())));
    if (p.task.maxTotalTokens > 0) {
        const qint64 room = p.task.maxTotalTokens - qint64(ids->size());
        if (nodePicksLength && room >= 1)
            request.options.maxNewTokens = int(std::min<qint64>(request.options.maxNewTokens, room));
        if (room < 1 || qint64(request.options.maxNewTokens) > room) {
            p.ticket->markOverBudget();
            return p.ticket->finish(ml::GenerationResult::failed(makeError(
                ErrorCode::InvalidArgument,
                tr("The request needs up to %1 tokens (%2 in the prompt, %3 to generate) but its "
                   "voucher pays for %4.")
                    .arg(qint64(ids->size()) + request.options.maxNewTokens)
                    .arg(ids->size())
                    .arg(request.options.maxNewTokens)
                    .arg(p.task.maxTotalTokens))));
        }
    }
    if (p.task.chat)
        request.options.stopStrings.append(m_engine->endOfTurn());
    Result<ml::SequenceId> id = m_engine->start(request);
    if (!id)
        return p.ticket->finish(ml::GenerationResult::failed(id.error()));
    m_running.emplace(*id, Running{p.ticket, p.task.adapterKey});
    if (!p.task.adapterKey.isEmpty())
        m_adapterLastUse[p.task.adapterKey] = ++m_useCounter;
}

// The exception barrier of the inference thread: whatever escaped, every waiting client gets an
// error and the thread goes on serving.
void InferenceScheduler::failAll(const QString& why)
{
    const Error error =
        makeError(ErrorCode::Internal, tr("The inference engine failed: %1").arg(why));
    for (auto& [id, running] : m_running) {
        m_engine->cancel(id);
        running.ticket->finish(ml::GenerationResult::failed(error));
    }
    m_running.clear();
}

// Makes the task's adapter resident, evicting the least recently used idle ones beyond the limit.
Status InferenceScheduler::ensureAdapter(const InferenceTask& task)
{
    if (task.adapterKey.isEmpty() || m_engine->adapters().contains(task.adapterKey))
        return Status::success();
    QElapsedTimer loading;
    loading.start();
    Result<ModelFiles> files =
        task.adapterFiles
            ? task.adapterFiles()
            : Result<ModelFiles>(makeError(ErrorCode::NotFound, tr("No adapter files.")));
    if (!files)
        return files.error();
    if (Status s = m_engine->addAdapter(task.adapterKey, *files); !s)
        return s;
    m_adapterLoadMs.add(double(loading.nsecsElapsed()) / 1e6);
    m_adapterLastUse[task.adapterKey] = ++m_useCounter;
    {
        std::lock_guard lock(m_mutex);
        ++m_stats.adapterLoads;
    }
    while (int(m_engine->adapters().size()) > m_options.maxAdapters) {
        QString oldest;
        qint64 oldestUse = std::numeric_limits<qint64>::max();
        for (const QString& key : m_engine->adapters())
            if (key != task.adapterKey && !m_engine->adapterInUse(key) &&
                m_adapterLastUse[key] < oldestUse) {
                oldest = key;
                oldestUse = m_adapterLastUse[key];
            }
        if (oldest.isEmpty())
            break; // every resident adapter is in use: go over the limit until some finish
        m_engine->removeAdapter(oldest);
        m_adapterLastUse.erase(oldest);
    }
    return Status::success();
}

void InferenceScheduler::cancelAbandoned()
{
    for (const auto& [id, running] : m_running)
        if (running.ticket->cancelled())
            m_engine->cancel(id);
}

void InferenceScheduler::route(const std::vector<ml::SequenceEvent>& events)
{
    for (const ml::SequenceEvent& e : events) {
        const auto it = m_running.find(e.id);
        if (it == m_running.end())
            continue;
        // A first token with text starts the stream by its text; one without, by an empty event.
        if (e.firstToken && e.delta.isEmpty())
            it->second.ticket->started();
        it->second.ticket->push(e.delta);
        if (!e.finished)
            continue;
        if (!it->second.adapterKey.isEmpty())
            m_adapterLastUse[it->second.adapterKey] = ++m_useCounter;
        {
            std::lock_guard lock(m_mutex);
            ++m_stats.completed;
            m_stats.generatedTokens += qint64(e.result.tokenIds.size());
        }
        it->second.ticket->finish(e.result);
        m_running.erase(it);
    }
}

} // namespace fw::node

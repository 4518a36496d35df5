// The one inference thread of a node (as in llama.cpp's server): HTTP handlers submit tasks to a
// bounded queue and never touch the model; the thread admits tasks into the engine's running
// batch between decode steps (continuous batching), loads adapters just in time (LRU), and
// routes every decoded piece of text to its ticket.
#pragma once

#include "ml/ChatTemplate.h"
#include "ml/ServingEngine.h"
#include "node/InferenceTicket.h"
#include "node/LatencyWindow.h"

#include <QCoreApplication>
#include <condition_variable>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <thread>

namespace fw::node {

struct InferenceTask
{
    // The engine's name for the adapter (the deployment's manifest hash); empty = the base.
    QString adapterKey;
    // Reads the adapter's files when it is not resident (on the scheduler thread).
    std::function<Result<ModelFiles>()> adapterFiles;
    bool chat = true;
    std::vector<ml::ChatMessage> messages;
    QString prompt;
    ml::GenerationOptions options; // maxNewTokens 0: as many as fit the context, up to 256
    // Prompt plus generated tokens may not exceed this (what the request's voucher pays for);
    // 0: no limit. With maxNewTokens 0 the answer is shortened to fit instead.
    qint64 maxTotalTokens = 0;
};

struct SchedulerOptions
{
    int maxQueue = 64;   // waiting tasks beyond the running batch; more are refused (429)
    int maxBatch = 16;   // sequences decoded together
    int maxAdapters = 8; // resident adapters, least recently used evicted
};

struct SchedulerStats
{
    int queued = 0;
    int running = 0;
    int residentAdapters = 0;
    qint64 completed = 0;
    qint64 generatedTokens = 0;
    qint64 adapterLoads = 0;
    double adapterLoadMsP50 = 0.0; // of the last loads: read from the workspace, into the engine
    bool draining = false;
};

class InferenceScheduler
{
public:
    InferenceScheduler(std::unique_ptr<ml::ServingEngine> engine, SchedulerOptions options);
    ~InferenceScheduler(); // drains, then stops the thread

    // Thread-safe. Busy when the queue is full; Cancelled when the node is draining.
    Result<std::shared_ptr<InferenceTicket>> submit(InferenceTask task);
    // Refuses new tasks, lets every queued and running one finish, then returns.
    void drain();
    SchedulerStats stats() const;
    const ml::ModelConfig& config() const { return m_config; }

    Q_DECLARE_TR_FUNCTIONS(fw::node::InferenceScheduler)

private:
    struct Pending
    {
        InferenceTask task;
        std::shared_ptr<InferenceTicket> ticket;
    };
    struct Running
    {
        std::shared_ptr<InferenceTicket> ticket;
        QString adapterKey;
    };

    void run();
    void admit(Pending& pending);
    Status ensureAdapter(const InferenceTask& task);
    void cancelAbandoned();
    void route(const std::vector<ml::SequenceEvent>& events);
    void failAll(const QString& why);

    // Only the scheduler thread touches these.
    std::unique_ptr<ml::ServingEngine> m_engine;
    ml::ModelConfig m_config;
    std::map<ml::SequenceId, Running> m_running;
    std::map<QString, qint64> m_adapterLastUse; // key -> use counter, for LRU
    qint64 m_useCounter = 0;

    const SchedulerOptions m_options;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    std::deque<Pending> m_queue; // guarded by m_mutex
    bool m_draining = false;     // guarded by m_mutex
    bool m_stopping = false;     // guarded by m_mutex
    SchedulerStats m_stats;      // guarded by m_mutex (queued and draining are filled in stats())
    LatencyWindow m_adapterLoadMs{64};
    std::thread m_thread;
};

} // namespace fw::node

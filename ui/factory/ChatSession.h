// A model held for chatting: loads a registered model or adapter on a worker, then answers a
// conversation one turn at a time on a worker, streaming text back; Stop ends a turn early. A
// model deployed on a node ("node:URL#NAME", see NodeDirectory) answers through the node's
// OpenAI-compatible API instead, streamed the same way, and paid by voucher from the default
// identity when its deployment has a price.
#pragma once

#include "common/Result.h"
#include "ml/ChatTemplate.h"
#include "ml/GenerationOptions.h"

#include <QFuture>
#include <QObject>
#include <QThreadPool>
#include <atomic>
#include <memory>
#include <vector>

namespace fw::models {
struct RegisteredModel;
}
namespace fw::ml {
class MlRuntime;
}

namespace fw::ui {

class WorkspaceSession;

class ChatSession : public QObject
{
    Q_OBJECT
public:
    ChatSession(WorkspaceSession* session, ml::MlRuntime* engine, QObject* parent = nullptr);
    ~ChatSession() override; // stops and waits: the worker never outlives the session

    // Replaces the held model; `loaded` or `failed` follows (parameters -1 for a node's model).
    void load(const QString& modelName);
    QString modelName() const { return m_name; }
    // For people: the registry name, or "NAME (node)" for a node's model.
    QString displayName() const;
    bool isLoaded() const { return m_model != nullptr || m_nodeReady; }
    // The loaded model's context in tokens (prompt and answer together); 0 when not known (a node's).
    int contextLength() const;
    // The engine, once it has loaded (a node's model needs none).
    void setRuntime(ml::MlRuntime* engine) { m_engine = engine; }
    bool hasRuntime() const { return m_engine != nullptr; }
    bool isBusy() const { return m_busy; }

    void send(const std::vector<ml::ChatMessage>& conversation,
              const ml::GenerationOptions& options);
    void stop() { m_cancel->store(true); }

signals:
    void loaded(const QString& modelName, qint64 parameters);
    void delta(const QString& text);
    void answered(const QString& text, int tokens, double seconds, bool stopped);
    // A paid node answer's fee (base units) and receipt, just before `answered`.
    void charged(qint64 fee, const QString& receiptId);
    void failed(const QString& message);

private:
    void wait();
    void loadFromNode(const QString& id);
    void sendToNode(const std::vector<ml::ChatMessage>& conversation,
                    const ml::GenerationOptions& options);

    WorkspaceSession* m_session;
    ml::MlRuntime* m_engine;
    std::shared_ptr<models::RegisteredModel> m_model;
    QString m_name;
    bool m_nodeReady = false;
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
    // A thread of its own, not the global pool: Qt's raster engine splits large fills across the
    // global pool and waits for them, so answers occupying its threads (two models compared on two
    // cores) would freeze painting until one finished.
    QThreadPool m_thread;
    QFuture<void> m_future;
    bool m_busy = false;
    bool m_holdsWork = false; // began the session's background work, not ended yet
};

} // namespace fw::ui

// A model held for chatting: loads a registered model or adapter on a worker, then answers a
// conversation one turn at a time on a worker, streaming text back; Stop ends a turn early.
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

    // Replaces the held model; `loaded` or `failed` follows.
    void load(const QString& modelName);
    QString modelName() const { return m_name; }
    bool isLoaded() const { return m_model != nullptr; }
    bool isBusy() const { return m_busy; }

    void send(const std::vector<ml::ChatMessage>& conversation, const ml::GenerationOptions& options);
    void stop() { m_cancel->store(true); }

signals:
    void loaded(const QString& modelName, qint64 parameters);
    void delta(const QString& text);
    void answered(const QString& text, int tokens, double seconds, bool stopped);
    void failed(const QString& message);

private:
    void wait();

    WorkspaceSession* m_session;
    ml::MlRuntime* m_engine;
    std::shared_ptr<models::RegisteredModel> m_model;
    QString m_name;
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
    // A thread of its own, not the global pool: Qt's raster engine splits large fills across the
    // global pool and waits for them, so answers occupying its threads (two models compared on two
    // cores) would freeze painting until one finished.
    QThreadPool m_thread;
    QFuture<void> m_future;
    bool m_busy = false;
};

} // namespace fw::ui

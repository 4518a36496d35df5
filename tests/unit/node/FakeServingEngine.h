// A deterministic ServingEngine for the scheduler's tests: one character per token, each
// sequence writes its adapter's letter (or 'b' for the base) until its token budget is spent.
// step() can be held, to fill the queue while the batch is busy.
#pragma once

#include "ml/ServingEngine.h"

#include <atomic>
#include <map>
#include <set>

namespace fw::test {

class FakeServingEngine : public ml::ServingEngine
{
public:
    struct Shared
    {
        std::atomic_bool hold{false};
        std::atomic_int maxRunning{0}; // the largest batch step() saw
        std::atomic_int adapterLoads{0};
        std::atomic_int steps{0};
    };
    explicit FakeServingEngine(std::shared_ptr<Shared> shared);

    const ml::ModelConfig& config() const override { return m_config; }
    ml::ChatTemplate::Format chatFormat() const override
    {
        return ml::ChatTemplate::Format::ChatML;
    }
    Result<std::vector<int>> tokenize(const QString& text) const override;
    Result<std::vector<int>>
    chatPromptIds(const std::vector<ml::ChatMessage>& conversation) const override;
    QString endOfTurn() const override { return QStringLiteral("<|end|>"); }
    Status addAdapter(const QString& name, const ModelFiles& files) override;
    bool removeAdapter(const QString& name) override;
    QStringList adapters() const override;
    bool adapterInUse(const QString& name) const override;
    Result<ml::SequenceId> start(const ml::SequenceRequest& request) override;
    void cancel(ml::SequenceId id) override;
    std::vector<ml::SequenceEvent> step() override;
    int running() const override { return int(m_sequences.size()); }
    Status setInt8Weights(bool) override { return {}; } // the fake has no weights to convert

private:
    struct Sequence
    {
        ml::SequenceRequest request;
        ml::GenerationResult result;
        bool cancelled = false;
    };
    std::shared_ptr<Shared> m_shared;
    ml::ModelConfig m_config;
    std::set<QString> m_adapters;
    std::map<ml::SequenceId, Sequence> m_sequences;
    ml::SequenceId m_nextId = 1;
};

} // namespace fw::test

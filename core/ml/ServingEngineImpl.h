// ServingEngine over libtorch: one frozen base (BatchedDecoder), resident adapters, running rows.
// Torch-free header (the engine module includes it); the torch side is in the .cpp.
#pragma once

#include "ml/LanguageModel.h"
#include "ml/ServingEngine.h"

#include <memory>

namespace fw::ml {

class FastDecoder;

class ServingEngineImpl final : public ServingEngine
{
public:
    // The base model's Hugging Face files, loaded as LanguageModel::load does.
    static Result<std::unique_ptr<ServingEngineImpl>> load(const ModelFiles& base, bool allowCuda);
    ~ServingEngineImpl() override;

    const ModelConfig& config() const override { return m_model.config(); }
    ChatTemplate::Format chatFormat() const override { return m_model.chatTemplate().format(); }
    Result<std::vector<int>> tokenize(const QString& text) const override;
    Result<std::vector<int>>
    chatPromptIds(const std::vector<ChatMessage>& conversation) const override;
    QString endOfTurn() const override { return m_model.chatTemplate().endOfTurn(); }

    Status addAdapter(const QString& name, const ModelFiles& files) override;
    bool removeAdapter(const QString& name) override;
    QStringList adapters() const override;
    bool adapterInUse(const QString& name) const override;

    Result<SequenceId> start(const SequenceRequest& request) override;
    void cancel(SequenceId id) override;
    std::vector<SequenceEvent> step() override;
    int running() const override;
    // Int8 weights (blocks of 32 values with a scale each, as llama.cpp's Q8_0) for every row,
    // decoded one row at a time without torch ops, each adapter's update added in F32.
    // Unsupported unless F32 on the CPU.
    Status setInt8Weights(bool on) override;

    // Ends every running sequence with `error` (a step failed inside torch); their final events.
    std::vector<SequenceEvent> failAll(const Error& error);

private:
    struct Sequence;
    struct State;
    explicit ServingEngineImpl(LanguageModel model);
    // Samples the sequence's next token and fills its event; true when the sequence goes on.
    static bool advance(Sequence& s, SequenceEvent& event);
    // Batch-1 decoding without torch ops (FastDecoder) for the rows of a step: when one row runs
    // in F32, or every row with int8 weights; adapters only where the path can read them
    // (adaptersReadable). Null where the model cannot take that path (not F32 on the CPU).
    FastDecoder* fastDecoderFor(size_t rows, bool adaptersReadable);
    // `tokens` (a prompt, or the row's next token) through `decoder` from the row's cache length,
    // with the row's adapter; the row's logits become the last token's.
    static void decodeRowFast(FastDecoder& decoder, Sequence& s, const std::vector<int>& tokens);
    void removeRow(size_t row);

    LanguageModel m_model;
    std::unique_ptr<State> d; // the decoder, the adapters, the running rows
};

} // namespace fw::ml

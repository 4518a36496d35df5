// One base model serving many LoRA adapters at once with continuous batching (torch-free face).
// The node's scheduler thread owns an engine: it starts sequences as requests arrive, calls
// step() in a loop, and routes each event to its request. Sequences join and leave the running
// batch between steps; rows of one step may use different adapters (the base GEMMs run once for
// the whole batch and each row adds its own adapter's low-rank delta, as in Punica and S-LoRA).
// Not thread-safe: one thread drives an engine. Nothing here throws.
#pragma once

#include "common/ModelFiles.h"
#include "common/Result.h"
#include "ml/ChatTemplate.h"
#include "ml/GenerationOptions.h"
#include "ml/ModelConfig.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace fw::ml {

using SequenceId = int64_t;

struct SequenceRequest
{
    std::vector<int> promptIds; // as tokenize() / chatPromptIds() give them
    QString adapter;            // a name given to addAdapter(); empty = the base model alone
    GenerationOptions options;  // per sequence: temperature, top_p, seed, stops, max tokens
};

// What one step produced for one sequence: new text to stream, and the result once it ends.
struct SequenceEvent
{
    SequenceId id = 0;
    QString delta;            // text that can no longer change (no half character, no partial stop)
    bool firstToken = false;  // the sequence made its first token this step (prefill done), text
                              // or not: a step reports every such sequence, so a server can
                              // start its stream when generation starts, not at the first text
    bool finished = false;    // the sequence left the batch; `result` is final
    GenerationResult result;  // tokens, text, finish reason, prompt tokens (set when finished)
};

class ServingEngine
{
public:
    virtual ~ServingEngine() = default;

    virtual const ModelConfig& config() const = 0;
    virtual ChatTemplate::Format chatFormat() const = 0;
    // Token ids of a raw completion prompt (BOS when the tokenizer adds one).
    virtual Result<std::vector<int>> tokenize(const QString& text) const = 0;
    // Token ids of a conversation through the model's chat template, ending where the reply starts.
    virtual Result<std::vector<int>> chatPromptIds(const std::vector<ChatMessage>& conversation) const = 0;
    // Text that ends an assistant turn in this model's chat format (a stop string for chat requests).
    virtual QString endOfTurn() const = 0;

    // A PEFT adapter (adapter_config.json + adapter_model.safetensors) for this base, kept resident
    // until removed; fails when its shapes or target modules do not fit the base.
    virtual Status addAdapter(const QString& name, const ModelFiles& files) = 0;
    // Refused (false) while a running sequence uses it.
    virtual bool removeAdapter(const QString& name) = 0;
    virtual QStringList adapters() const = 0;
    virtual bool adapterInUse(const QString& name) const = 0;

    // Checks the request's limits, prefills its prompt and adds it to the running batch; its first
    // token comes with the next step(). An error for a bad request (unknown adapter, prompt too
    // long, token id outside the vocabulary, max tokens over the context).
    virtual Result<SequenceId> start(const SequenceRequest& request) = 0;
    // The sequence ends with FinishReason::Cancelled at the next step (its event reports it).
    virtual void cancel(SequenceId id) = 0;
    // One decode step for every running sequence: one event per sequence that produced text or
    // finished. Empty when nothing runs.
    virtual std::vector<SequenceEvent> step() = 0;
    virtual int running() const = 0;
    // Serves the base's weights as int8 with per-channel scales (as llama.cpp's Q8_0 does), every
    // sequence decoded alone, an adapter's update in F32; Unsupported for a model that is not F32
    // on the CPU. Answers may differ from F32's where two tokens are nearly tied.
    virtual Status setInt8Weights(bool on) = 0;
};

} // namespace fw::ml

// The torch-free face of the ML engine as the GUI and CLI see it once the module is loaded.
// Everything here is an interface or a plain value: programs that include it never link torch.
// Models travel as in-memory files (ModelFiles): the engine never reads or writes a folder.
// Nothing here throws: the module turns torch's exceptions (out of memory, a bad shape) into
// errors, GenerationResult::error for generation.
#pragma once

#include "common/ModelFiles.h"
#include "ml/ChatTemplate.h"
#include "ml/DeviceInfo.h"
#include "ml/GenerationOptions.h"
#include "ml/GradientSketch.h"
#include "ml/ModelConfig.h"
#include "ml/ServingEngine.h"
#include "ml/ThreadLayout.h"
#include "ml/TrainingRun.h"

#include <atomic>
#include <memory>
#include <vector>

namespace fw::ml {

// A model in memory with its tokenizer and chat format (LanguageModel behind a virtual interface).
class LoadedModel
{
public:
    virtual ~LoadedModel() = default;
    virtual const ModelConfig& config() const = 0;
    virtual int64_t parameterCount() const = 0;
    virtual ChatTemplate::Format chatFormat() const = 0;
    // Token ids of `text` as the model sees it (BOS when the tokenizer adds one; special tokens parsed).
    virtual Result<std::vector<int>> tokenize(const QString& text) const = 0;
    virtual GenerationResult generate(const QString& prompt, bool chat, const GenerationOptions& options,
                                      const StreamCallback& onText = {},
                                      const std::atomic_bool* cancel = nullptr) const = 0;
    // The next assistant turn of a conversation, through the model's chat template.
    virtual GenerationResult generateChat(const std::vector<ChatMessage>& conversation,
                                          const GenerationOptions& options, const StreamCallback& onText = {},
                                          const std::atomic_bool* cancel = nullptr) const = 0;
    // A reward model's score of `response` to `prompt`; NotFound when the model (or its adapter)
    // has no reward head.
    virtual Result<double> reward(const QString& prompt, const QString& response) const = 0;
    // A PEFT adapter's files on top of the base; mergeAdapter() folds it into the weights.
    virtual Status loadAdapter(const ModelFiles& files) = 0;
    virtual Status mergeAdapter() = 0;
    // Hugging Face layout (config, safetensors, tokenizer files), in memory.
    virtual Result<ModelFiles> save() const = 0;
};

class MlRuntime
{
public:
    virtual ~MlRuntime() = default;
    virtual DeviceInfo deviceInfo() const = 0;
    // DeviceInfo::summary() lives in the torch library, so the text comes from the module too.
    virtual QString deviceSummary() const = 0;
    // Splits `cores` (0: all) between torch's and OpenBLAS's pools as `workload` runs best.
    virtual void setThreadLayout(Workload workload, int cores) = 0;
    // One generation or gradient pass at a time: the GUI, the CLI and the tests.
    void setThreadCount(int cores) { setThreadLayout(Workload::Fp32Cpu, cores); }

    // A Hugging Face model's files, checked in full (config, every tensor's shape, tokenizer).
    virtual Result<std::unique_ptr<LoadedModel>> loadModel(const ModelFiles& files,
                                                           bool allowCuda) const = 0;
    // A base model (Hugging Face files) ready to serve many adapters with continuous batching.
    virtual Result<std::unique_ptr<ServingEngine>> loadServingEngine(const ModelFiles& base,
                                                                     bool allowCuda) const = 0;
    // A whole SFT, reward-model or DPO run (runTraining), synchronous; the caller picks the thread. The trained model
    // or adapter comes back in TrainingSummary::output, checkpoints through the request's callback.
    virtual Result<TrainingSummary> train(const TrainingRequest& request, const ProgressCallback& onProgress,
                                          TrainingControl* control) const = 0;
    // Projected per-example gradients of an adapter at its checkpoints (gradient attribution).
    virtual Result<std::unique_ptr<GradientSketcher>>
    gradientSketcher(const ModelFiles& base, const std::vector<AdapterCheckpoint>& checkpoints,
                     const SketchSettings& settings) const = 0;
};

} // namespace fw::ml

// The one symbol the module exports; the loader resolves it by name.
extern "C" fw::ml::MlRuntime* flywheel_ml_runtime();

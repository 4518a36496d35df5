// A loaded model with its tokenizer and chat format: the torch-free facade for CLI, UI and node.
#pragma once

#include "ml/ChatTemplate.h"
#include "ml/GenerationOptions.h"
#include "ml/LoraSettings.h"
#include "ml/ModelConfig.h"
#include "ml/Tokenizer.h"

#include <atomic>
#include <memory>

namespace fw::ml {

struct LanguageModelPrivate;

class LanguageModel
{
public:
    LanguageModel(LanguageModel&&) noexcept;
    LanguageModel& operator=(LanguageModel&&) noexcept;
    ~LanguageModel();

    // Hugging Face layout held in memory (config.json, safetensors, tokenizer.json or
    // tokenizer.model).
    static Result<LanguageModel> load(const ModelFiles& files, bool allowCuda = false);
    // The same from a folder (a user's folder, tests).
    static Result<LanguageModel> load(const QString& dir, bool allowCuda = false);
    // A fresh, seeded, randomly initialised model for training from scratch. `tokenizerFiles` holds
    // "tokenizer.json", ...; the config's vocab size follows the tokenizer.
    static Result<LanguageModel> create(ModelConfig config, const ModelFiles& tokenizerFiles,
                                        uint64_t seed, bool allowCuda = false);

    // The model in Hugging Face layout (config, safetensors, tokenizer files), in memory.
    Result<ModelFiles> save() const;

    const ModelConfig& config() const;
    std::shared_ptr<const Tokenizer> tokenizer() const;
    const ChatTemplate& chatTemplate() const;
    void setChatTemplate(const ChatTemplate& chatTemplate);
    int64_t parameterCount() const;

    // LoRA adapters in PEFT layout: attach one, save the attached one, or fold it into the base
    // weights (then save() gives the merged model in Hugging Face layout).
    Status loadAdapter(const ModelFiles& files);
    Result<ModelFiles> saveAdapter(const QString& baseModelName) const;
    void mergeAdapter();
    bool hasAdapter() const;

    // A reward model's score of `response` as the answer to `prompt` (through the chat template,
    // read at the answer's last token). NotFound when neither the model nor its adapter has a
    // reward head.
    Result<double> reward(const QString& prompt, const QString& response) const;
    bool hasRewardHead() const;

    // The ids the model sees for `text` (BOS when the tokenizer adds one; special tokens parsed).
    std::vector<int> tokenize(const QString& text) const;
    // The prompt as ids: raw, or wrapped in the chat template as a user turn.
    std::vector<int> promptIds(const QString& prompt, bool chat) const;
    // A conversation through the chat template, ending where the assistant's reply starts.
    std::vector<int> chatPromptIds(const std::vector<ChatMessage>& conversation) const;

    GenerationResult generate(const QString& prompt, bool chat, const GenerationOptions& options,
                              const StreamCallback& onText = {}, const std::atomic_bool* cancel = nullptr) const;
    // The next assistant turn of a conversation (system, user and assistant messages), rendered with
    // the model's chat template; stops at the end of the turn.
    GenerationResult generateChat(const std::vector<ChatMessage>& conversation, const GenerationOptions& options,
                                  const StreamCallback& onText = {}, const std::atomic_bool* cancel = nullptr) const;
    std::vector<GenerationResult> generateBatch(const QStringList& prompts, bool chat, const GenerationOptions& options,
                                                const StreamCallback& onText = {},
                                                const std::atomic_bool* cancel = nullptr) const;

    // For the rest of core/ml (trainers, adapters): the torch side.
    LanguageModelPrivate& internals() const { return *d; }

private:
    explicit LanguageModel(std::unique_ptr<LanguageModelPrivate> d);
    std::vector<int> chatTextIds(const QString& text) const;
    GenerationOptions withEndOfTurn(const GenerationOptions& options) const;
    std::unique_ptr<LanguageModelPrivate> d;
};

} // namespace fw::ml

// LanguageModel: loading, saving, tokenising and generating over the internal Transformer.
#include "ml/LanguageModel.h"

#include "ml/ComputeDevice.h"
#include "ml/Generator.h"
#include "ml/HfCheckpoint.h"
#include "ml/LanguageModelPrivate.h"
#include "ml/LoraAdapter.h"
#include "ml/RewardHead.h"
#include "ml/SftDataset.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace fw::ml {

namespace {

// The chat format the model was tuned with (see ChatTemplate::forTokenizerConfig).
ChatTemplate chatTemplateFor(const ModelFiles& files, const Tokenizer& tokenizer)
{
    return ChatTemplate::forTokenizerConfig(files.value(QStringLiteral("tokenizer_config.json")),
                                            tokenizer.bosText(), tokenizer.eosText());
}

// A reward model's head, when `files` carry one (a LoRA reward model's sits beside its adapter).
Status loadRewardHead(LanguageModelPrivate& p, const ModelFiles& files)
{
    if (!files.contains(QLatin1String(kRewardHeadFile)))
        return Status::success();
    Result<torch::Tensor> head = readRewardHead(files, p.model->config().dim);
    if (!head)
        return head.error();
    p.rewardHead = head->to(p.model->device());
    return Status::success();
}

} // namespace

LanguageModel::LanguageModel(std::unique_ptr<LanguageModelPrivate> p) : d(std::move(p)) {}
LanguageModel::LanguageModel(LanguageModel&&) noexcept = default;
LanguageModel& LanguageModel::operator=(LanguageModel&&) noexcept = default;
LanguageModel::~LanguageModel() = default;

Result<LanguageModel> LanguageModel::load(const ModelFiles& files, bool allowCuda)
{
    auto p = std::make_unique<LanguageModelPrivate>();
    for (const QString& name : Tokenizer::fileNames())
        if (files.contains(name))
            p->tokenizerFiles.insert(name, files.value(name));
    auto tokenizer = Tokenizer::load(p->tokenizerFiles);
    if (!tokenizer)
        return tokenizer.error();
    auto model = loadHfModel(files, computeDevice(allowCuda));
    if (!model)
        return model.error();
    if ((*model)->config().vocabSize < (*tokenizer)->vocabSize())
        return makeError(ErrorCode::Corrupt, QCoreApplication::translate("fw::ml::LanguageModel",
                                                 "The tokenizer has %1 tokens but the model only %2")
                                                 .arg((*tokenizer)->vocabSize())
                                                 .arg((*model)->config().vocabSize));
    p->model = *model;
    p->tokenizer = *tokenizer;
    p->chat = chatTemplateFor(p->tokenizerFiles, **tokenizer);
    if (Status s = loadRewardHead(*p, files); !s)
        return s.error();
    return LanguageModel(std::move(p));
}

Result<LanguageModel> LanguageModel::load(const QString& dir, bool allowCuda)
{
    Result<ModelFiles> files = ModelFiles::readFolder(dir);
    if (!files)
        return files.error();
    return load(*files, allowCuda);
}

Result<LanguageModel> LanguageModel::create(ModelConfig config, const ModelFiles& tokenizerFiles,
                                            uint64_t seed, bool allowCuda)
{
    auto tokenizer = Tokenizer::load(tokenizerFiles);
    if (!tokenizer)
        return tokenizer.error();
    config.vocabSize = (*tokenizer)->vocabSize();
    config.bosTokenId = (*tokenizer)->bosId();
    config.eosTokenId = (*tokenizer)->eosId();
    if (Status s = config.validate(); !s)
        return s.error();
    auto p = std::make_unique<LanguageModelPrivate>();
    torch::manual_seed(seed);
    p->model = Transformer(config);
    p->model->to(computeDevice(allowCuda));
    p->tokenizer = *tokenizer;
    p->tokenizerFiles = tokenizerFiles;
    p->chat = chatTemplateFor(tokenizerFiles, **tokenizer);
    return LanguageModel(std::move(p));
}

Result<ModelFiles> LanguageModel::save() const
{
    ModelFiles files = d->tokenizerFiles;
    if (Status s = saveHfModel(d->model, files); !s)
        return s.error();
    return files;
}

const ModelConfig& LanguageModel::config() const
{
    return d->model->config();
}

std::shared_ptr<const Tokenizer> LanguageModel::tokenizer() const
{
    return d->tokenizer;
}

const ChatTemplate& LanguageModel::chatTemplate() const
{
    return d->chat;
}

void LanguageModel::setChatTemplate(const ChatTemplate& chatTemplate)
{
    d->chat = chatTemplate;
}

int64_t LanguageModel::parameterCount() const
{
    int64_t n = 0;
    for (const auto& p : d->model->parameters())
        n += p.numel();
    return n;
}

Status LanguageModel::loadAdapter(const ModelFiles& files)
{
    if (d->adapter)
        return makeError(ErrorCode::AlreadyExists, QCoreApplication::translate("fw::ml::LanguageModel",
                                                       "The model already carries an adapter; merge it first"));
    auto settings = loadPeftAdapter(d->model, files);
    if (!settings)
        return settings.error();
    d->model->eval();
    d->adapter = *settings;
    return loadRewardHead(*d, files);
}

Result<ModelFiles> LanguageModel::saveAdapter(const QString& baseModelName) const
{
    if (!d->adapter)
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("fw::ml::LanguageModel", "The model carries no adapter to export"));
    return savePeftAdapter(d->model, *d->adapter, baseModelName);
}

void LanguageModel::mergeAdapter()
{
    d->model->mergeLora();
    d->adapter.reset();
}

bool LanguageModel::hasAdapter() const
{
    return d->adapter.has_value();
}

std::vector<int> LanguageModel::tokenize(const QString& text) const
{
    return d->tokenizer->encodeDocument(text);
}

std::vector<int> LanguageModel::promptIds(const QString& prompt, bool chat) const
{
    if (!chat)
        return d->tokenizer->encodeDocument(prompt);
    return chatTextIds(d->chat.prompt(prompt));
}

std::vector<int> LanguageModel::chatPromptIds(const std::vector<ChatMessage>& conversation) const
{
    return chatTextIds(d->chat.render(conversation, /*addGenerationPrompt=*/true));
}

std::vector<int> LanguageModel::chatTextIds(const QString& text) const
{
    // Templates that carry BOS write it themselves (Llama 2/3); the others get it from the tokenizer.
    std::vector<int> ids;
    if (d->tokenizer->addsBos() && !text.startsWith(d->tokenizer->bosText()))
        ids.push_back(d->tokenizer->bosId());
    const std::vector<int> body = d->tokenizer->encode(text);
    ids.insert(ids.end(), body.begin(), body.end());
    return ids;
}

GenerationResult LanguageModel::generate(const QString& prompt, bool chat, const GenerationOptions& options,
                                         const StreamCallback& onText, const std::atomic_bool* cancel) const
{
    return generateBatch({prompt}, chat, options, onText, cancel).front();
}

std::vector<GenerationResult> LanguageModel::generateBatch(const QStringList& prompts, bool chat,
                                                           const GenerationOptions& options,
                                                           const StreamCallback& onText,
                                                           const std::atomic_bool* cancel) const
{
    std::vector<std::vector<int>> ids;
    for (const QString& p : prompts)
        ids.push_back(promptIds(p, chat));
    Generator generator(d->model, d->tokenizer, d->fastWeights);
    return generator.generate(ids, chat ? withEndOfTurn(options) : options, onText, cancel);
}

GenerationOptions LanguageModel::withEndOfTurn(const GenerationOptions& options) const
{
    GenerationOptions o = options;
    const int endOfTurn = d->tokenizer->tokenId(d->chat.endOfTurn());
    if (endOfTurn >= 0)
        o.stopTokenIds.push_back(endOfTurn);
    return o;
}

GenerationResult LanguageModel::generateChat(const std::vector<ChatMessage>& conversation,
                                             const GenerationOptions& options, const StreamCallback& onText,
                                             const std::atomic_bool* cancel) const
{
    const std::vector<int> ids = chatPromptIds(conversation);
    Generator generator(d->model, d->tokenizer, d->fastWeights);
    return generator.generate({ids}, withEndOfTurn(options), onText, cancel).front();
}

bool LanguageModel::hasRewardHead() const
{
    return d->rewardHead.defined();
}

Result<double> LanguageModel::reward(const QString& prompt, const QString& response) const
{
    if (!hasRewardHead())
        return readRewardHead({}, d->model->config().dim).error(); // the NotFound message
    // The same encoding as the pairs the head was trained on (PreferenceDataset).
    const std::vector<int> ids = SftDataset::encodeExample({prompt, response, {}}, *d->tokenizer, d->chat).first;
    if (ids.empty() || int64_t(ids.size()) > d->model->config().maxSeqLen)
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("fw::ml::LanguageModel",
                                                     "The prompt and response are %1 tokens; the model reads at most %2")
                             .arg(ids.size())
                             .arg(d->model->config().maxSeqLen));
    torch::NoGradGuard noGrad;
    d->model->eval();
    const torch::Tensor tokens =
        torch::tensor(std::vector<int64_t>(ids.begin(), ids.end()), torch::kLong).view({1, -1}).to(d->model->device());
    const torch::Tensor hidden = d->model->hidden(tokens); // (1, T, dim)
    return hidden[0][-1].matmul(d->rewardHead[0]).item<double>();
}

} // namespace fw::ml

// The fixture checkpoint: a seeded random Transformer, a BPE tokenizer trained on a fixed corpus.
#include "ml/FixtureCheckpoint.h"

#include "ml/ByteLevelBpeTrainer.h"
#include "ml/HfCheckpoint.h"

#include <QJsonDocument>

namespace fw::ml {

ModelConfig FixtureOptions::tinyConfig()
{
    ModelConfig c;
    c.dim = 64, c.nLayers = 2, c.nHeads = 4, c.nKvHeads = 2, c.hiddenDim = 160, c.maxSeqLen = 128;
    c.tieEmbeddings = false;
    return c;
}

QStringList fixtureCorpus()
{
    return {QStringLiteral("The quick brown fox jumps over the lazy dog."),
            QStringLiteral("Flywheel trains small language models on community datanets."),
            QStringLiteral("Grüße aus Köln! Ça va très bien, merci."),
            QStringLiteral("日本語のテキストも正しく扱います。"),
            QStringLiteral("Привет, мир! Καλημέρα κόσμε."),
            QStringLiteral("Emoji 🚀🔥 and numbers 12345 or 3.14159, tabs\tand\nnewlines."),
            QStringLiteral("def add(a, b):\n    return a + b  # code too"),
            QStringLiteral("the the the model model learns learns tokens tokens")};
}

Result<ModelFiles> fixtureFiles(const FixtureOptions& options)
{
    BpeTrainingOptions bpe;
    bpe.vocabSize = 400;
    auto tokenizerJson = ByteLevelBpeTrainer::train(fixtureCorpus(), bpe);
    if (!tokenizerJson)
        return tokenizerJson.error();
    const int vocab = int(tokenizerJson->value(QStringLiteral("model")).toObject()
                              .value(QStringLiteral("vocab")).toObject().size());
    ModelConfig config = options.config;
    config.vocabSize = vocab;
    config.bosTokenId = 0; // <|endoftext|>
    config.eosTokenId = 2; // <|im_end|>
    torch::manual_seed(options.seed);
    Transformer model(config);
    ModelFiles files;
    if (Status s = saveHfModel(model, files, options.dtype, options.maxShardBytes); !s)
        return s.error();
    files.insert(QStringLiteral("tokenizer.json"),
                 QJsonDocument(*tokenizerJson).toJson(QJsonDocument::Compact));
    const QJsonObject tokenizerConfig{
        {QStringLiteral("bos_token"), QStringLiteral("<|endoftext|>")},
        {QStringLiteral("eos_token"), QStringLiteral("<|im_end|>")},
        {QStringLiteral("add_bos_token"), false},
        {QStringLiteral("chat_template"),
         QStringLiteral("{% for message in messages %}{{'<|im_start|>' + message['role'] + '\\n' + "
                        "message['content'] + '<|im_end|>' + '\\n'}}{% endfor %}{% if add_generation_prompt %}"
                        "{{ '<|im_start|>assistant\\n' }}{% endif %}")}};
    files.insert(QStringLiteral("tokenizer_config.json"), QJsonDocument(tokenizerConfig).toJson());
    return files;
}

Status writeFixtureCheckpoint(const QString& dirPath, const FixtureOptions& options)
{
    Result<ModelFiles> files = fixtureFiles(options);
    if (!files)
        return files.error();
    return files->writeFolder(dirPath);
}

} // namespace fw::ml

// Finding a model's tokenizer along its base chain and hashing it.
#include "attribution/ModelText.h"

#include "crypto/Blake2b.h"
#include "models/ModelStore.h"

namespace fw::attribution {

namespace {

// Adapters sit on a model; fine-tuned models on another: a short chain, but never a loop.
constexpr int kMaxBaseChain = 32;

bool hasTokenizer(const ModelFiles& files)
{
    return files.contains(QStringLiteral("tokenizer.json")) ||
           files.contains(QStringLiteral("tokenizer.model"));
}

} // namespace

QString hashModelFiles(const ModelFiles& files)
{
    crypto::Blake2bHasher hasher;
    for (const QString& name : files.names()) {
        const QByteArray n = name.toUtf8();
        const QByteArray bytes = files.value(name);
        const quint64 sizes[2] = {quint64(n.size()), quint64(bytes.size())};
        hasher.add(reinterpret_cast<const char*>(sizes), sizeof sizes);
        hasher.add(n);
        hasher.add(bytes);
    }
    return QString::fromLatin1(hasher.finish().toHex());
}


Result<ModelText> loadModelText(const models::ModelStore& store, const models::ModelEntry& entry)
{
    models::ModelEntry current = entry;
    for (int depth = 0; depth < kMaxBaseChain; ++depth) {
        Result<ModelFiles> files = store.files(current.id, ml::Tokenizer::fileNames());
        if (!files)
            return files.error();
        if (hasTokenizer(*files)) {
            Result<std::shared_ptr<ml::Tokenizer>> tokenizer = ml::Tokenizer::load(*files);
            if (!tokenizer)
                return tokenizer.error();
            ModelText text{*tokenizer,
                           ml::ChatTemplate::forTokenizerConfig(
                               files->value(QStringLiteral("tokenizer_config.json")),
                               (*tokenizer)->bosText(), (*tokenizer)->eosText()),
                           hashModelFiles(*files)};
            return text;
        }
        if (current.baseModelId == 0)
            break;
        Result<models::ModelEntry> base = store.model(current.baseModelId);
        if (!base)
            return base.error();
        current = *base;
    }
    return makeError(ErrorCode::NotFound,
                     QCoreApplication::translate(
                         "fw::attribution", "Neither \"%1\" nor its base models hold a tokenizer.")
                         .arg(entry.name));
}

} // namespace fw::attribution

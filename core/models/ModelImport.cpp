// Hugging Face folder -> checked summary -> registry entry.
#include "models/ModelImport.h"

#include "ml/SafetensorsHeader.h"
#include "mlruntime/MlRuntime.h"
#include "models/ModelStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace fw::models {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("fw::models", text);
}

const QString kConfig = QStringLiteral("config.json");
const QString kTokenizerJson = QStringLiteral("tokenizer.json");
const QString kTokenizerModel = QStringLiteral("tokenizer.model");
const QString kTokenizerConfig = QStringLiteral("tokenizer_config.json");
const QString kSingleWeights = QStringLiteral("model.safetensors");
const QString kWeightIndex = QStringLiteral("model.safetensors.index.json");

QJsonObject readJsonObject(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object()
                                          : QJsonObject();
}

// The engine's own messages are exact but terse; these checks run first so that the usual
// problems (a wrong folder, a missing file, an unfinished download) read as plain sentences.
Status checkConfig(const QDir& dir)
{
    if (!dir.exists(kConfig))
        return makeError(
            ErrorCode::NotFound,
            tr("There is no config.json in %1: this is not a Hugging Face model folder, "
               "or its download is incomplete.")
                .arg(dir.absolutePath()));
    Result<ml::ModelConfig> config = ml::ModelConfig::fromHfFile(dir.filePath(kConfig));
    if (!config)
        return makeError(config.error().code,
                         tr("The model description %1 cannot be used: %2")
                             .arg(dir.filePath(kConfig), config.error().message));
    return Status::success();
}

Status checkTokenizer(const QDir& dir)
{
    if (dir.exists(kTokenizerJson) || dir.exists(kTokenizerModel))
        return Status::success();
    return makeError(
        ErrorCode::NotFound,
        tr("There is no tokenizer in %1: the folder needs tokenizer.json or tokenizer.model.")
            .arg(dir.absolutePath()));
}

Status checkSafetensorsFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("Cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray first8 = file.peek(8);
    const uint64_t prefix = ml::SafetensorsHeader::requiredPrefix(first8);
    const QByteArray head =
        prefix > 0 ? file.read(qint64(std::min<uint64_t>(prefix, uint64_t(file.size())))) : first8;
    Result<ml::SafetensorsHeader> header =
        ml::SafetensorsHeader::parse(head, uint64_t(file.size()));
    if (!header)
        return makeError(ErrorCode::Corrupt, tr("The weights file %1 is incomplete or damaged, "
                                                "perhaps by an unfinished download or copy; "
                                                "fetch it again. Details: %2")
                                                 .arg(path, header.error().message));
    return Status::success();
}

Status checkWeights(const QDir& dir)
{
    if (!dir.exists(kSingleWeights) && !dir.exists(kWeightIndex)) {
        QString message = tr("There are no weights in %1: the folder needs model.safetensors "
                             "(or model.safetensors.index.json and its shards).")
                              .arg(dir.absolutePath());
        if (!dir.entryList({QStringLiteral("*.bin"), QStringLiteral("*.pth")}, QDir::Files)
                 .isEmpty())
            message += tr(" Its PyTorch .bin/.pth weights cannot be read: convert them to "
                          "safetensors first.");
        return makeError(ErrorCode::NotFound, message);
    }
    for (const QString& name :
         dir.entryList({QStringLiteral("*.safetensors")}, QDir::Files, QDir::Name))
        if (Status s = checkSafetensorsFile(dir.filePath(name)); !s)
            return s;
    return Status::success();
}

Status precheck(const QDir& dir)
{
    for (Status (*check)(const QDir&) : {checkConfig, checkTokenizer, checkWeights})
        if (Status s = check(dir); !s)
            return s;
    return Status::success();
}

// Which tokenizer the engine took: Tokenizer::loadFolder prefers tokenizer.json when it holds a
// BPE model and falls back to tokenizer.model; the engine's interface does not say which.
QString tokenizerKind(const QDir& dir)
{
    const bool json = dir.exists(kTokenizerJson);
    const bool sentencePiece = dir.exists(kTokenizerModel);
    const bool bpe = json && (!sentencePiece || readJsonObject(dir.filePath(kTokenizerJson))
                                                        .value(QStringLiteral("model"))
                                                        .toObject()
                                                        .value(QStringLiteral("type"))
                                                        .toString() == QLatin1String("BPE"));
    return bpe ? tr("tokenizer.json (byte-level BPE)") : tr("tokenizer.model (SentencePiece)");
}

// tokenizer_config.json holds a Jinja string, or a list of named templates.
bool hasChatTemplate(const QDir& dir)
{
    const QJsonValue tpl =
        readJsonObject(dir.filePath(kTokenizerConfig)).value(QStringLiteral("chat_template"));
    return (tpl.isString() && !tpl.toString().trimmed().isEmpty()) ||
           (tpl.isArray() && !tpl.toArray().isEmpty());
}

HfFolderSummary describe(const QDir& dir, const ml::LoadedModel& model)
{
    HfFolderSummary s;
    s.folder = dir.absolutePath();
    s.config = model.config();
    s.parameterCount = model.parameterCount();
    s.tokenizer = tokenizerKind(dir);
    s.hasChatTemplate = hasChatTemplate(dir);
    for (const QFileInfo& f : dir.entryInfoList(QDir::Files, QDir::Name)) {
        if (!isModelFile(f.fileName()))
            continue;
        s.files << f.fileName();
        s.totalBytes += f.size(); // follows symlinks, as in a Hugging Face cache snapshot
    }
    return s;
}
} // namespace

bool isModelFile(const QString& fileName)
{
    static const QStringList exact{kConfig,          QStringLiteral("generation_config.json"),
                                   kTokenizerJson,   kTokenizerModel,
                                   kTokenizerConfig, QStringLiteral("special_tokens_map.json"),
                                   kWeightIndex};
    return exact.contains(fileName) || fileName.endsWith(QLatin1String(".safetensors"));
}

Result<HfFolderSummary> inspectHfFolder(const QString& dir, ml::MlRuntime& engine)
{
    const QFileInfo info(dir);
    if (!info.exists())
        return makeError(ErrorCode::NotFound, tr("The folder %1 does not exist.").arg(dir));
    if (!info.isDir())
        return makeError(ErrorCode::NotFound, tr("%1 is a file, not a folder.").arg(dir));
    const QDir folder(info.absoluteFilePath());
    if (Status s = precheck(folder); !s)
        return s.error();
    // The user's own folder is read into memory: only the model's files, as importHfFolder stores
    // them.
    QStringList names;
    for (const QString& file : folder.entryList(QDir::Files, QDir::Name))
        if (isModelFile(file))
            names << file;
    Result<ModelFiles> files = ModelFiles::readFolder(folder.absolutePath(), names);
    if (!files)
        return files.error();
    Result<std::unique_ptr<ml::LoadedModel>> model = engine.loadModel(*files, false);
    if (!model)
        return makeError(model.error().code,
                         tr("The model in %1 cannot be loaded: %2")
                             .arg(folder.absolutePath(), model.error().message));
    return describe(folder, **model);
}

Result<ModelEntry> importHfFolder(ModelStore& store, const QString& dir, const QString& name,
                                  const HfFolderSummary& summary)
{
    // Only the model's own files go into the registry, streamed from the user's folder.
    const QString source = QFileInfo(dir).absoluteFilePath();
    ModelEntry spec;
    spec.name = name;
    spec.kind = ModelKind::Model;
    spec.source = QStringLiteral("import");
    spec.architecture = summary.config.architecture;
    spec.parameterCount = summary.parameterCount;
    spec.lineage = {{QStringLiteral("imported_from"), source},
                    {QStringLiteral("model_config"), summary.hfConfig()}};
    return store.addFromFolder(spec, source, summary.files);
}

} // namespace fw::models

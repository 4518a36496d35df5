// Reading and writing Hugging Face config.json for Llama, Mistral and Qwen2 models; size presets.
#include "ml/ModelConfig.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <limits>

namespace fw::ml {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("fw::ml", text);
}

Error invalid(const QString& message)
{
    return makeError(ErrorCode::InvalidArgument, message);
}

// Reads an integer key; absent keys keep the default, non-integers are an error.
bool readInt(const QJsonObject& json, const char* key, int& out, QString& error)
{
    const QJsonValue v = json.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return true;
    const double d = v.toDouble();
    if (!v.isDouble() || d != std::trunc(d)) {
        error = tr("config.json: \"%1\" must be an integer").arg(QLatin1String(key));
        return false;
    }
    // Checked as a double: converting one outside int's range is undefined behaviour.
    if (d < double(std::numeric_limits<int>::min()) ||
        d > double(std::numeric_limits<int>::max())) {
        error = tr("config.json: \"%1\" is out of range (%2)").arg(QLatin1String(key)).arg(d);
        return false;
    }
    out = int(d);
    return true;
}

bool readDouble(const QJsonObject& json, const char* key, double& out, QString& error)
{
    const QJsonValue v = json.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isDouble()) {
        error = tr("config.json: \"%1\" must be a number").arg(QLatin1String(key));
        return false;
    }
    out = v.toDouble();
    return true;
}

// eos_token_id may be a list (Llama 3 instruct); the first one is the primary stop token.
int readTokenId(const QJsonValue& v)
{
    if (v.isDouble())
        return v.toInt();
    if (v.isArray() && !v.toArray().isEmpty())
        return v.toArray().first().toInt(-1);
    return -1;
}

Result<RopeScaling> readRopeScaling(const QJsonValue& v)
{
    RopeScaling s;
    if (v.isUndefined() || v.isNull())
        return s;
    if (!v.isObject())
        return invalid(tr("config.json: \"rope_scaling\" must be an object"));
    const QJsonObject o = v.toObject();
    s.type = o.value(QStringLiteral("rope_type")).toString(o.value(QStringLiteral("type")).toString());
    s.factor = o.value(QStringLiteral("factor")).toDouble(1.0);
    s.lowFreqFactor = o.value(QStringLiteral("low_freq_factor")).toDouble(1.0);
    s.highFreqFactor = o.value(QStringLiteral("high_freq_factor")).toDouble(4.0);
    s.originalMaxPositionEmbeddings = o.value(QStringLiteral("original_max_position_embeddings")).toInt(0);
    const QStringList known{QStringLiteral("default"), QStringLiteral("linear"), QStringLiteral("dynamic"),
                            QStringLiteral("llama3")};
    if (!known.contains(s.type))
        return makeError(ErrorCode::Unsupported,
                         tr("config.json: rope scaling \"%1\" is not supported (supported: %2)")
                             .arg(s.type, known.join(QStringLiteral(", "))));
    if (s.factor <= 0)
        return invalid(tr("config.json: rope scaling factor must be positive"));
    return s;
}

// The parameter count in T: int64_t for the answer, double to check first that it cannot overflow.
template <typename T> T countParameters(const ModelConfig& c)
{
    const T hd = T(c.effectiveHeadDim());
    const T dim = T(c.dim), heads = T(c.nHeads), kvHeads = T(c.nKvHeads), hidden = T(c.hiddenDim);
    const T q = dim * heads * hd + (c.qkvBias ? heads * hd : T(0));
    const T kv = T(2) * (dim * kvHeads * hd + (c.qkvBias ? kvHeads * hd : T(0)));
    const T o = heads * hd * dim + (c.outputBias ? dim : T(0));
    const T mlp = T(3) * dim * hidden + (c.mlpBias ? T(2) * hidden + dim : T(0));
    const T perLayer = q + kv + o + mlp + T(2) * dim;
    const T embed = T(c.vocabSize) * dim;
    return embed + (c.tieEmbeddings ? T(0) : embed) + T(c.nLayers) * perLayer + dim;
}

// Far beyond any model (the largest have ~2e12), far below int64_t's 9.2e18.
constexpr double kMaxParameters = 1e15;

} // namespace

Status ModelConfig::validate() const
{
    if (vocabSize <= 0 || dim <= 0 || nLayers <= 0 || nHeads <= 0 || nKvHeads <= 0 || hiddenDim <= 0
        || maxSeqLen <= 0)
        return invalid(tr("Model sizes must be positive (vocab, hidden size, layers, heads, "
                          "intermediate size, context length)"));
    if (headDim <= 0 && dim % nHeads != 0)
        return invalid(tr("hidden_size %1 is not divisible by num_attention_heads %2").arg(dim).arg(nHeads));
    if (nHeads % nKvHeads != 0)
        return invalid(tr("num_attention_heads %1 is not divisible by num_key_value_heads %2")
                           .arg(nHeads)
                           .arg(nKvHeads));
    if (effectiveHeadDim() % 2 != 0)
        return invalid(tr("head dimension %1 must be even for rotary embeddings").arg(effectiveHeadDim()));
    if (normEps <= 0 || ropeTheta <= 0)
        return invalid(tr("rms_norm_eps and rope_theta must be positive"));
    if (const double n = countParameters<double>(*this); n > kMaxParameters)
        return invalid(
            tr("The sizes describe %1 parameters, more than any model can have").arg(n, 0, 'g', 3));
    return Status::success();
}

int64_t ModelConfig::parameterCount() const
{
    return countParameters<int64_t>(*this);
}

Result<ModelConfig> ModelConfig::fromHfJson(const QJsonObject& json)
{
    ModelConfig c;
    const QJsonArray archs = json.value(QStringLiteral("architectures")).toArray();
    c.architecture = archs.isEmpty() ? QString() : archs.first().toString();
    c.modelType = json.value(QStringLiteral("model_type")).toString();
    const QStringList supportedTypes{QStringLiteral("llama"), QStringLiteral("mistral"), QStringLiteral("qwen2")};
    if (!supportedTypes.contains(c.modelType))
        return makeError(ErrorCode::Unsupported,
                         tr("config.json: model_type \"%1\" is not supported (supported: %2)")
                             .arg(c.modelType, supportedTypes.join(QStringLiteral(", "))));
    if (c.architecture.isEmpty())
        c.architecture = c.modelType == QLatin1String("qwen2")     ? QStringLiteral("Qwen2ForCausalLM")
                         : c.modelType == QLatin1String("mistral") ? QStringLiteral("MistralForCausalLM")
                                                                   : QStringLiteral("LlamaForCausalLM");
    QString error;
    c.nKvHeads = -1;
    const bool ok = readInt(json, "vocab_size", c.vocabSize, error) && readInt(json, "hidden_size", c.dim, error)
                    && readInt(json, "num_hidden_layers", c.nLayers, error)
                    && readInt(json, "num_attention_heads", c.nHeads, error)
                    && readInt(json, "num_key_value_heads", c.nKvHeads, error)
                    && readInt(json, "head_dim", c.headDim, error)
                    && readInt(json, "intermediate_size", c.hiddenDim, error)
                    && readInt(json, "max_position_embeddings", c.maxSeqLen, error)
                    && readDouble(json, "rms_norm_eps", c.normEps, error)
                    && readDouble(json, "rope_theta", c.ropeTheta, error);
    if (!ok)
        return invalid(error);
    if (c.nKvHeads < 0)
        c.nKvHeads = c.nHeads; // absent means multi-head attention
    const QString act = json.value(QStringLiteral("hidden_act")).toString(QStringLiteral("silu"));
    if (act != QLatin1String("silu"))
        return makeError(ErrorCode::Unsupported, tr("config.json: hidden_act \"%1\" is not supported (only silu)").arg(act));
    auto scaling = readRopeScaling(json.value(QStringLiteral("rope_scaling")));
    if (!scaling)
        return scaling.error();
    c.ropeScaling = *scaling;
    c.tieEmbeddings = json.value(QStringLiteral("tie_word_embeddings")).toBool(false);
    if (c.modelType == QLatin1String("qwen2")) {
        c.qkvBias = true; // Qwen2 always biases q, k and v, never o
    } else {
        c.qkvBias = c.outputBias = json.value(QStringLiteral("attention_bias")).toBool(false);
    }
    c.mlpBias = json.value(QStringLiteral("mlp_bias")).toBool(false);
    c.bosTokenId = readTokenId(json.value(QStringLiteral("bos_token_id")));
    c.eosTokenId = readTokenId(json.value(QStringLiteral("eos_token_id")));
    if (Status s = c.validate(); !s)
        return s.error();
    return c;
}

Result<ModelConfig> ModelConfig::fromHfFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound, tr("Cannot read %1: %2").arg(path, file.errorString()));
    return fromHfBytes(file.readAll(), path);
}

Result<ModelConfig> ModelConfig::fromHfBytes(const QByteArray& json, const QString& name)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return makeError(ErrorCode::Corrupt,
                         tr("%1 is not a JSON object: %2").arg(name, parseError.errorString()));
    return fromHfJson(doc.object());
}

QJsonObject ModelConfig::toHfJson() const
{
    QJsonObject j;
    j[QStringLiteral("architectures")] = QJsonArray{architecture};
    j[QStringLiteral("model_type")] = modelType;
    j[QStringLiteral("vocab_size")] = vocabSize;
    j[QStringLiteral("hidden_size")] = dim;
    j[QStringLiteral("num_hidden_layers")] = nLayers;
    j[QStringLiteral("num_attention_heads")] = nHeads;
    j[QStringLiteral("num_key_value_heads")] = nKvHeads;
    if (headDim > 0)
        j[QStringLiteral("head_dim")] = headDim;
    j[QStringLiteral("intermediate_size")] = hiddenDim;
    j[QStringLiteral("max_position_embeddings")] = maxSeqLen;
    j[QStringLiteral("rms_norm_eps")] = normEps;
    j[QStringLiteral("rope_theta")] = ropeTheta;
    j[QStringLiteral("hidden_act")] = QStringLiteral("silu");
    j[QStringLiteral("tie_word_embeddings")] = tieEmbeddings;
    if (modelType != QLatin1String("qwen2"))
        j[QStringLiteral("attention_bias")] = qkvBias;
    j[QStringLiteral("mlp_bias")] = mlpBias;
    j[QStringLiteral("torch_dtype")] = QStringLiteral("float32");
    if (bosTokenId >= 0)
        j[QStringLiteral("bos_token_id")] = bosTokenId;
    if (eosTokenId >= 0)
        j[QStringLiteral("eos_token_id")] = eosTokenId;
    if (ropeScaling.type != QLatin1String("default")) {
        QJsonObject s;
        s[QStringLiteral("rope_type")] = ropeScaling.type;
        s[QStringLiteral("factor")] = ropeScaling.factor;
        if (ropeScaling.type == QLatin1String("llama3")) {
            s[QStringLiteral("low_freq_factor")] = ropeScaling.lowFreqFactor;
            s[QStringLiteral("high_freq_factor")] = ropeScaling.highFreqFactor;
        }
        if (ropeScaling.originalMaxPositionEmbeddings > 0)
            s[QStringLiteral("original_max_position_embeddings")] = ropeScaling.originalMaxPositionEmbeddings;
        j[QStringLiteral("rope_scaling")] = s;
    }
    return j;
}

QStringList ModelConfig::presetNames()
{
    return {QStringLiteral("nano"), QStringLiteral("micro"), QStringLiteral("mini")};
}

Result<ModelConfig> ModelConfig::preset(const QString& name)
{
    ModelConfig c;
    c.tieEmbeddings = true; // small models spend too much of their budget on a second embedding
    if (name == QLatin1String("nano")) { // ~0.9M with a 512-token vocabulary
        c.vocabSize = 512, c.dim = 128, c.nLayers = 4, c.nHeads = 4, c.nKvHeads = 4, c.hiddenDim = 384;
        c.maxSeqLen = 256;
    } else if (name == QLatin1String("micro")) { // ~5.8M with a 4096-token vocabulary
        c.vocabSize = 4096, c.dim = 256, c.nLayers = 6, c.nHeads = 8, c.nKvHeads = 4, c.hiddenDim = 768;
        c.maxSeqLen = 512;
    } else if (name == QLatin1String("mini")) { // ~25.7M with a 4096-token vocabulary
        c.vocabSize = 4096, c.dim = 512, c.nLayers = 8, c.nHeads = 8, c.nKvHeads = 4, c.hiddenDim = 1408;
        c.maxSeqLen = 1024;
    } else {
        return invalid(tr("Unknown model preset \"%1\" (known: %2)").arg(name, presetNames().join(QStringLiteral(", "))));
    }
    return c;
}

} // namespace fw::ml

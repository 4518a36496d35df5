// The blueprint of a Llama-family model: one plain struct, read from / written to HF config.json.
#pragma once

#include "common/Result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <QCoreApplication>

namespace fw::ml {

// How rotary frequencies are stretched for contexts longer than the model was trained on.
struct RopeScaling
{
    QString type = QStringLiteral("default"); // "default", "linear", "dynamic" or "llama3"
    double factor = 1.0;
    double lowFreqFactor = 1.0;            // llama3 only
    double highFreqFactor = 4.0;           // llama3 only
    int originalMaxPositionEmbeddings = 0; // llama3 and dynamic
};

struct ModelConfig
{
    QString architecture = QStringLiteral("LlamaForCausalLM");
    QString modelType = QStringLiteral("llama");
    int vocabSize = 512;
    int dim = 128;          // hidden_size
    int nLayers = 4;        // num_hidden_layers
    int nHeads = 4;         // num_attention_heads
    int nKvHeads = 4;       // num_key_value_heads (grouped-query attention when < nHeads)
    int headDim = 0;        // 0 means dim / nHeads
    int hiddenDim = 384;    // intermediate_size of the SwiGLU feed-forward
    int maxSeqLen = 512;    // max_position_embeddings
    double normEps = 1e-5;  // rms_norm_eps
    double ropeTheta = 10000.0;
    RopeScaling ropeScaling;
    bool tieEmbeddings = false;
    bool qkvBias = false;   // Qwen2 (and Llama's attention_bias)
    bool outputBias = false; // Llama's attention_bias also biases o_proj
    bool mlpBias = false;
    int bosTokenId = -1;
    int eosTokenId = -1;

    int effectiveHeadDim() const { return headDim > 0 ? headDim : dim / nHeads; }
    // Every consistency rule (divisibility, positive sizes); a clear message for the first broken one.
    Status validate() const;
    // Parameters of the model this config builds (tied embeddings counted once).
    int64_t parameterCount() const;

    static Result<ModelConfig> fromHfJson(const QJsonObject& json);
    static Result<ModelConfig> fromHfFile(const QString& path);
    // config.json's bytes; `name` says where they came from in error messages.
    static Result<ModelConfig> fromHfBytes(const QByteArray& json, const QString& name);
    QJsonObject toHfJson() const;

    // Size presets for models trained from scratch: "nano" (~1M), "micro" (~6M), "mini" (~25M).
    static QStringList presetNames();
    static Result<ModelConfig> preset(const QString& name);

    // tr() in the context lupdate files this class's strings under.
    Q_DECLARE_TR_FUNCTIONS(fw::ml::ModelConfig)
};

} // namespace fw::ml

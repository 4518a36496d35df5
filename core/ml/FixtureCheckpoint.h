// Writes a tiny random Llama checkpoint in Hugging Face layout, for tests and demos (no downloads).
#pragma once

#include "common/ModelFiles.h"
#include "ml/ModelConfig.h"
#include "ml/SafetensorsHeader.h"

namespace fw::ml {

struct FixtureOptions
{
    ModelConfig config = tinyConfig(); // vocabSize is replaced by the trained tokenizer's size
    uint64_t seed = 1234;
    StDtype dtype = StDtype::F32;
    uint64_t maxShardBytes = 0; // > 0 writes shards + model.safetensors.index.json

    // 2 layers, dim 64, 4 heads sharing 2 kv heads (GQA), untied head: small yet covers every path.
    static ModelConfig tinyConfig();
};

// The fixed small corpus the fixture tokenizer is trained on (mixed scripts and emoji).
QStringList fixtureCorpus();

// config.json, model.safetensors (or shards), tokenizer.json (byte-level BPE with ChatML special
// tokens) and tokenizer_config.json (ChatML chat template), in memory.
Result<ModelFiles> fixtureFiles(const FixtureOptions& options = {});
// The same files written into `dir`.
Status writeFixtureCheckpoint(const QString& dir, const FixtureOptions& options = {});

} // namespace fw::ml

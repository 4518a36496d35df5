// Continuous-batching throughput of the serving engine with many adapters, in-process (no HTTP),
// for flywheel-bench serve --engine, and the random base and adapters both serve benchmarks use
// (the node's over HTTP is app/bench/NodeServeBench); torch-free so the bench stays a thin main().
#pragma once

#include "common/ModelFiles.h"
#include "common/Result.h"

#include <vector>

namespace fw::ml {

struct ServeBenchConfig
{
    int adapters = 8;   // distinct random rank-8 adapters (q, k, v, o); client i uses i % adapters
    int clients = 8;    // sequences kept running at once
    int requests = 2;   // per client, one after the other
    int maxTokens = 64; // generated per request
    int promptTokens = 16; // random prompt ids per request
    int vocab =
        32000; // the base: flywheel-bench's default shape (dim 288, 6 layers) with this vocab
    int threads = 1;
    bool int8 = false; // the base's weights as int8 (ServingEngine::setInt8Weights), as `--int8`
    uint64_t seed = 1;
};

struct ServeBenchResult
{
    double tokensPerSecond = 0.0; // generated tokens of all clients over the wall time
    double ttftMsP50 =
        0.0; // request start (prefill included) to the step that gave its first token
    double ttftMsP99 = 0.0;
    double adapterLoadMsP50 = 0.0; // addAdapter from in-memory PEFT files
    int64_t tokens = 0;
    int64_t requests = 0;
    int64_t promptTokens = 0; // of all requests (a chat prompt counts its template's tokens)
};

// One engine per call: a random base, `adapters` random adapters, `clients` closed-loop clients.
Result<ServeBenchResult> benchmarkServing(const ServeBenchConfig& config);

// The p-quantile (0..1) of `values`, the nearest sample; 0 when there is none.
double percentileOf(std::vector<double> values, double p);

// The serve benches' base: flywheel-bench's default shape (6 heads, hidden 768, tied head).
inline constexpr int kServeBenchDim = 288;
inline constexpr int kServeBenchLayers = 6;

// That shape with config.vocab, random weights from config.seed, and the fixture tokenizer (ids
// past its vocabulary decode to nothing).
Result<ModelFiles> randomServingBase(const ServeBenchConfig& config);
// Adapter `index` for a base of `dim` and `layers`: PEFT files, random rank-8 LoRA on q, k, v, o.
ModelFiles randomServingAdapter(int index, int dim = kServeBenchDim, int layers = kServeBenchLayers);

} // namespace fw::ml

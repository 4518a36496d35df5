// Throughput measurements of the engine (training step, KV-cached decode, matmul peak), for
// flywheel-bench; torch-free so the bench executable stays a thin main().
#pragma once

#include "common/Result.h"
#include "ml/DistributedSettings.h"
#include "ml/OpProfiler.h"
#include "ml/Precision.h"

namespace fw::ml {

struct BenchConfig
{
    int dim = 288;
    int layers = 6;
    int heads = 6;
    int kvHeads = 6;
    int vocab = 512;
    int hiddenDim = 768; // llama2.c's SwiGLU size for dim 288
    int seq = 256;
    int batch = 8;
    int steps = 10;
    int warmupSteps = 2; // not timed
    int threads = 0;     // cores, split as the workload runs best (ThreadLayout.h); 0 = leave as is
    uint64_t seed = 1;
    int profileSteps = 0; // > 0: that many more steps after the timed ones, under OpProfiler
    Precision precision = Precision::Fp32; // train: the forward's matrix products (Auto resolved here)
    // worldSize > 1: this process is one rank of a data-parallel step over the same `batch` rows
    // (each rank batch / worldSize of them, gradients all-reduced through c10d Gloo).
    DistributedSettings distributed;
};

struct TrainBenchResult
{
    double tokensPerSecond = 0.0;
    double msPerStep = 0.0;
    double flopsPerStep = 0.0; // model FLOPs (6 N per token + attention), not hardware FLOPs
    double achievedGflops = 0.0;
    double finalLoss = 0.0;
    int64_t parameters = 0;
    double exchangeMsPerStep = 0.0; // data-parallel: waiting for the gradient sums after backward
    int buckets = 0;                // data-parallel with overlap: gradient buckets per step,
    int bucketsSentDuringBackward = 0; // and how many of them left before backward ended (last step)
    std::vector<OpTime> profile; // per op over the profiled steps, largest self time first
};

struct DecodeBenchResult
{
    double tokensPerSecond = 0.0; // generated tokens over all sequences per second
    double msPerToken = 0.0;      // per decode step
};

// Batch-1 greedy decode of one random model on each path, tokens/s (best of `repeats` runs).
struct DecodePathsResult
{
    double torchTokensPerSecond = 0.0;   // Transformer::forward with the KV cache
    double fastF32TokensPerSecond = 0.0; // FastDecoder, F32 weights
    double fastInt8TokensPerSecond = 0.0; // FastDecoder, int8 weights in blocks of 32
    double floorTokensPerSecond = 0.0;   // DecodeFloor: naive scalar loops over the same weights
    bool fastMatchesTorch = false;       // the greedy tokens of the paths, compared
    bool int8MatchesF32 = false;
    bool floorMatchesFast = false;
};

// A LoRA-DPO step against a LoRA-SFT step on the same tokens: `batch` pairs, so 2 x batch rows of
// `seq` tokens for both (DPO adds the reference's forward pass, with the adapter off).
struct DpoBenchResult
{
    double sftMsPerStep = 0.0;
    double dpoMsPerStep = 0.0;
    int64_t sftPeakBytes = 0; // tensor memory alive at the step's peak, weights included
    int64_t dpoPeakBytes = 0;
    int64_t baseWeightBytes = 0; // what a separate reference copy would add
    double timeRatio() const { return dpoMsPerStep / sftMsPerStep; }
    double memoryRatio() const { return double(dpoPeakBytes) / double(sftPeakBytes); }
};

Result<TrainBenchResult> benchmarkTraining(const BenchConfig& config);
Result<DpoBenchResult> benchmarkDpo(const BenchConfig& config);
// `batch` sequences, each decoding `newTokens` tokens with the KV cache after a 16-token prompt.
Result<DecodeBenchResult> benchmarkDecode(const BenchConfig& config, int batch, int newTokens);
// The torch path, FastDecoder F32 and int8 and the naive floor at batch 1, `newTokens` greedy
// tokens after a 16-token prompt, each path timed `repeats` times.
Result<DecodePathsResult> benchmarkDecodePaths(const BenchConfig& config, int newTokens, int repeats = 3);
// Best of a few F32 square matrix multiplies, in GFLOP/s: the peak MFU is measured against.
double measureMatmulGflops(int n = 1024, int repeats = 5);

} // namespace fw::ml

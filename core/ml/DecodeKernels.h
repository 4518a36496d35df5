// The loops of batch-1 decoding on the CPU (FastDecoder): matrix-vector products in F32 and with
// Q8_0-style int8 weights, RMSNorm, rotary, attention over one head's cache, SwiGLU; torch-free.
#pragma once

#include <cstdint>

namespace fw::ml::decode {

// Int8 weights and activations come in blocks of this many values, each with its own scale
// (llama.cpp's Q8_0): a row of n values is stored padded to a whole number of blocks.
inline constexpr int64_t kQ8Block = 32;
inline int64_t q8Blocks(int64_t n)
{
    return (n + kQ8Block - 1) / kQ8Block;
}

// y[r] = W[r] . x (+ bias[r]) for W (rows, cols) row-major; bias may be null.
void matVecF32(const float* w, const float* x, const float* bias, float* y, int64_t rows,
               int64_t cols);
// x (n) -> q (q8Blocks(n) * kQ8Block, zero-padded) and one scale per block: x ~ q * scale, |q| <=
// 127. The weights' format.
void quantizeQ8(const float* x, int64_t n, int8_t* q, float* scales);
// The same blocks in 16 bits (|q| <= 32767): the activations' format. With 8-bit activations (as
// llama.cpp's Q8_0 x Q8_0 product) greedy decoding left F32's tokens on 21 of 128 positions of a
// briefly trained model; with 16 bits it follows them, at the same count of instructions a block.
void quantizeQ16(const float* x, int64_t n, int16_t* q, float* scales);
// y[r] = sum over blocks b of wScales[r][b] * xScales[b] * (wq[r][b] . xq[b]) (+ bias[r]), the
// block dot products in int32 (exact: 32 * 127 * 32767 < 2^31).
void matVecQ8Q16(const int8_t* wq, const float* wScales, const int16_t* xq, const float* xScales,
                 const float* bias, float* y, int64_t rows, int64_t blocks);

// The same products without SIMD intrinsics, whatever the CPU (tests compare the two).
void matVecF32Portable(const float* w, const float* x, const float* bias, float* y, int64_t rows,
                       int64_t cols);
void matVecQ8Q16Portable(const int8_t* wq, const float* wScales, const int16_t* xq,
                         const float* xScales, const float* bias, float* y, int64_t rows,
                         int64_t blocks);
// Whether matVecF32 / matVecQ8Q16 take their AVX2 + FMA paths on this CPU.
bool hasAvx2();

// y = w * (x / rms(x)) in F32, as FusedRmsNorm computes it.
void rmsNorm(const float* x, const float* w, float eps, float* y, int64_t n);
// In place, HF rotate_half over the two halves of one head (hd = 2 half), times scale.
void rotate(float* v, const float* cos, const float* sin, int64_t half, float scale);
// One query head (hd, already scaled by 1/sqrt(hd)) against `length` cached keys and values
// (length, hd) -> out (hd); scores is scratch of `length` floats.
void attendHead(const float* q, const float* keys, const float* values, int64_t length, int64_t hd,
                float* scores, float* out);
// h = silu(gate) * up.
void swiGlu(const float* gate, const float* up, float* h, int64_t n);
// a += b.
void addInPlace(float* a, const float* b, int64_t n);
// y += scaling * B (A x) for A (rank, in) and B (out, rank) row-major: a LoRA adapter's update,
// in LoraLinear's order (the scaling after both products). t is scratch of `rank` floats.
void addLowRank(const float* a, const float* b, int64_t rank, int64_t in, int64_t out,
                float scaling, const float* x, float* t, float* y);
// The first index of the largest value (torch's argmax on a row without NaN).
int64_t argmax(const float* x, int64_t n);

} // namespace fw::ml::decode

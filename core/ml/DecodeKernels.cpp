// Batch-1 decode loops: AVX2 + FMA intrinsics where the CPU has them, portable loops otherwise.
#include "ml/DecodeKernels.h"

#include "ml/VectorMath.h"

#include <algorithm>
#include <cmath>

#if defined(__x86_64__) && defined(__GNUC__)
#include <immintrin.h>
#define FW_DECODE_AVX2 1
#endif

namespace fw::ml::decode {

namespace {

// Eight partial sums: without -ffast-math this is how a float reduction vectorises.
struct Sum8
{
    float lanes[8] = {};
    float total() const
    {
        return ((lanes[0] + lanes[4]) + (lanes[1] + lanes[5])) +
               ((lanes[2] + lanes[6]) + (lanes[3] + lanes[7]));
    }
};

inline float dotPortable(const float* __restrict a, const float* __restrict b, int64_t n)
{
    Sum8 acc;
    int64_t j = 0;
    for (; j + 8 <= n; j += 8)
        for (int k = 0; k < 8; ++k)
            acc.lanes[k] += a[j + k] * b[j + k];
    float tail = 0.0f;
    for (; j < n; ++j)
        tail += a[j] * b[j];
    return acc.total() + tail;
}

#ifdef FW_DECODE_AVX2
#define FW_AVX2 __attribute__((target("avx2,fma")))

FW_AVX2 inline float horizontalSum(__m256 v)
{
    const __m128 s = _mm_add_ps(_mm256_castps256_ps128(v), _mm256_extractf128_ps(v, 1));
    const __m128 s2 = _mm_add_ps(s, _mm_movehl_ps(s, s));
    return _mm_cvtss_f32(_mm_add_ss(s2, _mm_movehdup_ps(s2)));
}

// Four rows per pass share each load of x; two accumulators per row keep eight FMA chains in
// flight (the FMA latency is four cycles, two issue per cycle).
FW_AVX2 void matVecF32Avx2(const float* w, const float* x, const float* bias, float* y,
                           int64_t rows, int64_t cols)
{
    int64_t r = 0;
    for (; r + 4 <= rows; r += 4) {
        const float* w0 = w + r * cols;
        const float *w1 = w0 + cols, *w2 = w1 + cols, *w3 = w2 + cols;
        __m256 a0 = _mm256_setzero_ps(), a1 = a0, a2 = a0, a3 = a0;
        __m256 b0 = a0, b1 = a0, b2 = a0, b3 = a0;
        int64_t j = 0;
        for (; j + 16 <= cols; j += 16) {
            const __m256 x0 = _mm256_loadu_ps(x + j), x1 = _mm256_loadu_ps(x + j + 8);
            a0 = _mm256_fmadd_ps(_mm256_loadu_ps(w0 + j), x0, a0);
            a1 = _mm256_fmadd_ps(_mm256_loadu_ps(w1 + j), x0, a1);
            a2 = _mm256_fmadd_ps(_mm256_loadu_ps(w2 + j), x0, a2);
            a3 = _mm256_fmadd_ps(_mm256_loadu_ps(w3 + j), x0, a3);
            b0 = _mm256_fmadd_ps(_mm256_loadu_ps(w0 + j + 8), x1, b0);
            b1 = _mm256_fmadd_ps(_mm256_loadu_ps(w1 + j + 8), x1, b1);
            b2 = _mm256_fmadd_ps(_mm256_loadu_ps(w2 + j + 8), x1, b2);
            b3 = _mm256_fmadd_ps(_mm256_loadu_ps(w3 + j + 8), x1, b3);
        }
        for (; j + 8 <= cols; j += 8) {
            const __m256 x0 = _mm256_loadu_ps(x + j);
            a0 = _mm256_fmadd_ps(_mm256_loadu_ps(w0 + j), x0, a0);
            a1 = _mm256_fmadd_ps(_mm256_loadu_ps(w1 + j), x0, a1);
            a2 = _mm256_fmadd_ps(_mm256_loadu_ps(w2 + j), x0, a2);
            a3 = _mm256_fmadd_ps(_mm256_loadu_ps(w3 + j), x0, a3);
        }
        float s[4] = {horizontalSum(_mm256_add_ps(a0, b0)), horizontalSum(_mm256_add_ps(a1, b1)),
                      horizontalSum(_mm256_add_ps(a2, b2)), horizontalSum(_mm256_add_ps(a3, b3))};
        for (; j < cols; ++j) {
            s[0] += w0[j] * x[j], s[1] += w1[j] * x[j];
            s[2] += w2[j] * x[j], s[3] += w3[j] * x[j];
        }
        for (int k = 0; k < 4; ++k)
            y[r + k] = bias ? s[k] + bias[r + k] : s[k];
    }
    for (; r < rows; ++r) {
        const float s = dotPortable(w + r * cols, x, cols);
        y[r] = bias ? s + bias[r] : s;
    }
}

// One block: 32 int8 weights widened to int16 against 32 int16 activations, summed in int32 pairs
// (madd) -> 8 int32 lanes, as floats.
FW_AVX2 inline __m256 blockDot(const int8_t* wq, const int16_t* xq)
{
    const __m256i w0 = _mm256_cvtepi8_epi16(_mm_loadu_si128(reinterpret_cast<const __m128i*>(wq)));
    const __m256i w1 =
        _mm256_cvtepi8_epi16(_mm_loadu_si128(reinterpret_cast<const __m128i*>(wq + 16)));
    const __m256i x0 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(xq));
    const __m256i x1 = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(xq + 16));
    return _mm256_cvtepi32_ps(
        _mm256_add_epi32(_mm256_madd_epi16(w0, x0), _mm256_madd_epi16(w1, x1)));
}

FW_AVX2 void matVecQ8Q16Avx2(const int8_t* wq, const float* wScales, const int16_t* xq,
                             const float* xScales, const float* bias, float* y, int64_t rows,
                             int64_t blocks)
{
    for (int64_t r = 0; r < rows; ++r) {
        const int8_t* row = wq + r * blocks * kQ8Block;
        const float* scales = wScales + r * blocks;
        __m256 acc0 = _mm256_setzero_ps(), acc1 = acc0;
        int64_t b = 0;
        for (; b + 2 <= blocks; b += 2) {
            acc0 = _mm256_fmadd_ps(_mm256_set1_ps(scales[b] * xScales[b]),
                                   blockDot(row + b * kQ8Block, xq + b * kQ8Block), acc0);
            acc1 =
                _mm256_fmadd_ps(_mm256_set1_ps(scales[b + 1] * xScales[b + 1]),
                                blockDot(row + (b + 1) * kQ8Block, xq + (b + 1) * kQ8Block), acc1);
        }
        if (b < blocks)
            acc0 = _mm256_fmadd_ps(_mm256_set1_ps(scales[b] * xScales[b]),
                                   blockDot(row + b * kQ8Block, xq + b * kQ8Block), acc0);
        const float s = horizontalSum(_mm256_add_ps(acc0, acc1));
        y[r] = bias ? s + bias[r] : s;
    }
}
#endif

} // namespace

bool hasAvx2()
{
#ifdef FW_DECODE_AVX2
    static const bool avx2 = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
    return avx2;
#else
    return false;
#endif
}

void matVecF32Portable(const float* w, const float* x, const float* bias, float* y, int64_t rows,
                       int64_t cols)
{
    for (int64_t r = 0; r < rows; ++r) {
        const float s = dotPortable(w + r * cols, x, cols);
        y[r] = bias ? s + bias[r] : s;
    }
}

void matVecF32(const float* w, const float* x, const float* bias, float* y, int64_t rows,
               int64_t cols)
{
#ifdef FW_DECODE_AVX2
    if (hasAvx2())
        return matVecF32Avx2(w, x, bias, y, rows, cols);
#endif
    matVecF32Portable(w, x, bias, y, rows, cols);
}

namespace {
// Blocks of kQ8Block values, each scaled so that its largest magnitude becomes `top`; the last
// block zero-padded. Inlined into each clone of its callers, so it vectorises for their targets.
template <typename Q>
inline __attribute__((always_inline)) void quantizeBlocks(const float* __restrict x, int64_t n,
                                                          Q* __restrict q,
                                                          float* __restrict scales, float top)
{
    for (int64_t b = 0; b < q8Blocks(n); ++b) {
        const int64_t begin = b * kQ8Block, end = std::min(n, begin + kQ8Block);
        float amax = 0.0f;
        for (int64_t i = begin; i < end; ++i)
            amax = std::max(amax, std::fabs(x[i]));
        const float scale = amax / top;
        const float inverse = scale > 0.0f ? 1.0f / scale : 0.0f;
        scales[b] = scale;
        // nearbyint, unlike lround, becomes one vector instruction (no errno, no long).
        for (int64_t i = begin; i < begin + kQ8Block; ++i)
            q[i] = i < end ? Q(std::nearbyint(x[i] * inverse)) : Q(0);
    }
}
} // namespace

FW_VECTOR_CLONES void quantizeQ8(const float* __restrict x, int64_t n, int8_t* __restrict q,
                                 float* __restrict scales)
{
    quantizeBlocks(x, n, q, scales, 127.0f);
}

// Runs on every activation vector of every int8 step.
FW_VECTOR_CLONES void quantizeQ16(const float* __restrict x, int64_t n, int16_t* __restrict q,
                                  float* __restrict scales)
{
    quantizeBlocks(x, n, q, scales, 32767.0f);
}

void matVecQ8Q16Portable(const int8_t* wq, const float* wScales, const int16_t* xq,
                         const float* xScales, const float* bias, float* y, int64_t rows,
                         int64_t blocks)
{
    for (int64_t r = 0; r < rows; ++r) {
        const int8_t* row = wq + r * blocks * kQ8Block;
        float s = 0.0f;
        for (int64_t b = 0; b < blocks; ++b) {
            int32_t dot = 0;
            for (int64_t i = 0; i < kQ8Block; ++i)
                dot += int32_t(row[b * kQ8Block + i]) * int32_t(xq[b * kQ8Block + i]);
            s += float(dot) * (wScales[r * blocks + b] * xScales[b]);
        }
        y[r] = bias ? s + bias[r] : s;
    }
}

void matVecQ8Q16(const int8_t* wq, const float* wScales, const int16_t* xq, const float* xScales,
                 const float* bias, float* y, int64_t rows, int64_t blocks)
{
#ifdef FW_DECODE_AVX2
    if (hasAvx2())
        return matVecQ8Q16Avx2(wq, wScales, xq, xScales, bias, y, rows, blocks);
#endif
    matVecQ8Q16Portable(wq, wScales, xq, xScales, bias, y, rows, blocks);
}

FW_VECTOR_CLONES void rmsNorm(const float* __restrict x, const float* __restrict w, float eps,
                              float* __restrict y, int64_t n)
{
    const float r = 1.0f / std::sqrt(dotPortable(x, x, n) / float(n) + eps);
    for (int64_t j = 0; j < n; ++j)
        y[j] = w[j] * (x[j] * r);
}

FW_VECTOR_CLONES void rotate(float* __restrict v, const float* __restrict c,
                             const float* __restrict s, int64_t half, float scale)
{
    for (int64_t j = 0; j < half; ++j) {
        const float a = v[j], b = v[j + half];
        v[j] = (a * c[j] - b * s[j]) * scale;
        v[j + half] = (b * c[j] + a * s[j]) * scale;
    }
}

FW_VECTOR_CLONES void attendHead(const float* __restrict q, const float* __restrict keys,
                                 const float* __restrict values, int64_t length, int64_t hd,
                                 float* __restrict scores, float* __restrict out)
{
    float top = -INFINITY;
    for (int64_t t = 0; t < length; ++t) {
        scores[t] = dotPortable(q, keys + t * hd, hd);
        top = std::max(top, scores[t]);
    }
    float total = 0.0f;
    for (int64_t t = 0; t < length; ++t) {
        scores[t] = vectorisableExp(scores[t] - top);
        total += scores[t];
    }
    const float inverse = 1.0f / total;
    std::fill(out, out + hd, 0.0f);
    for (int64_t t = 0; t < length; ++t) {
        const float p = scores[t] * inverse;
        const float* v = values + t * hd;
        for (int64_t j = 0; j < hd; ++j)
            out[j] += p * v[j];
    }
}

FW_VECTOR_CLONES void swiGlu(const float* __restrict gate, const float* __restrict up,
                             float* __restrict h, int64_t n)
{
    for (int64_t i = 0; i < n; ++i)
        h[i] = gate[i] * vectorisableSigmoid(gate[i]) * up[i];
}

FW_VECTOR_CLONES void addInPlace(float* __restrict a, const float* __restrict b, int64_t n)
{
    for (int64_t i = 0; i < n; ++i)
        a[i] += b[i];
}

void addLowRank(const float* a, const float* b, int64_t rank, int64_t in, int64_t out,
                float scaling, const float* x, float* t, float* y)
{
    matVecF32(a, x, nullptr, t, rank, in);
    for (int64_t i = 0; i < out; ++i) {
        const float* row = b + i * rank;
        float s = 0.0f;
        for (int64_t r = 0; r < rank; ++r)
            s += row[r] * t[r];
        y[i] += s * scaling;
    }
}

int64_t argmax(const float* x, int64_t n)
{
    int64_t best = 0;
    for (int64_t i = 1; i < n; ++i)
        if (x[i] > x[best])
            best = i;
    return best;
}

} // namespace fw::ml::decode

// Helpers for the fused CPU kernels: plain float code the compiler vectorises, at the CPU's width.
#pragma once

#include <cstdint>
#include <cstring>

// The default x86-64 target stops at SSE2 (4 floats); torch's own kernels pick AVX2/AVX-512 at run
// time. Cloning a kernel for x86-64-v3 (AVX2 + FMA) and letting the loader choose (an ELF ifunc)
// keeps the binary portable while the fused loops run as wide as the composite ops they replace.
#if defined(__GNUC__) && defined(__x86_64__) && defined(__linux__)
#define FW_VECTOR_CLONES __attribute__((target_clones("arch=x86-64-v3", "default")))
#else
#define FW_VECTOR_CLONES
#endif

namespace fw::ml {

// exp(x) as straight-line float code (Cephes' expf: a degree-6 polynomial on x - n ln2, about
// 1 ulp), because a call to std::exp keeps the loop around it from vectorising. The clamp to
// +-80 keeps 2^n and every constant the vectoriser derives from it normal: a denormal operand
// costs a microcode assist per vector (it made this 10x slower at +-87). NaN stays NaN.
// Needs -fno-trapping-math (GCC) for the clamps to become selects instead of branches.
inline float vectorisableExp(float x)
{
    x = x < -80.0f ? -80.0f : x;
    x = x > 80.0f ? 80.0f : x;
    const float shifter = 12582912.0f; // 1.5 * 2^23: adding it rounds x log2(e) to an integer
    const float t = x * 1.44269504088896341f + shifter;
    const float n = t - shifter;
    float r = x - n * 0.693359375f; // ln2 in two parts, so r keeps its low bits
    r = r - n * -2.12194440e-4f;
    float p = 1.9875691500e-4f;
    p = p * r + 1.3981999507e-3f;
    p = p * r + 8.3334519073e-3f;
    p = p * r + 4.1665795894e-2f;
    p = p * r + 1.6666665459e-1f;
    p = p * r + 5.0000001201e-1f;
    p = p * r * r + r + 1.0f;
    std::uint32_t bits;
    std::memcpy(&bits, &t, sizeof bits);
    bits = (bits - 0x4B400000u + 127u) << 23; // 2^n, n within [-116, 116]
    float scale;
    std::memcpy(&scale, &bits, sizeof scale);
    return p * scale;
}

inline float vectorisableSigmoid(float x)
{
    return 1.0f / (1.0f + vectorisableExp(-x));
}

// bf16 as its 16 bits (the top half of an fp32), for kernels that read and write bf16 tensors and
// compute in fp32. Both are plain integer code, so the loops around them vectorise.
inline float widenBf16(uint16_t bits)
{
    const uint32_t u = uint32_t(bits) << 16;
    float f;
    std::memcpy(&f, &u, sizeof f);
    return f;
}

// Round to nearest even, as torch converts; a NaN stays a (quiet) NaN instead of rounding to inf.
inline uint16_t narrowToBf16(float f)
{
    uint32_t u;
    std::memcpy(&u, &f, sizeof u);
    const uint32_t rounded = (u + 0x7FFFu + ((u >> 16) & 1u)) >> 16;
    return uint16_t(f != f ? 0x7FC0u : rounded);
}

// One kernel body for fp32 and bf16 storage: a template over the element type (float, or
// uint16_t holding bf16) that reads with loadAsFloat and writes with storeFromFloat, forced inline
// into one FW_VECTOR_CLONES wrapper per type, so that each clone compiles it at its own width.
#define FW_ALWAYS_INLINE inline __attribute__((always_inline))
FW_ALWAYS_INLINE float loadAsFloat(float x) { return x; }
FW_ALWAYS_INLINE float loadAsFloat(uint16_t bits) { return widenBf16(bits); }
FW_ALWAYS_INLINE void storeFromFloat(float value, float& out) { out = value; }
FW_ALWAYS_INLINE void storeFromFloat(float value, uint16_t& out) { out = narrowToBf16(value); }

} // namespace fw::ml

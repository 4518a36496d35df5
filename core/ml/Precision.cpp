// Precision names and the CPU feature check behind Precision::Auto.
#include "ml/Precision.h"

#include <QCoreApplication>

#if defined(__x86_64__) && defined(__GNUC__)
#include <cpuid.h>
#endif

namespace fw::ml {

QString precisionName(Precision precision)
{
    switch (precision) {
    case Precision::Fp32:
        return QStringLiteral("fp32");
    case Precision::Bf16:
        return QStringLiteral("bf16");
    case Precision::Auto:
        break;
    }
    return QStringLiteral("auto");
}

Result<Precision> parsePrecision(const QString& name)
{
    for (Precision p : {Precision::Auto, Precision::Fp32, Precision::Bf16})
        if (name == precisionName(p))
            return p;
    return makeError(ErrorCode::InvalidArgument,
                     QCoreApplication::translate("fw::ml::TrainingConfig",
                                                 "\"precision\" must be \"auto\", \"fp32\" or \"bf16\", not \"%1\"")
                         .arg(name));
}

namespace {
#if defined(__x86_64__) && defined(__GNUC__)
// The extended register state the OS saves (XCR0); 0 when it offers no XSAVE.
quint64 osSavedState()
{
    unsigned eax = 0, ebx = 0, ecx = 0, edx = 0;
    if (!__get_cpuid(1, &eax, &ebx, &ecx, &edx) || !(ecx & (1u << 27))) // OSXSAVE
        return 0;
    unsigned lo = 0, hi = 0;
    __asm__ volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
    return (quint64(hi) << 32) | lo;
}
#endif
} // namespace

// CPUID read directly rather than __builtin_cpu_supports: clang 14 (the fuzz and sanitizer
// builds) knows neither "avx512bf16" nor "amx-bf16" there. A feature counts only when the OS also
// saves its registers (XCR0), as the compilers' own checks do.
bool cpuMultipliesBf16()
{
#if defined(__x86_64__) && defined(__GNUC__)
    unsigned eax = 0, ebx = 0, ecx = 0, edx = 0;
    if (!__get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx))
        return false;
    const bool amxBf16 = edx & (1u << 22);
    const bool avx512f = ebx & (1u << 16);
    unsigned eax1 = 0, ebx1 = 0, ecx1 = 0, edx1 = 0;
    const bool avx512Bf16 = eax >= 1 && __get_cpuid_count(7, 1, &eax1, &ebx1, &ecx1, &edx1) &&
                            (eax1 & (1u << 5));
    const quint64 saved = osSavedState();
    constexpr quint64 kAvx512State = 0xe6; // SSE, AVX, opmask and both halves of the ZMM registers
    constexpr quint64 kAmxState = 0x60000; // tile configuration and tile data
    return (avx512f && avx512Bf16 && (saved & kAvx512State) == kAvx512State) ||
           (amxBf16 && (saved & kAmxState) == kAmxState);
#else
    return false; // Arm's BF16 extension is not checked yet: fp32 is the safe answer
#endif
}

Precision automaticCpuPrecision()
{
    return cpuMultipliesBf16() ? Precision::Bf16 : Precision::Fp32;
}

} // namespace fw::ml

// The number format of a run's matrix products: fp32 throughout, or bf16 products over fp32
// master weights (mixed precision). Torch-free, so the form and the CLI can name and check it.
#pragma once

#include "common/Result.h"

#include <QString>

namespace fw::ml {

enum class Precision {
    Auto, // bf16 where the hardware multiplies bf16 natively, fp32 elsewhere
    Fp32,
    Bf16,
};

// "auto", "fp32", "bf16": as CONFIG.json spells them.
QString precisionName(Precision precision);
Result<Precision> parsePrecision(const QString& name);

// The CPU has bf16 dot products (AVX-512 BF16 or AMX), which oneDNN uses for bf16 GEMMs. Without
// them a bf16 GEMM is emulated and slower than fp32, so Auto stays at fp32 there.
bool cpuMultipliesBf16();
// What Auto becomes on this machine's CPU (the engine also checks that its torch can use it).
Precision automaticCpuPrecision();

} // namespace fw::ml

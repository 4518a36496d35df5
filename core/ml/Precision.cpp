// Precision names and the CPU feature check behind Precision::Auto.
#include "ml/Precision.h"

#include <QCoreApplication>

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

bool cpuMultipliesBf16()
{
#if defined(__x86_64__) && defined(__GNUC__)
    __builtin_cpu_init();
    return __builtin_cpu_supports("avx512bf16") || __builtin_cpu_supports("amx-bf16");
#else
    return false; // Arm's BF16 extension is not checked yet: fp32 is the safe answer
#endif
}

Precision automaticCpuPrecision()
{
    return cpuMultipliesBf16() ? Precision::Bf16 : Precision::Fp32;
}

} // namespace fw::ml

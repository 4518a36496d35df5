// Fuzz target: inclusion proof JSON (what `flywheel-cli datanet verify-proof` reads), parse and
// verify.
#include "datanet/InclusionProof.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char*>(data), qsizetype(size));
    auto proof = fw::datanet::InclusionProof::fromJson(json);
    const fw::Status verified = fw::datanet::verifyInclusionProofJson(json);
    if (!proof.ok()) {
        if (verified.ok())
            __builtin_trap(); // verified something that does not even parse
        return 0;
    }
    if (proof->toJson() != json.trimmed() || proof->verify().ok() != verified.ok())
        __builtin_trap(); // the canonical form is the only accepted form
    return 0;
}

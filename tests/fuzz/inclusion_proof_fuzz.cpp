// Fuzz target: an inclusion proof JSON and the version statement it is checked against (what
// `flywheel-cli datanet verify-proof PROOF --statement FILE` reads), parsed and verified. The input
// is the proof, then a NUL byte, then the statement; seeds without a NUL fuzz the proof alone.
#include "datanet/InclusionProof.h"
#include "datanet/VersionStatement.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), qsizetype(size));
    const qsizetype split = input.indexOf('\0');
    const QByteArray proofJson = split < 0 ? input : input.left(split);
    const QByteArray statementJson = split < 0 ? QByteArray() : input.mid(split + 1);
    auto proof = fw::datanet::InclusionProof::fromJson(proofJson);
    auto statement = fw::datanet::VersionStatement::fromJson(statementJson);
    const fw::Status verified = fw::datanet::verifyInclusionProofJson(proofJson, statementJson);
    if (!proof.ok() || !statement.ok()) {
        if (verified.ok())
            __builtin_trap(); // verified something that does not even parse
        return 0;
    }
    if (proof->toJson() != proofJson.trimmed() || proof->verify(*statement).ok() != verified.ok())
        __builtin_trap(); // the canonical form is the only accepted form
    return 0;
}

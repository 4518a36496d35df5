// Fuzz target: a receipt's JSON (what a verifier reads from a node), then its checks and a
// one-receipt chain.
#include "ledger/ReceiptChain.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray json(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto receipt = fw::ledger::Receipt::fromJson(json);
    if (!receipt.ok())
        return 0;
    if (receipt->toJson() != json || fw::ledger::sumOf(receipt->split) != receipt->fee)
        __builtin_trap(); // canonical only, and a parsed split always adds up
    const bool valid = receipt->verify().ok();
    const auto chain =
        fw::ledger::verifyReceiptChain({*receipt}, receipt->node, receipt->previousHash);
    if (chain.ok() != valid || receipt->hash().size() != 32)
        __builtin_trap();
    return 0;
}

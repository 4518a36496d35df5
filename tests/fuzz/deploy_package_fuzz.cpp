// Fuzz target: a deploy package body and a bare manifest as a node receives them. Anything
// accepted must carry a valid owner signature and files that match their hashes: random bytes
// must never be accepted, and a parsed manifest must write back to bytes that parse the same.
#include "node/DeployPackage.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    if (fw::node::DeployPackage::open(bytes).ok())
        __builtin_trap(); // nobody holds the key that would have signed fuzzer input
    const auto manifest = fw::node::DeployManifest::fromJson(bytes);
    if (!manifest.ok())
        return 0;
    const auto again = fw::node::DeployManifest::fromJson(manifest->toJson());
    if (!again.ok() || again->toJson() != manifest->toJson())
        __builtin_trap();
    return 0;
}

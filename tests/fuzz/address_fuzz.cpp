// Fuzz target: address parsing; anything accepted must re-encode to the same address.
#include "crypto/Address.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    auto key = fw::crypto::publicKeyFromAddress(text);
    if (key.ok() && fw::crypto::addressFromPublicKey(*key) != text.trimmed().toLower())
        __builtin_trap();
    return 0;
}

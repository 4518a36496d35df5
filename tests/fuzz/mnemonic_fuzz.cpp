// Fuzz target: recovery-phrase parsing; anything accepted must round-trip to the same words.
#include "crypto/Mnemonic.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    namespace m = fw::crypto::mnemonic;
    const QStringList words = m::splitWords(QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size)));
    auto entropy = m::toEntropy(words);
    if (entropy.ok() && m::fromEntropy(*entropy) != words)
        __builtin_trap();
    return 0;
}

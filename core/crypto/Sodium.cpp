// libsodium start-up.
#include "crypto/Sodium.h"

#include <sodium.h>

#include <cstdio>
#include <cstdlib>

namespace fw::crypto {

void ensureSodium()
{
    // sodium_init is idempotent and thread-safe; a static makes the common path a load.
    static const bool ready = [] {
        if (sodium_init() < 0) {
            std::fputs("flywheel: libsodium failed to initialise\n", stderr);
            std::abort();
        }
        return true;
    }();
    (void)ready;
}

const char* sodiumVersion()
{
    return sodium_version_string();
}

} // namespace fw::crypto

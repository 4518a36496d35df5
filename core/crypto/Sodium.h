// One place that initialises libsodium; every crypto entry point calls ensureSodium() first.
#pragma once

namespace fw::crypto {

// Safe to call from any thread, any number of times. Aborts if libsodium cannot start,
// because continuing without a working RNG would create weak keys.
void ensureSodium();

const char* sodiumVersion();

} // namespace fw::crypto

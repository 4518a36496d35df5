// From a recovery phrase to a wallet's Ed25519 key: BIP39 seed, then the SLIP-10 ed25519 master key.
#pragma once

#include "crypto/Ed25519.h"
#include "crypto/SecureBytes.h"

#include <QStringList>

namespace fw::crypto {

// SLIP-10 master secret for ed25519: the first 32 bytes of HMAC-SHA512("ed25519 seed", seed).
SecureBytes slip10Ed25519MasterSecret(const SecureBytes& bip39Seed);
// The whole chain: entropy -> words -> seed -> signing key, so restoring the words anywhere
// yields the same address.
SigningKey walletKeyFromEntropy(const SecureBytes& entropy);

} // namespace fw::crypto

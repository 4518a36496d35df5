// Deterministic wallet keys.
#include "crypto/WalletKeys.h"

#include "crypto/HmacSha512.h"
#include "crypto/Mnemonic.h"

namespace fw::crypto {

SecureBytes slip10Ed25519MasterSecret(const SecureBytes& bip39Seed)
{
    static const QByteArray curveKey = QByteArrayLiteral("ed25519 seed");
    SecureBytes i = hmacSha512(reinterpret_cast<const unsigned char*>(curveKey.constData()),
                               std::size_t(curveKey.size()), bip39Seed.data(), bip39Seed.size());
    return SecureBytes::fromBytes(i.data(), kSeedBytes); // IL; IR (the chain code) is unused
}

SigningKey walletKeyFromEntropy(const SecureBytes& entropy)
{
    const SecureBytes seed = mnemonic::toSeed(mnemonic::fromEntropy(entropy));
    return SigningKey::fromSeed(slip10Ed25519MasterSecret(seed));
}

} // namespace fw::crypto

// A deploy package on the wire: the manifest's exact bytes, the owner's signature over them, and
// the files. open() accepts a package only when the signature is the owner's and every file is
// the one the manifest hashes; anything else is refused before a byte is stored.
#pragma once

#include "crypto/Ed25519.h"
#include "node/DeployManifest.h"

namespace fw::node {

struct DeployPackage
{
    static constexpr int kFormatVersion = 1;

    QByteArray manifestJson; // exactly what was signed
    QByteArray signature;    // Ed25519 by manifest.owner over manifestSigningMessage(manifestJson)
    DeployManifest manifest; // parsed from manifestJson
    ModelFiles files;

    // Builds and signs a package; `manifest.files` and, for a model, `baseHash` come from `files`.
    static DeployPackage create(DeployManifest manifest, const ModelFiles& files,
                                const crypto::SigningKey& owner);

    QByteArray encode() const;
    // Parses, checks the signature against the owner's address and every file against its hash.
    static Result<DeployPackage> open(const QByteArray& body);
    // The same checks for the parts as stored (a node re-verifies what it reads back).
    static Result<DeployPackage> verify(QByteArray manifestJson, QByteArray signature,
                                        ModelFiles files);

    Q_DECLARE_TR_FUNCTIONS(fw::node::DeployPackage)
};

// BLAKE2b of the manifest's bytes, in hex: how receipts and clients name one exact deployment.
QString manifestHash(const QByteArray& manifestJson);

} // namespace fw::node

// Signed contribution bundles: a datanet's records with their authors, so records made on one
// machine keep their contributors on another. JSONL; the first line says what the file is:
//   {"version":1,"type":"flywheel.datanet.contribution-bundle","kind":"instruction","records":N}
//   {"record":{...canonical content...},"contributor":"fw1...","publicKey":"<64 hex>",
//    "signature":"<128 hex>"}
// Each signature is its contributor's Ed25519 signature over signedMessage(content hash), whose
// tag keeps it from passing for any other Flywheel signature.
#pragma once

#include "common/Result.h"
#include "datanet/DatanetTypes.h"
#include "datanet/RecordContent.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>
#include <vector>

namespace fw::datanet {

struct BundleRecord
{
    RecordContent content;
    QString contributor;  // canonical fw1... address
    QByteArray signature; // 64 bytes
};

struct ContributionBundle
{
    static constexpr int kFormatVersion = 1;
    static constexpr const char* kSignatureTag = "flywheel.bundle-record.v1";

    RecordKind kind = RecordKind::Instruction;
    std::vector<BundleRecord> records;

    // The tag, a zero byte and the record's 32-byte content hash.
    static QByteArray signedMessage(const QByteArray& contentHash);
    static QByteArray headerLine(RecordKind kind, qint64 records);
    static QByteArray recordLine(const BundleRecord& record);

    // Reads the whole bundle and checks every line (shape, content, address against public key,
    // signature) before anything is used: the first bad line refuses the bundle, naming its number.
    static Result<ContributionBundle> read(QIODevice& device);

    // tr() in the context lupdate files this class's strings under.
    Q_DECLARE_TR_FUNCTIONS(fw::datanet::ContributionBundle)
};

} // namespace fw::datanet

// Writes the voucher and receipt seed corpora (signed with fixed test keys, so they are the same on
// every run): build the target make_ledger_seeds and run it with the tests/fuzz/corpus folder.
#include "crypto/Address.h"
#include "crypto/Blake2b.h"
#include "ledger/Receipt.h"
#include "ledger/Voucher.h"

#include <QDir>
#include <QFile>
#include <cstdio>
#include <cstring>

using namespace fw;
using namespace fw::ledger;

namespace {
crypto::SigningKey testKey(char fill)
{
    crypto::SecureBytes seed(crypto::kSeedBytes);
    std::memset(seed.data(), fill, seed.size());
    return crypto::SigningKey::fromSeed(seed);
}

void write(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
}
} // namespace

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: make_ledger_seeds CORPUS_DIR\n");
        return 2;
    }
    const QDir corpus(QString::fromLocal8Bit(argv[1]));
    corpus.mkpath("voucher");
    corpus.mkpath("receipt");
    const auto payer = testKey('p');
    const auto node = testKey('n');
    for (quint32 lane : {0u, 7u, 255u}) {
        Voucher v;
        v.channelId = QByteArray(16, char('a' + lane % 26));
        v.node = node.publicKey();
        v.lane = lane;
        v.cumulative = lane == 255 ? kMaxAmount : Amount(1'000 + lane);
        v.nonce = lane;
        v.expiresAt = 1'900'000'000'000;
        v.sign(payer);
        write(corpus.filePath(QStringLiteral("voucher/lane_%1.txt").arg(lane)), v.toHeader());
    }
    const QString nodeAddress = crypto::addressFromPublicKey(node.publicKey());
    const QString payerAddress = crypto::addressFromPublicKey(payer.publicKey());
    QByteArray previous = Receipt::genesisHash();
    for (int n = 0; n < 3; ++n) {
        Receipt r;
        r.requestId = QStringLiteral("req-%1").arg(n);
        r.deployment = QStringLiteral("demo:v1");
        r.manifestHash = crypto::blake2b("manifest");
        r.tokensIn = 10;
        r.tokensOut = 64;
        r.fee = 1'000 * (n + 1);
        r.split =
            *splitFee(r.fee, {}, nodeAddress, payerAddress,
                      n == 0 ? std::vector<WeightedParty>{}
                             : std::vector<WeightedParty>{{nodeAddress, Role::Contributor, 1}},
                      {});
        if (n > 0)
            r.attribution = {{crypto::blake2b("record"), crypto::blake2b("version"), nodeAddress,
                              AttributionLine::kShareScale}};
        r.previousHash = previous;
        r.at = 1'800'000'000'000 + n;
        r.sign(node);
        previous = r.hash();
        write(corpus.filePath(QStringLiteral("receipt/receipt_%1.json").arg(n)), r.toJson());
    }
    return 0;
}

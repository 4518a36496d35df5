// Child process for ledger_crash_test: charges paid requests in a loop until it is killed,
// printing "charged N" after each commit. Usage: ledger_charge_child WORKSPACE PASSPHRASE
#include "crypto/Address.h"
#include "crypto/Blake2b.h"
#include "ledger/NodeLedger.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <cstdio>
#include <cstring>

using namespace fw;
using namespace fw::ledger;

namespace {
const QByteArray kChannel(16, '\x0d');
constexpr Amount kFee = 70;

crypto::SigningKey fixedKey(char fill)
{
    crypto::SecureBytes seed(crypto::kSeedBytes);
    std::memset(seed.data(), fill, seed.size());
    return crypto::SigningKey::fromSeed(seed);
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 3)
        return 2;
    auto ws = store::Workspace::open(QString::fromLocal8Bit(argv[1]), QByteArray(argv[2]));
    if (!ws)
        return 3;
    qint64 clock = QDateTime::currentMSecsSinceEpoch();
    auto ledger = NodeLedger::open(**ws, fixedKey('n'), [&clock] { return ++clock; });
    if (!ledger)
        return 4;
    const auto payer = fixedKey('p');
    const QString payerAddress = crypto::addressFromPublicKey(payer.publicKey());
    if (!(*ledger)->channels().channel(kChannel) &&
        (!(*ledger)->mint(payerAddress, 1'000'000'000).ok() ||
         !(*ledger)->deposit(payerAddress, kChannel, 1'000'000'000).ok()))
        return 5;
    const QString node = (*ledger)->nodeAddress();
    const QString builder = crypto::addressFromPublicKey(fixedKey('b').publicKey());
    for (int i = 0;; ++i) {
        const Channel c = *(*ledger)->channels().channel(kChannel);
        Voucher v;
        v.channelId = kChannel;
        v.node = fixedKey('n').publicKey();
        v.cumulative = (c.lanes.count(0) ? c.lanes.at(0).authorized : 0) + kFee;
        v.nonce = quint64(i);
        v.expiresAt = clock + 3'600'000;
        v.sign(payer);
        if (!(*ledger)->accept(v).ok())
            return 6;
        ChargeRequest r;
        r.channelId = kChannel;
        r.requestId = QStringLiteral("req-%1-%2").arg(QCoreApplication::applicationPid()).arg(i);
        r.deployment = "crash:v1";
        r.manifestHash = crypto::blake2b("manifest");
        r.tokensOut = 64;
        r.fee = kFee;
        r.split = *splitFee(kFee, {}, node, builder, {}, {});
        if (!(*ledger)->charge(r).ok())
            return 7;
        std::printf("charged %d\n", i + 1);
        std::fflush(stdout);
    }
}

// The money cost of one paid request, against the time of the answer it pays for: the voucher
// check before generation (parse the header, verify the payer's signature, accept on a lane) and
// the receipt after it (split, sign), then the whole charge with its SQLCipher transaction.
// The answer time is 64 tokens at --tokens-per-s (default 330: the node's decode rate for a
// 64-token answer on this machine as given in issue 13; this bench does not run a model).
// Usage: ledger_request_bench [--requests N] [--tokens-per-s X]
#include "crypto/Address.h"
#include "crypto/Blake2b.h"
#include "ledger/NodeLedger.h"
#include "unit/store/TestSupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <cstdio>
#include <cstring>

using namespace fw;
using namespace fw::ledger;

namespace {
constexpr qint64 kNow = 1'800'000'000'000;
const QByteArray kChannel(16, '\x0b');

crypto::SigningKey fixedKey(char fill)
{
    crypto::SecureBytes seed(crypto::kSeedBytes);
    std::memset(seed.data(), fill, seed.size());
    return crypto::SigningKey::fromSeed(seed);
}

QString addressOf(const crypto::SigningKey& k)
{
    return crypto::addressFromPublicKey(k.publicKey());
}

std::vector<QByteArray> voucherHeaders(const crypto::SigningKey& payer, int count, Amount step)
{
    std::vector<QByteArray> headers;
    for (int i = 1; i <= count; ++i) {
        Voucher v;
        v.channelId = kChannel;
        v.node = fixedKey('n').publicKey();
        v.lane = 0;
        v.cumulative = Amount(i) * step;
        v.nonce = quint64(i);
        v.expiresAt = kNow + 3'600'000;
        v.sign(payer);
        headers.push_back(v.toHeader());
    }
    return headers;
}

ChargeRequest chargeRequest(int i, const QString& node, const QString& builder,
                            const std::vector<WeightedParty>& data, Amount fee)
{
    ChargeRequest r;
    r.channelId = kChannel;
    r.requestId = QStringLiteral("req-%1").arg(i);
    r.deployment = "bench:v1";
    r.manifestHash = crypto::blake2b("manifest");
    r.tokensIn = 32;
    r.tokensOut = 64;
    r.fee = fee;
    r.split = *splitFee(fee, {}, node, builder, data, {});
    for (const WeightedParty& p : data)
        r.attribution.push_back({crypto::blake2b(p.party.toUtf8()), crypto::blake2b("version"),
                                 p.party, qint64(p.weight)});
    return r;
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int requests = 2'000;
    double tokensPerSecond = 330.0;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == "--requests")
            requests = args[i + 1].toInt();
        else if (args[i] == "--tokens-per-s")
            tokensPerSecond = args[i + 1].toDouble();
    }
    if (requests < 1 || tokensPerSecond <= 0) {
        std::fprintf(stderr, "usage: ledger_request_bench [--requests N] [--tokens-per-s X]\n");
        return 2;
    }
    const double answerUs = 64.0 / tokensPerSecond * 1e6;
    const auto payer = fixedKey('p');
    const auto builder = fixedKey('b');
    std::vector<WeightedParty> data;
    for (char c : {'c', 'd', 'e', 'f'})
        data.push_back({addressOf(fixedKey(c)), Role::Contributor, 250'000});
    constexpr Amount kFee = 640;
    const std::vector<QByteArray> headers = voucherHeaders(payer, requests, kFee);

    // 1. Voucher check alone, in memory.
    ChannelBook book(fixedKey('n').publicKey());
    Channel channel;
    channel.id = kChannel;
    channel.payer = payer.publicKey();
    channel.deposit = Amount(requests) * kFee;
    if (!book.open(channel).ok())
        return 1;
    QElapsedTimer t;
    t.start();
    for (const QByteArray& h : headers) {
        const Result<Voucher> v = Voucher::fromHeader(h);
        if (!v || !book.accept(*v, kNow).ok())
            return 1;
    }
    const double voucherUs = double(t.nsecsElapsed()) / 1e3 / requests;

    // 2. Receipt: split, build, sign (chained), in memory.
    const auto node = fixedKey('n');
    const QString nodeAddress = addressOf(node);
    QByteArray previous = Receipt::genesisHash();
    t.restart();
    for (int i = 0; i < requests; ++i) {
        const ChargeRequest req = chargeRequest(i, nodeAddress, addressOf(builder), data, kFee);
        Receipt r;
        r.requestId = req.requestId;
        r.deployment = req.deployment;
        r.manifestHash = req.manifestHash;
        r.tokensIn = req.tokensIn;
        r.tokensOut = req.tokensOut;
        r.fee = req.fee;
        r.split = req.split;
        r.attribution = req.attribution;
        r.previousHash = previous;
        r.at = kNow + i;
        r.sign(node);
        previous = r.hash();
    }
    const double receiptUs = double(t.nsecsElapsed()) / 1e3 / requests;

    // 3. The node's real path: accept, then charge with the lane, receipt and journal written in
    //    one SQLCipher transaction (WAL, synchronous as the workspace sets it).
    QTemporaryDir dir;
    auto ws = store::Workspace::create(dir.filePath("ws"), "bench", test::fastOptions());
    if (!ws)
        return 1;
    qint64 clock = kNow;
    auto ledger = NodeLedger::open(**ws, fixedKey('n'), [&clock] { return ++clock; });
    if (!ledger || !(*ledger)->mint(addressOf(payer), channel.deposit).ok() ||
        !(*ledger)->deposit(addressOf(payer), kChannel, channel.deposit).ok())
        return 1;
    t.restart();
    for (int i = 0; i < requests; ++i) {
        const Result<Voucher> v = Voucher::fromHeader(headers[size_t(i)]);
        if (!v || !(*ledger)->accept(*v).ok())
            return 1;
        if (!(*ledger)->charge(chargeRequest(i, nodeAddress, addressOf(builder), data, kFee)).ok())
            return 1;
    }
    const double fullUs = double(t.nsecsElapsed()) / 1e3 / requests;

    std::printf("requests: %d, fee split over node, builder and %zu contributors\n", requests,
                data.size());
    std::printf("answer of 64 tokens at %.0f tokens/s: %.0f us\n", tokensPerSecond, answerUs);
    std::printf("voucher check (parse, verify, accept): %.1f us = %.4f%% of the answer\n",
                voucherUs, 100.0 * voucherUs / answerUs);
    std::printf("receipt (split, sign, hash): %.1f us = %.4f%% of the answer\n", receiptUs,
                100.0 * receiptUs / answerUs);
    std::printf("voucher + receipt: %.1f us = %.4f%% of the answer (goal < 1%%)\n",
                voucherUs + receiptUs, 100.0 * (voucherUs + receiptUs) / answerUs);
    std::printf("full paid request with its database transaction: %.1f us = %.4f%% of the answer\n",
                fullUs, 100.0 * fullUs / answerUs);
    return (voucherUs + receiptUs) / answerUs < 0.01 ? 0 : 3;
}

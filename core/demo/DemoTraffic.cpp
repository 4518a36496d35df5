// Demo paid traffic through NodeLedger with a clock that walks over three weeks.
#include "demo/DemoTraffic.h"

#include "crypto/Address.h"
#include "crypto/Blake2b.h"
#include "datanet/DatanetService.h"
#include "datanet/VersionService.h"
#include "demo/DemoDatanets.h"
#include "ledger/NodeLedger.h"
#include "ledger/Pricing.h"
#include "wallet/WalletService.h"

#include <map>
#include <random>

namespace fw::demo {

namespace {

constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;
constexpr ledger::Amount kPricePer1k = 500'000; // 0.5 OPEN per 1,000 tokens

} // namespace

crypto::SigningKey demoAppUserKey()
{
    // Someone outside the workspace paying for answers: a fixed key, not one of the wallet's.
    const QByteArray seed = crypto::blake2b("flywheel demo: the app user who pays", 32);
    return crypto::SigningKey::fromSeed(crypto::SecureBytes::fromBytes(
        reinterpret_cast<const unsigned char*>(seed.constData()), size_t(seed.size())));
}

QByteArray demoChannelId()
{
    return crypto::blake2b("flywheel demo: the app user's channel", 16);
}

Status addDemoTraffic(store::Workspace& workspace, qint64 nowMs)
{
    wallet::WalletService wallet(workspace);
    Result<wallet::Identity> owner = wallet.defaultIdentity();
    if (!owner)
        return owner.error();
    Result<crypto::SigningKey> nodeKey = wallet.signingKey(owner->id);
    if (!nodeKey)
        return nodeKey.error();
    Result<DemoFacts> facts = loadDemoFacts(workspace);
    if (!facts)
        return facts.error();
    Result<QList<datanet::VersionInfo>> versions =
        datanet::VersionService(workspace).versions(facts->datanet.id);
    if (!versions)
        return versions.error();
    if (versions->isEmpty())
        return makeError(ErrorCode::NotFound, QStringLiteral("The demo datanet has no version."));
    const QByteArray versionRoot = versions->first().root;
    const QList<datanet::RecordInfo>* records = &facts->approved;

    const qint64 startMs = nowMs - 21 * kDayMs;
    qint64 clockMs = startMs;
    Result<std::unique_ptr<ledger::NodeLedger>> ledger = ledger::NodeLedger::open(
        workspace, std::move(nodeKey).value(), [&clockMs] { return clockMs; });
    if (!ledger)
        return ledger.error();
    const crypto::SigningKey payer = demoAppUserKey();
    const QString payerAddress = crypto::addressFromPublicKey(payer.publicKey());
    const QByteArray channel = demoChannelId();
    if (Status s = (*ledger)->mint(payerAddress, 100 * ledger::kUnitsPerOpen); !s)
        return s;
    if (Status s = (*ledger)->deposit(payerAddress, channel, 50 * ledger::kUnitsPerOpen); !s)
        return s;

    std::mt19937 random(7); // the same demo every time
    const QByteArray manifestHash = crypto::blake2b("flywheel demo deployment: demo-facts");
    ledger::Amount cumulative = 0;
    for (int i = 0; i < kDemoPaidRequests; ++i) {
        // Spread over the three weeks, at varying hours.
        clockMs = startMs + qint64(i) * (21 * kDayMs) / kDemoPaidRequests +
                  qint64(random() % (6 * 60 * 60 * 1000));
        const qint64 tokensIn = 18 + random() % 24, tokensOut = 6 + random() % 26;
        const ledger::Amount fee = ledger::feeForTokens(tokensIn + tokensOut, kPricePer1k);
        // One to three records shaped the answer, by share.
        const int matched = 1 + int(random() % 3);
        std::vector<quint64> weights;
        std::vector<const datanet::RecordInfo*> sources;
        for (int k = 0; k < matched; ++k) {
            sources.push_back(&records->at(int(random() % quint32(records->size()))));
            weights.push_back(1 + random() % 9);
        }
        const std::vector<ledger::Amount> shares =
            ledger::apportion(ledger::AttributionLine::kShareScale, weights);
        std::vector<ledger::AttributionLine> attribution;
        std::map<QString, quint64> byContributor;
        for (int k = 0; k < matched; ++k) {
            attribution.push_back({sources[size_t(k)]->contentHash, versionRoot,
                                   sources[size_t(k)]->contributor, shares[size_t(k)]});
            byContributor[sources[size_t(k)]->contributor] += quint64(shares[size_t(k)]);
        }
        std::vector<ledger::WeightedParty> attributed;
        for (const auto& [party, weight] : byContributor)
            attributed.push_back({party, ledger::Role::Contributor, weight});
        Result<std::vector<ledger::SplitLine>> split = ledger::splitFee(
            fee, ledger::SplitPolicy{}, (*ledger)->nodeAddress(), owner->address, attributed, {});
        if (!split)
            return split.error();

        ledger::Voucher voucher;
        voucher.channelId = channel;
        Result<crypto::PublicKey> node = crypto::publicKeyFromAddress((*ledger)->nodeAddress());
        if (!node)
            return node.error();
        voucher.node = *node;
        cumulative += fee;
        voucher.cumulative = cumulative;
        voucher.nonce = quint64(i + 1);
        voucher.expiresAt = clockMs + kDayMs;
        voucher.sign(payer);
        if (const ledger::Decision d = (*ledger)->accept(voucher); !d.ok())
            return makeError(ErrorCode::Internal, d.message);
        ledger::ChargeRequest charge;
        charge.channelId = channel;
        charge.requestId = QStringLiteral("demo-%1").arg(i + 1, 3, 10, QLatin1Char('0'));
        charge.deployment = QLatin1String(kDemoDeployment);
        charge.manifestHash = manifestHash;
        charge.tokensIn = tokensIn;
        charge.tokensOut = tokensOut;
        charge.fee = fee;
        charge.split = std::move(split).value();
        charge.attribution = std::move(attribution);
        if (Result<ledger::Receipt> r = (*ledger)->charge(charge); !r)
            return r.error();
        // Two weeks in, the node paid out what it owed so far; the rest is still pending.
        if (i == kDemoPaidRequests * 2 / 3)
            if (Result<std::vector<ledger::JournalEntry>> paid = (*ledger)->payOwed(); !paid)
                return paid.error();
    }
    return Status::success();
}

} // namespace fw::demo

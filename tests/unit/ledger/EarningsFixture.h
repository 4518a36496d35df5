// A workspace that has earned money: a frozen datanet whose records alice wrote, a node identity
// whose NodeLedger charged paid requests (real signed, chained receipts attributing those records),
// a payout, and receipts of a foreign node in the archive. Shared by the earnings unit, CLI and
// GUI tests.
#pragma once

#include "crypto/Address.h"
#include "crypto/Blake2b.h"
#include "datanet/DatanetService.h"
#include "datanet/VersionService.h"
#include "ledger/NodeLedger.h"
#include "ledger/ReceiptArchive.h"
#include "wallet/WalletService.h"

#include <QJsonObject>
#include <memory>

namespace fw::test {

struct EarningsFixture
{
    static constexpr qint64 kStart = 1'795'000'000'000; // 2026-11-18, UTC
    static constexpr qint64 kDay = 86'400'000;

    wallet::Identity node, builder, alice;
    crypto::SigningKey bob = crypto::SigningKey::generate();   // a labeler from elsewhere
    crypto::SigningKey payer = crypto::SigningKey::generate(); // a client
    crypto::SigningKey foreignNode = crypto::SigningKey::generate();
    datanet::Datanet datanet;
    datanet::VersionInfo version;
    QList<datanet::RecordInfo> records;   // alice's, in the order added
    std::vector<ledger::Receipt> own;     // the node's receipts, in chain order
    std::vector<ledger::Receipt> foreign; // the foreign node's, in the archive
    ledger::Amount builderPayout = 0;

    static QString addressOf(const crypto::SigningKey& k)
    {
        return crypto::addressFromPublicKey(k.publicKey());
    }
    QString bobAddress() const { return addressOf(bob); }

    // The split every request uses: alice contributed 3 parts, bob labeled 1.
    std::vector<ledger::SplitLine> split(ledger::Amount fee, const QString& nodeAddress) const
    {
        return *ledger::splitFee(fee, {}, nodeAddress, builder.address,
                                 {{alice.address, ledger::Role::Contributor, 3},
                                  {bobAddress(), ledger::Role::Labeler, 1}},
                                 {});
    }
    // Alice's records 0 and 1 (2:1) or record 2 alone; bob on record 2.
    std::vector<ledger::AttributionLine> attribution(int n) const
    {
        const QByteArray v = version.root;
        const QString a = alice.address;
        if (n % 2 == 0)
            return {{records[0].contentHash, v, a, 600'000},
                    {records[1].contentHash, v, a, 300'000},
                    {records[2].contentHash, v, bobAddress(), 100'000}};
        return {{records[2].contentHash, v, a, 800'000},
                {records[2].contentHash, v, bobAddress(), 200'000}};
    }

    // Fees of the node's requests, one a day from kStart.
    static std::vector<ledger::Amount> fees() { return {1'000, 2'501, 777, 10'000, 333}; }

    QString build(store::Workspace& ws)
    {
        wallet::WalletService wallet(ws);
        node = *wallet.createIdentity(QStringLiteral("node")); // the default: the local node's key
        builder = *wallet.createIdentity(QStringLiteral("builder"));
        alice = *wallet.createIdentity(QStringLiteral("alice"));
        if (QString e = makeDatanet(ws); !e.isEmpty())
            return e;
        Result<crypto::SigningKey> nodeKey = wallet.signingKey(node.id);
        if (!nodeKey)
            return nodeKey.error().message;
        if (QString e = charge(ws, std::move(nodeKey).value()); !e.isEmpty())
            return e;
        makeForeign();
        if (Status s = ledger::ReceiptArchive(ws).add(foreign); !s)
            return s.error().message;
        return {};
    }

    // The answer the node kept for req-1: its "reset button" came from the first record.
    static QString keptAnswer() { return QStringLiteral("Press the reset button for ten seconds."); }

private:
    QString makeDatanet(store::Workspace& ws)
    {
        datanet::DatanetService service(ws);
        datanet::Datanet spec;
        spec.name = QStringLiteral("support-faq");
        spec.kind = datanet::RecordKind::Instruction;
        Result<datanet::Datanet> d = service.create(spec);
        if (!d)
            return d.error().message;
        datanet = *d;
        const QStringList answers = {QStringLiteral("Hold the reset button for ten seconds."),
                                     QStringLiteral("Refunds take five working days."),
                                     QStringLiteral("The warranty covers two years.")};
        for (int i = 0; i < answers.size(); ++i) {
            Result<datanet::RecordInfo> r = service.addRecord(
                datanet.id, alice.id,
                QJsonObject{{"instruction", QStringLiteral("Question %1").arg(i + 1)},
                            {"output", answers[i]}});
            if (!r)
                return r.error().message;
            records << *r;
        }
        if (!service.approveAllPending(datanet.id))
            return QStringLiteral("approve failed");
        Result<datanet::VersionInfo> v = datanet::VersionService(ws).freeze(datanet.id);
        if (!v)
            return v.error().message;
        version = *v;
        return {};
    }

    QString charge(store::Workspace& ws, crypto::SigningKey nodeKey)
    {
        auto now = std::make_shared<qint64>(kStart);
        auto opened =
            ledger::NodeLedger::open(ws, std::move(nodeKey), [now] { return *now += 1'000; });
        if (!opened)
            return opened.error().message;
        ledger::NodeLedger& ledger = **opened;
        const QByteArray channel(16, '\x2a');
        const ledger::Amount funds = 100'000;
        if (!ledger.mint(addressOf(payer), funds) ||
            !ledger.deposit(addressOf(payer), channel, funds))
            return QStringLiteral("funding failed");
        ledger::Voucher v;
        v.channelId = channel;
        v.node = *crypto::PublicKey::fromBytes(node.publicKey);
        v.cumulative = funds;
        v.expiresAt = kStart + 60 * kDay;
        v.sign(payer);
        if (ledger::Decision d = ledger.accept(v); !d.ok())
            return d.message;
        for (size_t i = 0; i < fees().size(); ++i) {
            *now = kStart + qint64(i) * kDay;
            ledger::ChargeRequest r;
            r.channelId = channel;
            r.requestId = QStringLiteral("req-%1").arg(i + 1);
            r.deployment = i % 3 == 2 ? QStringLiteral("faq-bot:v2") : QStringLiteral("faq-bot:v1");
            r.manifestHash = crypto::blake2b(r.deployment.toUtf8());
            r.tokensIn = 20;
            r.tokensOut = 60;
            r.fee = fees()[i];
            r.split = split(r.fee, node.address);
            r.attribution = attribution(int(i));
            if (i == 0) // the first answer kept, its "reset button" from the first record
                r.answer = ledger::AnswerTrace{
                    keptAnswer(), {{10, 22, {r.attribution.front().recordHash}}}};
            Result<ledger::Receipt> receipt = ledger.charge(r);
            if (!receipt)
                return receipt.error().message;
            own.push_back(*receipt);
        }
        builderPayout = 1'000;
        if (Status s = ledger.payout(builder.address, builderPayout); !s)
            return s.error().message;
        return {};
    }

    void makeForeign()
    {
        QByteArray previous = ledger::Receipt::genesisHash();
        for (int i = 0; i < 2; ++i) {
            ledger::Receipt r;
            r.requestId = QStringLiteral("far-%1").arg(i + 1);
            r.deployment = QStringLiteral("faq-bot:v1");
            r.manifestHash = crypto::blake2b("far manifest");
            r.tokensIn = 10;
            r.tokensOut = 30;
            r.fee = 4'000;
            r.split = split(r.fee, addressOf(foreignNode));
            r.attribution = attribution(i);
            r.previousHash = previous;
            r.at = kStart + 2 * kDay + i;
            r.sign(foreignNode);
            previous = r.hash();
            foreign.push_back(r);
        }
    }
};

} // namespace fw::test

// NodeLedger over a real workspace: a paid request end to end, the state surviving a reopen, a
// charge interrupted between its writes leaving nothing behind, and many threads paying at once.
#include "crypto/Address.h"
#include "crypto/Blake2b.h"
#include "crypto/Sodium.h"
#include "ledger/NodeLedger.h"
#include "ledger/ReceiptChain.h"
#include "unit/store/TestSupport.h"

#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <cstring>
#include <thread>

using namespace fw;
using namespace fw::ledger;

namespace {
const QByteArray kPassphrase = "ledger test passphrase";
const QByteArray kChannel(16, '\x0c');
constexpr qint64 kStart = 1'800'000'000'000;

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

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<store::Workspace> ws;
    std::unique_ptr<NodeLedger> ledger;
    crypto::SigningKey payer = fixedKey('p');
    crypto::SigningKey builder = fixedKey('b');
    crypto::SigningKey alice = fixedKey('a');
    std::atomic<qint64> now{kStart};

    Fixture()
    {
        auto created =
            store::Workspace::create(dir.filePath("ws"), kPassphrase, test::fastOptions());
        if (!created)
            qFatal("cannot create workspace: %s", qPrintable(created.error().message));
        ws = std::move(*created);
        reopen();
    }

    void reopen()
    {
        ledger.reset();
        auto opened = NodeLedger::open(*ws, fixedKey('n'), [this] { return ++now; });
        if (!opened)
            qFatal("cannot open the ledger: %s", qPrintable(opened.error().message));
        ledger = std::move(*opened);
    }

    bool fund(Amount deposit)
    {
        return ledger->mint(addressOf(payer), deposit).ok() &&
               ledger->deposit(addressOf(payer), kChannel, deposit).ok();
    }

    Voucher voucher(quint32 lane, Amount cumulative) const
    {
        Voucher v;
        v.channelId = kChannel;
        v.node = fixedKey('n').publicKey();
        v.lane = lane;
        v.cumulative = cumulative;
        v.expiresAt = kStart + 3'600'000;
        v.sign(payer);
        return v;
    }

    ChargeRequest request(const QString& id, quint32 lane, Amount fee) const
    {
        ChargeRequest r;
        r.channelId = kChannel;
        r.lane = lane;
        r.requestId = id;
        r.deployment = "demo:v1";
        r.manifestHash = crypto::blake2b("manifest");
        r.tokensIn = 20;
        r.tokensOut = 64;
        r.fee = fee;
        r.split = *splitFee(fee, {}, ledger->nodeAddress(), addressOf(builder),
                            {{addressOf(alice), Role::Contributor, 1}}, {});
        r.attribution = {{crypto::blake2b("r"), crypto::blake2b("v"), addressOf(alice), 1'000'000}};
        return r;
    }

    Amount storedCharged(quint32 lane) const
    {
        const Result<std::vector<Channel>> channels = LedgerStore(*ws).loadChannels();
        if (!channels)
            return -1;
        for (const Channel& c : *channels)
            if (c.id == kChannel && c.lanes.count(lane))
                return c.lanes.at(lane).charged;
        return 0;
    }
};
} // namespace

class LedgerStoreTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { crypto::ensureSodium(); }

    void paidRequestEndToEnd()
    {
        Fixture f;
        QVERIFY(f.fund(1'000));
        QCOMPARE(*f.ledger->balance(addressOf(f.payer)), Amount(0));
        QVERIFY(f.ledger->accept(f.voucher(0, 300)).ok());
        const Result<Receipt> r = f.ledger->charge(f.request("req-1", 0, 120));
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r->previousHash, Receipt::genesisHash());
        QCOMPARE(f.ledger->channels().channel(kChannel)->lanes.at(0).credit(), Amount(180));
        QCOMPARE(*f.ledger->balance(f.ledger->nodeAddress()), Amount(120));
        // The node pays the split out of what it redeemed.
        for (const SplitLine& l : r->split)
            if (l.role != Role::Node)
                QVERIFY(f.ledger->payout(l.party, l.amount).ok());
        QCOMPARE(*f.ledger->balance(addressOf(f.alice)), Amount(72)); // 60% of 120
        QVERIFY(f.ledger->charge(f.request("req-2", 0, 180)).ok());
        QVERIFY(!f.ledger->charge(f.request("req-3", 0, 1)).ok()); // the credit is used up
        const QByteArray head = f.ledger->receiptHead();

        f.reopen();
        QCOMPARE(f.ledger->receiptHead(), head);
        QCOMPARE(*f.ledger->balance(f.ledger->nodeAddress()), Amount(300 - 72 - 36));
        QCOMPARE(f.ledger->channels().channel(kChannel)->lanes.at(0).charged, Amount(300));
        const auto receipts = LedgerStore(*f.ws).loadReceipts();
        QVERIFY(receipts.ok());
        const ChainCheck chain =
            verifyReceiptChain(*receipts, f.ledger->nodeAddress(), Receipt::genesisHash(), head);
        QVERIFY2(chain.ok(), qPrintable(chain.message));
        QCOMPARE(chain.verified, 2);
        QVERIFY(f.ledger->verifyJournalNow().ok());
        // The old voucher is refused after the restart as before it.
        QCOMPARE(f.ledger->accept(f.voucher(0, 300)).verdict, Verdict::Replayed);
    }

    void sameRequestChargedOnce()
    {
        Fixture f;
        QVERIFY(f.fund(1'000));
        QVERIFY(f.ledger->accept(f.voucher(0, 500)).ok());
        QVERIFY(f.ledger->charge(f.request("req-1", 0, 100)).ok());
        QVERIFY(!f.ledger->charge(f.request("req-1", 0, 100)).ok());
        QCOMPARE(f.storedCharged(0), Amount(100));
        QCOMPARE(*f.ledger->balance(f.ledger->nodeAddress()), Amount(100));
    }

    // A charge stopped between any two of its writes (as by a crash) leaves no receipt, no
    // charge and no redemption, in the database and in memory; the request can be charged again.
    void interruptedChargeLeavesNothing_data()
    {
        QTest::addColumn<int>("step");
        QTest::newRow("after the lane") << int(ChargeStep::LaneWritten);
        QTest::newRow("after the receipt") << int(ChargeStep::ReceiptWritten);
        QTest::newRow("after the journal") << int(ChargeStep::JournalWritten);
    }
    void interruptedChargeLeavesNothing()
    {
        QFETCH(int, step);
        Fixture f;
        QVERIFY(f.fund(1'000));
        QVERIFY(f.ledger->accept(f.voucher(0, 500)).ok());
        QVERIFY(f.ledger->charge(f.request("req-0", 0, 50)).ok());
        const QByteArray head = f.ledger->receiptHead();
        const size_t entries = LedgerStore(*f.ws).loadJournal()->size();
        const Result<Receipt> r = f.ledger->charge(f.request("req-1", 0, 100),
                                                   [step](ChargeStep s) { return int(s) == step; });
        QVERIFY(!r.ok());
        QCOMPARE(LedgerStore(*f.ws).loadReceipts()->size(), size_t(1));
        QCOMPARE(LedgerStore(*f.ws).loadJournal()->size(), entries);
        QCOMPARE(f.storedCharged(0), Amount(50));
        QCOMPARE(f.ledger->channels().channel(kChannel)->lanes.at(0).charged, Amount(50));
        QCOMPARE(f.ledger->receiptHead(), head);
        QCOMPARE(*f.ledger->balance(f.ledger->nodeAddress()), Amount(50));
        QVERIFY(f.ledger->charge(f.request("req-1", 0, 100)).ok());
        f.reopen();
        QCOMPARE(f.storedCharged(0), Amount(150));
        QCOMPARE(*f.ledger->balance(f.ledger->nodeAddress()), Amount(150));
    }

    // 8 threads, one lane each, accept rising vouchers and charge after each: the deposit is
    // never exceeded, every charge has exactly one receipt and one redemption, and both chains
    // verify afterwards.
    void concurrentPaidRequests()
    {
        constexpr int kLanes = 8;
        constexpr int kRounds = 15;
        constexpr Amount kDeposit = 5'000;
        Fixture f;
        QVERIFY(f.fund(kDeposit));
        std::vector<std::vector<Voucher>> vouchers(kLanes);
        for (int lane = 0; lane < kLanes; ++lane)
            for (int s = 1; s <= kRounds; ++s)
                vouchers[lane].push_back(f.voucher(quint32(lane), Amount(s) * 50));
        std::atomic<Amount> charged{0};
        std::atomic<int> receipts{0};
        std::atomic<int> doubles{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < kLanes; ++t)
            threads.emplace_back([&, t] {
                for (int s = 0; s < kRounds; ++s) {
                    const bool accepted = f.ledger->accept(vouchers[t][s]).ok();
                    doubles += f.ledger->accept(vouchers[t][s]).ok();
                    if (!accepted)
                        continue;
                    const QString id = QStringLiteral("req-%1-%2").arg(t).arg(s);
                    if (f.ledger->charge(f.request(id, quint32(t), 40)).ok()) {
                        charged += 40;
                        ++receipts;
                    }
                }
            });
        for (auto& th : threads)
            th.join();
        QCOMPARE(doubles.load(), 0);
        const Channel c = *f.ledger->channels().channel(kChannel);
        QVERIFY(c.authorizedTotal() <= kDeposit);
        QCOMPARE(c.chargedTotal(), charged.load());
        QVERIFY(receipts.load() > kLanes);
        QCOMPARE(*f.ledger->balance(f.ledger->nodeAddress()), charged.load());
        const auto stored = LedgerStore(*f.ws).loadReceipts();
        QCOMPARE(int(stored->size()), receipts.load());
        QVERIFY(verifyReceiptChain(*stored, f.ledger->nodeAddress()).ok());
        QVERIFY(f.ledger->verifyJournalNow().ok());
        f.reopen();
        QCOMPARE(f.ledger->channels().channel(kChannel)->chargedTotal(), charged.load());
    }

    // The node's journal behind the SettlementBackend interface the node code will use: a batch
    // redemption within the payer's voucher, a payout, balances, and the refusals.
    void settlementBackend()
    {
        Fixture f;
        SettlementBackend& backend = *f.ledger;
        QVERIFY(f.ledger->mint(addressOf(f.payer), 1'000).ok());
        QVERIFY(backend.deposit(addressOf(f.payer), kChannel, 800).ok());
        QCOMPARE(backend.deposit(addressOf(f.payer), kChannel, 1).error().code,
                 ErrorCode::AlreadyExists);
        QVERIFY(!backend.deposit(addressOf(f.payer), QByteArray(16, 'x'), 201).ok()); // 200 left
        QCOMPARE(*backend.balance(addressOf(f.payer)), Amount(200));
        const Voucher v = f.voucher(2, 300);
        QVERIFY(backend.redeem(v, 250).ok());
        QVERIFY(!backend.redeem(v, 51).ok()); // the lane's voucher allows 300 in all
        QVERIFY(backend.redeem(v, 50).ok());
        Voucher forged = v;
        forged.cumulative = 800;
        QVERIFY(!backend.redeem(forged, 100).ok());
        QCOMPARE(*backend.balance(f.ledger->nodeAddress()), Amount(300));
        QVERIFY(backend.payout(addressOf(f.alice), 120).ok());
        QVERIFY(!backend.payout(addressOf(f.alice), 181).ok());
        QCOMPARE(*backend.balance(addressOf(f.alice)), Amount(120));
        f.reopen();
        QCOMPARE(*f.ledger->balance(f.ledger->nodeAddress()), Amount(180));
        QVERIFY(f.ledger->verifyJournalNow().ok());
    }

    // A node restarted with a clock behind its last receipt (NTP step, another machine) must
    // still write a chain that verifies: receipt times never go backwards.
    void clockBehindLastReceipt()
    {
        Fixture f;
        QVERIFY(f.fund(1'000));
        QVERIFY(f.ledger->accept(f.voucher(0, 500)).ok());
        QVERIFY(f.ledger->charge(f.request("req-1", 0, 100)).ok());
        f.now -= 10'000;
        f.reopen();
        const Result<Receipt> r = f.ledger->charge(f.request("req-2", 0, 100));
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        const auto receipts = LedgerStore(*f.ws).loadReceipts();
        const ChainCheck chain = verifyReceiptChain(*receipts, f.ledger->nodeAddress());
        QVERIFY2(chain.ok(), qPrintable(chain.message));
        f.reopen(); // opening verifies the chain too
        QCOMPARE(f.ledger->receiptHead(), r->hash());
    }

    void schemaHasTheLedgerTables()
    {
        Fixture f;
        auto db = f.ws->requireDatabase();
        QVERIFY(db.ok());
        QVERIFY(*(*db)->userVersion() >= 11); // the ledger migration, whatever came after it
        // Receipts and journal lines are immutable in the database too.
        QVERIFY(f.fund(100));
        QVERIFY(!(*db)->exec("UPDATE ledger_journal SET amount = 1").ok());
        QVERIFY(!(*db)->exec("DELETE FROM ledger_journal").ok());
    }
};

QTEST_GUILESS_MAIN(LedgerStoreTest)
#include "ledger_store_test.moc"

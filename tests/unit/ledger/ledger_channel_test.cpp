// Channels: which vouchers a node accepts, why it refuses the others, what a charge leaves as
// credit, and that concurrent requests can never take more than the deposit.
#include "crypto/Sodium.h"
#include "ledger/ChannelBook.h"

#include <QTest>
#include <atomic>
#include <thread>

using namespace fw;
using namespace fw::ledger;

namespace {
constexpr qint64 kNow = 1'800'000'000'000;
const QByteArray kChannel(16, '\x01');

struct Fixture
{
    crypto::SigningKey payer = crypto::SigningKey::generate();
    crypto::SigningKey node = crypto::SigningKey::generate();
    ChannelBook book{node.publicKey()};

    explicit Fixture(Amount deposit)
    {
        Channel c;
        c.id = kChannel;
        c.payer = payer.publicKey();
        c.deposit = deposit;
        if (!book.open(c).ok())
            qFatal("could not open the test channel");
    }

    Voucher voucher(quint32 lane, Amount cumulative, quint64 nonce = 1) const
    {
        Voucher v;
        v.channelId = kChannel;
        v.node = node.publicKey();
        v.lane = lane;
        v.cumulative = cumulative;
        v.nonce = nonce;
        v.expiresAt = kNow + 60'000;
        v.sign(payer);
        return v;
    }
};
} // namespace

class ChannelTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { crypto::ensureSodium(); }

    void acceptsRisingVouchers()
    {
        Fixture f(1'000);
        QVERIFY(f.book.accept(f.voucher(0, 100), kNow).ok());
        const Decision d = f.book.accept(f.voucher(0, 250, 2), kNow);
        QVERIFY(d.ok());
        QCOMPARE(d.lane.authorized, Amount(250));
        QCOMPARE(d.lane.nonce, quint64(2));
        QCOMPARE(f.book.channel(kChannel)->authorizedTotal(), Amount(250));
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("verdict");
        QTest::newRow("forged signature") << "forged" << int(Verdict::Forged);
        QTest::newRow("signed by a stranger") << "stranger" << int(Verdict::Forged);
        QTest::newRow("replayed") << "replayed" << int(Verdict::Replayed);
        QTest::newRow("lower (reordered)") << "lower" << int(Verdict::Replayed);
        QTest::newRow("expired") << "expired" << int(Verdict::Expired);
        QTest::newRow("over the deposit") << "over" << int(Verdict::OverDeposit);
        QTest::newRow("over across lanes") << "overLanes" << int(Verdict::OverDeposit);
        QTest::newRow("unknown channel") << "unknown" << int(Verdict::UnknownChannel);
        QTest::newRow("wrong node") << "wrongNode" << int(Verdict::WrongNode);
    }
    void refuses()
    {
        QFETCH(QString, kind);
        QFETCH(int, verdict);
        Fixture f(1'000);
        QVERIFY(f.book.accept(f.voucher(0, 500), kNow).ok());
        const Channel before = *f.book.channel(kChannel);
        Voucher v = f.voucher(1, 100);
        qint64 now = kNow;
        if (kind == "forged") {
            v.cumulative = 900; // changed after signing
        } else if (kind == "stranger") {
            v.sign(crypto::SigningKey::generate());
        } else if (kind == "replayed") {
            v = f.voucher(0, 500);
        } else if (kind == "lower") {
            v = f.voucher(0, 400, 7);
        } else if (kind == "expired") {
            now = v.expiresAt;
        } else if (kind == "over") {
            v = f.voucher(1, 501);
        } else if (kind == "overLanes") {
            QVERIFY(f.book.accept(f.voucher(2, 400), kNow).ok());
            v = f.voucher(3, 101);
        } else if (kind == "unknown") {
            v.channelId = QByteArray(16, '\x02');
            v.sign(f.payer);
        } else if (kind == "wrongNode") {
            v.node = crypto::SigningKey::generate().publicKey();
            v.sign(f.payer);
        }
        const Channel middle = *f.book.channel(kChannel);
        const Decision d = f.book.accept(v, now);
        QCOMPARE(int(d.verdict), verdict);
        QVERIFY(!d.message.isEmpty());
        QVERIFY(verdictCode(d.verdict) != "accepted");
        // A refusal changes nothing.
        const Channel after = *f.book.channel(kChannel);
        QCOMPARE(after.lanes.size(), middle.lanes.size());
        QCOMPARE(after.authorizedTotal(), middle.authorizedTotal());
        QVERIFY(after.authorizedTotal() >= before.authorizedTotal());
    }

    // Charging: the fee leaves the credit, the unused rest stays on the lane for the next request.
    void chargesAndKeepsCredit()
    {
        Fixture f(1'000);
        QCOMPARE(f.book.accept(f.voucher(0, 300), kNow).lane.credit(), Amount(300));
        Decision d = f.book.charge(kChannel, 0, 120);
        QVERIFY(d.ok());
        QCOMPARE(d.lane.charged, Amount(120));
        QCOMPARE(d.lane.credit(), Amount(180));
        // The next voucher adds 50: the credit is the old rest plus the new 50.
        QCOMPARE(f.book.accept(f.voucher(0, 350, 2), kNow).lane.credit(), Amount(230));
        d = f.book.charge(kChannel, 0, 231);
        QCOMPARE(d.verdict, Verdict::InsufficientCredit);
        QCOMPARE(d.lane.charged, Amount(120)); // nothing taken
        QVERIFY(f.book.charge(kChannel, 0, 230).ok());
        QCOMPARE(f.book.channel(kChannel)->chargedTotal(), Amount(350));
        QCOMPARE(f.book.charge(kChannel, 0, 1).verdict, Verdict::InsufficientCredit);
        QCOMPARE(f.book.charge(kChannel, 5, 0).verdict, Verdict::InsufficientCredit); // no lane
        QCOMPARE(f.book.charge(kChannel, 0, -1).verdict, Verdict::InsufficientCredit);
        QCOMPARE(f.book.charge(QByteArray(16, 'x'), 0, 1).verdict, Verdict::UnknownChannel);
    }

    void opensOnlyConsistentChannels()
    {
        Fixture f(1'000);
        Channel c = *f.book.channel(kChannel);
        QCOMPARE(f.book.open(c).error().code, ErrorCode::AlreadyExists);
        c.id = QByteArray(16, '\x09');
        c.lanes[0].authorized = 2'000;
        QVERIFY(!f.book.open(c).ok());
        c.lanes[0].authorized = 10;
        c.lanes[0].charged = 11;
        QVERIFY(!f.book.open(c).ok());
        c.deposit = -1;
        c.lanes.clear();
        QVERIFY(!f.book.open(c).ok());
    }

    // 8 threads, one lane each, race each other with rising vouchers whose sum overshoots the
    // deposit: the accepted total never exceeds it, and no voucher is accepted twice.
    void concurrentLanesNeverExceedDeposit()
    {
        constexpr Amount kDeposit = 10'000;
        constexpr int kLanes = 8;
        constexpr int kSteps = 40;
        Fixture f(kDeposit);
        std::vector<std::vector<Voucher>> vouchers(kLanes);
        for (int lane = 0; lane < kLanes; ++lane)
            for (int s = 1; s <= kSteps; ++s)
                vouchers[lane].push_back(f.voucher(quint32(lane), Amount(s) * 50, quint64(s)));
        std::atomic<int> accepted{0};
        std::atomic<int> doubles{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < kLanes; ++t) {
            threads.emplace_back([&, t] {
                const auto& mine = vouchers[t];
                for (int s = 0; s < kSteps; ++s) {
                    // Each voucher is sent twice, as a retrying client would; the second must fail.
                    const Decision first = f.book.accept(mine[s], kNow);
                    const Decision again = f.book.accept(mine[s], kNow);
                    accepted += first.ok();
                    doubles += again.ok();
                    if (first.ok())
                        (void)f.book.charge(kChannel, quint32(t), 10);
                }
            });
        }
        for (auto& th : threads)
            th.join();
        const Channel c = *f.book.channel(kChannel);
        QCOMPARE(doubles.load(), 0);
        QVERIFY(accepted.load() > 0);
        QVERIFY(c.authorizedTotal() <= kDeposit);
        QVERIFY(c.chargedTotal() <= c.authorizedTotal());
        // The deposit is nearly used up: the threads really competed for it.
        QVERIFY(c.authorizedTotal() > kDeposit - kLanes * 50);
    }
};

QTEST_GUILESS_MAIN(ChannelTest)
#include "ledger_channel_test.moc"

// Earnings: receipts sliced by role, party, datanet version, record, model and day in exact
// integers (the slices of every split line add up to it), and EarningsService over a workspace
// with real signed receipts: names resolved through the datanet's versions, record text, balances
// from the node journal, pending what other nodes still owe, "why did I earn this".
#include "crypto/Address.h"
#include "crypto/Blake2b.h"
#include "crypto/Sodium.h"
#include "ledger/EarningsCsv.h"
#include "ledger/EarningsService.h"
#include "ledger/LedgerView.h"
#include "unit/ledger/EarningsFixture.h"
#include "unit/store/TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace fw;
using namespace fw::ledger;

namespace {
QString addressOf(const crypto::SigningKey& k)
{
    return crypto::addressFromPublicKey(k.publicKey());
}

// What the split lines pay `party`, summed straight from the receipts.
Amount paidTo(const std::vector<Receipt>& receipts, const QString& party, int role = -1)
{
    Amount sum = 0;
    for (const Receipt& r : receipts)
        for (const SplitLine& l : r.split)
            if (l.party == party && (role < 0 || int(l.role) == role))
                sum += l.amount;
    return sum;
}
} // namespace

class EarningsTest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<store::Workspace> m_ws;
    test::EarningsFixture m_fx;

    std::vector<Receipt> allReceipts() const
    {
        std::vector<Receipt> all = m_fx.own;
        all.insert(all.end(), m_fx.foreign.begin(), m_fx.foreign.end());
        return all;
    }

private slots:
    void initTestCase()
    {
        crypto::ensureSodium();
        auto created =
            store::Workspace::create(m_dir.filePath("ws"), "earnings test", test::fastOptions());
        QVERIFY(created.ok());
        m_ws = std::move(*created);
        const QString failure = m_fx.build(*m_ws);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }

    void oneReceiptByHand()
    {
        const crypto::SigningKey node = crypto::SigningKey::generate();
        const crypto::SigningKey builder = crypto::SigningKey::generate();
        const crypto::SigningKey alice = crypto::SigningKey::generate();
        Receipt r;
        r.requestId = "r1";
        r.deployment = "bot:v1";
        r.manifestHash = crypto::blake2b("m");
        r.fee = 1'000; // node 100, builder 300, alice 600
        r.split = *splitFee(r.fee, {}, addressOf(node), addressOf(builder),
                            {{addressOf(alice), Role::Contributor, 1}}, {});
        r.attribution = {{crypto::blake2b("a"), crypto::blake2b("v1"), addressOf(alice), 500'000},
                         {crypto::blake2b("b"), crypto::blake2b("v2"), addressOf(alice), 250'000},
                         {crypto::blake2b("c"), crypto::blake2b("v2"), addressOf(node), 250'000}};
        r.previousHash = Receipt::genesisHash();
        r.at = 1'795'000'000'000;
        r.sign(node);
        const auto slices = earningSlices({r}, {addressOf(alice), addressOf(builder)});
        QCOMPARE(totalOf(slices), Amount(900));
        QCOMPARE(totalByRole(slices).at(Role::Builder), Amount(300));
        // Alice's 600 over her two lines, 2:1 -- the node's line is not hers.
        const auto byVersion = totalByDatanetVersion(slices);
        QCOMPARE(byVersion.at(crypto::blake2b("v1")), Amount(400));
        QCOMPARE(byVersion.at(crypto::blake2b("v2")), Amount(200));
        const auto top = topRecords(slices, 1);
        QCOMPARE(int(top.size()), 1);
        QCOMPARE(top[0].recordHash, crypto::blake2b("a"));
        QCOMPARE(top[0].amount, Amount(400));
        QCOMPARE(slices.front().day, QDate(2026, 11, 18));
    }

    void unevenSharesStillAddUp_data()
    {
        QTest::addColumn<qint64>("fee");
        QTest::newRow("1") << qint64(1);
        QTest::newRow("7") << qint64(7);
        QTest::newRow("1001") << qint64(1'001);
        QTest::newRow("large") << qint64(kMaxAmount / 3);
    }
    void unevenSharesStillAddUp()
    {
        QFETCH(qint64, fee);
        const crypto::SigningKey node = crypto::SigningKey::generate();
        const crypto::SigningKey alice = crypto::SigningKey::generate();
        Receipt r;
        r.fee = fee;
        r.split = {{addressOf(alice), Role::Contributor, fee}};
        for (int i = 0; i < 3; ++i)
            r.attribution.push_back({crypto::blake2b(QByteArray::number(i)), crypto::blake2b("v"),
                                     addressOf(alice), 333'333});
        const auto slices = earningSlices({r}, {addressOf(alice)});
        QCOMPARE(int(slices.size()), 3);
        QCOMPARE(totalOf(slices), Amount(fee));
    }

    void reportAddsUpExactly()
    {
        const Result<EarningsReport> report = EarningsService(*m_ws).load();
        QVERIFY2(report.ok(), qPrintable(report.error().message));
        const std::vector<Receipt> all = allReceipts();
        QCOMPARE(report->receipts.size(), all.size());
        const auto byRole = totalByRole(report->slices);
        // The node signed its own 5; the foreign node's node part is not ours.
        QCOMPARE(byRole.at(Role::Node), paidTo(m_fx.own, m_fx.node.address));
        QCOMPARE(byRole.at(Role::Builder), paidTo(all, m_fx.builder.address));
        QCOMPARE(byRole.at(Role::Contributor), paidTo(all, m_fx.alice.address));
        QVERIFY(!byRole.count(Role::Labeler)); // bob is not one of this workspace's identities
        // Node 10%, builder 30%, data 60% (alice 3/4 of it) of 14'611 + 8'000: every unit placed.
        Amount fees = 0;
        for (const Receipt& r : all)
            fees += r.fee;
        QCOMPARE(fees, Amount(22'611));
        QCOMPARE(totalOf(report->slices), fees - paidTo(all, m_fx.bobAddress()) -
                                              paidTo(m_fx.foreign, addressOf(m_fx.foreignNode)));
        // By datanet: all of alice's part, named "support-faq v1".
        const auto byVersion = totalByDatanetVersion(report->slices);
        QCOMPARE(int(byVersion.size()), 1);
        QCOMPARE(byVersion.at(m_fx.version.root), paidTo(all, m_fx.alice.address));
        QCOMPARE(report->versionLabel(m_fx.version.root), QStringLiteral("support-faq v1"));
        // By model: the deployment names, adding up to the total.
        const auto byModel = totalByDeployment(report->slices);
        QCOMPARE(int(byModel.size()), 2);
        QCOMPARE(byModel.at("faq-bot:v1") + byModel.at("faq-bot:v2"), totalOf(report->slices));
        // By day: five days of the node's requests, the foreign ones on the third.
        const auto byDay = totalByDayAndRole(report->slices);
        QCOMPARE(int(byDay.size()), 5);
        QCOMPARE(byDay.begin()->first, QDate(2026, 11, 18));
    }

    void topRecordsCarryTheirText()
    {
        const Result<EarningsReport> report = EarningsService(*m_ws).load(3);
        QVERIFY(report.ok());
        QCOMPARE(int(report->topRecords.size()), 3);
        Amount sum = 0;
        for (const RecordEarning& e : report->topRecords) {
            sum += e.total.amount;
            QVERIFY2(!e.text.isEmpty(), "every record is in this workspace's datanet");
        }
        QCOMPARE(sum, paidTo(allReceipts(), m_fx.alice.address));
        QVERIFY(report->topRecords[0].total.amount >= report->topRecords[1].total.amount);
        // Record 3 ("warranty") is alice's only line in odd requests (fees 2'501 and 10'000).
        bool found = false;
        for (const RecordEarning& e : report->topRecords)
            if (e.total.recordHash == m_fx.records[2].contentHash) {
                found = true;
                QVERIFY(e.text.contains(QStringLiteral("warranty")));
            }
        QVERIFY(found);
    }

    void balancesAndPending()
    {
        const Result<EarningsReport> report = EarningsService(*m_ws).load();
        QVERIFY(report.ok());
        QVERIFY(report->hasJournal);
        std::map<QString, IdentityEarnings> by;
        for (const IdentityEarnings& e : report->identities)
            by[e.identity.address] = e;
        Amount ownFees = 0;
        for (const Receipt& r : m_fx.own)
            ownFees += r.fee;
        // The node redeemed every fee and paid the builder once.
        QCOMPARE(*by[m_fx.node.address].balance, ownFees - m_fx.builderPayout);
        QCOMPARE(by[m_fx.node.address].pending, Amount(0));
        QCOMPARE(*by[m_fx.builder.address].balance, m_fx.builderPayout);
        QCOMPARE(by[m_fx.builder.address].paidOut, m_fx.builderPayout);
        QCOMPARE(by[m_fx.builder.address].pending,
                 paidTo(allReceipts(), m_fx.builder.address) - m_fx.builderPayout);
        QCOMPARE(*by[m_fx.alice.address].balance, Amount(0));
        QCOMPARE(by[m_fx.alice.address].pending, paidTo(allReceipts(), m_fx.alice.address));
        QCOMPARE(by[m_fx.alice.address].earned, by[m_fx.alice.address].pending);
    }

    void explainNamesRecordsAndDatanets()
    {
        const Receipt& r = m_fx.own[0]; // alice on records 1 and 2, bob on record 3
        const auto why = EarningsService(*m_ws).explain(r);
        QVERIFY2(why.ok(), qPrintable(why.error().message));
        const std::vector<AttributionDetail>* details = &why->details;
        QCOMPARE(int(details->size()), 3);
        Amount data = 0;
        for (const AttributionDetail& d : *details) {
            QCOMPARE(d.datanet, QStringLiteral("support-faq"));
            QCOMPARE(d.version, QStringLiteral("v1"));
            QVERIFY(!d.text.isEmpty());
            data += d.earned;
        }
        QVERIFY(details->at(0).text.contains(QStringLiteral("reset button")));
        QCOMPARE(data, paidTo({r}, m_fx.alice.address) + paidTo({r}, m_fx.bobAddress()));
        // 600 of a 1'000 fee to the data part: alice 450 over her 2:1 lines, bob 150.
        QCOMPARE(details->at(0).earned, Amount(300));
        QCOMPARE(details->at(1).earned, Amount(150));
        QCOMPARE(details->at(2).earned, Amount(150));
        // The node kept the answer with the span its first record earned.
        QVERIFY(why->answer);
        QCOMPARE(why->answer->answer, test::EarningsFixture::keptAnswer());
        const std::vector<AnswerSpan> spans = why->answer->spansOf(r.attribution.front().recordHash);
        QCOMPARE(int(spans.size()), 1);
        QCOMPARE(why->answer->answer.mid(spans[0].begin, spans[0].end - spans[0].begin),
                 QStringLiteral("reset button"));
        QVERIFY(why->answer->spansOf(r.attribution.back().recordHash).empty());
    }

    void explainWithoutAKeptAnswerSaysNone()
    {
        const auto why = EarningsService(*m_ws).explain(m_fx.own[1]);
        QVERIFY2(why.ok(), qPrintable(why.error().message));
        QVERIFY(!why->answer);
        QVERIFY(!why->details.empty());
    }

    void csvHasOneRowPerSlice()
    {
        Result<EarningsReport> report = EarningsService(*m_ws).load();
        QVERIFY(report.ok());
        const QByteArray csv = earningsCsv(*report);
        const QList<QByteArray> rows = csv.split('\n');
        QCOMPARE(rows.size(), int(report->slices.size()) + 2); // header, rows, nothing after CRLF
        QVERIFY(rows.front().startsWith("day,node,request,deployment,party,role,amount_units"));
        qint64 sum = 0;
        for (int i = 1; i + 1 < rows.size(); ++i)
            sum += rows[i].split(',').at(6).toLongLong();
        QCOMPARE(sum, totalOf(report->slices));
        QVERIFY(csv.contains("support-faq v1"));
        // A name a spreadsheet would run as a formula, with a comma in it, stays text.
        report->versions[m_fx.version.root].datanet = QStringLiteral("=cmd,x");
        QVERIFY(earningsCsv(*report).contains("\"'=cmd,x v1\""));
    }

    void ledgerViewChannelsPerIdentity()
    {
        std::vector<crypto::PublicKey> keys;
        for (const wallet::Identity& id : {m_fx.builder, m_fx.node})
            keys.push_back(*crypto::PublicKey::fromBytes(id.publicKey));
        const Result<LedgerView> view = LedgerView::load(*m_ws, keys);
        QVERIFY2(view.ok(), qPrintable(view.error().message));
        QVERIFY(view->hasJournal());
        QCOMPARE(view->keeper(), m_fx.node.address);
        QCOMPARE(int(view->channelsOf(m_fx.node.address).size()), 1);     // the node serves it
        QCOMPARE(int(view->channelsOf(addressOf(m_fx.payer)).size()), 1); // the payer funds it
        QVERIFY(view->channelsOf(m_fx.alice.address).empty());
        const Channel c = view->channels().front();
        QCOMPARE(c.deposit, Amount(100'000));
        QCOMPARE(c.chargedTotal(), Amount(14'611));
        QCOMPARE(view->escrow(c.id)->unused(), Amount(100'000 - 14'611));
        QCOMPARE(view->paidOutTo(m_fx.builder.address), m_fx.builderPayout);
        // Without the node's key the journal cannot be checked: no balances are shown.
        const Result<LedgerView> blind = LedgerView::load(*m_ws, {keys[0]});
        QVERIFY(blind.ok());
        QVERIFY(!blind->hasJournal());
        QVERIFY(!blind->balance(m_fx.node.address).has_value());
    }

    void emptyWorkspaceEarnsNothing()
    {
        QTemporaryDir dir;
        auto ws = store::Workspace::create(dir.filePath("ws"), "empty", test::fastOptions());
        QVERIFY(ws.ok());
        QVERIFY(wallet::WalletService(**ws).createIdentity("me").ok());
        const auto report = EarningsService(**ws).load();
        QVERIFY(report.ok());
        QVERIFY(!report->hasJournal);
        QCOMPARE(int(report->identities.size()), 1);
        QCOMPARE(report->identities[0].earned, Amount(0));
        QVERIFY(!report->identities[0].balance.has_value());
        QVERIFY(report->slices.empty());
    }
};

QTEST_GUILESS_MAIN(EarningsTest)
#include "ledger_earnings_test.moc"

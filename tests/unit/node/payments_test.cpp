// The node's paid-request logic without a socket: fees and the tokens a credit pays for, an
// answer attributed to the deployment's records through the package's attribution bundle and
// paid to their contributors, the record-count fallback when nothing matches, free deployments,
// one request per lane, answers kept beside their receipts (or not), and funds minted by another process while the node's ledger is open.
#include "../store/TestSupport.h"
#include "attribution/AttributionBundle.h"
#include "crypto/Address.h"
#include "ledger/LedgerStore.h"
#include "ledger/NodeLedger.h"
#include "node/NodePayments.h"
#include "store/Workspace.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

using namespace fw;
using namespace fw::node;

namespace {

constexpr ledger::Amount kPrice = 1'000'000; // 1 OPEN per 1,000 tokens: 1,000 units a token

crypto::SecureBytes seed(char fill)
{
    crypto::SecureBytes s(crypto::kSeedBytes);
    std::fill(s.data(), s.data() + s.size(), static_cast<unsigned char>(fill));
    return s;
}

std::vector<int> ids(int from, int count)
{
    std::vector<int> out;
    for (int i = 0; i < count; ++i)
        out.push_back(from + i);
    return out;
}

// The answer's text as the engine decodes it: "w10 w11 ..." with each token's end.
void decodeAsWords(ml::GenerationResult& answer)
{
    answer.text.clear();
    answer.textEnds.clear();
    for (int id : answer.tokenIds) {
        answer.text += QStringLiteral("w%1 ").arg(id);
        answer.textEnds.push_back(int(answer.text.size()));
    }
}

// Two records by two contributors, as a deploy package carries them. With `bLabeled`, b's record
// comes from a second datanet of preference pairs: b labeled it.
attribution::AttributionIndex twoRecordIndex(const QString& a, const QString& b, bool bLabeled = false)
{
    attribution::SpanIndex::Builder builder;
    builder.beginRecord();
    builder.addDocument(ids(10, 11));
    builder.beginRecord();
    builder.addDocument(ids(40, 11));
    attribution::AttributionIndex index;
    index.lineage.model = QStringLiteral("tiny");
    index.lineage.sources.append(
        {QString(32, QLatin1Char('a')), QStringLiteral("Facts"), QString(64, QLatin1Char('b')), QString()});
    index.lineage.tokenizerHash = QString(64, QLatin1Char('c'));
    index.lineage.chatFormat = QStringLiteral("chatml");
    index.records = {{0, QByteArray(32, '\x01'), a}, {0, QByteArray(32, '\x02'), b}};
    if (bLabeled) {
        index.lineage.sources[0].kind = QStringLiteral("instruction");
        index.lineage.sources.append({QString(32, QLatin1Char('d')), QStringLiteral("Helpful answers"),
                                      QString(64, QLatin1Char('e')), QStringLiteral("preference")});
        index.records[1].source = 1;
    }
    index.spans = std::move(builder.build()).value();
    return index;
}

} // namespace

class NodePaymentsTest : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_tmp;
    std::unique_ptr<store::Workspace> m_ws;
    std::unique_ptr<DeploymentStore> m_store;
    std::unique_ptr<NodePayments> m_payments;
    const crypto::SigningKey m_payer = crypto::SigningKey::generate();
    const crypto::SigningKey m_builder = crypto::SigningKey::generate();
    const QString m_a = crypto::addressFromPublicKey(crypto::SigningKey::generate().publicKey());
    const QString m_b = crypto::addressFromPublicKey(crypto::SigningKey::generate().publicKey());
    const QByteArray m_channel = QByteArray(16, '\x07');
    quint64 m_nonce = 0;

    // Deploys once per name; later calls get the stored deployment.
    Deployment deploy(const QString& name, ledger::Amount price, bool withIndex, bool bLabeled = false)
    {
        if (Result<Deployment> existing = m_store->find(name); existing.ok())
            return *existing;
        DeployManifest m;
        m.name = name;
        m.kind = DeployKind::Model;
        m.release = 1;
        m.createdAtMs = 1'700'000'000'000;
        m.pricePer1k = price;
        ModelFiles files{{"config.json", R"({"dim": 8})"}};
        if (withIndex)
            files.insert(attribution::AttributionBundle::kPackageFileName,
                         attribution::AttributionBundle::encode(twoRecordIndex(m_a, m_b, bLabeled)));
        const Result<Deployment> put = m_store->put(DeployPackage::create(m, files, m_builder));
        return put ? *put : Deployment{};
    }
    HttpRequest withVoucher(quint32 lane, ledger::Amount cumulative)
    {
        ledger::Voucher v;
        v.channelId = m_channel;
        v.node = crypto::SigningKey::fromSeed(seed('n')).publicKey();
        v.lane = lane;
        v.cumulative = cumulative;
        v.nonce = ++m_nonce;
        v.expiresAt = QDateTime::currentMSecsSinceEpoch() + 60'000;
        v.sign(m_payer);
        const QByteArray header = v.toHeader();
        HttpRequest r;
        r.header = [header](const char* name) {
            return QByteArray(name) == ledger::Voucher::kHeaderName ? header : QByteArray();
        };
        return r;
    }
    ledger::Amount splitFor(const ledger::Receipt& r, ledger::Role role, const QString& party = {})
    {
        ledger::Amount sum = 0;
        for (const ledger::SplitLine& l : r.split)
            if (l.role == role && (party.isEmpty() || l.party == party))
                sum += l.amount;
        return sum;
    }

private slots:
    void initTestCase()
    {
        auto ws = store::Workspace::create(m_tmp.path(), "p", test::fastOptions());
        QVERIFY(ws.ok());
        m_ws = std::move(ws).value();
        m_store = std::make_unique<DeploymentStore>(*m_ws);
        // Funds and a channel written by another ledger on the same workspace (as
        // `flywheel-node mint` does next to a running node) before this one opens.
        auto other = ledger::NodeLedger::open(*m_ws, crypto::SigningKey::fromSeed(seed('n')),
                                              [] { return QDateTime::currentMSecsSinceEpoch(); });
        QVERIFY(other.ok());
        const QString payer = crypto::addressFromPublicKey(m_payer.publicKey());
        QVERIFY((*other)->mint(payer, 10 * ledger::kUnitsPerOpen).ok());
        QVERIFY((*other)->deposit(payer, m_channel, 5 * ledger::kUnitsPerOpen).ok());
        m_payments = std::make_unique<NodePayments>(*m_ws, *m_store);
        QVERIFY(m_payments->open(crypto::SigningKey::fromSeed(seed('n'))).ok());
        // A mint after it opened: its next journal write must see it, not overwrite it.
        QVERIFY((*other)->mint(payer, ledger::kUnitsPerOpen).ok());
    }

    void feesAndTokensAgree_data()
    {
        QTest::addColumn<qint64>("credit");
        QTest::addColumn<qint64>("price");
        QTest::newRow("1 OPEN at 1 OPEN/1k") << qint64(1'000'000) << qint64(1'000'000);
        QTest::newRow("uneven") << qint64(12'345) << qint64(777);
        QTest::newRow("cheap") << qint64(5) << qint64(1);
        QTest::newRow("dear") << qint64(999) << qint64(1'000'000);
        QTest::newRow("huge credit") << qint64(ledger::kMaxAmount) << qint64(3);
    }
    void feesAndTokensAgree()
    {
        QFETCH(qint64, credit);
        QFETCH(qint64, price);
        const qint64 n = NodePayments::tokensFor(credit, price);
        QVERIFY(n >= 0);
        QVERIFY(NodePayments::feeFor(n, price) <= credit);
        if (n < (qint64(1) << 40))
            QVERIFY(NodePayments::feeFor(n + 1, price) > credit);
    }
    void feeRoundsUp()
    {
        QCOMPARE(NodePayments::feeFor(1, 1), ledger::Amount(1)); // a thousandth of a unit: 1
        QCOMPARE(NodePayments::feeFor(1000, 1), ledger::Amount(1));
        QCOMPARE(NodePayments::feeFor(1001, 1), ledger::Amount(2));
        QCOMPARE(NodePayments::feeFor(16, kPrice), ledger::Amount(16'000));
        QCOMPARE(NodePayments::feeFor(0, kPrice), ledger::Amount(0));
        QCOMPARE(NodePayments::feeFor(std::numeric_limits<qint64>::max() / 2, kPrice),
                 ledger::Amount(-1));
    }

    void anAttributedAnswerPaysItsContributor()
    {
        const Deployment d = deploy("attributed", kPrice, true);
        QVERIFY(!d.manifestHash.isEmpty());
        auto grant = m_payments->authorize(withVoucher(0, 100'000), d);
        QVERIFY(std::holds_alternative<PaymentGrant>(grant));
        const PaymentGrant& g = std::get<PaymentGrant>(grant);
        QVERIFY(g.paid);
        QCOMPARE(g.maxTotalTokens, qint64(100));
        ml::GenerationResult answer;
        answer.promptTokens = 5;
        answer.tokenIds = ids(10, 11); // exactly the first record
        decodeAsWords(answer);
        auto receipt = m_payments->settle(g, d, "req-1", answer);
        QVERIFY2(receipt.ok(), qPrintable(receipt.error().message));
        QVERIFY(receipt->has_value());
        const ledger::Receipt& r = **receipt;
        QVERIFY(r.verify().ok());
        QCOMPARE(r.fee, ledger::Amount(16'000));
        QCOMPARE(r.attribution.size(), size_t(1));
        QCOMPARE(r.attribution[0].contributor, m_a);
        QCOMPARE(r.attribution[0].recordHash, QByteArray(32, '\x01'));
        QCOMPARE(r.attribution[0].datanetVersion, QByteArray::fromHex(QByteArray(64, 'b')));
        QCOMPARE(r.attribution[0].share, ledger::AttributionLine::kShareScale);
        // Manifest default split: 20% node, 30% builder, 50% data, all of it to A.
        QCOMPARE(splitFor(r, ledger::Role::Node, m_payments->nodeAddress()), ledger::Amount(3'200));
        QCOMPARE(
            splitFor(r, ledger::Role::Builder, crypto::addressFromPublicKey(m_builder.publicKey())),
            ledger::Amount(4'800));
        QCOMPARE(splitFor(r, ledger::Role::Contributor, m_a), ledger::Amount(8'000));
        QCOMPARE(splitFor(r, ledger::Role::Contributor, m_b), ledger::Amount(0));

        // The answer is kept beside the receipt, the whole of it a span of the first record.
        auto kept = ledger::readAnswer(*m_ws, QStringLiteral("req-1"));
        QVERIFY2(kept.ok(), qPrintable(kept.error().message));
        QVERIFY(kept->has_value());
        QCOMPARE((*kept)->answer, answer.text);
        QCOMPARE(int((*kept)->spans.size()), 1);
        QCOMPARE((*kept)->spans[0].begin, 0);
        QCOMPARE((*kept)->spans[0].end, int(answer.text.size()));
        QCOMPARE((*kept)->spans[0].records, std::vector<QByteArray>{QByteArray(32, '\x01')});
    }

    void anUnmatchedAnswerPaysEveryContributorByRecords()
    {
        const Deployment d = deploy("attributed", kPrice, true);
        auto grant = m_payments->authorize(withVoucher(0, 300'000), d);
        QVERIFY(std::holds_alternative<PaymentGrant>(grant));
        ml::GenerationResult answer;
        answer.promptTokens = 4;
        answer.tokenIds = ids(100, 6); // in no record
        auto receipt = m_payments->settle(std::get<PaymentGrant>(grant), d, "req-2", answer);
        QVERIFY2(receipt.ok(), qPrintable(receipt.error().message));
        const ledger::Receipt& r = **receipt;
        QVERIFY(r.attribution.empty());
        QCOMPARE(r.fee, ledger::Amount(10'000));
        QCOMPARE(splitFor(r, ledger::Role::Contributor, m_a), ledger::Amount(2'500));
        QCOMPARE(splitFor(r, ledger::Role::Contributor, m_b), ledger::Amount(2'500));
    }

    void aPreferenceRecordPaysItsLabeler()
    {
        const Deployment d = deploy("labeled", kPrice, true, true);
        auto grant = m_payments->authorize(withVoucher(5, 100'000), d); // a lane of its own
        QVERIFY(std::holds_alternative<PaymentGrant>(grant));
        ml::GenerationResult answer;
        answer.promptTokens = 5;
        answer.tokenIds = ids(40, 11); // exactly b's record, from the preference datanet
        auto receipt = m_payments->settle(std::get<PaymentGrant>(grant), d, "req-labeled", answer);
        QVERIFY2(receipt.ok(), qPrintable(receipt.error().message));
        const ledger::Receipt& r = **receipt;
        QVERIFY(r.verify().ok());
        QCOMPARE(r.attribution.size(), size_t(1));
        QCOMPARE(r.attribution[0].contributor, m_b);
        QCOMPARE(splitFor(r, ledger::Role::Labeler, m_b), ledger::Amount(8'000));
        QCOMPARE(splitFor(r, ledger::Role::Contributor), ledger::Amount(0));

        // Nothing matched: by record count, a as a contributor and b as a labeler.
        auto again = m_payments->authorize(withVoucher(5, 200'000), d);
        QVERIFY(std::holds_alternative<PaymentGrant>(again));
        answer.promptTokens = 4;
        answer.tokenIds = ids(100, 6);
        auto fallback = m_payments->settle(std::get<PaymentGrant>(again), d, "req-labeled-2", answer);
        QVERIFY2(fallback.ok(), qPrintable(fallback.error().message));
        QCOMPARE(splitFor(**fallback, ledger::Role::Contributor, m_a), ledger::Amount(2'500));
        QCOMPARE(splitFor(**fallback, ledger::Role::Labeler, m_b), ledger::Amount(2'500));
    }

    void withoutAnIndexTheBuilderTakesTheDataPart()
    {
        const Deployment d = deploy("plain", kPrice, false);
        auto grant = m_payments->authorize(withVoucher(0, 400'000), d);
        QVERIFY(std::holds_alternative<PaymentGrant>(grant));
        ml::GenerationResult answer;
        answer.promptTokens = 4;
        answer.tokenIds = ids(10, 6);
        decodeAsWords(answer);
        auto receipt = m_payments->settle(std::get<PaymentGrant>(grant), d, "req-3", answer);
        QVERIFY(receipt.ok());
        QCOMPARE(splitFor(**receipt, ledger::Role::Builder), ledger::Amount(8'000));
        QCOMPARE(ledger::sumOf((*receipt)->split), (*receipt)->fee);
        // Kept, with no span: nothing to attribute it to.
        auto kept = ledger::readAnswer(*m_ws, QStringLiteral("req-3"));
        QVERIFY(kept.ok() && kept->has_value());
        QCOMPARE((*kept)->answer, answer.text);
        QVERIFY((*kept)->spans.empty());
    }

    void aNodeThatForgetsAnswersKeepsOnlyTheReceipt()
    {
        const Deployment d = deploy("attributed", kPrice, true);
        m_payments->setKeepAnswers(false);
        auto grant = m_payments->authorize(withVoucher(6, 100'000), d);
        QVERIFY(std::holds_alternative<PaymentGrant>(grant));
        ml::GenerationResult answer;
        answer.promptTokens = 5;
        answer.tokenIds = ids(10, 11);
        decodeAsWords(answer);
        auto receipt = m_payments->settle(std::get<PaymentGrant>(grant), d, "req-forgot", answer);
        m_payments->setKeepAnswers(true);
        QVERIFY2(receipt.ok(), qPrintable(receipt.error().message));
        QCOMPARE((*receipt)->attribution.size(), size_t(1)); // still attributed and paid
        auto kept = ledger::readAnswer(*m_ws, QStringLiteral("req-forgot"));
        QVERIFY(kept.ok());
        QVERIFY(!kept->has_value());
    }

    void freeDeploymentsNeedNoVoucher()
    {
        const Deployment d = deploy("free", 0, true);
        auto grant = m_payments->authorize(HttpRequest{}, d);
        QVERIFY(std::holds_alternative<PaymentGrant>(grant));
        QVERIFY(!std::get<PaymentGrant>(grant).paid);
        auto receipt = m_payments->settle(std::get<PaymentGrant>(grant), d, "free-1", {});
        QVERIFY(receipt.ok());
        QVERIFY(!receipt->has_value());
    }

    void oneRequestPerLane()
    {
        const Deployment d = deploy("attributed", kPrice, true);
        auto first = m_payments->authorize(withVoucher(3, 100'000), d);
        QVERIFY(std::holds_alternative<PaymentGrant>(first));
        auto second = m_payments->authorize(withVoucher(3, 200'000), d);
        QVERIFY(std::holds_alternative<ApiError>(second));
        QCOMPARE(std::get<ApiError>(second).status, 409);
        QCOMPARE(std::get<ApiError>(second).code, QStringLiteral("lane_busy"));
        // Another lane is free; the first lane is free again once its request is over.
        QVERIFY(std::holds_alternative<PaymentGrant>(
            m_payments->authorize(withVoucher(4, 100'000), d)));
        // Released explicitly (as settle does) while the grant still exists: the lane is free,
        // and the old grant's end does not free the new request's hold.
        std::get<PaymentGrant>(first).laneLease->release();
        auto third = m_payments->authorize(withVoucher(3, 300'000), d);
        QVERIFY(std::holds_alternative<PaymentGrant>(third));
        first = ApiError{};
        auto fourth = m_payments->authorize(withVoucher(3, 400'000), d);
        QVERIFY(std::holds_alternative<ApiError>(fourth));
        QCOMPARE(std::get<ApiError>(fourth).code, QStringLiteral("lane_busy"));
    }

    void theJournalKeepsEveryMint()
    {
        // Both mints (before and after this ledger opened) and the charges' redemptions verify.
        auto reopened =
            ledger::NodeLedger::open(*m_ws, crypto::SigningKey::fromSeed(seed('n')),
                                     [] { return QDateTime::currentMSecsSinceEpoch(); });
        QVERIFY2(reopened.ok(), qPrintable(reopened.error().message));
        QVERIFY((*reopened)->verifyJournalNow().ok());
        const QString payer = crypto::addressFromPublicKey(m_payer.publicKey());
        QCOMPARE(*(*reopened)->balance(payer), ledger::Amount(6 * ledger::kUnitsPerOpen));
    }

    void closingRefundsTheUnusedDepositAndEndsTheChannel()
    {
        const Deployment d = deploy("attributed", kPrice, true);
        auto ledger = ledger::NodeLedger::open(*m_ws, crypto::SigningKey::fromSeed(seed('n')),
                                               [] { return QDateTime::currentMSecsSinceEpoch(); });
        QVERIFY(ledger.ok());
        const QString payer = crypto::addressFromPublicKey(m_payer.publicKey());
        const ledger::Amount before = *(*ledger)->balance(payer);
        const ledger::Amount charged = (*ledger)->channels().channel(m_channel)->chargedTotal();
        QVERIFY(charged > 0);
        // Someone else cannot close the payer's channel.
        QCOMPARE((*ledger)->closeChannel(m_channel, m_a).error().code, ErrorCode::InvalidArgument);
        Result<ledger::Amount> refunded = (*ledger)->closeChannel(m_channel, payer);
        QVERIFY2(refunded.ok(), qPrintable(refunded.error().message));
        QCOMPARE(*refunded, 5 * ledger::kUnitsPerOpen - charged);
        QCOMPARE(*(*ledger)->balance(payer), before + *refunded);
        QCOMPARE((*ledger)->closeChannel(m_channel, payer).error().code, ErrorCode::NotFound);
        QVERIFY((*ledger)->verifyJournalNow().ok());
        // A node that opens the workspace afterwards refuses the channel's vouchers.
        NodePayments reopened(*m_ws, *m_store);
        QVERIFY(reopened.open(crypto::SigningKey::fromSeed(seed('n'))).ok());
        auto refused = reopened.authorize(withVoucher(5, 100'000), d);
        QVERIFY(std::holds_alternative<ApiError>(refused));
        QCOMPARE(std::get<ApiError>(refused).status, 402);
        QCOMPARE(std::get<ApiError>(refused).code, QStringLiteral("channel_closed"));
    }

    void payoutsPayWhatTheReceiptsOwe()
    {
        auto ledger = ledger::NodeLedger::open(*m_ws, crypto::SigningKey::fromSeed(seed('n')),
                                               [] { return QDateTime::currentMSecsSinceEpoch(); });
        QVERIFY(ledger.ok());
        std::map<QString, ledger::Amount> owed;
        const Result<std::vector<ledger::Receipt>> receipts =
            ledger::LedgerStore(*m_ws).loadReceipts();
        QVERIFY(receipts.ok());
        for (const ledger::Receipt& r : *receipts)
            for (const ledger::SplitLine& l : r.split)
                if (l.party != m_payments->nodeAddress())
                    owed[l.party] += l.amount;
        QVERIFY(owed.size() >= 3); // the builder, A and B
        auto paid = (*ledger)->payOwed();
        QVERIFY2(paid.ok(), qPrintable(paid.error().message));
        QCOMPARE(paid->size(), owed.size());
        for (const auto& [party, amount] : owed)
            QCOMPARE(*(*ledger)->balance(party), amount);
        // Nothing more is owed until new receipts come.
        QVERIFY((*ledger)->payOwed()->empty());
        QVERIFY((*ledger)->verifyJournalNow().ok());
    }
};

QTEST_GUILESS_MAIN(NodePaymentsTest)
#include "payments_test.moc"

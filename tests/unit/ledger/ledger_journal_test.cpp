// The settlement journal: balances from the entries only, verification from genesis by someone
// holding just the entries and the keeper's key, and every broken rule or link found.
#include "crypto/Address.h"
#include "crypto/Sodium.h"
#include "ledger/Journal.h"
#include "ledger/Voucher.h"

#include <QTest>

using namespace fw;
using namespace fw::ledger;

namespace {
const QByteArray kChannel(16, '\x05');

QString addressOf(const crypto::SigningKey& k)
{
    return crypto::addressFromPublicKey(k.publicKey());
}

struct Book
{
    crypto::SigningKey node = crypto::SigningKey::generate();
    crypto::SigningKey payer = crypto::SigningKey::generate();
    crypto::SigningKey alice = crypto::SigningKey::generate();
    Journal journal{node.publicKey()};
    qint64 now = 1'800'000'000'000;

    Status add(EntryKind kind, const QString& party, Amount amount, const QByteArray& channel = {},
               const QByteArray& evidence = {})
    {
        Result<JournalEntry> e =
            journal.prepare(kind, party, amount, ++now, node, channel, evidence);
        if (!e)
            return e.error();
        return journal.commit(*e);
    }

    QByteArray voucher(quint32 lane, Amount cumulative, const QByteArray& channel = kChannel)
    {
        Voucher v;
        v.channelId = channel;
        v.node = node.publicKey();
        v.lane = lane;
        v.cumulative = cumulative;
        v.expiresAt = now + 60'000;
        v.sign(payer);
        return v.toHeader();
    }

    // mint 1000 to the payer, deposit 600, redeem 250 on lane 0 and 100 on lane 1, pay alice 80,
    // refund 50, the payer withdraws 400.
    void fill()
    {
        const bool ok =
            add(EntryKind::Mint, addressOf(payer), 1'000).ok() &&
            add(EntryKind::Deposit, addressOf(payer), 600, kChannel).ok() &&
            add(EntryKind::Redeem, addressOf(node), 250, kChannel, voucher(0, 300)).ok() &&
            add(EntryKind::Redeem, addressOf(node), 100, kChannel, voucher(1, 100)).ok() &&
            add(EntryKind::Payout, addressOf(alice), 80).ok() &&
            add(EntryKind::Refund, addressOf(payer), 50, kChannel).ok() &&
            add(EntryKind::Withdraw, addressOf(payer), 400).ok();
        if (!ok)
            qFatal("could not fill the test journal");
    }
};
} // namespace

class JournalTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { crypto::ensureSodium(); }

    void balancesFromGenesis()
    {
        Book b;
        b.fill();
        Balances derived(QString{});
        const JournalCheck check = verifyJournal(b.journal.entries(), b.node.publicKey(), &derived);
        QVERIFY2(check.ok(), qPrintable(check.message));
        QCOMPARE(check.verified, 7);
        for (const Balances* bal :
             {static_cast<const Balances*>(&derived), &b.journal.balances()}) {
            QCOMPARE(bal->balance(addressOf(b.payer)), Amount(1'000 - 600 + 50 - 400));
            QCOMPARE(bal->balance(addressOf(b.node)), Amount(250 + 100 - 80));
            QCOMPARE(bal->balance(addressOf(b.alice)), Amount(80));
            QCOMPARE(bal->escrow(kChannel)->unused(), Amount(600 - 350 - 50));
        }
        // Another holder of the entries rebuilds the same journal.
        const Result<Journal> copy = Journal::fromEntries(b.journal.entries(), b.node.publicKey());
        QVERIFY(copy.ok());
        QCOMPARE(copy->headHash(), b.journal.headHash());
    }

    void rulesRefuse_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::newRow("overdraft") << "overdraft";
        QTest::newRow("deposit above balance") << "deposit";
        QTest::newRow("redeem above the voucher") << "voucherLimit";
        QTest::newRow("redeem above the escrow") << "escrowLimit";
        QTest::newRow("redeem with another channel's voucher") << "otherChannel";
        QTest::newRow("redeem with a forged voucher") << "forgedVoucher";
        QTest::newRow("redeem to someone else") << "redeemParty";
        QTest::newRow("payout above the node's balance") << "payout";
        QTest::newRow("refund to a stranger") << "refund";
        QTest::newRow("zero amount") << "zero";
        QTest::newRow("not an address") << "address";
    }
    void rulesRefuse()
    {
        QFETCH(QString, rule);
        Book b;
        b.fill();
        const QString payer = addressOf(b.payer);
        const QString node = addressOf(b.node);
        Status s;
        if (rule == "overdraft")
            s = b.add(EntryKind::Withdraw, payer, 51);
        else if (rule == "deposit")
            s = b.add(EntryKind::Deposit, payer, 51, QByteArray(16, '\x06'));
        else if (rule == "voucherLimit")
            s = b.add(EntryKind::Redeem, node, 51, kChannel, b.voucher(0, 300));
        else if (rule == "escrowLimit")
            s = b.add(EntryKind::Redeem, node, 201, kChannel, b.voucher(2, 500));
        else if (rule == "otherChannel")
            s = b.add(EntryKind::Redeem, node, 10, kChannel,
                      b.voucher(3, 100, QByteArray(16, 'z')));
        else if (rule == "forgedVoucher") {
            QByteArray raw =
                QByteArray::fromBase64(b.voucher(3, 100), QByteArray::Base64UrlEncoding);
            raw[95] = char(raw[95] + 1); // cumulative 101, the payer's signature over 100
            s = b.add(EntryKind::Redeem, node, 101, kChannel,
                      raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        } else if (rule == "redeemParty")
            s = b.add(EntryKind::Redeem, addressOf(b.alice), 10, kChannel, b.voucher(3, 100));
        else if (rule == "payout")
            s = b.add(EntryKind::Payout, addressOf(b.alice), 271);
        else if (rule == "refund")
            s = b.add(EntryKind::Refund, addressOf(b.alice), 10, kChannel);
        else if (rule == "zero")
            s = b.add(EntryKind::Mint, payer, 0);
        else if (rule == "address")
            s = b.add(EntryKind::Mint, "fw1nobody", 5);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains("breaks the rules"), qPrintable(s.error().message));
        QCOMPARE(b.journal.entries().size(), size_t(7)); // nothing appended
    }

    void tamperingFound_data()
    {
        QTest::addColumn<QString>("tamper");
        QTest::addColumn<int>("failedAt");
        QTest::addColumn<QString>("reason");
        QTest::newRow("altered amount") << "alter" << 4 << "not signed by the journal's keeper";
        QTest::newRow("removed") << "remove" << 2 << "sequence";
        QTest::newRow("reordered") << "reorder" << 3 << "sequence";
        QTest::newRow("re-signed by another key") << "forge" << 1 << "not signed";
        QTest::newRow("re-signed mint, chain broken") << "resign" << 1 << "does not follow";
        QTest::newRow("valid signature, broken rule") << "rule" << 6 << "breaks the rules";
    }
    void tamperingFound()
    {
        QFETCH(QString, tamper);
        QFETCH(int, failedAt);
        QFETCH(QString, reason);
        Book b;
        b.fill();
        std::vector<JournalEntry> e = b.journal.entries();
        if (tamper == "alter") {
            e[4].amount = 1;
        } else if (tamper == "remove") {
            e.erase(e.begin() + 2);
        } else if (tamper == "reorder") {
            std::swap(e[3], e[4]);
        } else if (tamper == "forge") {
            e[1].sign(crypto::SigningKey::generate());
        } else if (tamper == "resign") {
            e[0].amount = 5'000; // the keeper mints more after the fact and re-signs it
            e[0].sign(b.node);
        } else if (tamper == "rule") {
            e[6].amount = 10'000; // the keeper signs a withdrawal the balance does not cover
            e[6].sign(b.node);
        }
        const JournalCheck check = verifyJournal(e, b.node.publicKey());
        QCOMPARE(check.failedAt, failedAt);
        QCOMPARE(check.verified, failedAt);
        QVERIFY2(check.message.contains(reason), qPrintable(check.message));
        QVERIFY(!Journal::fromEntries(e, b.node.publicKey()).ok());
    }

    void entriesAreDomainSeparated()
    {
        Book b;
        b.fill();
        QVERIFY(b.journal.entries()[0].signedMessage().startsWith("flywheel.journal-entry.v1"));
        JournalEntry e = b.journal.entries()[0];
        e.signature = b.node.sign(e.signedMessage().mid(26)); // the bytes without the tag
        QVERIFY(!e.signatureValid(b.node.publicKey()));
    }
};

QTEST_GUILESS_MAIN(JournalTest)
#include "ledger_journal_test.moc"

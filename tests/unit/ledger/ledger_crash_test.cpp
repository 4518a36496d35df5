// Kills a node's charging process (SIGKILL) in the middle of its stream of paid requests and checks
// that no charged request lost its receipt and nothing was charged without one: the lane's charged
// total, the receipts' fees and the node's journal balance always agree, and both chains verify.
#include "crypto/Address.h"
#include "ledger/NodeLedger.h"
#include "unit/store/TestSupport.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <cstring>

using namespace fw;
using namespace fw::ledger;

namespace {
const QByteArray kPassphrase = "ledger crash passphrase";
const QByteArray kChannel(16, '\x0d');

crypto::SigningKey fixedKey(char fill)
{
    crypto::SecureBytes seed(crypto::kSeedBytes);
    std::memset(seed.data(), fill, seed.size());
    return crypto::SigningKey::fromSeed(seed);
}
} // namespace

class LedgerCrashTest : public QObject
{
    Q_OBJECT
private slots:
    void killMidChargeLosesNothing()
    {
        QTemporaryDir dir;
        const QString wsDir = dir.filePath("ws");
        {
            auto created = store::Workspace::create(wsDir, kPassphrase, test::fastOptions());
            QVERIFY(created.ok());
        }
        int reportedTotal = 0;
        for (int reports : {3, 40, 120}) {
            QProcess child;
            child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
            child.start(FW_CHARGE_CHILD, {wsDir, QString::fromLatin1(kPassphrase)});
            QVERIFY(child.waitForStarted());
            int seen = 0;
            while (seen < reports) {
                QVERIFY2(child.waitForReadyRead(60000), "the charging child stopped reporting");
                while (child.canReadLine())
                    if (child.readLine().startsWith("charged"))
                        ++seen;
            }
            child.kill(); // SIGKILL: no destructors, no rollback
            QVERIFY(child.waitForFinished(30000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);
            while (child.canReadLine())
                seen += child.readLine().startsWith("charged");
            reportedTotal += seen;

            auto ws = store::Workspace::open(wsDir, kPassphrase);
            QVERIFY2(ws.ok(), qPrintable(ws.error().message));
            // Opening verifies the journal and the receipt chain from genesis.
            auto ledger = NodeLedger::open(**ws, fixedKey('n'), [] { return qint64(1); });
            QVERIFY2(ledger.ok(), qPrintable(ledger.error().message));
            const auto receipts = LedgerStore(**ws).loadReceipts();
            QVERIFY(receipts.ok());
            Amount fees = 0;
            for (const Receipt& r : *receipts)
                fees += r.fee;
            const Channel c = *(*ledger)->channels().channel(kChannel);
            QCOMPARE(c.lanes.at(0).charged, fees);
            QCOMPARE(*(*ledger)->balance((*ledger)->nodeAddress()), fees);
            // Every reported charge has its receipt; at most the one being committed is extra.
            QVERIFY(int(receipts->size()) >= reportedTotal);
            QVERIFY(int(receipts->size()) <= reportedTotal + 3);
            reportedTotal = int(receipts->size());
        }
    }
};

QTEST_GUILESS_MAIN(LedgerCrashTest)
#include "ledger_crash_test.moc"

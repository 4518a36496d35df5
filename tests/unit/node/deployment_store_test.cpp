// The node's deployment store: packages stored encrypted and read back verified; replacing needs
// the owner and a higher release; a refused deploy stores nothing.
#include "../store/TestSupport.h"
#include "node/DeploymentStore.h"
#include "store/Workspace.h"

#include <QTemporaryDir>
#include <QTest>

using namespace fw;
using namespace fw::node;

namespace {

DeployPackage package(const crypto::SigningKey& owner, qint64 release, const QByteArray& weights,
                      const QString& name = QStringLiteral("tiny"))
{
    DeployManifest m;
    m.name = name;
    m.release = release;
    m.kind = DeployKind::Model;
    m.createdAtMs = 1'700'000'000'000 + release;
    // Over one storage chunk, so reading back has to join chunks.
    const ModelFiles files{{"config.json", R"({"dim": 8})"}, {"model.safetensors", weights}};
    return DeployPackage::create(m, files, owner);
}

} // namespace

class DeploymentStoreTest : public QObject
{
    Q_OBJECT
private slots:
    void storesAndReadsBackVerified()
    {
        QTemporaryDir tmp;
        auto ws = store::Workspace::create(tmp.path(), "p", test::fastOptions());
        DeploymentStore store(**ws);
        const crypto::SigningKey owner = crypto::SigningKey::generate();
        const QByteArray weights(5 * 1024 * 1024 + 17, 'q');
        const DeployPackage p = package(owner, 1, weights);
        const Result<Deployment> put = store.put(p);
        QVERIFY2(put.ok(), qPrintable(put.error().message));
        QCOMPARE(put->manifestHash, manifestHash(p.manifestJson));
        const Result<DeployPackage> loaded = store.load("tiny");
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
        QCOMPARE(loaded->files.value("model.safetensors"), weights);
        QCOMPARE(loaded->signature, p.signature);
        QCOMPARE(store.list()->size(), 1);
        // Nothing of the model is readable on disk: the workspace is encrypted.
        (*ws)->lock();
        QVERIFY(test::filesContaining(tmp.path(), QByteArray(64, 'q')).isEmpty());
    }
    void replacementRules()
    {
        QTemporaryDir tmp;
        auto ws = store::Workspace::create(tmp.path(), "p", test::fastOptions());
        DeploymentStore store(**ws);
        const crypto::SigningKey owner = crypto::SigningKey::generate();
        const crypto::SigningKey other = crypto::SigningKey::generate();
        QVERIFY(store.put(package(owner, 5, "v5")).ok());
        // The same release again (a replayed package) and an older one are refused.
        QCOMPARE(store.put(package(owner, 5, "v5")).error().code, ErrorCode::AlreadyExists);
        QCOMPARE(store.put(package(owner, 4, "v4")).error().code, ErrorCode::AlreadyExists);
        // Someone else cannot take the name, whatever the release.
        const Result<Deployment> stolen = store.put(package(other, 99, "evil"));
        QCOMPARE(stolen.error().code, ErrorCode::AlreadyExists);
        QVERIFY(stolen.error().message.contains("only its owner"));
        QCOMPARE(store.load("tiny")->files.value("model.safetensors"), QByteArray("v5"));
        // The owner's next release replaces files and manifest together.
        QVERIFY(store.put(package(owner, 6, "v6")).ok());
        QCOMPARE(store.load("tiny")->files.value("model.safetensors"), QByteArray("v6"));
        QCOMPARE(store.find("tiny")->manifest.release, qint64(6));
        QCOMPARE(store.list()->size(), 1);
    }
    void removeAndNotFound()
    {
        QTemporaryDir tmp;
        auto ws = store::Workspace::create(tmp.path(), "p", test::fastOptions());
        DeploymentStore store(**ws);
        const crypto::SigningKey owner = crypto::SigningKey::generate();
        QVERIFY(store.put(package(owner, 1, "a", "one")).ok());
        QVERIFY(store.put(package(owner, 1, "b", "two")).ok());
        QVERIFY(store.remove("one").ok());
        QCOMPARE(store.remove("one").error().code, ErrorCode::NotFound);
        QCOMPARE(store.load("one").error().code, ErrorCode::NotFound);
        QCOMPARE(store.list()->size(), 1);
        QCOMPARE(store.list()->first().manifest.name, QStringLiteral("two"));
        // A name can be deployed again after removal, even at a lower release.
        QVERIFY(store.put(package(owner, 1, "c", "one")).ok());
    }
    void aStoredFileChangedBehindTheNodesBackIsCaught()
    {
        QTemporaryDir tmp;
        auto ws = store::Workspace::create(tmp.path(), "p", test::fastOptions());
        DeploymentStore store(**ws);
        QVERIFY(store.put(package(crypto::SigningKey::generate(), 1, "weights")).ok());
        {
            auto db = (*ws)->requireDatabase();
            QVERIFY((*db)
                        ->exec("UPDATE node_deployment_files SET data = X'00' WHERE name = "
                               "'model.safetensors'")
                        .ok());
        }
        const Result<DeployPackage> loaded = store.load("tiny");
        QCOMPARE(loaded.error().code, ErrorCode::Corrupt);
        QVERIFY(loaded.error().message.contains("model.safetensors"));
        // One file alone is checked against the manifest the same way.
        const Deployment d = *store.find("tiny");
        QCOMPARE(store.loadFile(d, "model.safetensors").error().code, ErrorCode::Corrupt);
        QCOMPARE(*store.loadFile(d, "config.json"), QByteArray(R"({"dim": 8})"));
    }

    void oneFileWithoutTheRest()
    {
        QTemporaryDir tmp;
        auto ws = store::Workspace::create(tmp.path(), "p", test::fastOptions());
        DeploymentStore store(**ws);
        const crypto::SigningKey owner = crypto::SigningKey::generate();
        const QByteArray weights(3 << 20, 'w'); // several storage chunks
        QVERIFY(store.put(package(owner, 1, weights)).ok());
        const Deployment first = *store.find("tiny");
        QCOMPARE(*store.loadFile(first, "model.safetensors"), weights);
        QCOMPARE(store.loadFile(first, "missing.bin").error().code, ErrorCode::NotFound);
        // Replaced since it was read: the old deployment's files are gone, and said so.
        QVERIFY(store.put(package(owner, 2, "new")).ok());
        const Result<QByteArray> stale = store.loadFile(first, "model.safetensors");
        QCOMPARE(stale.error().code, ErrorCode::NotFound);
        QVERIFY(stale.error().message.contains("replaced"));
        QCOMPARE(*store.loadFile(*store.find("tiny"), "model.safetensors"), QByteArray("new"));
    }
};

QTEST_GUILESS_MAIN(DeploymentStoreTest)
#include "deployment_store_test.moc"

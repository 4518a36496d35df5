// Deploy packages and signed requests: what the owner signs is what the node accepts; any change
// to the manifest, a file, the signature or the signer is refused, and a request cannot be
// replayed.
#include "crypto/Address.h"
#include "crypto/Blake2b.h"
#include "node/DeployPackage.h"
#include "node/SignedRequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace fw;
using namespace fw::node;

namespace {

ModelFiles adapterFiles()
{
    return {{QStringLiteral("adapter_config.json"), QByteArray(R"({"r": 8})")},
            {QStringLiteral("adapter_model.safetensors"), QByteArray(4096, 'w')}};
}

DeployManifest adapterManifest()
{
    DeployManifest m;
    m.name = QStringLiteral("helpful-v2");
    m.release = 7;
    m.kind = DeployKind::Adapter;
    m.baseHash = crypto::blake2b("base files");
    m.lineage = {{QStringLiteral("World facts"), crypto::blake2b("root"), 120}};
    m.pricePer1k = 250'000;
    m.createdAtMs = 1'700'000'000'000;
    return m;
}

// Re-encodes a package with `edit` applied to its JSON envelope.
QByteArray editEnvelope(const QByteArray& body, const std::function<void(QJsonObject&)>& edit)
{
    QJsonObject o = QJsonDocument::fromJson(body).object();
    edit(o);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray resignedManifest(const QByteArray& body, const crypto::SigningKey& key,
                            const std::function<void(QJsonObject&)>& edit)
{
    return editEnvelope(body, [&](QJsonObject& o) {
        QJsonObject manifest =
            QJsonDocument::fromJson(
                QByteArray::fromBase64(o.value("manifest").toString().toLatin1()))
                .object();
        edit(manifest);
        const QByteArray bytes = QJsonDocument(manifest).toJson(QJsonDocument::Compact);
        o.insert("manifest", QString::fromLatin1(bytes.toBase64()));
        o.insert("signature", QString::fromLatin1(key.sign(manifestSigningMessage(bytes)).toHex()));
    });
}

} // namespace

class PackageTest : public QObject
{
    Q_OBJECT
private slots:
    void roundTripKeepsEverything()
    {
        const crypto::SigningKey owner = crypto::SigningKey::generate();
        const DeployPackage p = DeployPackage::create(adapterManifest(), adapterFiles(), owner);
        const Result<DeployPackage> opened = DeployPackage::open(p.encode());
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        QCOMPARE(opened->manifestJson, p.manifestJson);
        QCOMPARE(opened->manifest.owner, crypto::addressFromPublicKey(owner.publicKey()));
        QCOMPARE(opened->manifest.name, QStringLiteral("helpful-v2"));
        QCOMPARE(opened->manifest.release, qint64(7));
        QCOMPARE(opened->manifest.kind, DeployKind::Adapter);
        QCOMPARE(opened->manifest.pricePer1k, ledger::Amount(250'000));
        QCOMPARE(opened->manifest.files.size(), 2);
        QCOMPARE(opened->manifest.lineage.size(), 1);
        QCOMPARE(opened->manifest.lineage[0].records, qint64(120));
        QCOMPARE(opened->files.value("adapter_model.safetensors"), QByteArray(4096, 'w'));
        QCOMPARE(manifestHash(opened->manifestJson), manifestHash(p.manifestJson));
    }
    void aModelIsItsOwnBase()
    {
        const crypto::SigningKey owner = crypto::SigningKey::generate();
        DeployManifest m = adapterManifest();
        m.kind = DeployKind::Model;
        const ModelFiles files{{"config.json", "{}"}, {"model.safetensors", QByteArray(100, 'm')}};
        const DeployPackage p = DeployPackage::create(m, files, owner);
        QCOMPARE(p.manifest.baseHash, DeployManifest::filesHash(DeployManifest::describe(files)));
        QVERIFY(DeployPackage::open(p.encode()).ok());
        // The hash does not depend on the order files are listed in.
        QList<ManifestFile> reversed = DeployManifest::describe(files);
        std::reverse(reversed.begin(), reversed.end());
        QCOMPARE(DeployManifest::filesHash(reversed), p.manifest.baseHash);
    }
    void refusesTampering_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("reason");
        QTest::newRow("file altered") << 0 << "does not match its hash";
        QTest::newRow("file missing") << 1 << "missing";
        QTest::newRow("file added") << 2 << "not listed";
        QTest::newRow("manifest altered, old signature") << 3 << "signature";
        QTest::newRow("signature of another key") << 4 << "signature";
        QTest::newRow("signature truncated") << 5 << "signature";
        QTest::newRow("owner swapped, re-signed by the thief") << 6 << "signature";
        QTest::newRow("bad base64") << 7 << "base64";
        QTest::newRow("not JSON") << 8 << "JSON";
        QTest::newRow("newer format") << 9 << "not supported";
    }
    void refusesTampering()
    {
        QFETCH(int, which);
        QFETCH(QString, reason);
        const crypto::SigningKey owner = crypto::SigningKey::generate();
        const crypto::SigningKey thief = crypto::SigningKey::generate();
        const QByteArray body =
            DeployPackage::create(adapterManifest(), adapterFiles(), owner).encode();
        QByteArray bad;
        switch (which) {
        case 0:
            bad = editEnvelope(body, [](QJsonObject& o) {
                QJsonObject files = o.value("files").toObject();
                files.insert("adapter_config.json",
                             QString::fromLatin1(QByteArray(R"({"r": 64})").toBase64()));
                o.insert("files", files);
            });
            break;
        case 1:
            bad = editEnvelope(body, [](QJsonObject& o) {
                QJsonObject files = o.value("files").toObject();
                files.remove("adapter_config.json");
                o.insert("files", files);
            });
            break;
        case 2:
            bad = editEnvelope(body, [](QJsonObject& o) {
                QJsonObject files = o.value("files").toObject();
                files.insert("extra.bin", QString::fromLatin1(QByteArray("x").toBase64()));
                o.insert("files", files);
            });
            break;
        case 3:
            bad = editEnvelope(body, [](QJsonObject& o) {
                QByteArray manifest =
                    QByteArray::fromBase64(o.value("manifest").toString().toLatin1());
                manifest.replace("\"price_per_1k\":\"250000\"", "\"price_per_1k\":\"1\"");
                o.insert("manifest", QString::fromLatin1(manifest.toBase64()));
            });
            break;
        case 4:
            bad = editEnvelope(body, [&](QJsonObject& o) {
                const QByteArray manifest =
                    QByteArray::fromBase64(o.value("manifest").toString().toLatin1());
                o.insert("signature",
                         QString::fromLatin1(thief.sign(manifestSigningMessage(manifest)).toHex()));
            });
            break;
        case 5:
            bad = editEnvelope(body, [](QJsonObject& o) {
                o.insert("signature", o.value("signature").toString().left(64));
            });
            break;
        case 6:
            bad = resignedManifest(body, thief, [&](QJsonObject& m) {
                m.insert("owner", crypto::addressFromPublicKey(owner.publicKey()));
                m.insert("price_per_1k", "1");
            });
            break;
        case 7:
            bad = editEnvelope(body,
                               [](QJsonObject& o) { o.insert("manifest", "!!!not base64!!!"); });
            break;
        case 8:
            bad = body.left(body.size() / 2);
            break;
        case 9:
            bad = editEnvelope(body, [](QJsonObject& o) { o.insert("version", 2); });
            break;
        }
        const Result<DeployPackage> opened = DeployPackage::open(bad);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().message.contains(reason), qPrintable(opened.error().message));
    }
    void manifestFieldsAreChecked_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("split not 100%")
            << "split"
            << QJsonValue(QJsonObject{{"node_bps", 5000}, {"builder_bps", 5000}, {"data_bps", 1}});
        QTest::newRow("price as number") << "price_per_1k" << QJsonValue(250000);
        QTest::newRow("negative price") << "price_per_1k" << QJsonValue("-5");
        QTest::newRow("empty name") << "name" << QJsonValue("");
        QTest::newRow("slash in name") << "name" << QJsonValue("a/b");
        QTest::newRow("kind") << "kind" << QJsonValue("script");
        QTest::newRow("bad owner") << "owner" << QJsonValue("fw1notanaddress");
        QTest::newRow("release zero") << "release" << QJsonValue(0);
        QTest::newRow("release fraction") << "release" << QJsonValue(1.5);
        QTest::newRow("base hash short") << "base_hash" << QJsonValue("abcd");
        QTest::newRow("file path escape")
            << "files"
            << QJsonValue(QJsonArray{QJsonObject{
                   {"name", "../etc/passwd"}, {"size", 1}, {"blake2b", QString(64, 'a')}}});
        QTest::newRow("no files") << "files" << QJsonValue(QJsonArray{});
    }
    void manifestFieldsAreChecked()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QJsonObject m = QJsonDocument::fromJson(adapterManifest().toJson()).object();
        m.insert("owner", crypto::addressFromPublicKey(crypto::SigningKey::generate().publicKey()));
        m.insert("files", QJsonArray{QJsonObject{
                              {"name", "a.bin"}, {"size", 1}, {"blake2b", QString(64, 'a')}}});
        QVERIFY2(DeployManifest::fromJson(QJsonDocument(m).toJson()).ok(),
                 "the unedited manifest must parse");
        m.insert(field, value);
        const Result<DeployManifest> parsed = DeployManifest::fromJson(QJsonDocument(m).toJson());
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().message.startsWith("deploy manifest:"),
                 qPrintable(parsed.error().message));
    }
    void signedRequestsVerifyOnce()
    {
        const crypto::SigningKey key = crypto::SigningKey::generate();
        const qint64 now = 1'700'000'000'000;
        const RequestSignature s =
            signRequest(key, "DELETE", "/flywheel/v1/deployments/x", {}, now);
        const auto headers = s.headers();
        const auto header = [&](const char* name) { return headers.value(name); };
        RequestVerifier verifier;
        const Result<QString> first =
            verifier.verify(header, "DELETE", "/flywheel/v1/deployments/x", {}, now + 1000);
        QVERIFY2(first.ok(), qPrintable(first.error().message));
        QCOMPARE(*first, crypto::addressFromPublicKey(key.publicKey()));
        const Result<QString> replay =
            verifier.verify(header, "DELETE", "/flywheel/v1/deployments/x", {}, now + 2000);
        QVERIFY(!replay.ok());
        QVERIFY(replay.error().message.contains("already received"));
    }
    void signedRequestsRefuseChanges_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<qint64>("skewMs");
        QTest::newRow("other path")
            << QByteArray("POST") << QByteArray("/flywheel/v1/deployments/y") << QByteArray("b")
            << qint64(0);
        QTest::newRow("other method")
            << QByteArray("DELETE") << QByteArray("/flywheel/v1/deployments") << QByteArray("b")
            << qint64(0);
        QTest::newRow("other body") << QByteArray("POST") << QByteArray("/flywheel/v1/deployments")
                                    << QByteArray("c") << qint64(0);
        QTest::newRow("too old") << QByteArray("POST") << QByteArray("/flywheel/v1/deployments")
                                 << QByteArray("b") << qint64(6 * 60 * 1000);
        QTest::newRow("from the future")
            << QByteArray("POST") << QByteArray("/flywheel/v1/deployments") << QByteArray("b")
            << qint64(-6 * 60 * 1000);
    }
    void signedRequestsRefuseChanges()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, body);
        QFETCH(qint64, skewMs);
        const crypto::SigningKey key = crypto::SigningKey::generate();
        const qint64 now = 1'700'000'000'000;
        const auto headers =
            signRequest(key, "POST", "/flywheel/v1/deployments", "b", now).headers();
        RequestVerifier verifier;
        QVERIFY(!verifier
                     .verify([&](const char* n) { return headers.value(n); }, method, path, body,
                             now + skewMs)
                     .ok());
    }
    void unsignedRequestsAreUnauthorized()
    {
        RequestVerifier verifier;
        const Result<QString> r =
            verifier.verify([](const char*) { return QByteArray(); }, "POST", "/x", {}, 0);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Locked); // 401 at the HTTP layer
    }
};

QTEST_GUILESS_MAIN(PackageTest)
#include "package_test.moc"

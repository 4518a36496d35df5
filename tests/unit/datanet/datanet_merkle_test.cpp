// Merkle trees, streaming roots, inclusion proofs (valid, tampered, checked against a signed
// statement), MinHash and its index.
#include "crypto/Blake2b.h"
#include "datanet/InclusionProof.h"
#include "datanet/MerkleBuilder.h"
#include "datanet/MerkleTree.h"
#include "datanet/MinHash.h"
#include "datanet/NearDuplicateIndex.h"

#include <QTest>

using namespace fw;
using namespace fw::datanet;

namespace {
std::vector<QByteArray> leaves(int n)
{
    std::vector<QByteArray> out;
    for (int i = 0; i < n; ++i)
        out.push_back(crypto::blake2b(QByteArray::number(i)));
    return out;
}

InclusionProof proofFor(const std::vector<QByteArray>& all, qint64 index)
{
    InclusionProof p;
    p.recordHash = all[size_t(index)];
    p.index = index;
    p.treeSize = qint64(all.size());
    p.path = MerkleTree::auditPath(all, index);
    p.datanetUid = QByteArray(16, '\x5a');
    p.versionId = MerkleTree::seal(p.datanetUid, MerkleTree::root(all), p.treeSize);
    return p;
}

// What a curator would sign for the tree `all` of proofFor()'s datanet.
VersionStatement statementFor(const std::vector<QByteArray>& all)
{
    static const crypto::SigningKey curator = crypto::SigningKey::generate();
    VersionStatement s;
    s.datanetUid = QByteArray(16, '\x5a');
    s.recordCount = qint64(all.size());
    s.versionId = MerkleTree::seal(s.datanetUid, MerkleTree::root(all), s.recordCount);
    s.frozenAt = 1700000000000;
    s.sign(curator);
    return s;
}
} // namespace

class DatanetMerkleTest : public QObject
{
    Q_OBJECT
private slots:
    void hashesAreDomainSeparated()
    {
        const QByteArray a = crypto::blake2b("a");
        const QByteArray b = crypto::blake2b("b");
        QVERIFY(MerkleTree::leafHash(a + b) != MerkleTree::nodeHash(a, b));
        QVERIFY(MerkleTree::leafHash(a) != crypto::blake2b(a));
        QCOMPARE(MerkleTree::emptyRoot(), crypto::blake2b(QByteArray()));
        const QByteArray uid(16, 'u');
        QVERIFY(MerkleTree::seal(uid, a, 1) != MerkleTree::seal(uid, a, 2));
        QVERIFY(MerkleTree::seal(uid, a, 1) != MerkleTree::seal(QByteArray(16, 'v'), a, 1));
        // Hand-built three-leaf tree: node(node(l0, l1), l2).
        const std::vector<QByteArray> three = leaves(3);
        QCOMPARE(MerkleTree::root(three),
                 MerkleTree::nodeHash(MerkleTree::nodeHash(MerkleTree::leafHash(three[0]), MerkleTree::leafHash(three[1])),
                                      MerkleTree::leafHash(three[2])));
        QCOMPARE(MerkleTree::root(leaves(1)), MerkleTree::leafHash(leaves(1)[0]));
    }

    void builderMatchesTree_data()
    {
        QTest::addColumn<int>("n");
        for (int n : {0, 1, 2, 3, 4, 5, 7, 8, 9, 16, 17, 31, 33, 100})
            QTest::addRow("%d leaves", n) << n;
    }

    void builderMatchesTree()
    {
        QFETCH(int, n);
        const std::vector<QByteArray> all = leaves(n);
        MerkleBuilder b;
        for (const QByteArray& l : all)
            b.add(l);
        QCOMPARE(b.count(), qint64(n));
        QCOMPARE(b.root(), MerkleTree::root(all));
    }

    void everyPathVerifies_data() { builderMatchesTree_data(); }

    void everyPathVerifies()
    {
        QFETCH(int, n);
        const std::vector<QByteArray> all = leaves(n);
        const QByteArray root = MerkleTree::root(all);
        for (qint64 i = 0; i < n; ++i) {
            const std::vector<QByteArray> path = MerkleTree::auditPath(all, i);
            QCOMPARE(MerkleTree::rootFromPath(all[size_t(i)], i, n, path), root);
            if (n > 1) {
                QVERIFY(MerkleTree::rootFromPath(all[size_t((i + 1) % n)], i, n, path) != root);
                QVERIFY(MerkleTree::rootFromPath(all[size_t(i)], (i + 1) % n, n, path) != root);
            }
        }
        QVERIFY(MerkleTree::rootFromPath(QByteArray(32, 'x'), n, n, {}).isEmpty());
        QVERIFY(MerkleTree::auditPath(all, n).empty());
    }

    void proofJsonRoundTrips()
    {
        const std::vector<QByteArray> all = leaves(13);
        const InclusionProof p = proofFor(all, 6);
        const QByteArray json = p.toJson();
        QVERIFY(json.startsWith("{\"version\":1,\"type\":\"flywheel.datanet.inclusion-proof\""));
        Result<InclusionProof> back = InclusionProof::fromJson(json + "\n");
        QVERIFY2(back.ok(), qPrintable(back.error().message));
        QCOMPARE(back->toJson(), json);
        QVERIFY(back->verify(statementFor(all)).ok());
        QVERIFY(verifyInclusionProofJson(json, statementFor(all).toJson()).ok());
    }

    void anyChangedByteFails()
    {
        const std::vector<QByteArray> all = leaves(11);
        const QByteArray trusted = statementFor(all).toJson();
        for (qint64 index : {0, 5, 10}) {
            const QByteArray json = proofFor(all, index).toJson();
            QVERIFY(verifyInclusionProofJson(json, trusted).ok());
            for (qsizetype i = 0; i < json.size(); ++i) {
                for (char replacement : {'0', '1', 'f', ' ', '"'}) {
                    if (json[i] == replacement)
                        continue;
                    QByteArray t = json;
                    t[i] = replacement;
                    QVERIFY2(!verifyInclusionProofJson(t, trusted).ok(),
                             qPrintable(QString("byte %1 -> %2 still verifies: %3")
                                            .arg(i)
                                            .arg(replacement)
                                            .arg(QString::fromLatin1(t))));
                }
            }
        }
    }

    void wrongVersionFails()
    {
        const std::vector<QByteArray> all = leaves(9);
        const VersionStatement trusted = statementFor(all);
        QVERIFY(proofFor(all, 4).verify(trusted).ok());
        InclusionProof p = proofFor(all, 4);
        std::vector<QByteArray> other = all;
        other.push_back(crypto::blake2b("one more"));
        p.versionId = MerkleTree::seal(p.datanetUid, MerkleTree::root(other), qint64(other.size()));
        QVERIFY(!p.verify(trusted).ok());
        QVERIFY(p.verify(trusted).error().message.contains("not for the trusted version"));
        InclusionProof q = proofFor(all, 4);
        q.treeSize = 8; // same root, claimed smaller: the seal catches it
        QVERIFY(!q.verify(trusted).ok());
        InclusionProof r = proofFor(all, 4);
        r.datanetUid = QByteArray(16, 'o'); // the same records in another datanet are another version
        QVERIFY(!r.verify(trusted).ok());
        InclusionProof t = proofFor(all, 4);
        t.path[1][0] = char(t.path[1][0] ^ 1);
        QVERIFY(t.verify(trusted).error().message.contains("does not lead"));
    }

    // The defect `verify-proof` had: a proof checked only against itself. One leaf, no path, and a
    // version id sealed from that leaf "proves" any hash; against a trusted statement it fails.
    void oneLeafProofOfAnyHashIsRefused()
    {
        const std::vector<QByteArray> all = leaves(9);
        InclusionProof forged;
        forged.datanetUid = QByteArray(16, '\x5a');
        forged.recordHash = crypto::blake2b("a record that was never in the datanet");
        forged.index = 0;
        forged.treeSize = 1;
        forged.versionId =
            MerkleTree::seal(forged.datanetUid, MerkleTree::leafHash(forged.recordHash), 1);
        QCOMPARE(MerkleTree::rootFromPath(forged.recordHash, 0, 1, {}),
                 MerkleTree::leafHash(forged.recordHash));
        QVERIFY(!forged.verify(statementFor(all)).ok());
        QVERIFY(!verifyInclusionProofJson(forged.toJson(), statementFor(all).toJson()).ok());
        // Even claiming the trusted version id, the leaf does not lead to it.
        forged.versionId = statementFor(all).versionId;
        forged.treeSize = qint64(all.size());
        QVERIFY(!forged.verify(statementFor(all)).ok());
    }

    void malformedProofs_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("code");
        QTest::newRow("not json") << QByteArray("proof") << int(ErrorCode::Corrupt);
        QTest::newRow("newer version") << QByteArray("{\"version\":2}") << int(ErrorCode::Unsupported);
        QTest::newRow("wrong type") << QByteArray("{\"version\":1,\"type\":\"x\"}") << int(ErrorCode::Corrupt);
        QTest::newRow("missing fields")
            << QByteArray("{\"version\":1,\"type\":\"flywheel.datanet.inclusion-proof\"}") << int(ErrorCode::Corrupt);
    }

    void malformedProofs()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, code);
        Result<InclusionProof> p = InclusionProof::fromJson(json);
        QVERIFY(!p.ok());
        QCOMPARE(int(p.error().code), code);
    }

    // Found by fuzzing: numbers beyond qint64 were converted unchecked (undefined behaviour).
    void positionsOutOfRangeNameTheField_data()
    {
        QTest::addColumn<QByteArray>("index");
        QTest::addColumn<QByteArray>("treeSize");
        QTest::addColumn<QString>("field");
        QTest::newRow("index huge") << QByteArray("1e300") << QByteArray("13") << "index";
        QTest::newRow("index negative") << QByteArray("-1") << QByteArray("13") << "index";
        QTest::newRow("index fraction") << QByteArray("0.5") << QByteArray("13") << "index";
        QTest::newRow("size above 2^63")
            << QByteArray("6") << QByteArray("9223372036854775808") << "treeSize";
        QTest::newRow("size above 2^53")
            << QByteArray("6") << QByteArray("9007199254740994") << "treeSize";
    }
    void positionsOutOfRangeNameTheField()
    {
        QFETCH(QByteArray, index);
        QFETCH(QByteArray, treeSize);
        QFETCH(QString, field);
        QByteArray json = proofFor(leaves(13), 6).toJson();
        json.replace("\"index\":6", "\"index\":" + index)
            .replace("\"treeSize\":13", "\"treeSize\":" + treeSize);
        Result<InclusionProof> p = InclusionProof::fromJson(json);
        QVERIFY(!p.ok());
        QVERIFY2(p.error().message.contains(field), qPrintable(p.error().message));
    }

    void minHashSeesNearDuplicates()
    {
        const QString text = "Water boils at one hundred degrees Celsius at sea level, and at lower "
                             "temperatures on high mountains where the air pressure is much lower than below";
        const MinHash::BandKeys a = MinHash::bandKeys(text);
        QCOMPARE(MinHash::bandKeys(text.toUpper() + "!!"), a); // case and punctuation ignored
        const MinHash::BandKeys near = MinHash::bandKeys(text + " indeed");
        const MinHash::BandKeys far = MinHash::bandKeys("Cats sleep most of the day and hunt at night in the garden.");
        int shared = 0;
        int sharedFar = 0;
        for (int b = 0; b < MinHash::kBands; ++b) {
            shared += a[size_t(b)] == near[size_t(b)];
            sharedFar += a[size_t(b)] == far[size_t(b)];
        }
        QVERIFY(shared > 0);
        QCOMPARE(sharedFar, 0);
        MinHash::BandKeys back{};
        QVERIFY(MinHash::fromBytes(MinHash::toBytes(a), back));
        QCOMPARE(back, a);
        QVERIFY(!MinHash::fromBytes("short", back));
        QVERIFY(MinHash::bandKeys("") != MinHash::bandKeys("..."));
    }

    // Band keys are stored with every record and compared with those of later imports, so they must
    // never change: these were computed by the first implementation (before its ASCII fast path).
    void minHashKeysAreStable_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("keys");
        QTest::newRow("ascii") << QString::fromUtf8("The Quick brown fox, jumps over the lazy dog 42 times!")
                               << QByteArray("8793e205aa3328d92a83572ac038dd0ac78f6f273c7b11266eed68f9cfc76c23");
        QTest::newRow("non-ascii") << QString::fromUtf8("\u00c9lan vital: \u00c0BC d\u00e9j\u00e0 vu \ufb01ne "
                                                        "\u03a3\u038a\u03a3\u03a5\u03a6\u039f\u03a3 123")
                                   << QByteArray("f0bd248c57f38a58ea70486fe4dd9896fc71e30333ecca6141162e82eab3b58e");
        QTest::newRow("too short for shingles")
            << QStringLiteral("ab") << QByteArray("3b2e83a9a1084146271eaabc66e5d12c35801eae2c83ffd4049a3559d5a159c1");
    }

    void minHashKeysAreStable()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, keys);
        QCOMPARE(MinHash::toBytes(MinHash::bandKeys(text)).toHex(), keys);
        // The import's path for ASCII text (its bytes, no QString) gives the same keys.
        if (text == QString::fromLatin1(text.toLatin1()))
            QCOMPARE(MinHash::toBytes(MinHash::bandKeysLatin1(text.toLatin1())).toHex(), keys);
    }

    // bandKeysLatin1(bytes) is bandKeys(QString::fromLatin1(bytes)) for any bytes: letters above
    // 0x7f (Latin-1's), texts too short for a shingle, empty and punctuation-only ones.
    void minHashKeysOfLatin1BytesEqualThoseOfTheString()
    {
        QList<QByteArray> texts = {"", "...", "ab", "one two", "one two three",
                                   "The Quick brown fox, jumps over the lazy dog 42 times!",
                                   "caf\xe9 cr\xe8me br\xfbl\xe9" "e \xc0 LA CARTE \xd7 \xf7 \xb5 \xaa \xba \xff",
                                   "tab\tand\nnew lines\r\nand\x01" "controls\x7f here"};
        quint64 x = 0x9e3779b97f4a7c15ULL;
        for (int n = 0; n < 300; ++n) { // random bytes, with more spaces than chance gives
            QByteArray t;
            for (int i = 0; i < n % 97; ++i) {
                x = x * 6364136223846793005ULL + 1442695040888963407ULL;
                const char c = char(x >> 56);
                t.append((x >> 20) % 5 == 0 ? ' ' : c);
            }
            texts << t;
        }
        for (const QByteArray& t : texts)
            QVERIFY2(MinHash::bandKeysLatin1(t) == MinHash::bandKeys(QString::fromLatin1(t)),
                     t.toHex().constData());
    }

    void nearDuplicateIndexGrows()
    {
        NearDuplicateIndex index;
        for (quint64 i = 0; i < 5000; ++i)
            index.insert({i * 4 + 2, i * 4 + 3, i * 4 + 4, i * 4 + 5});
        QCOMPARE(index.size(), 20000);
        QVERIFY(index.contains({7, 1ULL << 60, 1ULL << 61, 1ULL << 62}));
        QVERIFY(!index.contains({1ULL << 60, 1ULL << 61, 1ULL << 62, 1ULL << 63}));
        QVERIFY(!index.contains({0, 0, 0, 0}));
        index.insert({0, 0, 0, 0}); // key 0 marks empty slots inside; it must still work
        QVERIFY(index.contains({0, 5ULL << 60, 5ULL << 60, 5ULL << 60}));
    }
};

QTEST_GUILESS_MAIN(DatanetMerkleTest)
#include "datanet_merkle_test.moc"

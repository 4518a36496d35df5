// ModelStore: chunked files from folders and memory, names, lineage, rollback, nothing plaintext.
#include "unit/store/TestSupport.h"

#include "models/ModelStore.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

Q_DECLARE_METATYPE(fw::ErrorCode)

using namespace fw;
using fw::test::pattern;
using fw::test::readFile;
using fw::test::writeFile;
using namespace fw::models;

namespace {
const QByteArray kPassphrase = "test passphrase";
constexpr qint64 kMiB = 1024 * 1024;

ModelEntry spec(const QString& name, ModelKind kind = ModelKind::Model, qint64 base = 0)
{
    ModelEntry e;
    e.name = name;
    e.kind = kind;
    e.baseModelId = base;
    e.source = QStringLiteral("import");
    e.architecture = kind == ModelKind::Adapter ? QStringLiteral("lora") : QStringLiteral("LlamaForCausalLM");
    e.parameterCount = 1234;
    return e;
}
} // namespace

class ModelStoreTest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<store::Workspace> m_ws; // shared: each test uses names of its own

    std::unique_ptr<store::Workspace> createWorkspace(const QString& path)
    {
        auto created = store::Workspace::create(path, kPassphrase, test::fastOptions());
        if (!created)
            qFatal("cannot create workspace: %s", qPrintable(created.error().message));
        return std::move(*created);
    }

    // A new folder holding `files` (name -> contents).
    QString makeFolder(const QMap<QString, QByteArray>& files)
    {
        static int n = 0;
        const QString dir = m_dir.filePath(QStringLiteral("src-%1").arg(++n));
        QDir().mkpath(dir);
        for (auto it = files.cbegin(); it != files.cend(); ++it)
            writeFile(QDir(dir).filePath(it.key()), it.value());
        return dir;
    }

    ModelEntry add(const ModelEntry& e)
    {
        Result<ModelEntry> added = ModelStore(*m_ws).addFromFolder(e, makeFolder({{"config.json", "{}"}}));
        if (!added)
            qFatal("cannot add %s: %s", qPrintable(e.name), qPrintable(added.error().message));
        return *added;
    }

    qint64 count(const QString& sql, qint64 arg = 0)
    {
        auto db = m_ws->requireDatabase();
        if (!db)
            return -1;
        auto st = (*db)->prepare(sql);
        if (sql.contains(QLatin1Char('?')))
            st->bind(1, arg);
        return *st->step() ? st->int64(0) : -1;
    }

private slots:
    void initTestCase() { m_ws = createWorkspace(m_dir.filePath("ws")); }

    void kindNamesRoundTrip()
    {
        for (ModelKind k : {ModelKind::Model, ModelKind::Adapter})
            QVERIFY(parseModelKind(kindName(k)) == k);
        QVERIFY(parseModelKind(" Adapter ") == ModelKind::Adapter);
        QVERIFY(!parseModelKind("checkpoint"));
    }

    void storesFilesByteForByte()
    {
        const QMap<QString, QByteArray> files = {
            {"config.json", R"({"architectures":["LlamaForCausalLM"]})"},
            {"model.safetensors", pattern(9 * kMiB + 123, 1)},
            {"exactly-one-chunk.bin", pattern(ModelStore::kChunkBytes, 2)},
            {"tokenizer.json", pattern(1000, 3)},
            {"empty.txt", {}},
        };
        const QString src = makeFolder(files);
        writeFile(QDir(src).filePath(".hidden"), "not stored");
        QDir(src).mkdir("sub");
        writeFile(QDir(src).filePath("sub/inner.bin"), "not stored either");

        ModelStore store(*m_ws);
        Result<ModelEntry> e = store.addFromFolder(spec("  bytes  "), src);
        QVERIFY2(e.ok(), qPrintable(e.error().message));
        QCOMPARE(e->name, QString("bytes"));
        QCOMPARE(e->architecture, QString("LlamaForCausalLM"));
        QCOMPARE(e->parameterCount, 1234);
        QCOMPARE(e->createdAt.timeSpec(), Qt::UTC);
        QVERIFY(qAbs(e->createdAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
        qint64 total = 0;
        for (const QByteArray& contents : files)
            total += contents.size();
        QCOMPARE(e->sizeBytes, total);
        QCOMPARE(*store.fileNames(e->id), QStringList(files.keys()));

        const QString chunks = "SELECT count(*) FROM model_files WHERE model_id = ? AND name = '%1'";
        QCOMPARE(count(chunks.arg("model.safetensors"), e->id), 3);
        QCOMPARE(count(chunks.arg("exactly-one-chunk.bin"), e->id), 1);
        QCOMPARE(count(chunks.arg("empty.txt"), e->id), 1);
        QCOMPARE(count("SELECT max(length(data)) FROM model_files WHERE model_id = ?", e->id),
                 ModelStore::kChunkBytes);

        const QString out = m_dir.filePath("out/bytes");
        for (int round = 0; round < 2; ++round) { // the second one overwrites
            QVERIFY(store.writeToFolder(e->id, out).ok());
            QCOMPARE(QDir(out).entryList(QDir::Files | QDir::Hidden | QDir::Dirs | QDir::NoDotAndDotDot),
                     QStringList(files.keys()));
            for (auto it = files.cbegin(); it != files.cend(); ++it)
                QVERIFY2(readFile(QDir(out).filePath(it.key())) == it.value(), qPrintable(it.key()));
        }
        QCOMPARE(store.writeToFolder(999999, out).error().code, ErrorCode::NotFound);
        QCOMPARE(store.fileNames(999999).error().code, ErrorCode::NotFound);
    }

    void refusesBadNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<ErrorCode>("code");
        QTest::newRow("empty") << "" << ErrorCode::InvalidArgument;
        QTest::newRow("blank") << "   " << ErrorCode::InvalidArgument;
        QTest::newRow("too long") << QString(ModelStore::kMaxNameLength + 1, 'x') << ErrorCode::InvalidArgument;
        QTest::newRow("slash") << "org/model" << ErrorCode::InvalidArgument;
        QTest::newRow("control char") << "a\tb" << ErrorCode::InvalidArgument;
        QTest::newRow("taken") << "taken" << ErrorCode::AlreadyExists;
        QTest::newRow("taken, padded") << " taken " << ErrorCode::AlreadyExists;
    }

    void refusesBadNames()
    {
        QFETCH(QString, name);
        QFETCH(ErrorCode, code);
        ModelStore store(*m_ws);
        if (!store.model("taken").ok())
            add(spec("taken"));
        const qint64 models = count("SELECT count(*) FROM models");
        const qint64 files = count("SELECT count(*) FROM model_files");
        Result<ModelEntry> e = store.addFromFolder(spec(name), makeFolder({{"config.json", "{}"}}));
        QVERIFY(!e.ok());
        QCOMPARE(e.error().code, code);
        QCOMPARE(count("SELECT count(*) FROM models"), models);
        QCOMPARE(count("SELECT count(*) FROM model_files"), files);
    }

    void acceptsLongestName()
    {
        const QString name(ModelStore::kMaxNameLength, 'L');
        QCOMPARE(add(spec(name)).name, name);
    }

    void renames()
    {
        ModelStore store(*m_ws);
        const ModelEntry a = add(spec("rename-a"));
        add(spec("rename-b"));
        QVERIFY(store.rename(a.id, " rename-c ").ok());
        QCOMPARE(store.model("rename-c")->id, a.id);
        QCOMPARE(store.model("rename-a").error().code, ErrorCode::NotFound);
        QVERIFY(store.model("rename-a").error().message.contains("rename-a"));
        QVERIFY(store.rename(a.id, "rename-c").ok()); // its own name is not taken
        QCOMPARE(store.rename(a.id, "rename-b").error().code, ErrorCode::AlreadyExists);
        QCOMPARE(store.rename(a.id, " ").error().code, ErrorCode::InvalidArgument);
        QCOMPARE(store.rename(a.id, "x/y").error().code, ErrorCode::InvalidArgument);
        QCOMPARE(store.rename(999999, "free").error().code, ErrorCode::NotFound);
        QCOMPARE(store.model(a.id)->name, QString("rename-c"));
    }

    void adaptersNeedAnExistingBase()
    {
        ModelStore store(*m_ws);
        QCOMPARE(store.addFromFolder(spec("lora-orphan", ModelKind::Adapter), makeFolder({{"a", "b"}})).error().code,
                 ErrorCode::InvalidArgument);
        QCOMPARE(store.addFromFolder(spec("lora-orphan", ModelKind::Adapter, 999999), makeFolder({{"a", "b"}}))
                     .error().code,
                 ErrorCode::InvalidArgument);
        QCOMPARE(store.addFromFolder(spec("tuned-orphan", ModelKind::Model, 999999), makeFolder({{"a", "b"}}))
                     .error().code,
                 ErrorCode::InvalidArgument);

        const ModelEntry base = add(spec("base"));
        const ModelEntry lora = add(spec("base-lora", ModelKind::Adapter, base.id));
        QCOMPARE(lora.kind, ModelKind::Adapter);
        QCOMPARE(lora.baseModelId, base.id);
        QCOMPARE(store.addFromFolder(spec("lora-on-lora", ModelKind::Adapter, lora.id), makeFolder({{"a", "b"}}))
                     .error().code,
                 ErrorCode::InvalidArgument);
        const ModelEntry tuned = add(spec("base-tuned", ModelKind::Model, base.id));
        QCOMPARE(store.model(base.id)->baseModelId, 0);

        Result<QList<ModelEntry>> derived = store.derivedFrom(base.id);
        QVERIFY(derived.ok());
        QCOMPARE(derived->size(), 2);
        QCOMPARE(derived->at(0).id, lora.id);
        QCOMPARE(derived->at(1).id, tuned.id);
        QVERIFY(store.derivedFrom(lora.id)->isEmpty());
        QCOMPARE(store.derivedFrom(999999).error().code, ErrorCode::NotFound);

        Status refused = store.remove(base.id);
        QCOMPARE(refused.error().code, ErrorCode::InvalidArgument);
        QVERIFY(refused.error().message.contains("base-lora"));
        QVERIFY(refused.error().message.contains("base-tuned"));
        QVERIFY(store.model(base.id).ok());

        QVERIFY(store.remove(lora.id).ok());
        QVERIFY(store.remove(tuned.id).ok());
        QVERIFY(store.remove(base.id).ok());
        for (qint64 id : {base.id, lora.id, tuned.id}) {
            QCOMPARE(store.model(id).error().code, ErrorCode::NotFound);
            QCOMPARE(count("SELECT count(*) FROM model_files WHERE model_id = ?", id), 0);
        }
        QCOMPARE(store.remove(base.id).error().code, ErrorCode::NotFound);
    }

    void lineageRoundTrips()
    {
        ModelStore store(*m_ws);
        ModelEntry s = spec("lineage");
        s.lineage = QJsonObject{{"datanetVersions", QJsonArray{"ab12", "cd34"}},
                                {"training", QJsonObject{{"epochs", 3}, {"lr", 0.0002}, {"lora", true}}},
                                {"note", QString::fromUtf8("données ✓")}};
        const ModelEntry e = add(s);
        QCOMPARE(e.lineage, s.lineage);
        QCOMPARE(store.model("lineage")->lineage, s.lineage);
        const QJsonObject metrics{{"metrics", QJsonObject{{"loss", 1.25}}}};
        QVERIFY(store.setLineage(e.id, metrics).ok());
        QCOMPARE(store.model(e.id)->lineage, metrics);
        QCOMPARE(store.setLineage(999999, metrics).error().code, ErrorCode::NotFound);
    }

    void listsSortedByName()
    {
        for (const char* name : {"sort-zeta", "sort-alpha", "sort-mid"})
            add(spec(name));
        Result<QList<ModelEntry>> all = ModelStore(*m_ws).models();
        QVERIFY(all.ok());
        QStringList names;
        for (const ModelEntry& e : *all)
            names << e.name;
        QStringList sorted = names;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(names, sorted);
        QVERIFY(names.indexOf("sort-alpha") < names.indexOf("sort-mid"));
        QVERIFY(names.indexOf("sort-mid") < names.indexOf("sort-zeta"));
    }

    void failuresStoreNothing_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<ErrorCode>("code");
        QTest::newRow("missing folder") << "missing" << ErrorCode::NotFound;
        QTest::newRow("a file, not a folder") << "file" << ErrorCode::InvalidArgument;
        QTest::newRow("no regular files") << "empty" << ErrorCode::InvalidArgument;
        QTest::newRow("read error after stored chunks") << "unreadable" << ErrorCode::Io;
    }

    void failuresStoreNothing()
    {
        QFETCH(QString, setup);
        QFETCH(ErrorCode, code);
        QString dir = makeFolder({});
        if (setup == "missing") {
            dir += "-nowhere";
        } else if (setup == "file") {
            dir = QDir(dir).filePath("config.json");
            writeFile(dir, "{}");
        } else if (setup == "empty") {
            writeFile(QDir(dir).filePath(".hidden"), "x");
            QDir(dir).mkdir("sub");
        } else {
            writeFile(QDir(dir).filePath("a-weights.safetensors"), pattern(6 * kMiB, 4));
            // Opens fine but every read fails (EIO), even for root: a read error mid-import.
            QVERIFY(QFile::link("/proc/self/mem", QDir(dir).filePath("z-unreadable.bin")));
        }
        const qint64 models = count("SELECT count(*) FROM models");
        const qint64 files = count("SELECT count(*) FROM model_files");
        Result<ModelEntry> e = ModelStore(*m_ws).addFromFolder(spec("failing"), dir);
        QVERIFY(!e.ok());
        QCOMPARE(e.error().code, code);
        QVERIFY(!e.error().message.isEmpty());
        if (setup == "unreadable") // it failed on the second file, after the first one's chunks went in
            QVERIFY2(e.error().message.contains("z-unreadable.bin"), qPrintable(e.error().message));
        QCOMPARE(count("SELECT count(*) FROM models"), models);
        QCOMPARE(count("SELECT count(*) FROM model_files"), files);
        QCOMPARE(ModelStore(*m_ws).model("failing").error().code, ErrorCode::NotFound);
    }

    void nothingIsPlaintextOnDisk()
    {
        const QByteArray marker = "FLYWHEEL-CANARY-7f3a9c-not-on-disk";
        QByteArray weights = pattern(5 * kMiB, 5);
        weights.replace(ModelStore::kChunkBytes - 10, marker.size(), marker); // across the chunk boundary
        const QString src =
            makeFolder({{"model.safetensors", weights}, {"config.json", "{\"note\":\"" + marker + "\"}"}});
        const QString wsDir = m_dir.filePath("canary-ws");
        std::unique_ptr<store::Workspace> ws = createWorkspace(wsDir);
        ModelEntry s = spec(QString::fromLatin1(marker));
        s.lineage = QJsonObject{{"marker", QString::fromLatin1(marker)}};
        Result<ModelEntry> e = ModelStore(*ws).addFromFolder(s, src);
        QVERIFY2(e.ok(), qPrintable(e.error().message));
        ws.reset();

        QVERIFY(!test::filesContaining(src, marker).isEmpty()); // the search does find it
        QCOMPARE(test::filesContaining(wsDir, marker), QStringList());

        auto reopened = store::Workspace::open(wsDir, kPassphrase);
        QVERIFY2(reopened.ok(), qPrintable(reopened.error().message));
        ModelStore store(**reopened);
        QVERIFY(store.writeToFolder(e->id, m_dir.filePath("canary-out")).ok());
        QCOMPARE(readFile(m_dir.filePath("canary-out/model.safetensors")), weights);
        (*reopened)->lock();
        QCOMPARE(store.models().error().code, ErrorCode::Locked);
        QCOMPARE(store.addFromFolder(spec("locked"), src).error().code, ErrorCode::Locked);
    }

    void storesMemoryFilesByteForByte()
    {
        ModelFiles files{{"config.json", R"({"architectures":["LlamaForCausalLM"]})"},
                         {"model.safetensors", pattern(2 * ModelStore::kChunkBytes + 5, 7)},
                         {"exactly-one-chunk.bin", pattern(ModelStore::kChunkBytes, 8)},
                         {"empty.txt", {}}};
        ModelStore store(*m_ws);
        Result<ModelEntry> e = store.add(spec(" memory "), files);
        QVERIFY2(e.ok(), qPrintable(e.error().message));
        QCOMPARE(e->name, QString("memory"));
        QCOMPARE(e->sizeBytes, files.totalBytes());
        const QString chunks =
            "SELECT count(*) FROM model_files WHERE model_id = ? AND name = '%1'";
        QCOMPARE(count(chunks.arg("model.safetensors"), e->id), 3);
        QCOMPARE(count(chunks.arg("exactly-one-chunk.bin"), e->id), 1);
        QCOMPARE(count(chunks.arg("empty.txt"), e->id), 1);
        Result<ModelFiles> back = store.files(e->id);
        QVERIFY2(back.ok(), qPrintable(back.error().message));
        QCOMPARE(back->map(), files.map());
        QCOMPARE(store.files(999999).error().code, ErrorCode::NotFound);
        // Only the named files (a tokenizer without the weights); names it lacks are skipped.
        Result<ModelFiles> some =
            store.files(e->id, {"config.json", "empty.txt", "tokenizer.json"});
        QVERIFY2(some.ok(), qPrintable(some.error().message));
        QCOMPARE(some->names(), QStringList({"config.json", "empty.txt"}));
        QCOMPARE(some->value("config.json"), files.value("config.json"));

        const qint64 models = count("SELECT count(*) FROM models");
        QCOMPARE(store.add(spec("memory-empty"), ModelFiles()).error().code,
                 ErrorCode::InvalidArgument);
        for (const char* unsafe : {"../escape", "sub/file", ".", ""})
            QCOMPARE(store.add(spec("memory-unsafe"), ModelFiles{{unsafe, "x"}}).error().code,
                     ErrorCode::InvalidArgument);
        QCOMPARE(store.add(spec("memory"), ModelFiles{{"a", "b"}}).error().code,
                 ErrorCode::AlreadyExists);
        QCOMPARE(count("SELECT count(*) FROM models"), models);
    }

    void importsOnlyTheNamedFilesOfAFolder()
    {
        const QString src =
            makeFolder({{"config.json", "{}"}, {"model.safetensors", "w"}, {"README.md", "# hi"}});
        ModelStore store(*m_ws);
        Result<ModelEntry> e =
            store.addFromFolder(spec("named-files"), src, {"config.json", "model.safetensors"});
        QVERIFY2(e.ok(), qPrintable(e.error().message));
        QCOMPARE(*store.fileNames(e->id), QStringList({"config.json", "model.safetensors"}));
        Result<ModelEntry> missing =
            store.addFromFolder(spec("named-missing"), src, {"config.json", "nope.bin"});
        QCOMPARE(missing.error().code, ErrorCode::NotFound);
        QVERIFY(missing.error().message.contains("nope.bin"));
        QCOMPARE(store.model("named-missing").error().code, ErrorCode::NotFound);
    }

    void memoryFilesAreNotPlaintextOnDisk()
    {
        const QByteArray marker = "FLYWHEEL-CANARY-51e0d2-memory";
        QByteArray weights = pattern(5 * kMiB, 9);
        weights.replace(ModelStore::kChunkBytes - 10, marker.size(),
                        marker); // across the chunk boundary
        const QString wsDir = m_dir.filePath("canary-memory-ws");
        std::unique_ptr<store::Workspace> ws = createWorkspace(wsDir);
        Result<ModelEntry> e =
            ModelStore(*ws).add(spec("canary"), ModelFiles{{"model.safetensors", weights}});
        QVERIFY2(e.ok(), qPrintable(e.error().message));
        ws.reset();
        QCOMPARE(test::filesContaining(wsDir, marker), QStringList());
        auto reopened = store::Workspace::open(wsDir, kPassphrase);
        QVERIFY2(reopened.ok(), qPrintable(reopened.error().message));
        QCOMPARE(ModelStore(**reopened).files(e->id)->value("model.safetensors"), weights);
    }
};

QTEST_GUILESS_MAIN(ModelStoreTest)
#include "model_store_test.moc"

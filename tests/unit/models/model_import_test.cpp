// inspectHfFolder / importHfFolder without torch: a stand-in engine "loads" any model whose
// config.json parses: these tests cover the checks, the summary and what is stored, not the
// weights.
#include "mlruntime/MlRuntime.h"
#include "models/ModelImport.h"
#include "models/ModelStore.h"
#include "unit/store/TestSupport.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(fw::ErrorCode)

using namespace fw;
using namespace fw::models;

namespace {
constexpr qint64 kParameters = 4321;

class FakeModel final : public ml::LoadedModel
{
public:
    explicit FakeModel(ml::ModelConfig config) : m_config(std::move(config)) {}
    const ml::ModelConfig& config() const override { return m_config; }
    int64_t parameterCount() const override { return kParameters; }
    ml::ChatTemplate::Format chatFormat() const override
    {
        return ml::ChatTemplate::Format::ChatML;
    }
    Result<std::vector<int>> tokenize(const QString&) const override { return std::vector<int>{}; }
    ml::GenerationResult generate(const QString&, bool, const ml::GenerationOptions&,
                                  const ml::StreamCallback&, const std::atomic_bool*) const override
    {
        return {};
    }
    ml::GenerationResult generateChat(const std::vector<ml::ChatMessage>&,
                                      const ml::GenerationOptions&, const ml::StreamCallback&,
                                      const std::atomic_bool*) const override
    {
        return {};
    }
    Result<double> reward(const QString&, const QString&) const override
    {
        return Error{ErrorCode::NotFound, QStringLiteral("no reward head")};
    }
    Status loadAdapter(const ModelFiles&) override { return Status::success(); }
    Status mergeAdapter() override { return Status::success(); }
    Result<ModelFiles> save() const override { return ModelFiles(); }

private:
    ml::ModelConfig m_config;
};

class FakeEngine final : public ml::MlRuntime
{
public:
    QString refusal;               // when set, every load fails with this message
    mutable QStringList lastFiles; // what the last load was handed
    ml::DeviceInfo deviceInfo() const override { return {}; }
    QString deviceSummary() const override { return {}; }
    void setThreadLayout(ml::Workload, int) override {}
    Result<std::unique_ptr<ml::LoadedModel>> loadModel(const ModelFiles& files, bool) const override
    {
        lastFiles = files.names();
        if (!refusal.isEmpty())
            return makeError(ErrorCode::Corrupt, refusal);
        Result<ml::ModelConfig> config =
            ml::ModelConfig::fromHfBytes(files.value("config.json"), "config.json");
        if (!config)
            return config.error();
        return std::unique_ptr<ml::LoadedModel>(new FakeModel(*config));
    }
    Result<std::unique_ptr<ml::ServingEngine>> loadServingEngine(const ModelFiles&,
                                                                 bool) const override
    {
        return makeError(ErrorCode::Unsupported, QStringLiteral("not in this test"));
    }
    Result<ml::TrainingSummary> train(const ml::TrainingRequest&, const ml::ProgressCallback&,
                                      ml::TrainingControl*) const override
    {
        return makeError(ErrorCode::Unsupported, QStringLiteral("not in this test"));
    }
    Result<std::unique_ptr<ml::GradientSketcher>>
    gradientSketcher(const ModelFiles&, const std::vector<ml::AdapterCheckpoint>&,
                     const ml::SketchSettings&) const override
    {
        return makeError(ErrorCode::Unsupported, QStringLiteral("not in this test"));
    }
};

// A well-formed safetensors file holding one F32 tensor of `floats` values.
QByteArray safetensors(int floats)
{
    QByteArray json = QStringLiteral(R"({"w":{"dtype":"F32","shape":[%1],"data_offsets":[0,%2]}})")
                          .arg(floats)
                          .arg(4 * floats)
                          .toUtf8();
    while (json.size() % 8 != 0)
        json.append(' ');
    QByteArray out(8, '\0');
    for (int i = 0; i < 8; ++i)
        out[i] = char((quint64(json.size()) >> (8 * i)) & 0xff);
    return out + json + QByteArray(4 * floats, '\1');
}

void writeFile(const QString& path, const QByteArray& contents)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(contents) != contents.size())
        qFatal("cannot write %s", qPrintable(path));
}
} // namespace

class ModelImportTest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    FakeEngine m_engine;

    // A folder the fake engine accepts, with files an import must leave out; `drop` is removed.
    QString makeFolder(const QString& name, const QString& drop = {})
    {
        const QDir dir(m_dir.filePath(name));
        QDir().mkpath(dir.path());
        writeFile(dir.filePath("config.json"),
                  QJsonDocument(ml::ModelConfig().toHfJson()).toJson());
        writeFile(dir.filePath("model.safetensors"), safetensors(16));
        writeFile(dir.filePath("tokenizer.json"), R"({"model":{"type":"BPE"}})");
        writeFile(dir.filePath("tokenizer_config.json"),
                  R"({"chat_template":"{% for m in messages %}{% endfor %}"})");
        writeFile(dir.filePath("README.md"), "# a model card\n");
        writeFile(dir.filePath("pytorch_model.bin"), "pickle");
        if (!drop.isEmpty())
            QFile::remove(dir.filePath(drop));
        return dir.path();
    }

private slots:
    void cleanup() { m_engine.refusal.clear(); }

    void modelFilesAreTheOnesTheEngineReads_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("stored");
        for (const char* name :
             {"config.json", "generation_config.json", "tokenizer.json", "tokenizer.model",
              "tokenizer_config.json", "special_tokens_map.json", "model.safetensors",
              "model-00001-of-00002.safetensors", "model.safetensors.index.json"})
            QTest::newRow(name) << QString::fromLatin1(name) << true;
        for (const char* name :
             {"README.md", "pytorch_model.bin", ".gitattributes", "model.gguf", "merges.txt"})
            QTest::newRow(name) << QString::fromLatin1(name) << false;
    }

    void modelFilesAreTheOnesTheEngineReads()
    {
        QFETCH(QString, name);
        QFETCH(bool, stored);
        QCOMPARE(isModelFile(name), stored);
    }

    void summarisesAValidFolder()
    {
        const QString dir = makeFolder("valid");
        Result<HfFolderSummary> s = inspectHfFolder(dir, m_engine);
        QVERIFY2(s, qPrintable(s ? QString() : s.error().message));
        QCOMPARE(s->folder, dir);
        QCOMPARE(s->config.architecture, QStringLiteral("LlamaForCausalLM"));
        QCOMPARE(s->config.nLayers, ml::ModelConfig().nLayers);
        QCOMPARE(s->parameterCount, kParameters);
        QCOMPARE(s->tokenizer, QStringLiteral("tokenizer.json (byte-level BPE)"));
        QVERIFY(s->hasChatTemplate);
        const QStringList expected{"config.json", "model.safetensors", "tokenizer.json",
                                   "tokenizer_config.json"};
        QCOMPARE(s->files, expected);
        QCOMPARE(m_engine.lastFiles, expected); // the engine got them in memory, nothing else
        qint64 total = 0;
        for (const QString& f : expected)
            total += QFileInfo(QDir(dir).filePath(f)).size();
        QCOMPARE(s->totalBytes, total);
        QCOMPARE(s->hfConfig(), ml::ModelConfig().toHfJson());
    }

    void namesASentencePieceTokenizerAndNoChatTemplate()
    {
        const QString dir = makeFolder("sentencepiece", "tokenizer.json");
        writeFile(QDir(dir).filePath("tokenizer.model"), "protobuf");
        writeFile(QDir(dir).filePath("tokenizer_config.json"), "{}");
        Result<HfFolderSummary> s = inspectHfFolder(dir, m_engine);
        QVERIFY(s);
        QCOMPARE(s->tokenizer, QStringLiteral("tokenizer.model (SentencePiece)"));
        QVERIFY(!s->hasChatTemplate);
    }

    void refusesBrokenFolders_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("drop");
        QTest::addColumn<QByteArray>("weights"); // replaces model.safetensors when not empty
        QTest::addColumn<ErrorCode>("code");
        QTest::addColumn<QString>("says");
        QTest::newRow("no config")
            << "no-config"
            << "config.json" << QByteArray() << ErrorCode::NotFound << "no config.json";
        QTest::newRow("no tokenizer") << "no-tokenizer"
                                      << "tokenizer.json" << QByteArray() << ErrorCode::NotFound
                                      << "tokenizer.json or tokenizer.model";
        QTest::newRow("only .bin weights") << "bin-only"
                                           << "model.safetensors" << QByteArray()
                                           << ErrorCode::NotFound << "convert them to safetensors";
        QTest::newRow("truncated weights")
            << "truncated"
            << "" << safetensors(16).chopped(10) << ErrorCode::Corrupt
            << "model.safetensors is incomplete";
        QTest::newRow("garbage weights")
            << "garbage"
            << "" << QByteArray("oops") << ErrorCode::Corrupt << "model.safetensors is incomplete";
    }

    void refusesBrokenFolders()
    {
        QFETCH(QString, name);
        QFETCH(QString, drop);
        QFETCH(QByteArray, weights);
        QFETCH(ErrorCode, code);
        QFETCH(QString, says);
        const QString dir = makeFolder(name, drop);
        if (!weights.isEmpty())
            writeFile(QDir(dir).filePath("model.safetensors"), weights);
        Result<HfFolderSummary> s = inspectHfFolder(dir, m_engine);
        QVERIFY(!s);
        QCOMPARE(s.error().code, code);
        QVERIFY2(s.error().message.contains(says), qPrintable(s.error().message));
        QVERIFY(!s.error().message.contains(QLatin1Char('\n'))); // the CLI prints one line
    }

    void refusesAMissingFolderOrAFile()
    {
        Result<HfFolderSummary> s = inspectHfFolder(m_dir.filePath("nowhere"), m_engine);
        QVERIFY(!s);
        QCOMPARE(s.error().code, ErrorCode::NotFound);
        QVERIFY(s.error().message.contains("does not exist"));
        const QString file = QDir(makeFolder("a-file")).filePath("README.md");
        s = inspectHfFolder(file, m_engine);
        QVERIFY(!s);
        QVERIFY(s.error().message.contains("not a folder"));
    }

    void wrapsWhatTheEngineRefuses()
    {
        m_engine.refusal = QStringLiteral("Missing weight \"lm_head.weight\" in the checkpoint");
        const QString dir = makeFolder("engine-refuses");
        Result<HfFolderSummary> s = inspectHfFolder(dir, m_engine);
        QVERIFY(!s);
        QCOMPARE(s.error().code, ErrorCode::Corrupt);
        QVERIFY(s.error().message.contains(dir));
        QVERIFY(s.error().message.contains(m_engine.refusal));
    }

    void importsOnlyTheModelFiles()
    {
        auto ws = store::Workspace::create(m_dir.filePath("ws"), "passphrase", test::fastOptions());
        QVERIFY(ws);
        ModelStore store(**ws);
        const QString dir = makeFolder("to-import");
        Result<HfFolderSummary> s = inspectHfFolder(dir, m_engine);
        QVERIFY(s);
        Result<ModelEntry> e = importHfFolder(store, dir, "imported", *s);
        QVERIFY2(e, qPrintable(e ? QString() : e.error().message));
        QCOMPARE(e->source, QStringLiteral("import"));
        QCOMPARE(e->architecture, QStringLiteral("LlamaForCausalLM"));
        QCOMPARE(e->parameterCount, kParameters);
        QCOMPARE(e->sizeBytes, s->totalBytes);
        QCOMPARE(e->lineage.value("imported_from").toString(), dir);
        QCOMPARE(e->lineage.value("model_config").toObject(), s->hfConfig());
        QCOMPARE(*store.fileNames(e->id), s->files);

        // A taken name: refused, and the registry holds what it held.
        Result<ModelEntry> again = importHfFolder(store, dir, "imported", *s);
        QVERIFY(!again);
        QCOMPARE(again.error().code, ErrorCode::AlreadyExists);
        QCOMPARE(store.models()->size(), 1);
    }
};

QTEST_GUILESS_MAIN(ModelImportTest)
#include "model_import_test.moc"

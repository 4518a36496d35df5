// Safetensors and HF checkpoints: bit-exact round trips, shards, and clear errors on malformed files.
#include "ml/FixtureCheckpoint.h"
#include "ml/HfCheckpoint.h"
#include "ml/LanguageModel.h"
#include "ml/LanguageModelPrivate.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace fw::ml;
using fw::ModelFiles;

namespace {

QByteArray rawFile(const QByteArray& header, const QByteArray& data)
{
    QByteArray out;
    const uint64_t n = uint64_t(header.size());
    for (int i = 0; i < 8; ++i)
        out.append(char((n >> (8 * i)) & 0xff));
    return out + header + data;
}

QString writeRaw(const QTemporaryDir& dir, const QByteArray& bytes)
{
    const QString path = dir.filePath(QStringLiteral("bad.safetensors"));
    QFile f(path);
    f.open(QIODevice::WriteOnly | QIODevice::Truncate);
    f.write(bytes);
    return path;
}

bool bitEqual(const torch::Tensor& a, const torch::Tensor& b)
{
    return a.scalar_type() == b.scalar_type() && a.sizes() == b.sizes()
           && std::memcmp(a.contiguous().data_ptr(), b.contiguous().data_ptr(), size_t(a.nbytes())) == 0;
}

} // namespace

class CheckpointTest : public QObject
{
    Q_OBJECT
private slots:
    void roundTripIsBitExact()
    {
        QTemporaryDir dir;
        torch::manual_seed(3);
        TensorMap tensors{{"a", torch::randn({3, 5})},
                          {"b.bias", torch::randn({7})},
                          {"ids", torch::arange(10, torch::kLong)},
                          {"empty", torch::zeros({0, 4})}};
        const QString path = dir.filePath("t.safetensors");
        QVERIFY(writeSafetensors(path, tensors).ok());
        auto back = readSafetensors(path);
        QVERIFY2(back.ok(), qPrintable(back.error().message));
        QCOMPARE(back->size(), tensors.size());
        for (const auto& [name, t] : tensors)
            QVERIFY2(bitEqual(back->at(name), t), name.c_str());
    }
    void halfPrecisionsBecomeF32()
    {
        QTemporaryDir dir;
        const auto values = torch::tensor({1.0f, -2.5f, 0.125f, 1024.0f}); // exact in F16 and BF16
        for (StDtype d : {StDtype::F16, StDtype::BF16}) {
            const QString path = dir.filePath(dtypeName(d) + ".safetensors");
            QVERIFY(writeSafetensors(path, {{"w", values}}, d).ok());
            auto raw = readSafetensors(path, /*floatsToF32=*/false);
            QCOMPARE(raw->at("w").scalar_type(), d == StDtype::F16 ? torch::kFloat16 : torch::kBFloat16);
            auto f32 = readSafetensors(path);
            QVERIFY(bitEqual(f32->at("w"), values));
        }
    }
    void malformedFilesGiveClearErrors_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("fragment");
        const QByteArray ok = R"({"w":{"dtype":"F32","shape":[2],"data_offsets":[0,8]}})";
        const QByteArray eight(8, '\0');
        QTest::newRow("too short") << QByteArray("abc") << "too short";
        QTest::newRow("truncated data") << rawFile(ok, QByteArray(4, '\0')) << "truncated";
        QByteArray hugeHeader(8, '\0');
        hugeHeader[4] = 1; // 2^32 bytes
        QTest::newRow("huge header") << hugeHeader + QByteArray(16, ' ') << "limit";
        QTest::newRow("header past end") << rawFile(ok, eight).left(20) << "truncated";
        QTest::newRow("bad dtype") << rawFile(R"({"w":{"dtype":"F8","shape":[2],"data_offsets":[0,8]}})", eight) << "dtype";
        QTest::newRow("overlap") << rawFile(R"({"a":{"dtype":"F32","shape":[2],"data_offsets":[0,8]},)"
                                            R"("b":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}})", eight) << "overlaps";
        QTest::newRow("size mismatch") << rawFile(R"({"w":{"dtype":"F32","shape":[3],"data_offsets":[0,8]}})", eight) << "need";
        QTest::newRow("negative dim") << rawFile(R"({"w":{"dtype":"F32","shape":[-2],"data_offsets":[0,8]}})", eight) << "dimension";
        QTest::newRow("reversed offsets") << rawFile(R"({"w":{"dtype":"F32","shape":[2],"data_offsets":[8,0]}})", eight) << "data_offsets";
        QTest::newRow("not json") << rawFile("{nope", eight) << "JSON";
        QTest::newRow("trailing") << rawFile(ok, QByteArray(12, '\0')) << "trailing";
        QTest::newRow("gap") << rawFile(R"({"w":{"dtype":"F32","shape":[1],"data_offsets":[4,8]}})", eight) << "gap";
    }
    void malformedFilesGiveClearErrors()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, fragment);
        QTemporaryDir dir;
        auto r = readSafetensors(writeRaw(dir, bytes));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, fw::ErrorCode::Corrupt);
        QVERIFY2(r.error().message.contains(fragment), qPrintable(r.error().message));
    }
    void fixtureLoadsWithTheSameLogits()
    {
        QTemporaryDir dir;
        QVERIFY(writeFixtureCheckpoint(dir.path()).ok());
        for (const char* f : {"config.json", "model.safetensors", "tokenizer.json", "tokenizer_config.json"})
            QVERIFY2(QFile::exists(dir.filePath(f)), f);
        auto model = loadHfModel(dir.path());
        QVERIFY2(model.ok(), qPrintable(model.error().message));
        QCOMPARE((*model)->config().nKvHeads, 2);
        // The fixture is seeded: building it again gives identical weights.
        torch::manual_seed(FixtureOptions().seed);
        ModelConfig c = (*model)->config();
        Transformer again(c);
        const auto tokens = torch::randint(0, c.vocabSize, {2, 6}, torch::kLong);
        torch::NoGradGuard g;
        QVERIFY(torch::equal((*model)->forward(tokens), again->forward(tokens)));
    }
    void saveLoadRoundTripIsBitExactAndShards()
    {
        QTemporaryDir dir;
        torch::manual_seed(11);
        Transformer model(FixtureOptions::tinyConfig());
        const QString single = dir.filePath("single"), sharded = dir.filePath("sharded");
        QVERIFY(saveHfModel(model, single).ok());
        QVERIFY(saveHfModel(model, sharded, StDtype::F32, 60000).ok());
        QVERIFY(QFile::exists(sharded + "/model.safetensors.index.json"));
        const QStringList shards = QDir(sharded).entryList({"model-*-of-*.safetensors"});
        QVERIFY(shards.size() >= 2);
        QVERIFY(shards.contains(QStringLiteral("model-00002-of-%1.safetensors").arg(shards.size(), 5, 10, QLatin1Char('0'))));
        const TensorMap original = hfStateDict(model);
        for (const QString& path : {single, sharded}) {
            auto back = loadHfModel(path);
            QVERIFY2(back.ok(), qPrintable(back.error().message));
            const TensorMap loaded = hfStateDict(*back);
            QCOMPARE(loaded.size(), original.size());
            for (const auto& [name, t] : original)
                QVERIFY2(bitEqual(loaded.at(name), t), name.c_str());
        }
    }
    void refusesMismatchedCheckpoints()
    {
        torch::manual_seed(1);
        Transformer model(FixtureOptions::tinyConfig());
        ModelFiles files;
        QVERIFY(saveHfModel(model, files).ok());
        TensorMap weights = *readSafetensorsFiles(files);
        TensorMap missing = weights;
        missing.erase("model.norm.weight");
        auto s = loadHfStateDict(model, missing);
        QVERIFY(!s.ok() && s.error().message.contains("model.norm.weight"));
        TensorMap wrongShape = weights;
        wrongShape["model.norm.weight"] = torch::ones({3});
        s = loadHfStateDict(model, wrongShape);
        QVERIFY(!s.ok() && s.error().message.contains("shape"));
        TensorMap extra = weights;
        extra["model.layers.9.mlp.up_proj.weight"] = torch::ones({1});
        s = loadHfStateDict(model, extra);
        QVERIFY(!s.ok() && s.error().message.contains("Unexpected"));
        TensorMap inv = weights;
        inv["model.layers.0.self_attn.rotary_emb.inv_freq"] = torch::ones({8});
        QVERIFY(loadHfStateDict(model, inv).ok());
    }
    void languageModelLoadsAndSavesTheFixture()
    {
        QTemporaryDir dir;
        QVERIFY(writeFixtureCheckpoint(dir.filePath("in")).ok());
        auto lm = LanguageModel::load(dir.filePath("in"));
        QVERIFY2(lm.ok(), qPrintable(lm.error().message));
        QCOMPARE(lm->chatTemplate().format(), ChatTemplate::Format::ChatML);
        QCOMPARE(lm->tokenizer()->eosText(), QStringLiteral("<|im_end|>"));
        QCOMPARE(lm->parameterCount(), lm->config().parameterCount());
        auto saved = lm->save();
        QVERIFY(saved.ok());
        QCOMPARE(saved->names(), QStringList({"config.json", "model.safetensors", "tokenizer.json",
                                              "tokenizer_config.json"}));
        auto again = LanguageModel::load(*saved);
        QVERIFY(again.ok());
        QCOMPARE(again->tokenize("hello <|im_end|>"), lm->tokenize("hello <|im_end|>"));
        QVERIFY(!LanguageModel::load(dir.filePath("nothing")).ok());
    }
    void memoryRoundTripGivesIdenticalLogits_data()
    {
        QTest::addColumn<uint64_t>("maxShardBytes");
        QTest::addColumn<int>("dtype");
        QTest::newRow("single f32") << uint64_t(0) << int(StDtype::F32);
        QTest::newRow("sharded f32") << uint64_t(60000) << int(StDtype::F32);
        QTest::newRow("single bf16") << uint64_t(0) << int(StDtype::BF16);
    }
    void memoryRoundTripGivesIdenticalLogits()
    {
        QFETCH(uint64_t, maxShardBytes);
        QFETCH(int, dtype);
        FixtureOptions options;
        options.maxShardBytes = maxShardBytes;
        options.dtype = StDtype(dtype);
        auto files = fixtureFiles(options);
        QVERIFY2(files.ok(), qPrintable(files.error().message));
        QCOMPARE(files->contains("model.safetensors.index.json"), maxShardBytes > 0);
        auto first = LanguageModel::load(*files);
        QVERIFY2(first.ok(), qPrintable(first.error().message));
        // save -> bytes -> load, twice: the weights and the logits come back bit for bit.
        auto bytes = first->save();
        QVERIFY(bytes.ok());
        auto second = LanguageModel::load(*bytes);
        QVERIFY2(second.ok(), qPrintable(second.error().message));
        QCOMPARE(second->save()->map(), bytes->map());
        const auto tokens = torch::randint(0, first->config().vocabSize, {2, 9}, torch::kLong);
        torch::NoGradGuard g;
        QVERIFY(torch::equal(first->internals().model->forward(tokens),
                             second->internals().model->forward(tokens)));
    }
    void truncatedBuffersAreClearErrors_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<double>("keep"); // bytes left when >= 1, else the share of the file left
        QTest::addColumn<QString>("fragment");
        QTest::newRow("weights empty") << "model.safetensors" << 0.0 << "model.safetensors";
        QTest::newRow("weights in the prefix") << "model.safetensors" << 4.0 << "model.safetensors";
        QTest::newRow("weights in the header") << "model.safetensors" << 100.0 << "truncated";
        QTest::newRow("weights halfway") << "model.safetensors" << 0.5 << "truncated";
        QTest::newRow("weights one byte short") << "model.safetensors" << 0.999999 << "truncated";
        QTest::newRow("config halfway") << "config.json" << 0.5 << "config.json";
        QTest::newRow("tokenizer halfway") << "tokenizer.json" << 0.5 << "tokenizer.json";
    }
    void truncatedBuffersAreClearErrors()
    {
        QFETCH(QString, file);
        QFETCH(double, keep);
        QFETCH(QString, fragment);
        static const fw::Result<ModelFiles> fixture = fixtureFiles();
        QVERIFY(fixture.ok());
        ModelFiles files = *fixture;
        const QByteArray whole = files.value(file);
        const qsizetype kept = std::min<qsizetype>(
            whole.size() - 1, qsizetype(keep >= 1 ? keep : double(whole.size()) * keep));
        files.insert(file, whole.left(kept));
        auto lm = LanguageModel::load(files);
        QVERIFY(!lm.ok());
        QCOMPARE(lm.error().code, fw::ErrorCode::Corrupt);
        QVERIFY2(lm.error().message.contains(fragment), qPrintable(lm.error().message));
    }
};

QTEST_GUILESS_MAIN(CheckpointTest)
#include "checkpoint_test.moc"

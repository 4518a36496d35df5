// config.json and CONFIG.json parsing at the edges of their number ranges (found by fuzzing).
#include "ml/ModelConfig.h"
#include "ml/TrainingConfig.h"

#include <QJsonDocument>
#include <QTest>

using namespace fw::ml;

namespace {
QJsonObject json(const QByteArray& text)
{
    return QJsonDocument::fromJson(text).object();
}

// TinyLlama's config.json with `extra` keys replacing its own.
QJsonObject tinyLlama(const QJsonObject& extra)
{
    QJsonObject c = json(R"({"architectures": ["LlamaForCausalLM"], "model_type": "llama",
        "vocab_size": 32000, "hidden_size": 2048, "num_hidden_layers": 22, "num_attention_heads": 32,
        "num_key_value_heads": 4, "intermediate_size": 5632, "max_position_embeddings": 2048,
        "rms_norm_eps": 1e-05, "rope_theta": 10000.0, "hidden_act": "silu"})");
    for (auto it = extra.begin(); it != extra.end(); ++it)
        c[it.key()] = it.value();
    return c;
}
} // namespace

class ConfigTest : public QObject
{
    Q_OBJECT
private slots:
    void modelConfigRefusesOutOfRangeIntegers_data()
    {
        QTest::addColumn<QByteArray>("extra");
        QTest::addColumn<QString>("field"); // the key the error message must name
        QTest::newRow("above int") << QByteArray(R"({"vocab_size": 4294967808})") << "vocab_size";
        QTest::newRow("just above int")
            << QByteArray(R"({"hidden_size": 2147483648})") << "hidden_size";
        QTest::newRow("below int")
            << QByteArray(R"({"num_hidden_layers": -3000000000})") << "num_hidden_layers";
        QTest::newRow("above int64") << QByteArray(R"({"head_dim": 6.5e20})") << "head_dim";
        QTest::newRow("huge") << QByteArray(R"({"intermediate_size": 1e300})")
                              << "intermediate_size";
        QTest::newRow("fraction") << QByteArray(R"({"max_position_embeddings": 2048.5})")
                                  << "max_position_embeddings";
    }
    void modelConfigRefusesOutOfRangeIntegers()
    {
        QFETCH(QByteArray, extra);
        QFETCH(QString, field);
        auto config = ModelConfig::fromHfJson(tinyLlama(json(extra)));
        QVERIFY(!config.ok());
        QVERIFY2(config.error().message.contains(field), qPrintable(config.error().message));
    }
    void modelConfigRefusesSizesWhoseCountOverflows_data()
    {
        QTest::addColumn<QByteArray>("extra");
        QTest::newRow("wide") << QByteArray(R"({"hidden_size": 2147483646, "num_attention_heads": 1,
            "num_key_value_heads": 1})");
        QTest::newRow("deep") << QByteArray(R"({"num_hidden_layers": 2147483647})");
        QTest::newRow("vocab") << QByteArray(
            R"({"vocab_size": 2147483647, "hidden_size": 2147483520,
            "num_attention_heads": 2147483520, "num_key_value_heads": 2147483520, "head_dim": 2})");
    }
    void modelConfigRefusesSizesWhoseCountOverflows()
    {
        QFETCH(QByteArray, extra);
        auto config = ModelConfig::fromHfJson(tinyLlama(json(extra)));
        QVERIFY2(!config.ok(),
                 qPrintable(QString::number(config.ok() ? config->parameterCount() : 0)));
        QVERIFY2(config.error().message.contains("parameters"), qPrintable(config.error().message));
    }
    void modelConfigKeepsRealSizes()
    {
        auto config = ModelConfig::fromHfJson(tinyLlama({}));
        QVERIFY2(config.ok(), qPrintable(config.error().message));
        QCOMPARE(config->parameterCount(), int64_t(1100048384)); // TinyLlama-1.1B
    }
    void trainingConfigRefusesSeedsOutsideItsRange_data()
    {
        QTest::addColumn<QByteArray>("config");
        QTest::newRow("negative") << QByteArray(R"({"seed": -1})");
        QTest::newRow("above 2^64") << QByteArray(R"({"seed": 1e30})");
        QTest::newRow("above 2^53") << QByteArray(R"({"seed": 18014398509481984})");
        QTest::newRow("fraction") << QByteArray(R"({"seed": 0.5})");
    }
    void trainingConfigRefusesSeedsOutsideItsRange()
    {
        QFETCH(QByteArray, config);
        auto parsed = TrainingConfig::fromJson(json(config));
        QVERIFY2(!parsed.ok(), qPrintable(QString::number(parsed.ok() ? parsed->seed : 0)));
        QVERIFY2(parsed.error().message.contains("seed"), qPrintable(parsed.error().message));
    }
    void trainingConfigKeepsLargeExactSeeds()
    {
        auto parsed = TrainingConfig::fromJson(json(R"({"seed": 9007199254740992})"));
        QVERIFY2(parsed.ok(), qPrintable(parsed.error().message));
        QCOMPARE(parsed->seed, uint64_t(9007199254740992));
        QCOMPARE(TrainingConfig::fromJson(parsed->toJson())->seed, parsed->seed);
    }
};

QTEST_GUILESS_MAIN(ConfigTest)
#include "config_test.moc"

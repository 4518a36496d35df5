// TrainingConfig: CONFIG.json values outside what a run can hold are refused, naming the field.
#include "ml/TrainingConfig.h"

#include <QJsonObject>
#include <QTest>

using namespace fw::ml;

class TrainingConfigTest : public QObject
{
    Q_OBJECT
private slots:
    void refusesAbsurdValuesNamingTheField_data()
    {
        QTest::addColumn<QJsonObject>("json");
        QTest::addColumn<QString>("expected"); // in the error message

        QTest::newRow("huge batch")
            << QJsonObject{{"batch_size", 2000000000}} << "\"batch_size\" is 2000000000";
        QTest::newRow("negative batch")
            << QJsonObject{{"batch_size", -4}} << "\"batch_size\" is -4";
        QTest::newRow("huge seq_len")
            << QJsonObject{{"seq_len", 1 << 30}} << "\"seq_len\" is 1073741824";
        QTest::newRow("seq_len 1")
            << QJsonObject{{"seq_len", 1}} << "\"seq_len\" is 1; it must be from 2";
        QTest::newRow("huge grad_accum")
            << QJsonObject{{"grad_accum", 1 << 20}} << "\"grad_accum\" is 1048576";
        QTest::newRow("huge steps")
            << QJsonObject{{"steps", 2000000000}} << "\"steps\" is 2000000000";
        QTest::newRow("huge epochs") << QJsonObject{{"epochs", 1000000}} << "\"epochs\" is 1000000";
        QTest::newRow("batch x seq_len") << QJsonObject{{"batch_size", 4096}, {"seq_len", 65536}}
                                         << "\"batch_size\" x \"seq_len\" is 268435456 tokens";
        // QJsonValue::toInt() used to fall back to the default for these, silently.
        QTest::newRow("batch beyond int")
            << QJsonObject{{"batch_size", 1e12}}
            << "\"batch_size\" must be a whole number, not 1000000000000";
        QTest::newRow("fractional seq_len")
            << QJsonObject{{"seq_len", 2.5}} << "\"seq_len\" must be a whole number, not 2.5";
        QTest::newRow("string steps")
            << QJsonObject{{"steps", "8"}} << "\"steps\" must be a whole number, not \"8\"";
        QTest::newRow("unknown precision")
            << QJsonObject{{"precision", "fp16"}} << "\"precision\" must be \"auto\", \"fp32\" or \"bf16\", not \"fp16\"";
        QTest::newRow("precision not a string")
            << QJsonObject{{"precision", 16}} << "\"precision\" must be";
    }
    void refusesAbsurdValuesNamingTheField()
    {
        QFETCH(QJsonObject, json);
        QFETCH(QString, expected);
        const fw::Result<TrainingConfig> c = TrainingConfig::fromJson(json);
        QVERIFY(!c.ok());
        QCOMPARE(c.error().code, fw::ErrorCode::InvalidArgument);
        QVERIFY2(c.error().message.contains(expected), qPrintable(c.error().message));
    }

    void acceptsTheLargestFormValues()
    {
        // The new-run form offers batch sizes up to 512 and sequences up to 8,192 tokens.
        const fw::Result<TrainingConfig> c = TrainingConfig::fromJson(
            {{"batch_size", 512}, {"seq_len", 8192}, {"steps", 1000000}, {"grad_accum", 64}});
        QVERIFY2(c.ok(), qPrintable(c.error().message));
        QCOMPARE(c->batchSize, 512);
        QCOMPARE(c->seqLen, 8192);
        QVERIFY(TrainingConfig::fromJson({{"epochs", 3}}).ok());
    }

    void precisionRoundTrips()
    {
        QCOMPARE(TrainingConfig::fromJson({})->precision, Precision::Auto); // bf16 where the hardware has it
        for (Precision p : {Precision::Auto, Precision::Fp32, Precision::Bf16}) {
            TrainingConfig c;
            c.precision = p;
            const QJsonObject json = c.toJson();
            QCOMPARE(json.value("precision").toString(), precisionName(p));
            QCOMPARE(TrainingConfig::fromJson(json)->precision, p);
        }
    }
};

QTEST_GUILESS_MAIN(TrainingConfigTest)
#include "training_config_test.moc"

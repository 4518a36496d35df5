// flywheel-cli's engine commands end to end on the demo workspace: train a from-scratch model on the
// demo instruction datanet until it answers its training prompts, generate and tokenize with it,
// export and re-import it, train a LoRA adapter on it, export that as PEFT and merged, and the errors.
#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

namespace {
// Exit codes documented in app/cli/ExitCodes.h.
constexpr int kInternal = 1;
constexpr int kUsage = 2;
constexpr int kInvalidArgument = 3;
constexpr int kNotFound = 4;
constexpr int kAlreadyExists = 5;

const QMap<QString, QString> kDemoPass{{QStringLiteral("FLYWHEEL_PASSPHRASE"), QStringLiteral("demo")}};

QJsonObject jsonOf(const CliRun& run)
{
    return QJsonDocument::fromJson(run.out).object();
}
} // namespace

class CliModelTest : public QObject
{
    Q_OBJECT

private:
    CliRun cli(const QStringList& args) const
    {
        return m_cli.run(QStringList{QStringLiteral("--workspace"), m_workspace} + args, kDemoPass);
    }
    QString writeConfig(const QString& name, const QJsonObject& config) const
    {
        return writeJsonFile(m_tmp.filePath(name), config);
    }
    QString answer(const QString& model, const QString& prompt) const
    {
        const CliRun run = cli({"generate", model, "--prompt", prompt, "--chat", "--max-tokens", "40", "--json",
                                "--threads", "1"});
        return run.exitCode == 0 ? jsonOf(run).value(QStringLiteral("text")).toString() : QString();
    }

    QTemporaryDir m_tmp;
    CliRunner m_cli{m_tmp.filePath(QStringLiteral("home"))};
    QString m_workspace = m_tmp.filePath(QStringLiteral("demo"));

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        const CliRun init = m_cli.run({"--workspace", m_workspace, "workspace", "init", "--demo"});
        QVERIFY2(init.exitCode == 0, init.err.constData());
    }

    // The promise: a small model trained from scratch on the demo datanet learns it.
    void trainsFromScratchAndAnswersTrainingPrompts()
    {
        const QString config = writeConfig(
            QStringLiteral("scratch.json"),
            {{"datanet", "World facts (demo)"}, {"version", "latest"}, {"base", "nano"}, {"method", "full"},
             {"steps", 500}, {"batch_size", 16}, {"seq_len", 64}, {"learning_rate", 5e-3}, {"min_lr_ratio", 0.05},
             {"warmup_steps", 20}, {"packing", false}, {"eval_fraction", 0.0}, {"output", "facts-nano"}});
        QElapsedTimer clock;
        clock.start();
        const CliRun train = cli({"train", config, "--threads", "1"});
        QVERIFY2(train.exitCode == 0, train.err.constData());
        qInfo("from-scratch training on the demo datanet: %lld ms", clock.elapsed());
        const QStringList lines = QString::fromUtf8(train.out).trimmed().split(QLatin1Char('\n'));
        QVERIFY(lines.first().startsWith(QStringLiteral("step 1/500")));
        QCOMPARE(lines.last(), QStringLiteral("model: facts-nano"));

        const CliRun list = cli({"model", "list", "--json"});
        QCOMPARE(list.exitCode, 0);
        const QJsonObject entry = QJsonDocument::fromJson(list.out).array().first().toObject();
        QCOMPARE(entry.value("name").toString(), QStringLiteral("facts-nano"));
        QCOMPARE(entry.value("kind").toString(), QStringLiteral("model"));
        QCOMPARE(entry.value("lineage").toObject().value("datanet").toString(), QStringLiteral("World facts (demo)"));
        QVERIFY(entry.value("parameters").toInteger() > 100'000);

        // Training prompts of the frozen version, answered greedily: every fourth record of it.
        const QString exported = m_tmp.filePath(QStringLiteral("version.jsonl"));
        QCOMPARE(cli({"datanet", "export", "World facts (demo)", "--version", "latest", "--format", "alpaca", exported})
                     .exitCode,
                 0);
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> records = file.readAll().trimmed().split('\n');
        int asked = 0;
        int right = 0;
        for (int i = 0; i < records.size(); i += 4) {
            const QJsonObject r = QJsonDocument::fromJson(records.at(i)).object();
            ++asked;
            right += answer("facts-nano", r.value("instruction").toString()) == r.value("output").toString();
        }
        qInfo("greedy answers equal to the trained response: %d of %d", right, asked);
        QVERIFY2(right * 10 >= asked * 9, qPrintable(QStringLiteral("%1 of %2").arg(right).arg(asked)));
    }

    void tokenizesAndGeneratesJson()
    {
        const CliRun tok = cli({"tokenize", "facts-nano", "--text", "Paris", "--json", "--threads", "1"});
        QCOMPARE(tok.exitCode, 0);
        QVERIFY(!jsonOf(tok).value("token_ids").toArray().isEmpty());
        const CliRun gen = cli({"generate", "facts-nano", "--prompt", "What is the capital of France?", "--chat",
                                "--json", "--threads", "1"});
        QCOMPARE(gen.exitCode, 0);
        const QJsonObject o = jsonOf(gen);
        QVERIFY(!o.value("token_ids").toArray().isEmpty());
        QCOMPARE(o.value("finish_reason").toString(), QStringLiteral("stop"));
        // Without --json the text streams to stdout.
        const CliRun plain = cli({"generate", "facts-nano", "--prompt", "What is the capital of France?", "--chat",
                                  "--threads", "1"});
        QCOMPARE(plain.outLine(), QStringLiteral("Paris is the capital of France."));
    }

    void exportsAndReimportsTheSameModel()
    {
        const QString out = m_tmp.filePath(QStringLiteral("exported"));
        QCOMPARE(cli({"model", "export", "facts-nano", out, "--format", "hf"}).exitCode, 0);
        QVERIFY(QFile::exists(QDir(out).filePath("config.json")));
        QVERIFY(QFile::exists(QDir(out).filePath("model.safetensors")));
        QVERIFY(QFile::exists(QDir(out).filePath("tokenizer.json")));
        QCOMPARE(cli({"model", "export", "facts-nano", out, "--format", "hf"}).exitCode, kAlreadyExists);
        QCOMPARE(cli({"model", "export", "facts-nano", m_tmp.filePath("p"), "--format", "peft"}).exitCode,
                 kInvalidArgument);
        QFile(QDir(out).filePath("README.md")).open(QIODevice::WriteOnly); // not a model file: left out

        const CliRun imported = cli({"model", "import", out, "--name", "reimported", "--threads", "1"});
        QVERIFY2(imported.exitCode == 0, imported.err.constData());
        QCOMPARE(cli({"model", "import", out, "--name", "reimported"}).exitCode, kAlreadyExists);
        QCOMPARE(answer("reimported", "What is the capital of Japan?"), QStringLiteral("Tokyo is the capital of Japan."));
    }

    void trainsLoraAdapterOnTheModel()
    {
        const QString config = writeConfig(
            QStringLiteral("lora.json"),
            {{"datanet", "World facts (demo)"}, {"base", "facts-nano"}, {"method", "lora"}, {"steps", 4},
             {"batch_size", 4}, {"seq_len", 64}, {"output", "facts-lora"},
             {"lora", QJsonObject{{"r", 4}, {"lora_alpha", 8}}}});
        const CliRun train = cli({"train", config, "--threads", "1"});
        QVERIFY2(train.exitCode == 0, train.err.constData());
        const QJsonArray list = QJsonDocument::fromJson(cli({"model", "list", "--json"}).out).array();
        QJsonObject adapter;
        for (const QJsonValue& v : list)
            if (v.toObject().value("name") == QLatin1String("facts-lora"))
                adapter = v.toObject();
        QCOMPARE(adapter.value("kind").toString(), QStringLiteral("adapter"));
        QCOMPARE(adapter.value("base").toString(), QStringLiteral("facts-nano"));
        QVERIFY(adapter.value("parameters").toInteger() > 0);
        QVERIFY(!answer("facts-lora", "What is the capital of France?").isEmpty());

        const QString peft = m_tmp.filePath(QStringLiteral("peft"));
        QCOMPARE(cli({"model", "export", "facts-lora", peft, "--format", "peft"}).exitCode, 0);
        QVERIFY(QFile::exists(QDir(peft).filePath("adapter_config.json")));
        QVERIFY(QFile::exists(QDir(peft).filePath("adapter_model.safetensors")));
        const QString merged = m_tmp.filePath(QStringLiteral("merged"));
        QCOMPARE(cli({"model", "export", "facts-lora", merged, "--format", "hf", "--threads", "1"}).exitCode, 0);
        QVERIFY(QFile::exists(QDir(merged).filePath("model.safetensors")));

        // The base cannot go while the adapter needs it.
        const CliRun refused = cli({"model", "delete", "facts-nano"});
        QCOMPARE(refused.exitCode, kInvalidArgument);
        QVERIFY(refused.oneErrorLine());
        QCOMPARE(cli({"model", "delete", "facts-lora"}).exitCode, 0);
        QCOMPARE(cli({"model", "rename", "reimported", "facts-copy"}).exitCode, 0);
        QCOMPARE(cli({"model", "delete", "facts-copy"}).exitCode, 0);
    }

    void refusesWhatCannotWork()
    {
        // LoRA on random weights, a taken output name, a missing field, a missing model, a broken folder.
        const QString loraScratch = writeConfig(
            "bad1.json", {{"datanet", "World facts (demo)"}, {"base", "nano"}, {"method", "lora"}, {"steps", 1},
                          {"output", "x"}});
        CliRun r = cli({"train", loraScratch});
        QCOMPARE(r.exitCode, kInvalidArgument);
        QVERIFY(r.oneErrorLine());
        const QString taken = writeConfig(
            "bad2.json", {{"datanet", "World facts (demo)"}, {"base", "nano"}, {"steps", 1}, {"output", "facts-nano"}});
        QCOMPARE(cli({"train", taken}).exitCode, kAlreadyExists);
        QCOMPARE(cli({"train", writeConfig("bad3.json", {{"base", "nano"}, {"output", "y"}})}).exitCode, kInvalidArgument);
        QCOMPARE(cli({"train", m_tmp.filePath("missing.json")}).exitCode, kNotFound);
        QCOMPARE(cli({"generate", "nope", "--prompt", "hi"}).exitCode, kNotFound);
        QCOMPARE(cli({"generate", "facts-nano"}).exitCode, kUsage);
        // Limits come before work: a KV cache for two billion positions used to abort the process.
        r = cli({"generate", "facts-nano", "--prompt", "hi", "--max-tokens", "2000000000",
                 "--threads", "1"});
        QCOMPARE(r.exitCode, kInvalidArgument);
        QVERIFY(r.oneErrorLine());
        QVERIFY2(r.err.contains("context length"), r.err.constData());
        // torch refuses to sample from infinite logits (c10::Error): an error, not an abort.
        r = cli({"generate", "facts-nano", "--prompt", "hi", "--temperature", "1e-300", "--threads",
                 "1"});
        QCOMPARE(r.exitCode, kInternal);
        QVERIFY(r.oneErrorLine());
        QVERIFY2(r.err.contains("The ML engine failed"), r.err.constData());

        const QString broken = m_tmp.filePath(QStringLiteral("broken"));
        QDir().mkpath(broken);
        QFile f(QDir(broken).filePath("config.json"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{ not json");
        f.close();
        r = cli({"model", "import", broken, "--threads", "1"});
        QVERIFY(r.exitCode != 0);
        QVERIFY(r.oneErrorLine());
        QVERIFY(!cli({"model", "list"}).out.contains("broken"));
    }
};

QTEST_GUILESS_MAIN(CliModelTest)
#include "CliModelTest.moc"

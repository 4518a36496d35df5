// LoRA: only adapters learn, the base stays bit-identical, merging keeps logits, PEFT export layout.
#include "ml/FixtureCheckpoint.h"
#include "ml/HfCheckpoint.h"
#include "ml/LoraAdapter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace fw::ml;

namespace {

Transformer trainedAdapterModel(const LoraSettings& s, TensorMap* baseBefore = nullptr)
{
    torch::manual_seed(21);
    Transformer m(FixtureOptions::tinyConfig());
    if (baseBefore)
        for (const auto& [k, v] : hfStateDict(m))
            baseBefore->emplace(k, v.clone());
    if (!attachLora(m, s).ok())
        return m;
    std::vector<torch::Tensor> trainable;
    for (auto& p : m->parameters())
        if (p.requires_grad())
            trainable.push_back(p);
    torch::optim::AdamW opt(trainable, torch::optim::AdamWOptions(1e-2));
    const auto tokens = torch::randint(0, m->config().vocabSize, {2, 10}, torch::kLong);
    for (int step = 0; step < 3; ++step) {
        opt.zero_grad();
        const auto logits = m->forward(tokens.narrow(1, 0, 9));
        const auto loss = torch::nn::functional::cross_entropy(logits.reshape({-1, logits.size(-1)}),
                                                               tokens.narrow(1, 1, 9).reshape({-1}));
        loss.backward();
        opt.step();
    }
    return m;
}

} // namespace

class LoraTest : public QObject
{
    Q_OBJECT
private slots:
    void onlyAdaptersReceiveGradientsAndBaseIsUntouched()
    {
        LoraSettings s;
        s.rank = 4;
        s.targetModules = {"q_proj", "v_proj", "down_proj"};
        TensorMap before;
        Transformer m = trainedAdapterModel(s, &before);
        int adapters = 0;
        for (const auto& p : m->named_parameters()) {
            const bool isLora = p.key().find(".lora_") != std::string::npos;
            QCOMPARE(p.value().requires_grad(), isLora);
            if (isLora) {
                ++adapters;
                QVERIFY2(p.value().grad().defined() && p.value().grad().abs().sum().item<double>() > 0, p.key().c_str());
            } else {
                QVERIFY(!p.value().grad().defined());
            }
        }
        QCOMPARE(adapters, 2 * 3 * 2); // A and B, three targets, two layers
        for (const auto& [k, v] : hfStateDict(m))
            QVERIFY2(torch::equal(v, before.at(k)), k.c_str());
    }
    void mergedLogitsEqualUnmerged()
    {
        LoraSettings s;
        s.rank = 8;
        s.alpha = 32;
        s.targetModules = LoraSettings::allTargets();
        Transformer m = trainedAdapterModel(s);
        m->eval();
        torch::NoGradGuard g;
        const auto tokens = torch::randint(0, m->config().vocabSize, {2, 7}, torch::kLong);
        const auto unmerged = m->forward(tokens);
        m->mergeLora();
        QVERIFY(peftStateDict(m).empty());
        const auto merged = m->forward(tokens);
        QVERIFY2(torch::allclose(unmerged, merged, 1e-5, 1e-5), qPrintable(QString::number((unmerged - merged).abs().max().item<double>())));
    }
    void peftExportLayoutAndReload()
    {
        LoraSettings s;
        s.rank = 4;
        s.alpha = 8;
        s.dropout = 0.1;
        s.targetModules = {"q_proj", "v_proj"};
        Transformer m = trainedAdapterModel(s);
        auto files = savePeftAdapter(m, s, "fixture-base");
        QVERIFY(files.ok());
        QCOMPARE(files->names(), QStringList({"adapter_config.json", "adapter_model.safetensors"}));
        const QJsonObject config =
            QJsonDocument::fromJson(files->value("adapter_config.json")).object();
        QCOMPARE(config["peft_type"].toString(), QStringLiteral("LORA"));
        QCOMPARE(config["task_type"].toString(), QStringLiteral("CAUSAL_LM"));
        QCOMPARE(config["r"].toInt(), 4);
        QCOMPARE(config["lora_alpha"].toDouble(), 8.0);
        QCOMPARE(config["lora_dropout"].toDouble(), 0.1);
        QCOMPARE(config["target_modules"].toArray(), (QJsonArray{"q_proj", "v_proj"}));
        QCOMPARE(config["base_model_name_or_path"].toString(), QStringLiteral("fixture-base"));
        auto weights = parseSafetensors(files->value("adapter_model.safetensors"),
                                        "adapter_model.safetensors");
        QVERIFY(weights.ok());
        QCOMPARE(weights->size(), size_t(8));
        QVERIFY(weights->count("base_model.model.model.layers.0.self_attn.q_proj.lora_A.weight"));
        QVERIFY(weights->count("base_model.model.model.layers.1.self_attn.v_proj.lora_B.weight"));
        QCOMPARE(weights->at("base_model.model.model.layers.0.self_attn.q_proj.lora_A.weight").sizes(),
                 (torch::IntArrayRef{4, 64}));
        // A fresh copy of the base plus the exported adapter gives the same logits.
        torch::manual_seed(21);
        Transformer fresh(FixtureOptions::tinyConfig());
        auto loaded = loadPeftAdapter(fresh, *files);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error().message));
        QCOMPARE(loaded->rank, 4);
        m->eval();
        fresh->eval();
        torch::NoGradGuard g;
        const auto tokens = torch::randint(0, m->config().vocabSize, {1, 6}, torch::kLong);
        QVERIFY(torch::allclose(m->forward(tokens), fresh->forward(tokens), 1e-6, 1e-6));
    }
    void refusesBadSettings()
    {
        Transformer m(FixtureOptions::tinyConfig());
        LoraSettings s;
        s.targetModules = {"qkv"};
        auto r = attachLora(m, s);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains("qkv"));
        s = LoraSettings();
        s.rank = 0;
        QVERIFY(!attachLora(m, s).ok());
        QVERIFY(!savePeftAdapter(m, LoraSettings(), "x").ok());
    }
};

QTEST_GUILESS_MAIN(LoraTest)
#include "lora_test.moc"

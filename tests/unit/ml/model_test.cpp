// Model config parsing, presets, and the Transformer against a plain reference of HF's Llama math.
#include "ml/ModelConfig.h"
#include "ml/Transformer.h"

#include <QJsonDocument>
#include <QTest>

using namespace fw::ml;

namespace {

QJsonObject json(const char* text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

// HF modeling_llama written out loop by loop, independent of our modules: rotate_half, repeat_kv.
torch::Tensor referenceLogits(TransformerImpl& m, const torch::Tensor& tokens)
{
    const ModelConfig& c = m.config();
    const int64_t T = tokens.size(1), hd = c.effectiveHeadDim();
    auto params = m.named_parameters();
    auto P = [&](const std::string& n) { return params[n]; };
    auto rms = [&](const torch::Tensor& x, const torch::Tensor& w) {
        return w * (x * torch::rsqrt(x.pow(2).mean(-1, true) + c.normEps));
    };
    const auto invFreq = 1.0 / torch::pow(c.ropeTheta, torch::arange(0, hd, 2, torch::kFloat64) / double(hd));
    const auto freqs = torch::outer(torch::arange(T, torch::kFloat64), invFreq).to(torch::kFloat32);
    const auto emb = torch::cat({freqs, freqs}, -1); // (T, hd)
    auto rope = [&](const torch::Tensor& x) {    // (T, hd)
        const auto x1 = x.narrow(-1, 0, hd / 2), x2 = x.narrow(-1, hd / 2, hd / 2);
        return x * emb.cos() + torch::cat({-x2, x1}, -1) * emb.sin();
    };
    torch::Tensor h = P("embed_tokens.weight").index_select(0, tokens[0]); // (T, dim)
    const auto causal = torch::ones({T, T}).tril().to(torch::kBool);
    for (int l = 0; l < c.nLayers; ++l) {
        const std::string p = "layers." + std::to_string(l) + ".";
        const auto x = rms(h, P(p + "input_layernorm.weight"));
        auto lin = [&](const std::string& n, const torch::Tensor& in) {
            auto y = in.matmul(P(p + n + ".weight").t());
            if (params.contains(p + n + ".bias"))
                y = y + P(p + n + ".bias");
            return y;
        };
        const auto q = lin("self_attn.q_proj", x), k = lin("self_attn.k_proj", x), v = lin("self_attn.v_proj", x);
        std::vector<torch::Tensor> heads;
        for (int head = 0; head < c.nHeads; ++head) {
            const int kvHead = head / (c.nHeads / c.nKvHeads);
            const auto qh = rope(q.narrow(1, head * hd, hd)), kh = rope(k.narrow(1, kvHead * hd, hd));
            auto s = qh.matmul(kh.t()) / std::sqrt(double(hd));
            s = s.masked_fill(~causal, -1e30).softmax(-1);
            heads.push_back(s.matmul(v.narrow(1, kvHead * hd, hd)));
        }
        h = h + lin("self_attn.o_proj", torch::cat(heads, 1));
        const auto y = rms(h, P(p + "post_attention_layernorm.weight"));
        h = h + lin("mlp.down_proj", torch::silu(lin("mlp.gate_proj", y)) * lin("mlp.up_proj", y));
    }
    h = rms(h, P("norm.weight"));
    const auto head = c.tieEmbeddings ? P("embed_tokens.weight") : P("lm_head.weight");
    return h.matmul(head.t()).unsqueeze(0);
}

ModelConfig smallConfig(bool tied, bool qwen)
{
    ModelConfig c;
    c.vocabSize = 50, c.dim = 32, c.nLayers = 2, c.nHeads = 4, c.nKvHeads = 2, c.hiddenDim = 48;
    c.tieEmbeddings = tied;
    c.qkvBias = qwen;
    return c;
}

} // namespace

class ModelTest : public QObject
{
    Q_OBJECT
private slots:
    void parsesLlamaConfig()
    {
        auto c = ModelConfig::fromHfJson(json(R"({"architectures":["LlamaForCausalLM"],"model_type":"llama",
            "vocab_size":32000,"hidden_size":2048,"num_hidden_layers":22,"num_attention_heads":32,
            "num_key_value_heads":4,"intermediate_size":5632,"max_position_embeddings":2048,
            "rms_norm_eps":1e-05,"rope_theta":10000.0,"tie_word_embeddings":false,"bos_token_id":1,
            "eos_token_id":2,"hidden_act":"silu"})"));
        QVERIFY2(c.ok(), qPrintable(c.error().message));
        QCOMPARE(c->nKvHeads, 4);
        QCOMPARE(c->effectiveHeadDim(), 64);
        QCOMPARE(c->eosTokenId, 2);
        QVERIFY(!c->qkvBias);
        QCOMPARE(c->parameterCount(), int64_t(1100048384)); // TinyLlama-1.1B's published count
    }
    void parsesQwen2AndLlama3Config()
    {
        auto q = ModelConfig::fromHfJson(json(R"({"model_type":"qwen2","vocab_size":151936,"hidden_size":896,
            "num_hidden_layers":24,"num_attention_heads":14,"num_key_value_heads":2,"intermediate_size":4864,
            "rope_theta":1000000.0,"tie_word_embeddings":true,"rms_norm_eps":1e-6})"));
        QVERIFY2(q.ok(), qPrintable(q.error().message));
        QVERIFY(q->qkvBias);
        QVERIFY(!q->outputBias);
        QVERIFY(q->tieEmbeddings);
        QCOMPARE(q->architecture, QStringLiteral("Qwen2ForCausalLM"));
        QCOMPARE(q->parameterCount(), int64_t(494032768)); // Qwen2-0.5B
        auto l3 = ModelConfig::fromHfJson(json(R"({"model_type":"llama","vocab_size":128256,"hidden_size":64,
            "num_hidden_layers":1,"num_attention_heads":4,"intermediate_size":128,"eos_token_id":[128001,128009],
            "rope_scaling":{"rope_type":"llama3","factor":8.0,"low_freq_factor":1.0,"high_freq_factor":4.0,
            "original_max_position_embeddings":8192}})"));
        QVERIFY2(l3.ok(), qPrintable(l3.error().message));
        QCOMPARE(l3->ropeScaling.type, QStringLiteral("llama3"));
        QCOMPARE(l3->eosTokenId, 128001);
        QCOMPARE(l3->nKvHeads, 4);
    }
    void refusesBadConfigs_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("fragment");
        QTest::newRow("type") << QByteArray(R"({"model_type":"gpt2"})") << "gpt2";
        QTest::newRow("heads") << QByteArray(R"({"model_type":"llama","hidden_size":30,"num_attention_heads":4})") << "divisible";
        QTest::newRow("gqa") << QByteArray(R"({"model_type":"llama","hidden_size":64,"num_attention_heads":4,"num_key_value_heads":3})") << "num_key_value_heads";
        QTest::newRow("rope") << QByteArray(R"({"model_type":"llama","rope_scaling":{"type":"yarn","factor":2}})") << "yarn";
        QTest::newRow("int") << QByteArray(R"({"model_type":"llama","hidden_size":"big"})") << "hidden_size";
        QTest::newRow("act") << QByteArray(R"({"model_type":"llama","hidden_act":"gelu"})") << "gelu";
    }
    void refusesBadConfigs()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, fragment);
        auto c = ModelConfig::fromHfJson(QJsonDocument::fromJson(text).object());
        QVERIFY(!c.ok());
        QVERIFY2(c.error().message.contains(fragment), qPrintable(c.error().message));
    }
    void configRoundTrips()
    {
        ModelConfig c = smallConfig(true, false);
        c.ropeScaling.type = QStringLiteral("linear");
        c.ropeScaling.factor = 2.0;
        auto back = ModelConfig::fromHfJson(c.toHfJson());
        QVERIFY(back.ok());
        QCOMPARE(back->toHfJson(), c.toHfJson());
    }
    void presetsHaveTheAdvertisedSizes()
    {
        QCOMPARE(ModelConfig::presetNames().size(), 3);
        const double nano = double(ModelConfig::preset("nano")->parameterCount());
        const double micro = double(ModelConfig::preset("micro")->parameterCount());
        const double mini = double(ModelConfig::preset("mini")->parameterCount());
        QVERIFY(nano > 0.7e6 && nano < 1.3e6);
        QVERIFY(micro > 4.5e6 && micro < 7.5e6);
        QVERIFY(mini > 20e6 && mini < 30e6);
        QVERIFY(!ModelConfig::preset("huge").ok());
        Transformer nanoModel(*ModelConfig::preset("nano"));
        int64_t counted = 0;
        for (const auto& p : nanoModel->parameters())
            counted += p.numel();
        QCOMPARE(counted, int64_t(nano));
    }
    void usesHuggingFaceNames()
    {
        Transformer m(smallConfig(false, true));
        auto params = m->named_parameters();
        QVERIFY(params.contains("layers.1.self_attn.q_proj.bias"));
        QVERIFY(!params.contains("layers.1.self_attn.o_proj.bias"));
        QVERIFY(params.contains("layers.0.mlp.gate_proj.weight"));
        QVERIFY(params.contains("layers.0.post_attention_layernorm.weight"));
        QCOMPARE(params["layers.0.self_attn.k_proj.weight"].sizes(), (torch::IntArrayRef{16, 32}));
        QCOMPARE(TransformerImpl::hfName("norm.weight"), std::string("model.norm.weight"));
        QCOMPARE(TransformerImpl::hfName("lm_head.weight"), std::string("lm_head.weight"));
        QCOMPARE(TransformerImpl::fromHfName("model.embed_tokens.weight"), std::string("embed_tokens.weight"));
    }
    void matchesReferenceLlamaMath_data()
    {
        QTest::addColumn<bool>("tied");
        QTest::addColumn<bool>("qwen");
        QTest::newRow("llama-gqa") << false << false;
        QTest::newRow("tied-qkv-bias") << true << true;
    }
    void matchesReferenceLlamaMath()
    {
        QFETCH(bool, tied);
        QFETCH(bool, qwen);
        torch::manual_seed(7);
        Transformer m(smallConfig(tied, qwen));
        {
            torch::NoGradGuard g;
            for (auto& p : m->parameters()) // random norms and biases too, so every term counts
                p.normal_(0.0, 0.3);
        }
        torch::NoGradGuard g;
        const auto tokens = torch::randint(0, 50, {1, 9}, torch::kLong);
        const auto ours = m->forward(tokens);
        QCOMPARE(ours.sizes(), (torch::IntArrayRef{1, 9, 50}));
        const auto ref = referenceLogits(*m, tokens);
        QVERIFY2(torch::allclose(ours, ref, 1e-4, 1e-4), qPrintable(QString::number((ours - ref).abs().max().item<double>())));
    }
    void ropeScalingChangesOnlyWhatItShould()
    {
        ModelConfig c = smallConfig(false, false);
        const Rotary base(c);
        c.ropeScaling.type = QStringLiteral("llama3");
        c.ropeScaling.factor = 8.0;
        c.ropeScaling.originalMaxPositionEmbeddings = 64;
        const Rotary scaled(c);
        // Highest frequency is kept, the lowest is divided by the factor.
        QCOMPARE(scaled.inverseFrequencies()[0].item<float>(), base.inverseFrequencies()[0].item<float>());
        QVERIFY(std::abs(scaled.inverseFrequencies()[-1].item<float>() * 8.0f - base.inverseFrequencies()[-1].item<float>()) < 1e-7f);
        c.ropeScaling.type = QStringLiteral("linear");
        c.ropeScaling.factor = 2.0;
        const Rotary linear(c);
        const auto pos = torch::tensor({{4}}, torch::kLong);
        const auto [cosLinear, sinLinear] = linear.cosSin(pos);
        const auto [cosBase, sinBase] = base.cosSin(torch::tensor({{2}}, torch::kLong));
        QVERIFY(torch::allclose(cosLinear, cosBase));
    }
};

QTEST_GUILESS_MAIN(ModelTest)
#include "model_test.moc"

// The fused CPU kernels (RMSNorm, SwiGLU, rotary, cross-entropy, causal attention and its softmax,
// AdamW over a flat buffer) against the composite torch ops they replace.
#include "ml/CausalSoftmax.h"
#include "ml/FlatAdamW.h"
#include "ml/FusedAttention.h"
#include "ml/FusedCrossEntropy.h"
#include "ml/FusedRmsNorm.h"
#include "ml/FusedRotary.h"
#include "ml/FusedSwiGlu.h"
#include "ml/LoraLinear.h"

#include <QTest>
#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <torch/torch.h>

using namespace fw::ml;

Q_DECLARE_METATYPE(std::vector<int64_t>)

namespace {

using Op = std::function<torch::Tensor(const std::vector<torch::Tensor>&)>;

// The output of op and the gradients of its first `differentiable` inputs (all by default) under
// the upstream gradient g.
std::vector<torch::Tensor> outputAndGrads(const Op& op, const std::vector<torch::Tensor>& inputs,
                                          const torch::Tensor& g, size_t differentiable = 99)
{
    std::vector<torch::Tensor> all, leaves;
    for (const auto& t : inputs) {
        all.push_back(t.detach().clone().requires_grad_(all.size() < differentiable));
        if (all.back().requires_grad())
            leaves.push_back(all.back());
    }
    const torch::Tensor out = op(all);
    std::vector<torch::Tensor> result{out.detach()};
    for (const auto& grad : torch::autograd::grad({out}, leaves, {g}))
        result.push_back(grad);
    return result;
}

QByteArray maxDiff(const torch::Tensor& a, const torch::Tensor& b)
{
    return QByteArray::number(
        (a.to(torch::kDouble) - b.to(torch::kDouble)).abs().max().item<double>());
}

void compareAll(const std::vector<torch::Tensor>& fused,
                const std::vector<torch::Tensor>& reference)
{
    QCOMPARE(fused.size(), reference.size());
    for (size_t i = 0; i < fused.size(); ++i) {
        QCOMPARE(fused[i].sizes(), reference[i].sizes());
        QCOMPARE(fused[i].scalar_type(), reference[i].scalar_type());
        // Relative to the tensor's scale: a weight gradient sums hundreds of rows, and where they
        // cancel, the rounding of the two summation orders dwarfs the (small) result.
        const double scale = std::max(1.0, reference[i].abs().max().item<double>());
        QVERIFY2(torch::allclose(fused[i], reference[i], 1e-5, 1e-5 * scale),
                 "tensor " + QByteArray::number(qulonglong(i)) + " max |diff| " +
                     maxDiff(fused[i], reference[i]));
    }
}

const Op fusedRms = [](const std::vector<torch::Tensor>& in) {
    return rmsNorm(in[0], in[1], 1e-5);
};
const Op compositeRms = [](const std::vector<torch::Tensor>& in) {
    return rmsNormComposite(in[0], in[1], 1e-5);
};
const Op fusedGlu = [](const std::vector<torch::Tensor>& in) { return swiGlu(in[0], in[1]); };
const Op compositeGlu = [](const std::vector<torch::Tensor>& in) {
    return swiGluComposite(in[0], in[1]);
};

// Rotary on (B, T, H, hd) projections seen as (B, H, T, hd), as attention calls it.
Op rotaryOp(bool fused, double scale)
{
    return [=](const std::vector<torch::Tensor>& in) {
        const torch::Tensor x = in[0].transpose(1, 2);
        return fused ? rotary(x, in[1], in[2], scale) : rotaryComposite(x, in[1], in[2], scale);
    };
}

void addShapes()
{
    QTest::addColumn<std::vector<int64_t>>("shape");
    QTest::newRow("one row of 7") << std::vector<int64_t>{1, 7};
    QTest::newRow("13 rows of 7") << std::vector<int64_t>{13, 7};
    QTest::newRow("(3, 37, 288)") << std::vector<int64_t>{3, 37, 288};
    QTest::newRow("(2, 131, 29)") << std::vector<int64_t>{2, 131, 29};
    QTest::newRow("(8, 64, 288), several tasks") << std::vector<int64_t>{8, 64, 288};
}

// Runs body once at one thread and once at two, so the per-task weight-gradient sums are covered.
void atOneAndTwoThreads(const std::function<void()>& body)
{
    const int before = torch::get_num_threads();
    for (int threads : {1, 2}) {
        torch::set_num_threads(threads);
        body();
    }
    torch::set_num_threads(before);
}

} // namespace

class FusedOpsTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { torch::manual_seed(5); }

    // Cross-entropy over the vocabulary: the sum and the logits' gradient, ignored rows included.
    void crossEntropyMatchesComposite_data()
    {
        QTest::addColumn<int64_t>("rows");
        QTest::addColumn<int64_t>("vocab");
        QTest::newRow("one row of 3") << int64_t(1) << int64_t(3);
        QTest::newRow("37 rows of 512") << int64_t(37) << int64_t(512);
        QTest::newRow("2048 rows of 512, several tasks") << int64_t(2048) << int64_t(512);
        QTest::newRow("64 rows of 4099") << int64_t(64) << int64_t(4099);
    }
    void crossEntropyMatchesComposite()
    {
        QFETCH(int64_t, rows);
        QFETCH(int64_t, vocab);
        const torch::Tensor logits = torch::randn({rows, vocab}) * 3.0;
        torch::Tensor targets = torch::randint(0, vocab, {rows}, torch::kLong);
        targets.index_put_({torch::arange(0, rows, 3)}, -100); // every third row ignored
        QVERIFY(crossEntropySum(logits.clone().requires_grad_(true), targets).grad_fn()->name().find("CrossEntropyFunction") !=
                std::string::npos);
        const Op fused = [&](const std::vector<torch::Tensor>& in) { return crossEntropySum(in[0], targets); };
        const Op composite = [&](const std::vector<torch::Tensor>& in) {
            return crossEntropySumComposite(in[0], targets);
        };
        const torch::Tensor g = torch::tensor(0.25f);
        atOneAndTwoThreads([&] { compareAll(outputAndGrads(fused, {logits}, g), outputAndGrads(composite, {logits}, g)); });
        QVERIFY(crossEntropySum(logits, torch::full({rows}, int64_t(-100))).item<float>() == 0.0f);
    }

    // Causal attention, both F32 paths (query tiles; batched GEMMs around the fused causal softmax):
    // outputs and the gradients of q, k and v against the composite (scores, additive mask,
    // softmax, product). Tolerance: 2e-5 of each tensor's largest magnitude, as they sum the
    // products in different orders and the kernels' exp is within 1 ulp of expf.
    void causalAttentionMatchesComposite_data()
    {
        QTest::addColumn<std::vector<int64_t>>("shape"); // B, H, KV, T, hd
        QTest::addColumn<bool>("tiled");
        for (bool tiled : {true, false}) {
            const char* path = tiled ? "tiled" : "batched";
            QTest::addRow("%s: one query", path) << std::vector<int64_t>{1, 1, 1, 1, 8} << tiled;
            QTest::addRow("%s: T below a tile", path) << std::vector<int64_t>{2, 2, 2, 37, 16} << tiled;
            QTest::addRow("%s: T 131, three tiles, a partial one", path) << std::vector<int64_t>{2, 3, 3, 131, 24} << tiled;
            QTest::addRow("%s: grouped kv heads", path) << std::vector<int64_t>{2, 4, 2, 96, 8} << tiled;
            QTest::addRow("%s: benchmark shape, one sequence", path) << std::vector<int64_t>{1, 6, 6, 256, 48} << tiled;
        }
    }
    void causalAttentionMatchesComposite()
    {
        QFETCH(std::vector<int64_t>, shape);
        QFETCH(bool, tiled);
        const int64_t B = shape[0], H = shape[1], KV = shape[2], T = shape[3], hd = shape[4];
        // q, k, v as attention has them: transposed views of (B, T, heads, hd) projections.
        const torch::Tensor q = torch::randn({B, T, H, hd}) / std::sqrt(double(hd));
        const torch::Tensor k = torch::randn({B, T, KV, hd}), v = torch::randn({B, T, KV, hd});
        const auto op = [tiled](bool fused) {
            return Op([fused, tiled](const std::vector<torch::Tensor>& in) {
                const torch::Tensor qt = in[0].transpose(1, 2), kt = in[1].transpose(1, 2), vt = in[2].transpose(1, 2);
                if (!fused)
                    return causalAttentionComposite(qt, kt, vt);
                return tiled ? causalAttentionTiled(qt, kt, vt) : causalAttentionBatched(qt, kt, vt, torch::kFloat);
            });
        };
        if (tiled)
            QVERIFY(causalAttentionTiled(q.clone().requires_grad_(true).transpose(1, 2), k.transpose(1, 2), v.transpose(1, 2))
                        .grad_fn()
                        ->name()
                        .find("CausalAttentionFunction") != std::string::npos);
        const torch::Tensor g = torch::randn({B, T, H, hd});
        atOneAndTwoThreads([&] {
            const std::vector<torch::Tensor> fused = outputAndGrads(op(true), {q, k, v}, g);
            const std::vector<torch::Tensor> reference = outputAndGrads(op(false), {q, k, v}, g);
            QCOMPARE(fused.size(), reference.size());
            for (size_t i = 0; i < fused.size(); ++i) {
                QCOMPARE(fused[i].sizes(), reference[i].sizes());
                const double scale = std::max(1.0, reference[i].abs().max().item<double>());
                QVERIFY2(torch::allclose(fused[i], reference[i], 0.0, 2e-5 * scale),
                         "tensor " + QByteArray::number(qulonglong(i)) + " max |diff| " + maxDiff(fused[i], reference[i]));
            }
        });
    }

    // In fp32 causalAttention is the tiled kernel (the batched path is bf16's).
    void causalAttentionIsTiledInFp32()
    {
        const torch::Tensor q = torch::randn({2, 2, 40, 8}, torch::requires_grad());
        const torch::Tensor k = torch::randn({2, 2, 40, 8}), v = torch::randn({2, 2, 40, 8});
        QVERIFY(causalAttention(q, k, v).grad_fn()->name().find("CausalAttentionFunction") != std::string::npos);
    }

    // The causal softmax in F32 and over bf16 scores against softmax with an additive mask.
    void causalSoftmaxMatchesTheMaskedSoftmax()
    {
        const int64_t T = 45;
        const torch::Tensor scores = torch::randn({3, T, T}) * 4;
        const torch::Tensor mask = torch::zeros({T, T}).masked_fill(torch::ones({T, T}, torch::kBool).triu(1), -INFINITY);
        const torch::Tensor g = torch::randn({3, T, T});
        for (const auto type : {torch::kFloat, torch::kBFloat16}) {
            const torch::Tensor in = scores.to(type).detach().clone().requires_grad_();
            const torch::Tensor reference = scores.to(type).to(torch::kFloat).detach().clone().requires_grad_();
            const torch::Tensor got = causalSoftmax(in);
            const torch::Tensor want = torch::softmax(reference + mask, -1);
            QCOMPARE(got.scalar_type(), type);
            const double tolerance = type == torch::kFloat ? 1e-6 : 8e-3; // bf16 keeps 8 bits
            QVERIFY2(torch::allclose(got.to(torch::kFloat), want, 0.0, tolerance), maxDiff(got.to(torch::kFloat), want));
            got.backward(g.to(type));
            want.backward(g);
            QVERIFY2(torch::allclose(in.grad().to(torch::kFloat), reference.grad(), 0.0, 4 * tolerance),
                     maxDiff(in.grad().to(torch::kFloat), reference.grad()));
        }
    }

    // The flat optimizer (one pass over one buffer) is torch's AdamW with decay on matrices only
    // and clipping, to rounding: 5 steps of both from the same weights, at two weight decays.
    void flatAdamWMatchesTorchAdamW_data()
    {
        QTest::addColumn<double>("weightDecay");
        QTest::newRow("no decay") << 0.0;
        QTest::newRow("decay 0.1") << 0.1;
    }
    void flatAdamWMatchesTorchAdamW()
    {
        QFETCH(double, weightDecay);
        torch::manual_seed(11);
        const std::vector<torch::Tensor> start{torch::randn({7, 5}), torch::randn({5}), torch::randn({3, 4, 2})};
        std::vector<torch::Tensor> flatParams, torchParams;
        for (const auto& t : start) {
            flatParams.push_back(t.clone().requires_grad_(true));
            torchParams.push_back(t.clone().requires_grad_(true));
        }
        FlatAdamW flat(flatParams, FlatAdamWOptions{1e-2, 0.9, 0.95, 1e-8, weightDecay});
        std::vector<torch::Tensor> decay{torchParams[0], torchParams[2]}, noDecay{torchParams[1]};
        const auto options = [](double wd) {
            return std::make_unique<torch::optim::AdamWOptions>(
                torch::optim::AdamWOptions(1e-2).betas({0.9, 0.95}).weight_decay(wd));
        };
        std::vector<torch::optim::OptimizerParamGroup> groups;
        groups.emplace_back(decay, options(weightDecay));
        groups.emplace_back(noDecay, options(0.0));
        torch::optim::AdamW reference(groups, *options(weightDecay));
        for (int step = 0; step < 5; ++step) {
            const auto loss = [&](const std::vector<torch::Tensor>& p) {
                return (p[0].pow(2).sum() + p[1].sin().sum() * 3.0 + p[2].exp().sum()) * (step + 1);
            };
            flat.zeroGrad();
            reference.zero_grad();
            loss(flatParams).backward();
            loss(torchParams).backward();
            const double flatNorm = flat.clipGradNorm(1.0);
            const double torchNorm = torch::nn::utils::clip_grad_norm_(torchParams, 1.0);
            QVERIFY(std::abs(flatNorm - torchNorm) <= 1e-5 * torchNorm);
            flat.step(1e-2);
            reference.step();
        }
        for (size_t i = 0; i < start.size(); ++i)
            QVERIFY2(torch::allclose(flatParams[i], torchParams[i], 1e-5, 1e-6),
                     qPrintable(QString::number((flatParams[i] - torchParams[i]).abs().max().item<double>())));
        QCOMPARE(flat.stepCount(), 5);
    }

    void fusedPathsAreTaken()
    {
        // Guards the comparisons below against silently testing the composite against itself.
        const torch::Tensor x = torch::randn({2, 8}, torch::requires_grad()), w = torch::ones({8});
        QVERIFY(rmsNorm(x, w, 1e-5).grad_fn()->name().find("RmsNormFunction") != std::string::npos);
        QVERIFY(swiGlu(x, x).grad_fn()->name().find("SwiGluFunction") != std::string::npos);
        const torch::Tensor angles = torch::randn({2, 3, 8});
        QVERIFY(rotary(x.view({2, 1, 1, 8}).expand({2, 4, 3, 8}), angles, angles)
                    .grad_fn()
                    ->name()
                    .find("RotaryFunction") != std::string::npos);
        QVERIFY(rmsNormComposite(x, w, 1e-5).grad_fn()->name().find("RmsNormFunction") ==
                std::string::npos);
    }

    void rmsNormMatchesComposite_data() { addShapes(); }
    void rmsNormMatchesComposite()
    {
        QFETCH(std::vector<int64_t>, shape);
        const torch::Tensor x = torch::randn(shape) * 3;
        const torch::Tensor w = 1 + 0.5 * torch::randn({shape.back()});
        const torch::Tensor g = torch::randn(shape);
        atOneAndTwoThreads([&] {
            compareAll(outputAndGrads(fusedRms, {x, w}, g),
                       outputAndGrads(compositeRms, {x, w}, g));
        });
    }

    void rmsNormFrozenWeightOrInput()
    {
        // LoRA freezes the norm weights; the first norm's input may not need a gradient either.
        const torch::Tensor x = torch::randn({5, 11, 288}), w = torch::rand({288}) + 0.5;
        for (bool xGrad : {true, false}) {
            const torch::Tensor xl = x.clone().requires_grad_(xGrad),
                                wl = w.clone().requires_grad_(!xGrad);
            const torch::Tensor xr = x.clone().requires_grad_(xGrad),
                                wr = w.clone().requires_grad_(!xGrad);
            const torch::Tensor g = torch::randn_like(x);
            const auto fused =
                torch::autograd::grad({rmsNorm(xl, wl, 1e-6)}, {xGrad ? xl : wl}, {g});
            const auto reference =
                torch::autograd::grad({rmsNormComposite(xr, wr, 1e-6)}, {xGrad ? xr : wr}, {g});
            QVERIFY2(torch::allclose(fused[0], reference[0], 1e-5, 1e-5),
                     maxDiff(fused[0], reference[0]));
        }
    }

    void rmsNormFallbacks()
    {
        // Double runs the composite ops; a non-contiguous F32 view is copied into the fused kernel.
        const torch::Tensor w = torch::randn({29});
        const torch::Tensor xDouble = torch::randn({4, 29}, torch::kDouble);
        const torch::Tensor g = torch::randn({4, 29}, torch::kDouble);
        compareAll(outputAndGrads(fusedRms, {xDouble, w.to(torch::kDouble)}, g),
                   outputAndGrads(compositeRms, {xDouble, w.to(torch::kDouble)}, g));
        const torch::Tensor xStrided = torch::randn({29, 6}).t(), gStrided = torch::randn({6, 29});
        QVERIFY(!xStrided.is_contiguous());
        compareAll(outputAndGrads(fusedRms, {xStrided, w}, gStrided),
                   outputAndGrads(compositeRms, {xStrided, w}, gStrided));
        // Mixed precision (BF16 activations, F32 weight) keeps the composite's promotion rules.
        const torch::Tensor xHalf = torch::randn({4, 29}).to(torch::kBFloat16);
        QVERIFY(torch::equal(rmsNorm(xHalf, w, 1e-5), rmsNormComposite(xHalf, w, 1e-5)));
    }

    void withoutGradient()
    {
        // Inference skips the autograd node and calls the kernels directly: same values, no graph.
        torch::NoGradGuard noGrad;
        const torch::Tensor x = torch::randn({3, 288}, torch::requires_grad()),
                            w = torch::randn({288});
        const torch::Tensor y = rmsNorm(x, w, 1e-5);
        QVERIFY(!y.requires_grad());
        QVERIFY(torch::allclose(y, rmsNormComposite(x, w, 1e-5), 1e-5, 1e-6));
        QVERIFY(torch::allclose(swiGlu(x, x), swiGluComposite(x, x), 1e-5, 1e-6));
        QVERIFY(torch::allclose(swiGluPacked(x), swiGluPackedComposite(x), 1e-5, 1e-6));
        const torch::Tensor q = x.view({1, 3, 6, 48}).transpose(1, 2),
                            angles = torch::randn({1, 3, 48});
        QVERIFY(torch::allclose(rotary(q, angles, angles, 0.5),
                                rotaryComposite(q, angles, angles, 0.5), 1e-5, 1e-6));
        QVERIFY(!rotary(q, angles, angles).requires_grad());
    }

    void swiGluMatchesComposite_data() { addShapes(); }
    void swiGluMatchesComposite()
    {
        QFETCH(std::vector<int64_t>, shape);
        const torch::Tensor a = torch::randn(shape) * 4, b = torch::randn(shape),
                            g = torch::randn(shape);
        atOneAndTwoThreads([&] {
            compareAll(outputAndGrads(fusedGlu, {a, b}, g),
                       outputAndGrads(compositeGlu, {a, b}, g));
        });
    }

    void swiGluExtremeGates()
    {
        // The exp inside the sigmoid is clamped; saturated gates must still match, NaN must
        // survive.
        const torch::Tensor a = torch::tensor(
            {-1e4f, -120.0f, -88.5f, -30.0f, -1e-3f, 0.0f, 1e-3f, 30.0f, 88.5f, 1e4f});
        const torch::Tensor b = torch::randn({10}), g = torch::randn({10});
        compareAll(outputAndGrads(fusedGlu, {a, b}, g), outputAndGrads(compositeGlu, {a, b}, g));
        const torch::Tensor nan = torch::full({9}, std::numeric_limits<float>::quiet_NaN());
        QVERIFY(torch::isnan(swiGlu(nan, torch::ones({9}))).all().item<bool>());
    }

    void swiGluPackedMatchesComposite_data() { addShapes(); }
    void swiGluPackedMatchesComposite()
    {
        QFETCH(std::vector<int64_t>, shape);
        std::vector<int64_t> packed = shape;
        packed.back() *= 2;
        const torch::Tensor gu = torch::randn(packed) * 4, g = torch::randn(shape);
        const Op fused = [](const std::vector<torch::Tensor>& in) { return swiGluPacked(in[0]); };
        const Op reference = [](const std::vector<torch::Tensor>& in) {
            return swiGluPackedComposite(in[0]);
        };
        atOneAndTwoThreads([&] {
            compareAll(outputAndGrads(fused, {gu}, g), outputAndGrads(reference, {gu}, g));
        });
        // Doubles take the composite path.
        const torch::Tensor d = gu.to(torch::kDouble);
        QVERIFY(torch::allclose(swiGluPacked(d), swiGluPackedComposite(d)));
    }

    void swiGluFallbacks()
    {
        const torch::Tensor a = torch::randn({6, 7}, torch::kDouble),
                            b = torch::randn({6, 7}, torch::kDouble);
        const torch::Tensor g = torch::randn({6, 7}, torch::kDouble);
        compareAll(outputAndGrads(fusedGlu, {a, b}, g), outputAndGrads(compositeGlu, {a, b}, g));
        const torch::Tensor as = torch::randn({7, 6}).t(), bs = torch::randn({7, 6}).t();
        compareAll(outputAndGrads(fusedGlu, {as, bs}, g.to(torch::kFloat)),
                   outputAndGrads(compositeGlu, {as, bs}, g.to(torch::kFloat)));
        // Broadcasting shapes are the composite's business.
        const torch::Tensor row = torch::randn({1, 7});
        QVERIFY(torch::allclose(swiGlu(as, row), swiGluComposite(as, row)));
    }

    void rotaryMatchesComposite_data()
    {
        QTest::addColumn<std::vector<int64_t>>("shape"); // (B, T, H, hd)
        QTest::addColumn<double>("scale");
        QTest::newRow("(1, 1, 1, 2)") << std::vector<int64_t>{1, 1, 1, 2} << 1.0;
        QTest::newRow("(2, 7, 3, 8)") << std::vector<int64_t>{2, 7, 3, 8} << 1.0;
        QTest::newRow("(3, 37, 6, 48), q scale")
            << std::vector<int64_t>{3, 37, 6, 48} << 1.0 / std::sqrt(48.0);
        QTest::newRow("(2, 131, 2, 14)") << std::vector<int64_t>{2, 131, 2, 14} << 0.5;
    }
    void rotaryMatchesComposite()
    {
        QFETCH(std::vector<int64_t>, shape);
        QFETCH(double, scale);
        const int64_t B = shape[0], T = shape[1], H = shape[2], hd = shape[3];
        // Independent random angles per element, so each half's cos/sin is checked on its own.
        const torch::Tensor x = torch::randn(shape), cos = torch::randn({B, T, hd}),
                            sin = torch::randn({B, T, hd});
        const torch::Tensor g = torch::randn({B, H, T, hd});
        atOneAndTwoThreads([&] {
            compareAll(outputAndGrads(rotaryOp(true, scale), {x, cos, sin}, g, 1),
                       outputAndGrads(rotaryOp(false, scale), {x, cos, sin}, g, 1));
        });
        const torch::Tensor y = rotary(x.transpose(1, 2), cos, sin, scale);
        QVERIFY(y.is_contiguous()); // ready for the score GEMM without a copy
    }

    void rotaryGradientKeepsTheInputLayout()
    {
        // The gradient of a transposed projection comes back transposed, so its view chain is free.
        const torch::Tensor x = torch::randn({2, 5, 3, 8}, torch::requires_grad());
        const torch::Tensor angles = torch::randn({2, 5, 8});
        const torch::Tensor xt = x.transpose(1, 2);
        const auto grads =
            torch::autograd::grad({rotary(xt, angles, angles)}, {xt}, {torch::ones({2, 3, 5, 8})});
        QCOMPARE(grads[0].strides(), xt.strides());
    }

    void rotaryOnASplitProjection()
    {
        // q out of a stacked q|k|v GEMM: a strided view with gaps between rows.
        const torch::Tensor qkv = torch::randn({2, 9, 3 * 4 * 8});
        const torch::Tensor angles = torch::randn({2, 9, 8}), g = torch::randn({2, 4, 9, 8});
        const Op split = [](const std::vector<torch::Tensor>& in) {
            return in[0].split(32, -1)[1].view({2, 9, 4, 8}).transpose(1, 2);
        };
        const Op fused = [&](const std::vector<torch::Tensor>& in) {
            return rotary(split(in), in[1], in[2], 0.3);
        };
        const Op reference = [&](const std::vector<torch::Tensor>& in) {
            return rotaryComposite(split(in), in[1], in[2], 0.3);
        };
        compareAll(outputAndGrads(fused, {qkv, angles, angles}, g, 1),
                   outputAndGrads(reference, {qkv, angles, angles}, g, 1));
    }

    void rotaryFallbacks()
    {
        // Double, angles broadcast from one sequence, angles that need a gradient: composite ops.
        const torch::Tensor x = torch::randn({2, 6, 3, 8}, torch::kDouble);
        const torch::Tensor cos = torch::randn({2, 6, 8}, torch::kDouble),
                            sin = torch::randn({2, 6, 8}, torch::kDouble);
        const torch::Tensor g = torch::randn({2, 3, 6, 8}, torch::kDouble);
        compareAll(outputAndGrads(rotaryOp(true, 0.25), {x, cos, sin}, g),
                   outputAndGrads(rotaryOp(false, 0.25), {x, cos, sin}, g));
        const torch::Tensor xf = x.to(torch::kFloat), cf = cos.to(torch::kFloat).narrow(0, 0, 1);
        QVERIFY(torch::allclose(rotary(xf.transpose(1, 2), cf, cf),
                                rotaryComposite(xf.transpose(1, 2), cf, cf)));
        compareAll(
            outputAndGrads(rotaryOp(true, 1.0), {xf, cos.to(torch::kFloat), sin.to(torch::kFloat)},
                           g.to(torch::kFloat)),
            outputAndGrads(rotaryOp(false, 1.0), {xf, cos.to(torch::kFloat), sin.to(torch::kFloat)},
                           g.to(torch::kFloat)));
        // A non-unit stride along headDim is copied into the fused kernel.
        const torch::Tensor wide = torch::randn({2, 3, 6, 16}).narrow(-1, 0, 8);
        const torch::Tensor strided = wide.as_strided({2, 3, 6, 4}, {288, 96, 16, 2});
        const torch::Tensor half = cf.expand({2, 6, 8}).narrow(-1, 0, 4).contiguous();
        QVERIFY(torch::allclose(rotary(strided, half, half), rotaryComposite(strided, half, half),
                                1e-5, 1e-6));
    }

    void stackedLinearMatchesSeparateProjections()
    {
        torch::manual_seed(3);
        const std::vector<LoraLinear> projections{LoraLinear(16, 8, true), LoraLinear(16, 4, true),
                                                  LoraLinear(16, 4, true)};
        const torch::Tensor x = torch::randn({2, kMinStackedRows, 16});
        const torch::Tensor stacked = stackedLinear(x, projections);
        QVERIFY(stacked.defined());
        std::vector<torch::Tensor> separate;
        for (auto p : projections)
            separate.push_back(p(x));
        QVERIFY(torch::allclose(stacked, torch::cat(separate, -1), 1e-5, 1e-6));
        // Gradients reach each projection's own parameters.
        stacked.sum().backward();
        for (auto p : projections)
            QVERIFY(p->weight.grad().defined() && p->bias.grad().defined());
    }

    void stackedLinearDeclines()
    {
        const torch::Tensor x = torch::randn({kMinStackedRows, 16});
        QVERIFY(!stackedLinear(x.narrow(0, 0, kMinStackedRows - 1),
                               {LoraLinear(16, 8, false), LoraLinear(16, 8, false)})
                     .defined()); // too few rows to reuse the stacked weights
        QVERIFY(!stackedLinear(x, {LoraLinear(16, 8, true), LoraLinear(16, 8, false)})
                     .defined()); // one bias
        LoraLinear adapted(16, 8, false);
        adapted->attachLora(2, 4.0, 0.0);
        QVERIFY(!stackedLinear(x, {LoraLinear(16, 8, false), adapted})
                     .defined()); // the adapter must run
        QVERIFY(stackedLinear(x, {LoraLinear(16, 8, false), LoraLinear(16, 8, false)}).defined());
    }
};

QTEST_GUILESS_MAIN(FusedOpsTest)
#include "fused_ops_test.moc"

// Mixed precision: bf16 products over fp32 weights agree with fp32 to bf16's rounding, gradients
// reach the fp32 master weights, the scope is per thread and nests, Auto follows the hardware, and a
// short run learns the same curve in both precisions (the 500-step demo comparison is cli_precision).
#include "ml/FusedAttention.h"
#include "ml/FusedCrossEntropy.h"
#include "ml/FusedSwiGlu.h"
#include "ml/MixedPrecision.h"
#include "ml/Trainer.h"
#include "ml/Transformer.h"

#include <QFile>
#include <QTest>

#include <thread>

using namespace fw::ml;

namespace {

double relativeError(const torch::Tensor& got, const torch::Tensor& want)
{
    return ((got - want).norm() / want.norm()).item<double>();
}

// A tiny Llama learning one fixed batch of random tokens; returns the loss of every step.
std::vector<double> lossCurve(Precision precision, int steps)
{
    ModelConfig c;
    c.dim = 64, c.nLayers = 2, c.nHeads = 4, c.nKvHeads = 4, c.vocabSize = 96, c.hiddenDim = 172, c.maxSeqLen = 64;
    torch::manual_seed(7);
    Transformer model(c);
    const torch::Tensor tokens = torch::randint(0, c.vocabSize, {4, 33}, torch::kLong);
    const torch::Tensor inputs = tokens.narrow(1, 0, 32), targets = tokens.narrow(1, 1, 32).reshape({-1});
    torch::optim::AdamW optimizer(model->parameters(), torch::optim::AdamWOptions(3e-3));
    std::vector<double> losses;
    for (int i = 0; i < steps; ++i) {
        torch::Tensor loss;
        {
            MatmulPrecisionScope scope(precision);
            loss = crossEntropySum(model->forward(inputs).view({-1, c.vocabSize}), targets) / double(targets.numel());
        }
        optimizer.zero_grad();
        loss.backward();
        optimizer.step();
        losses.push_back(loss.item<double>());
    }
    return losses;
}

} // namespace

class MixedPrecisionTest : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { torch::set_num_threads(1); }

    void fp32IsUntouchedOutsideAScope()
    {
        const torch::Tensor x = torch::randn({5, 24}), w = torch::randn({16, 24}), b = torch::randn({16});
        QVERIFY(torch::equal(linearInPrecision(x, w, b), torch::nn::functional::linear(x, w, b)));
        MatmulPrecisionScope fp32(Precision::Fp32);
        QVERIFY(torch::equal(linearInPrecision(x, w, b), torch::nn::functional::linear(x, w, b)));
    }

    void bf16ProductsAgreeToBf16Rounding()
    {
        torch::manual_seed(3);
        const torch::Tensor x = torch::randn({64, 288}), b = torch::randn({96});
        const torch::Tensor w = torch::randn({96, 288}, torch::requires_grad());
        const torch::Tensor want = torch::nn::functional::linear(x, w, b);
        torch::Tensor got;
        {
            MatmulPrecisionScope scope(Precision::Bf16);
            got = linearInPrecision(x, w, b);
        }
        QCOMPARE(got.scalar_type(), torch::kFloat); // the next fp32 kernel takes it as it is
        const double error = relativeError(got, want);
        qInfo("bf16 product vs fp32: relative error %.2e", error);
        QVERIFY2(error > 0 && error < 1e-2, qPrintable(QString::number(error))); // bf16 keeps 8 bits
        // The gradient reaches the fp32 master weight through the cast.
        got.sum().backward();
        QVERIFY(w.grad().defined());
        QCOMPARE(w.grad().scalar_type(), torch::kFloat);
        const torch::Tensor wantGrad = torch::ones({64, 96}).t().mm(x);
        QVERIFY(relativeError(w.grad(), wantGrad) < 1e-2);
    }

    void theScopeIsPerThreadAndNests()
    {
        const torch::Tensor x = torch::randn({8, 32}), w = torch::randn({8, 32});
        const torch::Tensor exact = torch::nn::functional::linear(x, w);
        MatmulPrecisionScope outer(Precision::Bf16);
        QVERIFY(!torch::equal(linearInPrecision(x, w), exact));
        {
            MatmulPrecisionScope inner(Precision::Fp32);
            QVERIFY(torch::equal(linearInPrecision(x, w), exact));
        }
        QVERIFY(!torch::equal(linearInPrecision(x, w), exact)); // the outer one is back
        bool otherThreadExact = false;
        std::thread([&] { otherThreadExact = torch::equal(linearInPrecision(x, w), exact); }).join();
        QVERIFY(otherThreadExact);
    }

    void bf16SwiGluMatchesTheComposite()
    {
        // The packed gate|up in bf16, as the FFN's kept-bf16 product hands it over.
        torch::manual_seed(5);
        const torch::Tensor gateUp = (torch::randn({3, 7, 2 * 40}) * 3).to(torch::kBFloat16).requires_grad_();
        const torch::Tensor reference = gateUp.detach().to(torch::kFloat).requires_grad_();
        const torch::Tensor fused = swiGluPacked(gateUp);
        const torch::Tensor want = swiGluPackedComposite(reference);
        QCOMPARE(fused.scalar_type(), torch::kBFloat16);
        QVERIFY(relativeError(fused.to(torch::kFloat), want) < 1e-2);
        const torch::Tensor g = torch::randn(want.sizes());
        fused.backward(g.to(torch::kBFloat16));
        want.backward(g);
        QCOMPARE(gateUp.grad().scalar_type(), torch::kBFloat16);
        QVERIFY(relativeError(gateUp.grad().to(torch::kFloat), reference.grad()) < 1e-2);
    }

    void bf16AttentionMatchesFp32()
    {
        // GQA shapes and a T that is no multiple of anything, against the fp32 composite.
        torch::manual_seed(6);
        const int64_t B = 2, H = 4, KV = 2, T = 37, hd = 16;
        const torch::Tensor q = (torch::randn({B, H, T, hd}) * 0.5).requires_grad_();
        const torch::Tensor k = torch::randn({B, KV, T, hd}, torch::requires_grad());
        const torch::Tensor v = torch::randn({B, KV, T, hd}, torch::requires_grad());
        const torch::Tensor want = causalAttentionComposite(q, k, v);
        torch::Tensor got;
        {
            MatmulPrecisionScope scope(Precision::Bf16);
            got = causalAttention(q, k, v);
        }
        QCOMPARE(got.scalar_type(), torch::kBFloat16); // o_proj's bf16 product takes it as is
        QCOMPARE(got.sizes(), want.sizes());
        const double error = relativeError(got.to(torch::kFloat), want);
        const torch::Tensor g = torch::randn(want.sizes());
        const auto grads = torch::autograd::grad({want}, {q, k, v}, {g});
        const auto bf16Grads = torch::autograd::grad({got}, {q, k, v}, {g.to(torch::kBFloat16)});
        double worstGrad = 0.0;
        for (size_t i = 0; i < 3; ++i) {
            QCOMPARE(bf16Grads[i].scalar_type(), torch::kFloat); // back to the fp32 q, k, v
            worstGrad = std::max(worstGrad, relativeError(bf16Grads[i], grads[i]));
        }
        qInfo("bf16 attention vs fp32: output %.2e, worst gradient %.2e (relative)", error, worstGrad);
        QVERIFY(error < 2e-2);
        QVERIFY(worstGrad < 3e-2);
    }

    void aLoraAdapterTrainsInBf16()
    {
        // o_proj receives attention's bf16 output; its adapter's thin products stay fp32.
        ModelConfig c;
        c.dim = 32, c.nLayers = 1, c.nHeads = 2, c.nKvHeads = 2, c.vocabSize = 40, c.hiddenDim = 64, c.maxSeqLen = 16;
        torch::manual_seed(8);
        Transformer model(c);
        QCOMPARE(model->attachLora({QStringLiteral("q_proj"), QStringLiteral("o_proj"), QStringLiteral("up_proj")}, 4, 8.0, 0.0), 3);
        const torch::Tensor tokens = torch::randint(0, c.vocabSize, {2, 9}, torch::kLong);
        const torch::Tensor inputs = tokens.narrow(1, 0, 8), targets = tokens.narrow(1, 1, 8).reshape({-1});
        double losses[2] = {};
        for (Precision p : {Precision::Fp32, Precision::Bf16}) {
            torch::Tensor loss;
            {
                MatmulPrecisionScope scope(p);
                loss = crossEntropySum(model->forward(inputs).view({-1, c.vocabSize}), targets) / double(targets.numel());
            }
            loss.backward();
            losses[p == Precision::Bf16] = loss.item<double>();
        }
        for (const auto& named : model->named_parameters())
            if (named.key().find("lora_A") != std::string::npos) {
                QVERIFY(named.value().grad().defined());
                QCOMPARE(named.value().grad().scalar_type(), torch::kFloat);
            }
        QVERIFY2(std::abs(losses[1] - losses[0]) < 1e-2 * losses[0], qPrintable(QString::number(losses[1] - losses[0])));
    }

    void autoFollowsTheHardware()
    {
        const Precision cpu = resolvePrecision(Precision::Auto, torch::kCPU);
        QCOMPARE(cpu, cpuMultipliesBf16() && at::hasMKLDNN() ? Precision::Bf16 : Precision::Fp32);
        qInfo("this CPU %s bf16 natively; Auto trains in %s", cpuMultipliesBf16() ? "multiplies" : "does not multiply",
              qPrintable(precisionName(cpu)));
        QCOMPARE(resolvePrecision(Precision::Fp32, torch::kCPU), Precision::Fp32);
        QCOMPARE(resolvePrecision(Precision::Bf16, torch::kCPU), Precision::Bf16);
    }

    // The CPUID check agrees with the kernel's own reading of the CPU (its flags name a feature
    // only when the CPU has it and the kernel saves its registers).
    void theBf16CheckAgreesWithTheKernel()
    {
        QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
        if (!cpuinfo.open(QIODevice::ReadOnly))
            QSKIP("no /proc/cpuinfo here");
        QByteArray flags;
        for (const QByteArray& line : cpuinfo.readAll().split('\n'))
            if (line.startsWith("flags")) {
                flags = ' ' + line.mid(line.indexOf(':') + 1).simplified() + ' ';
                break;
            }
        if (flags.isEmpty())
            QSKIP("/proc/cpuinfo names no flags (not x86)");
        const bool kernel = flags.contains(" avx512_bf16 ") || flags.contains(" amx_bf16 ");
        qInfo("kernel flags: avx512_bf16 %d, amx_bf16 %d", int(flags.contains(" avx512_bf16 ")),
              int(flags.contains(" amx_bf16 ")));
        QCOMPARE(cpuMultipliesBf16(), kernel);
    }

    void theTrainerRunsItsForwardInTheConfiguredPrecision()
    {
        // Trainer::precision() is what the run's summary and lineage report.
        ModelConfig c;
        c.dim = 32, c.nLayers = 1, c.nHeads = 2, c.nKvHeads = 2, c.vocabSize = 40, c.hiddenDim = 64, c.maxSeqLen = 16;
        Transformer model(c);
        SftObjective objective(model);
        const std::vector<TokenRow> noRows; // the trainer is only asked its precision
        RowBatches batches(noRows, 1, 1, torch::kCPU);
        for (Precision p : {Precision::Fp32, Precision::Bf16}) {
            TrainingConfig cfg;
            cfg.precision = p;
            QCOMPARE(Trainer(objective, batches, nullptr, cfg, 1).precision(), p);
        }
        TrainingConfig automatic;
        QCOMPARE(automatic.precision, Precision::Auto);
        QCOMPARE(Trainer(objective, batches, nullptr, automatic, 1).precision(),
                 resolvePrecision(Precision::Auto, torch::kCPU));
    }

    void aShortRunLearnsTheSameCurveInBothPrecisions()
    {
        const std::vector<double> fp32 = lossCurve(Precision::Fp32, 60);
        const std::vector<double> bf16 = lossCurve(Precision::Bf16, 60);
        double worst = 0.0;
        for (size_t i = 0; i < fp32.size(); ++i)
            worst = std::max(worst, std::abs(bf16[i] - fp32[i]) / fp32[i]);
        qInfo("loss %.4f -> %.4f (fp32), %.4f -> %.4f (bf16); largest step difference %.4f%%", fp32.front(),
              fp32.back(), bf16.front(), bf16.back(), 100.0 * worst);
        QVERIFY(fp32.back() < 0.5 * fp32.front()); // it learns at all
        QVERIFY(worst > 0.0);                       // and bf16 really ran
        QVERIFY2(worst < 0.05, qPrintable(QString::number(worst)));
    }
};

QTEST_GUILESS_MAIN(MixedPrecisionTest)
#include "mixed_precision_test.moc"

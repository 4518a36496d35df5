// Gradient attribution cost on a micro model (~5.8M parameters) with a LoRA adapter: the store's
// build cost per record (one projected gradient per checkpoint), and one answer attributed against
// 10,000 stored records (sketch of the answer + TracIn over the store + ranking), against 1 s.
// Usage: gradient_bench [--records N] [--sketches N]
#include "attribution/GradientIndex.h"
#include "mlruntime/MlRuntimeLoader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <cstdio>

using namespace fw;
using namespace fw::attribution;

namespace {

qint64 argValue(const QStringList& args, const QString& name, qint64 fallback)
{
    const qsizetype at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args.at(at + 1).toLongLong() : fallback;
}

// Other processes share the cores; the numbers only compare well with the load they ran under.
QByteArray loadAverage()
{
    QFile f("/proc/loadavg");
    if (!f.open(QIODevice::ReadOnly))
        return "unknown";
    return f.readAll().split(' ').mid(0, 3).join(' ');
}

std::vector<ml::SftExample> examples(int n)
{
    QRandomGenerator rng(11);
    std::vector<ml::SftExample> out;
    for (int i = 0; i < n; ++i) {
        QStringList words;
        for (int w = 0; w < 24; ++w)
            words << QString::number(rng.bounded(100000), 36);
        out.push_back({QStringLiteral("What does record %1 say?").arg(i), words.join(' '), {}});
    }
    return out;
}

[[noreturn]] void fail(const Error& e)
{
    std::fprintf(stderr, "gradient_bench: %s\n", qPrintable(e.message));
    std::exit(1);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qint64 records = argValue(args, QStringLiteral("--records"), 10000);
    const int sketches = int(argValue(args, QStringLiteral("--sketches"), 20));
    Result<ml::MlRuntime*> engine = ml::loadMlRuntime();
    if (!engine)
        fail(engine.error());
    (*engine)->setThreadCount(1);
    // A micro base (one step from scratch: the weights' values do not change the cost), then a
    // LoRA run whose three adapter checkpoints the sketcher uses.
    ml::TrainingRequest base;
    base.base = QStringLiteral("micro");
    base.examples = examples(64);
    base.config.method = ml::TrainingConfig::Method::Full;
    base.config.steps = 1;
    base.config.batchSize = 2;
    base.config.seqLen = 64;
    base.config.evalFraction = 0;
    Result<ml::TrainingSummary> trained = (*engine)->train(base, {}, nullptr);
    if (!trained)
        fail(trained.error());
    ml::TrainingRequest lora = base;
    lora.base = QStringLiteral("micro-base");
    lora.baseFiles = trained->output;
    lora.config.method = ml::TrainingConfig::Method::Lora;
    lora.config.lora.targetModules = {QStringLiteral("q_proj"), QStringLiteral("v_proj")};
    lora.config.steps = 3;
    std::vector<ml::AdapterCheckpoint> checkpoints;
    lora.onAdapterCheckpoint = [&](const ml::AdapterCheckpoint& c) { checkpoints.push_back(c); };
    Result<ml::TrainingSummary> adapted = (*engine)->train(lora, {}, nullptr);
    if (!adapted)
        fail(adapted.error());
    const ml::SketchSettings settings;
    Result<std::unique_ptr<ml::GradientSketcher>> sketcher =
        (*engine)->gradientSketcher(trained->output, checkpoints, settings);
    if (!sketcher)
        fail(sketcher.error());

    // Build cost: one record's projected gradients at every checkpoint.
    const std::vector<ml::SftExample> data = examples(sketches);
    QElapsedTimer clock;
    clock.start();
    for (const ml::SftExample& e : data)
        if (Result<std::vector<float>> g = (*sketcher)->sketch({e}); !g)
            fail(g.error());
    const double perRecordMs = double(clock.nsecsElapsed()) / 1e6 / sketches;

    // A store of `records` rows (random values: the cost does not depend on them).
    GradientIndex index;
    index.lineage.dim = settings.dim;
    for (const ml::AdapterCheckpoint& c : checkpoints)
        index.lineage.checkpoints.append({c.step, c.learningRate, QString(64, QLatin1Char('0'))});
    index.records.resize(size_t(records));
    index.gradients.resize(size_t(records) * index.stride());
    QRandomGenerator rng(5);
    for (float& v : index.gradients)
        v = float(rng.generateDouble() - 0.5);

    clock.restart();
    Result<std::vector<float>> answer = (*sketcher)->sketch({data.front()});
    if (!answer)
        fail(answer.error());
    const double sketchMs = double(clock.nsecsElapsed()) / 1e6;
    const std::vector<GradientScore> lines =
        rankGradientScores(tracinScores(index, *answer), 10, 3);
    const double totalMs = double(clock.nsecsElapsed()) / 1e6;
    std::printf("gradient attribution, micro base + LoRA (q,v r=%d), %d checkpoints x %d dims, "
                "1 thread, load %s\n",
                lora.config.lora.rank, int(checkpoints.size()), settings.dim,
                loadAverage().constData());
    std::printf("  store build: %.1f ms per record (%d records sketched)\n", perRecordMs, sketches);
    std::printf("  one answer vs %lld records: %.1f ms (sketch %.1f ms, TracIn + ranking %.1f "
                "ms), %.3f of the 1 s budget, %d lines\n",
                records, totalMs, sketchMs, totalMs - sketchMs, totalMs / 1000.0,
                int(lines.size()));
    return totalMs < 1000.0 ? 0 : 2;
}

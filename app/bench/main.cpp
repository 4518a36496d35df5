// flywheel-bench: engine throughput. `train` (tokens/s at 1 and 2 threads, MFU, optional ratio
// against llama2.c's training step, optional per-op profile), `decode` (KV-cached tokens/s at batch
// 1 and batched), `serve` (a node over HTTP with streaming clients, continuous batching over many
// adapters; --engine: the engine alone), `matmul` (GFLOP/s peak).
#include "NodeServeBench.h"
#include "ml/Benchmark.h"
#include "ml/DeviceInfo.h"
#include "ml/ServingBenchmark.h"
#include "ml/ThreadLayout.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QProcess>
#include <QRegularExpression>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

namespace {

void print(const QString& line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

// The split of the cores in force on this thread now, e.g. "torch 1, OpenBLAS 2".
QString currentLayout()
{
    return fw::ml::describe({fw::ml::deviceInfo().intraOpThreads, fw::ml::openBlasThreads()});
}

// Runs the reference step (train_step.py on Debian's python3-torch) with the same sizes and threads.
double pythonTokensPerSecond(const QString& script, const fw::ml::BenchConfig& c)
{
    QProcess python;
    python.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const QStringList args{script,        "--dim",   QString::number(c.dim),      "--layers", QString::number(c.layers),
                           "--heads",     QString::number(c.heads),    "--kv-heads", QString::number(c.kvHeads),
                           "--vocab",     QString::number(c.vocab),    "--hidden",  QString::number(c.hiddenDim),
                           "--seq",       QString::number(c.seq),      "--batch",   QString::number(c.batch),
                           "--steps",     QString::number(c.steps),    "--warmup",  QString::number(c.warmupSteps),
                           "--threads",   QString::number(c.threads > 0 ? c.threads : fw::ml::deviceInfo().intraOpThreads)};
    python.start(QStringLiteral("/usr/bin/python3"), args);
    if (!python.waitForFinished(-1) || python.exitCode() != 0)
        return -1.0;
    const auto match = QRegularExpression(QStringLiteral("tokens_per_s: ([0-9.]+)")).match(QString::fromUtf8(python.readAllStandardOutput()));
    return match.hasMatch() ? match.captured(1).toDouble() : -1.0;
}

// `serve`: the configured run, then the comparisons a node operator asks about, all in this
// process: over HTTP against one node (deployed once), or with --engine against the engine alone.
int serve(fw::ml::ServeBenchConfig c, bool engineOnly)
{
    constexpr int kMostAdapters = 32, kMostClients = 32; // the comparisons' largest load
    std::unique_ptr<fw::bench::NodeServeBench> node;
    if (!engineOnly) {
        auto started = fw::bench::NodeServeBench::start(c, kMostAdapters, std::max(kMostClients, c.clients));
        if (!started) {
            print(started.error().message);
            return 1;
        }
        node = std::move(started).value();
    }
    print(engineOnly ? QStringLiteral("serving: the engine in this process, no HTTP")
                     : QStringLiteral("serving: a node on 127.0.0.1 in this process, streaming HTTP clients"));
    const auto run = [&](const fw::ml::ServeBenchConfig& config) {
        auto r = node ? node->run(config.adapters, config.clients, config.requests)
                      : fw::ml::benchmarkServing(config);
        if (!r)
            print(r.error().message);
        return r;
    };
    const auto withClients = [&](int adapters, int clients, int requests) {
        fw::ml::ServeBenchConfig v = c;
        v.adapters = adapters, v.clients = clients, v.requests = requests;
        return v;
    };
    auto one = run(withClients(1, 1, 2)), eight = run(withClients(1, 8, 2));
    auto single = run(withClients(1, 32, 1)), many = run(withClients(32, 32, 1));
    auto batched = run(withClients(1, 16, 1)), serial = run(withClients(1, 1, 16));
    auto configured = run(c);
    if (!one || !eight || !single || !many || !batched || !serial || !configured)
        return 1;
    print(QStringLiteral("one_adapter_1_client_tokens_per_s: %1")
              .arg(one->tokensPerSecond, 0, 'f', 1));
    print(QStringLiteral("one_adapter_8_clients_tokens_per_s: %1")
              .arg(eight->tokensPerSecond, 0, 'f', 1));
    print(
        QStringLiteral("32_clients_32_adapters_vs_1_adapter: %1 (%2 / %3 tokens/s, target >= 0.8)")
            .arg(many->tokensPerSecond / single->tokensPerSecond, 0, 'f', 3)
            .arg(many->tokensPerSecond, 0, 'f', 1)
            .arg(single->tokensPerSecond, 0, 'f', 1));
    print(QStringLiteral("16_clients_batched_vs_one_at_a_time: %1 (%2 / %3 tokens/s, target >= 3)")
              .arg(batched->tokensPerSecond / serial->tokensPerSecond, 0, 'f', 2)
              .arg(batched->tokensPerSecond, 0, 'f', 1)
              .arg(serial->tokensPerSecond, 0, 'f', 1));
    print(QStringLiteral("prompt_tokens_per_request: %1")
              .arg(double(configured->promptTokens) / double(std::max<int64_t>(1, configured->requests)), 0, 'f', 1));
    print(QStringLiteral("adapter_load_ms_p50: %1").arg(configured->adapterLoadMsP50, 0, 'f', 2));
    print(QStringLiteral("ttft_ms_p50: %1").arg(configured->ttftMsP50, 0, 'f', 1));
    print(QStringLiteral("ttft_ms_p99: %1").arg(configured->ttftMsP99, 0, 'f', 1));
    print(QStringLiteral("tokens_per_s: %1").arg(configured->tokensPerSecond, 0, 'f', 1));
    return 0;
}

// Where the time of the profiled steps went, the 25 largest ops by self time.
void printProfile(const QString& precision, const std::vector<fw::ml::OpTime>& ops)
{
    double total = 0.0;
    for (const fw::ml::OpTime& op : ops)
        total += op.selfMs;
    print(QStringLiteral("profile of the %1 step (2 steps, %2 ms of op self time; self ms, share, calls, op):")
              .arg(precision)
              .arg(total, 0, 'f', 1));
    for (size_t i = 0; i < std::min<size_t>(ops.size(), 25); ++i)
        print(QStringLiteral("  %1 %2% %3 %4")
                  .arg(ops[i].selfMs, 9, 'f', 1)
                  .arg(100.0 * ops[i].selfMs / total, 5, 'f', 1)
                  .arg(ops[i].calls, 6)
                  .arg(ops[i].name));
}

// `train`: our step and, with --compare-python, the reference's, back to back at each thread count
// (1 and 2 unless --threads names one), MFU against the single-thread matmul peak, with `bf16` the
// same step in mixed precision against our fp32 one, and with --profile where the time of our fp32
// step goes.
int train(fw::ml::BenchConfig c, const QString& reference, bool profile, bool bf16)
{
    const QList<int> threadCounts = c.threads > 0 ? QList<int>{c.threads} : QList<int>{1, 2};
    double bestOurs = 0.0, bestReference = 0.0, bestBf16 = 0.0;
    std::vector<fw::ml::OpTime> ops, bf16Ops;
    for (int threads : threadCounts) {
        c.threads = threads;
        c.profileSteps = profile && ops.empty() ? 2 : 0;
        auto r = fw::ml::benchmarkTraining(c); // splits `threads` cores as the product does
        if (!r) {
            print(r.error().message);
            return 1;
        }
        if (ops.empty())
            ops = r->profile;
        const double python = reference.isEmpty() ? 0.0 : pythonTokensPerSecond(reference, c);
        bestOurs = std::max(bestOurs, r->tokensPerSecond);
        bestReference = std::max(bestReference, python);
        QString line = QStringLiteral("threads %1 (%2): tokens_per_s %3 (%4 ms/step, loss %5)")
                           .arg(threads)
                           .arg(currentLayout())
                           .arg(r->tokensPerSecond, 0, 'f', 1)
                           .arg(r->msPerStep, 0, 'f', 1)
                           .arg(r->finalLoss, 0, 'f', 4);
        if (python > 0)
            line += QStringLiteral(" | reference %1 | ratio %2").arg(python, 0, 'f', 1).arg(r->tokensPerSecond / python, 0, 'f', 3);
        else if (!reference.isEmpty())
            line += QStringLiteral(" | reference failed (is python3-torch installed?)");
        print(line);
        if (bf16) {
            fw::ml::BenchConfig mixed = c;
            mixed.precision = fw::ml::Precision::Bf16;
            mixed.profileSteps = profile && bf16Ops.empty() ? 2 : 0;
            auto m = fw::ml::benchmarkTraining(mixed);
            if (!m) {
                print(m.error().message);
                return 1;
            }
            bestBf16 = std::max(bestBf16, m->tokensPerSecond);
            if (bf16Ops.empty())
                bf16Ops = m->profile;
            print(QStringLiteral("threads %1 bf16 (%2): tokens_per_s %3 (%4 ms/step, loss %5) | vs fp32 %6")
                      .arg(threads)
                      .arg(currentLayout())
                      .arg(m->tokensPerSecond, 0, 'f', 1)
                      .arg(m->msPerStep, 0, 'f', 1)
                      .arg(m->finalLoss, 0, 'f', 4)
                      .arg(m->tokensPerSecond / r->tokensPerSecond, 0, 'f', 3));
        }
        if (threads == threadCounts.first()) {
            fw::ml::applyThreadLayout(fw::ml::Workload::Fp32Cpu, 1); // one core: torch 1, OpenBLAS 1
            const double peak = fw::ml::measureMatmulGflops();
            print(QStringLiteral("parameters: %1").arg(r->parameters));
            print(QStringLiteral("model_gflops at %1 thread(s): %2 of 1-thread matmul peak %3 -> mfu: %4")
                      .arg(threads)
                      .arg(r->achievedGflops, 0, 'f', 2)
                      .arg(peak, 0, 'f', 1)
                      .arg(r->achievedGflops / peak / threads, 0, 'f', 3));
        }
    }
    if (bestReference > 0)
        print(QStringLiteral("ratio_vs_reference (best of the thread counts each): %1 (target >= 1.5)")
                  .arg(bestOurs / bestReference, 0, 'f', 3));
    if (bestBf16 > 0)
        print(QStringLiteral("bf16_vs_fp32 (best of the thread counts each): %1 (target >= 1.5)")
                  .arg(bestBf16 / bestOurs, 0, 'f', 3));
    if (profile) {
        printProfile(QStringLiteral("fp32"), ops);
        if (!bf16Ops.empty())
            printProfile(QStringLiteral("bf16"), bf16Ops);
    }
    print(QStringLiteral("tokens_per_s: %1").arg(bestOurs, 0, 'f', 1));
    return 0;
}

// `train --world-size W --local`: W ranks of one thread each on this machine (this process rank 0,
// the others children of it), with the gradient sums overlapped with backward and with one
// exchange after it, against one process at W threads and at 1, all measured in this run.
int trainDataParallel(fw::ml::BenchConfig c, int worldSize, const QStringList& sizeArguments)
{
    const auto single = [&](int threads) {
        fw::ml::BenchConfig one = c;
        one.threads = threads;
        return fw::ml::benchmarkTraining(one);
    };
    auto oneThread = single(1), allThreads = single(worldSize);
    if (!oneThread || !allThreads) {
        print((oneThread ? allThreads : oneThread).error().message);
        return 1;
    }
    const auto ranks = [&](bool overlap) {
        fw::ml::BenchConfig r = c;
        r.threads = 1;
        r.distributed.worldSize = worldSize;
        r.distributed.masterPort = fw::ml::freeLoopbackPort();
        r.distributed.overlap = overlap ? fw::ml::DistributedSettings::Overlap::On : fw::ml::DistributedSettings::Overlap::Off;
        std::vector<std::unique_ptr<QProcess>> others;
        for (int rank = 1; rank < worldSize; ++rank) {
            auto p = std::make_unique<QProcess>();
            p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
            p->setStandardOutputFile(QProcess::nullDevice());
            QStringList arguments = QStringList(sizeArguments)
                                    << QStringLiteral("train") << QStringLiteral("--threads") << QStringLiteral("1")
                                    << QStringLiteral("--world-size") << QString::number(worldSize)
                                    << QStringLiteral("--rank") << QString::number(rank)
                                    << QStringLiteral("--master") << r.distributed.master();
            if (!overlap)
                arguments << QStringLiteral("--no-overlap");
            p->start(QCoreApplication::applicationFilePath(), arguments);
            others.push_back(std::move(p));
        }
        auto result = fw::ml::benchmarkTraining(r);
        for (auto& p : others)
            if (!p->waitForFinished(120000))
                p->kill();
        return result;
    };
    auto overlapped = ranks(true), afterBackward = ranks(false);
    if (!overlapped || !afterBackward) {
        print((overlapped ? afterBackward : overlapped).error().message);
        return 1;
    }
    print(QStringLiteral("1 process x 1 thread: tokens_per_s %1 (%2 ms/step)")
              .arg(oneThread->tokensPerSecond, 0, 'f', 1)
              .arg(oneThread->msPerStep, 0, 'f', 1));
    print(QStringLiteral("1 process x %1 threads: tokens_per_s %2 (%3 ms/step)")
              .arg(worldSize)
              .arg(allThreads->tokensPerSecond, 0, 'f', 1)
              .arg(allThreads->msPerStep, 0, 'f', 1));
    const auto line = [&](const fw::ml::TrainBenchResult& r, const QString& how) {
        print(QStringLiteral("%1 ranks x 1 thread, %2: tokens_per_s %3 (%4 ms/step, waiting for the sums after "
                             "backward %5 ms = %6% of the step)")
                  .arg(worldSize)
                  .arg(how)
                  .arg(r.tokensPerSecond, 0, 'f', 1)
                  .arg(r.msPerStep, 0, 'f', 1)
                  .arg(r.exchangeMsPerStep, 0, 'f', 1)
                  .arg(100.0 * r.exchangeMsPerStep / r.msPerStep, 0, 'f', 1));
    };
    line(*afterBackward, QStringLiteral("one exchange after backward"));
    line(*overlapped, QStringLiteral("buckets overlapped with backward (%1 of %2 buckets sent before backward ended)")
                          .arg(overlapped->bucketsSentDuringBackward)
                          .arg(overlapped->buckets));
    print(QStringLiteral("overlap_vs_after_backward: %1").arg(overlapped->tokensPerSecond / afterBackward->tokensPerSecond, 0, 'f', 3));
    print(QStringLiteral("ranks_vs_threads: %1 (%2 ranks of 1 thread over 1 process of %2 threads; > 1 is the goal)")
              .arg(overlapped->tokensPerSecond / allThreads->tokensPerSecond, 0, 'f', 3)
              .arg(worldSize));
    print(QStringLiteral("ranks_vs_one_thread: %1").arg(overlapped->tokensPerSecond / oneThread->tokensPerSecond, 0, 'f', 3));
    return 0;
}

} // namespace

// Batch 1 on every decode path, with the ratios issue 14 asks about (measured in this run).
int decodePaths(const fw::ml::BenchConfig& c, int tokens)
{
    auto r = fw::ml::benchmarkDecodePaths(c, tokens);
    if (!r) {
        print(r.error().message);
        return 1;
    }
    const auto rate = [](double v) { return QString::number(v, 'f', 1); };
    const auto ratio = [](double a, double b) { return QString::number(a / b, 'f', 2); };
    print(QStringLiteral("decode_torch_tokens_per_s: %1").arg(rate(r->torchTokensPerSecond)));
    print(QStringLiteral("decode_fast_f32_tokens_per_s: %1").arg(rate(r->fastF32TokensPerSecond)));
    print(QStringLiteral("decode_fast_int8_tokens_per_s: %1").arg(rate(r->fastInt8TokensPerSecond)));
    print(QStringLiteral("decode_floor_tokens_per_s: %1 (naive scalar loops over the same weights)")
              .arg(rate(r->floorTokensPerSecond)));
    print(QStringLiteral("fast_f32_vs_torch: %1").arg(ratio(r->fastF32TokensPerSecond, r->torchTokensPerSecond)));
    print(QStringLiteral("fast_f32_vs_floor: %1").arg(ratio(r->fastF32TokensPerSecond, r->floorTokensPerSecond)));
    print(QStringLiteral("fast_int8_vs_torch: %1").arg(ratio(r->fastInt8TokensPerSecond, r->torchTokensPerSecond)));
    print(QStringLiteral("fast_int8_vs_floor: %1").arg(ratio(r->fastInt8TokensPerSecond, r->floorTokensPerSecond)));
    const auto same = [](bool b) { return b ? QStringLiteral("yes") : QStringLiteral("no"); };
    print(QStringLiteral("greedy_tokens_equal: fast_f32=torch %1, int8=f32 %2, floor=fast_f32 %3")
              .arg(same(r->fastMatchesTorch), same(r->int8MatchesF32), same(r->floorMatchesFast)));
    return 0;
}

// DPO's cost over SFT on the same tokens; the goal is a peak within 1.15x (no reference copy).
int dpo(const fw::ml::BenchConfig& c)
{
    auto r = fw::ml::benchmarkDpo(c);
    if (!r) {
        print(r.error().message);
        return 1;
    }
    const auto mib = [](int64_t bytes) { return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1); };
    print(QStringLiteral("pairs_per_step: %1 (%2 rows of %3 tokens)").arg(c.batch).arg(2 * c.batch).arg(c.seq));
    print(QStringLiteral("lora_sft_ms_per_step: %1").arg(r->sftMsPerStep, 0, 'f', 1));
    print(QStringLiteral("lora_dpo_ms_per_step: %1").arg(r->dpoMsPerStep, 0, 'f', 1));
    print(QStringLiteral("dpo_vs_sft_time_ratio: %1").arg(r->timeRatio(), 0, 'f', 3));
    print(QStringLiteral("lora_sft_peak_mib: %1").arg(mib(r->sftPeakBytes)));
    print(QStringLiteral("lora_dpo_peak_mib: %1").arg(mib(r->dpoPeakBytes)));
    print(QStringLiteral("reference_copy_would_add_mib: %1").arg(mib(r->baseWeightBytes)));
    print(QStringLiteral("dpo_vs_sft_memory_ratio: %1 (goal <= 1.15)").arg(r->memoryRatio(), 0, 'f', 3));
    return r->memoryRatio() <= 1.15 ? 0 : 1;
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("flywheel-bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("bench", "Flywheel engine benchmarks"));
    parser.addHelpOption();
    parser.addPositionalArgument(
        QStringLiteral("command"),
        QCoreApplication::translate(
            "bench", "train, decode, matmul, dpo (a LoRA-DPO step against a LoRA-SFT step on the "
                     "same tokens: time and peak tensor memory) or serve (a node in this process "
                     "on 127.0.0.1 with streaming HTTP clients, or the engine alone with --engine: "
                     "--adapters N --clients C --max-tokens T [--requests R], 1 thread unless "
                     "--threads says otherwise)"));
    const fw::ml::BenchConfig defaults;
    struct IntOption
    {
        const char* name;
        int value;
    };
    const IntOption intOptions[] = {{"dim", defaults.dim},
                                    {"layers", defaults.layers},
                                    {"heads", defaults.heads},
                                    {"kv-heads", defaults.kvHeads},
                                    {"vocab", defaults.vocab},
                                    {"hidden", defaults.hiddenDim},
                                    {"seq", defaults.seq},
                                    {"batch", defaults.batch},
                                    {"steps", defaults.steps},
                                    {"warmup", defaults.warmupSteps},
                                    {"threads", 0},
                                    {"tokens", 64},
                                    {"world-size", 1},
                                    {"rank", 0},
                                    {"adapters", 8},
                                    {"clients", 8},
                                    {"max-tokens", 64},
                                    {"requests", 2}};
    for (const IntOption& o : intOptions)
        parser.addOption({QString::fromLatin1(o.name), QCoreApplication::translate("bench", "default %1").arg(o.value),
                          QStringLiteral("N"), QString::number(o.value)});
    parser.addOption({QStringLiteral("compare-python"),
                      QCoreApplication::translate("bench", "also time the Python PyTorch baseline SCRIPT and print the ratio"),
                      QStringLiteral("SCRIPT")});
    parser.addOption({QStringLiteral("local"),
                      QCoreApplication::translate("bench", "train --world-size W: run the W data-parallel ranks on this machine")});
    parser.addOption({QStringLiteral("master"),
                      QCoreApplication::translate("bench", "train --world-size W --rank R: rank 0's HOST:PORT"),
                      QStringLiteral("HOST:PORT")});
    parser.addOption({QStringLiteral("no-overlap"),
                      QCoreApplication::translate("bench", "train --world-size W --rank R: one gradient exchange after backward")});
    parser.addOption({QStringLiteral("precision"),
                      QCoreApplication::translate("bench", "train: fp32, bf16 (both, side by side) or auto (bf16 too where "
                                                           "the processor multiplies bf16 natively; the default)"),
                      QStringLiteral("P"), QStringLiteral("auto")});
    parser.addOption({QStringLiteral("profile"),
                      QCoreApplication::translate("bench", "train: also print where the time of two more steps goes, per op")});
    parser.addOption({QStringLiteral("engine"),
                      QCoreApplication::translate("bench", "serve: the serving engine alone, without the node and HTTP")});
    parser.addOption({QStringLiteral("int8"),
                      QCoreApplication::translate("bench", "serve: the base's weights as int8, as flywheel-node --int8")});
    parser.process(app);
    auto value = [&](const char* name) { return parser.value(QString::fromLatin1(name)).toInt(); };
    fw::ml::BenchConfig c;
    c.dim = value("dim"), c.layers = value("layers"), c.heads = value("heads"), c.kvHeads = value("kv-heads");
    c.vocab = value("vocab"), c.hiddenDim = value("hidden"), c.seq = value("seq"), c.batch = value("batch");
    c.steps = value("steps"), c.warmupSteps = value("warmup"), c.threads = value("threads");
    const QString command = parser.positionalArguments().value(0);
    if (command == QLatin1String("serve") && c.threads == 0)
        c.threads = 1; // the serving numbers in tests/bench/README.md are single-threaded
    if (c.threads > 0)
        fw::ml::applyThreadLayout(command == QLatin1String("serve") ? fw::ml::Workload::Serving
                                                                    : fw::ml::Workload::Fp32Cpu,
                                  c.threads);
    const fw::ml::DeviceInfo device = fw::ml::deviceInfo();
    print(QStringLiteral("device: %1 (%2, torch %3)").arg(device.summary(), device.blasBackend, device.torchVersion));
    print(QStringLiteral("threads: %1 OMP_NUM_THREADS=%2 OPENBLAS_NUM_THREADS=%3")
              .arg(currentLayout())
              .arg(qEnvironmentVariable("OMP_NUM_THREADS", QStringLiteral("unset")),
                   qEnvironmentVariable("OPENBLAS_NUM_THREADS", QStringLiteral("unset"))));
    if (command == QLatin1String("serve")) {
        fw::ml::ServeBenchConfig s;
        s.adapters = value("adapters"), s.clients = value("clients"),
        s.maxTokens = value("max-tokens");
        s.requests = value("requests"), s.threads = c.threads;
        s.int8 = parser.isSet(QStringLiteral("int8"));
        if (parser.isSet(QStringLiteral("vocab")))
            s.vocab = c.vocab; // else 32,000, the shape llama.cpp's figures are for
        return serve(s, parser.isSet(QStringLiteral("engine")));
    }
    if (command == QLatin1String("dpo"))
        return dpo(c);
    if (command == QLatin1String("matmul")) {
        print(QStringLiteral("matmul_gflops: %1").arg(fw::ml::measureMatmulGflops(), 0, 'f', 1));
        return 0;
    }
    if (command == QLatin1String("decode")) {
        for (int batch : {1, c.batch}) {
            auto r = fw::ml::benchmarkDecode(c, batch, value("tokens"));
            if (!r) {
                print(r.error().message);
                return 1;
            }
            print(QStringLiteral("decode_batch_%1_tokens_per_s: %2 (%3 ms/step)")
                      .arg(batch)
                      .arg(r->tokensPerSecond, 0, 'f', 1)
                      .arg(r->msPerToken, 0, 'f', 2));
        }
        return decodePaths(c, value("tokens"));
    }
    if (command != QLatin1String("train"))
        parser.showHelp(2);
    if (value("world-size") > 1 && parser.isSet(QStringLiteral("local"))) {
        QStringList sizes;
        for (const char* name : {"dim", "layers", "heads", "kv-heads", "vocab", "hidden", "seq", "batch", "steps", "warmup"})
            sizes << QStringLiteral("--%1").arg(QLatin1String(name)) << QString::number(value(name));
        return trainDataParallel(c, value("world-size"), sizes);
    }
    if (value("world-size") > 1) { // one rank of trainDataParallel's run
        c.distributed.worldSize = value("world-size");
        c.distributed.rank = value("rank");
        c.distributed.overlap = parser.isSet(QStringLiteral("no-overlap")) ? fw::ml::DistributedSettings::Overlap::Off
                                                                          : fw::ml::DistributedSettings::Overlap::On;
        if (fw::Status s = c.distributed.setMaster(parser.value(QStringLiteral("master"))); !s) {
            print(s.error().message);
            return 2;
        }
        auto r = fw::ml::benchmarkTraining(c);
        if (!r)
            print(r.error().message);
        return r ? 0 : 1;
    }
    auto precision = fw::ml::parsePrecision(parser.value(QStringLiteral("precision")));
    if (!precision) {
        print(precision.error().message);
        return 2;
    }
    const bool bf16 = *precision == fw::ml::Precision::Bf16 ||
                      (*precision == fw::ml::Precision::Auto && fw::ml::cpuMultipliesBf16());
    return train(c, parser.value(QStringLiteral("compare-python")), parser.isSet(QStringLiteral("profile")), bf16);
}

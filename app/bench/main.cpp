// flywheel-bench: engine throughput. `train` (tokens/s, MFU, optional ratio against the Python
// PyTorch baseline), `decode` (KV-cached tokens/s at batch 1 and batched), `matmul` (GFLOP/s peak).
#include "ml/Benchmark.h"
#include "ml/DeviceInfo.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QProcess>
#include <QRegularExpression>

#include <cstdio>

namespace {

void print(const QString& line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

// Runs the same step in Python (Debian's python3-torch) with the same sizes and threads.
double pythonTokensPerSecond(const QString& script, const fw::ml::BenchConfig& c)
{
    QProcess python;
    python.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    const QStringList args{script,        "--dim",   QString::number(c.dim),      "--layers", QString::number(c.layers),
                           "--heads",     QString::number(c.heads),    "--kv-heads", QString::number(c.kvHeads),
                           "--vocab",     QString::number(c.vocab),    "--hidden",  QString::number(c.hiddenDim),
                           "--seq",       QString::number(c.seq),      "--batch",   QString::number(c.batch),
                           "--steps",     QString::number(c.steps),    "--warmup",  QString::number(c.warmupSteps),
                           "--threads",   QString::number(fw::ml::deviceInfo().intraOpThreads)};
    python.start(QStringLiteral("/usr/bin/python3"), args);
    if (!python.waitForFinished(-1) || python.exitCode() != 0)
        return -1.0;
    const auto match = QRegularExpression(QStringLiteral("tokens_per_s: ([0-9.]+)")).match(QString::fromUtf8(python.readAllStandardOutput()));
    return match.hasMatch() ? match.captured(1).toDouble() : -1.0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("flywheel-bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("bench", "Flywheel engine benchmarks"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("command"), QCoreApplication::translate("bench", "train, decode or matmul"));
    const fw::ml::BenchConfig defaults;
    struct IntOption
    {
        const char* name;
        int value;
    };
    const IntOption intOptions[] = {{"dim", defaults.dim},       {"layers", defaults.layers}, {"heads", defaults.heads},
                                    {"kv-heads", defaults.kvHeads}, {"vocab", defaults.vocab}, {"hidden", defaults.hiddenDim},
                                    {"seq", defaults.seq},       {"batch", defaults.batch},   {"steps", defaults.steps},
                                    {"warmup", defaults.warmupSteps}, {"threads", 0},        {"tokens", 64}};
    for (const IntOption& o : intOptions)
        parser.addOption({QString::fromLatin1(o.name), QCoreApplication::translate("bench", "default %1").arg(o.value),
                          QStringLiteral("N"), QString::number(o.value)});
    parser.addOption({QStringLiteral("compare-python"),
                      QCoreApplication::translate("bench", "also time the Python PyTorch baseline SCRIPT and print the ratio"),
                      QStringLiteral("SCRIPT")});
    parser.process(app);
    auto value = [&](const char* name) { return parser.value(QString::fromLatin1(name)).toInt(); };
    fw::ml::BenchConfig c;
    c.dim = value("dim"), c.layers = value("layers"), c.heads = value("heads"), c.kvHeads = value("kv-heads");
    c.vocab = value("vocab"), c.hiddenDim = value("hidden"), c.seq = value("seq"), c.batch = value("batch");
    c.steps = value("steps"), c.warmupSteps = value("warmup"), c.threads = value("threads");
    if (c.threads > 0)
        fw::ml::setThreadCount(c.threads);
    const fw::ml::DeviceInfo device = fw::ml::deviceInfo();
    print(QStringLiteral("device: %1 (%2, torch %3)").arg(device.summary(), device.blasBackend, device.torchVersion));
    print(QStringLiteral("threads: %1 OMP_NUM_THREADS=%2 OPENBLAS_NUM_THREADS=%3")
              .arg(device.intraOpThreads)
              .arg(qEnvironmentVariable("OMP_NUM_THREADS", QStringLiteral("unset")),
                   qEnvironmentVariable("OPENBLAS_NUM_THREADS", QStringLiteral("unset"))));
    const QString command = parser.positionalArguments().value(0);
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
        return 0;
    }
    if (command != QLatin1String("train")) {
        parser.showHelp(2);
    }
    auto r = fw::ml::benchmarkTraining(c);
    if (!r) {
        print(r.error().message);
        return 1;
    }
    const double peak = fw::ml::measureMatmulGflops();
    print(QStringLiteral("parameters: %1").arg(r->parameters));
    print(QStringLiteral("ms_per_step: %1").arg(r->msPerStep, 0, 'f', 1));
    print(QStringLiteral("model_gflops: %1 of matmul peak %2 -> mfu: %3")
              .arg(r->achievedGflops, 0, 'f', 2)
              .arg(peak, 0, 'f', 1)
              .arg(r->achievedGflops / peak, 0, 'f', 3));
    if (parser.isSet(QStringLiteral("compare-python"))) {
        const double python = pythonTokensPerSecond(parser.value(QStringLiteral("compare-python")), c);
        print(python > 0 ? QStringLiteral("python_tokens_per_s: %1\nratio_vs_python: %2")
                               .arg(python, 0, 'f', 1)
                               .arg(r->tokensPerSecond / python, 0, 'f', 3)
                         : QStringLiteral("python baseline failed (is python3-torch installed?)"));
    }
    print(QStringLiteral("tokens_per_s: %1").arg(r->tokensPerSecond, 0, 'f', 1));
    return 0;
}

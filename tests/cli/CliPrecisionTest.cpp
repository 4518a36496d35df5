// The demo run (Quick preset, nano, 500 steps, one thread) in bf16 mixed precision follows the
// fp32 run's loss curve (within 2%; see the test for how), and the run says which precision it
// used (CLI and lineage).
// Skipped where the processor has no native bf16 products: there bf16 is emulated and Auto is fp32.
#include "CliRunner.h"
#include "ml/Precision.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

namespace {
const QMap<QString, QString> kDemoPass{{QStringLiteral("FLYWHEEL_PASSPHRASE"), QStringLiteral("demo")}};
constexpr int kSteps = 500;
constexpr int kWindow = 25; // steps per compared mean: one batch's loss swings more than 2% alone
} // namespace

class CliPrecisionTest : public QObject
{
    Q_OBJECT

private:
    CliRun cli(const QStringList& args) const
    {
        return m_cli.run(QStringList{QStringLiteral("--workspace"), m_workspace} + args, kDemoPass);
    }
    // The loss of every step, as `train` prints them; empty when the run failed.
    std::vector<double> train(const QString& precision, qint64* ms)
    {
        const QString config = writeJsonFile(m_tmp.filePath(precision + QStringLiteral(".json")),
                                             {{"datanet", "World facts (demo)"},
                                              {"version", "latest"},
                                              {"base", "nano"},
                                              {"method", "full"},
                                              {"steps", kSteps},
                                              {"precision", precision},
                                              {"output", precision}});
        QElapsedTimer clock;
        clock.start();
        const CliRun run = cli({"train", config, "--threads", "1"});
        *ms = clock.elapsed();
        if (run.exitCode != 0) {
            qWarning("%s", run.err.constData());
            return {};
        }
        if (!run.out.contains("precision: " + precision.toUtf8()))
            return {};
        std::vector<double> losses;
        static const QRegularExpression step(QStringLiteral("^step (\\d+)/\\d+  loss ([0-9.]+)"),
                                             QRegularExpression::MultilineOption);
        for (auto it = step.globalMatch(QString::fromUtf8(run.out)); it.hasNext();) {
            const auto m = it.next();
            if (m.captured(1).toInt() == int(losses.size()) + 1)
                losses.push_back(m.captured(2).toDouble());
        }
        return losses;
    }

    QTemporaryDir m_tmp;
    CliRunner m_cli{m_tmp.filePath(QStringLiteral("home"))};
    QString m_workspace = m_tmp.filePath(QStringLiteral("demo"));

private slots:
    void initTestCase()
    {
        if (!fw::ml::cpuMultipliesBf16())
            QSKIP("This processor has no native bf16 products (AVX-512 BF16 or AMX).");
        QVERIFY(m_tmp.isValid());
        m_cli.setTimeoutMs(10 * 60 * 1000);
        const CliRun init = m_cli.run({"--workspace", m_workspace, "workspace", "init", "--demo"});
        QVERIFY2(init.exitCode == 0, init.err.constData());
    }

    void bf16FollowsTheFp32LossCurve()
    {
        qint64 fp32Ms = 0, bf16Ms = 0;
        const std::vector<double> fp32 = train(QStringLiteral("fp32"), &fp32Ms);
        const std::vector<double> bf16 = train(QStringLiteral("bf16"), &bf16Ms);
        QCOMPARE(int(fp32.size()), kSteps);
        QCOMPARE(int(bf16.size()), kSteps);
        // Two measures over 25-step means. While the model still learns the language (loss above
        // 1 nat) the curves must agree within 2% of each other, or, where the loss falls steeply,
        // bf16 may lag or lead by at most one window: its mean must lie between fp32's means of
        // the neighbouring windows. (On an AMD EPYC with AVX-512 BF16 and no AMX, bf16 trails by
        // a few steps where the loss falls 20% a window: 3.37% apart at steps 126-150, 1.00 nats,
        // while inside fp32's 101-125 to 151-175 range. AMX machines stayed within 2%.) Once it
        // memorises the answers the loss falls towards 0.001 and a relative difference means
        // nothing: there the gap must stay within 2% of the curve's height, the first window's loss.
        std::vector<double> a(kSteps / kWindow, 0.0), b(kSteps / kWindow, 0.0);
        for (int i = 0; i < kSteps; ++i)
            a[size_t(i / kWindow)] += fp32[size_t(i)] / kWindow, b[size_t(i / kWindow)] += bf16[size_t(i)] / kWindow;
        const double height = a.front();
        double worstRelative = 0.0, worstOfHeight = 0.0;
        int lagging = 0;
        for (size_t w = 0; w < a.size(); ++w) {
            qInfo("steps %3d-%3d: fp32 %.4f bf16 %.4f", int(w) * kWindow + 1, int(w + 1) * kWindow, a[w], b[w]);
            worstOfHeight = std::max(worstOfHeight, std::abs(b[w] - a[w]) / height);
            if (a[w] < 1.0)
                continue;
            const double relative = std::abs(b[w] - a[w]) / a[w];
            worstRelative = std::max(worstRelative, relative);
            const double before = w > 0 ? a[w - 1] : a[w];
            const double after = w + 1 < a.size() ? a[w + 1] : a[w];
            const bool withinAWindow = b[w] <= std::max(before, after) && b[w] >= std::min(before, after);
            if (relative > 0.02) {
                QVERIFY2(withinAWindow, qPrintable(QStringLiteral("steps %1-%2: bf16 %3 is %4% from fp32 %5 "
                                                                  "and outside its neighbours' %6-%7")
                                                       .arg(int(w) * kWindow + 1)
                                                       .arg(int(w + 1) * kWindow)
                                                       .arg(b[w])
                                                       .arg(100.0 * relative, 0, 'f', 2)
                                                       .arg(a[w])
                                                       .arg(std::min(before, after))
                                                       .arg(std::max(before, after))));
                ++lagging;
            }
        }
        qInfo("500 demo steps: fp32 %lld ms, bf16 %lld ms (%.2fx, CLI start and model save included); final loss "
              "%.4f (fp32), %.4f (bf16); largest difference of %d-step means: %.2f%% while above 1 nat "
              "(%d window(s) over 2%% but within a window's lag), %.2f%% of the curve's height overall",
              fp32Ms, bf16Ms, double(fp32Ms) / double(bf16Ms), fp32.back(), bf16.back(), kWindow,
              100.0 * worstRelative, lagging, 100.0 * worstOfHeight);
        QVERIFY2(worstOfHeight <= 0.02, qPrintable(QString::number(worstOfHeight)));
        QVERIFY(bf16.back() < 0.05); // and it learns the answers as fp32 does
    }

    void theLineageNamesThePrecision()
    {
        for (const char* name : {"fp32", "bf16"}) {
            const CliRun show = cli({"model", "show", name, "--json"});
            QCOMPARE(show.exitCode, 0);
            const QJsonObject lineage = QJsonDocument::fromJson(show.out).object().value("lineage").toObject();
            QCOMPARE(lineage.value("precision").toString(), name);
        }
    }
};

QTEST_GUILESS_MAIN(CliPrecisionTest)
#include "CliPrecisionTest.moc"

// The minimal CONFIG.json (datanet, version, base, method, output) trains with the ModelFactory
// form's Quick preset and learns the demo datanet: built once per base (FLYWHEEL_PRESET_BASE).
#include "CliRunner.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

namespace {
const QMap<QString, QString> kDemoPass{
    {QStringLiteral("FLYWHEEL_PASSPHRASE"), QStringLiteral("demo")}};
constexpr int kSampled = 20;
constexpr int kRequired = 16;
} // namespace

class CliPresetTest : public QObject
{
    Q_OBJECT

private:
    CliRun cli(const QStringList& args) const
    {
        return m_cli.run(QStringList{QStringLiteral("--workspace"), m_workspace} + args, kDemoPass);
    }
    QString answer(const QString& prompt) const
    {
        const CliRun run = cli({"generate", "m", "--prompt", prompt, "--chat", "--max-tokens", "40",
                                "--json", "--threads", "1"});
        return run.exitCode == 0
                   ? QJsonDocument::fromJson(run.out).object().value("text").toString()
                   : QString();
    }

    QTemporaryDir m_tmp;
    CliRunner m_cli{m_tmp.filePath(QStringLiteral("home"))};
    QString m_workspace = m_tmp.filePath(QStringLiteral("demo"));

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_cli.setTimeoutMs(25 * 60 * 1000); // micro's full Quick run takes minutes on one core
        const CliRun init = m_cli.run({"--workspace", m_workspace, "workspace", "init", "--demo"});
        QVERIFY2(init.exitCode == 0, init.err.constData());
    }

    void minimalConfigReproducesTrainingAnswers()
    {
        const QString base = QStringLiteral(FLYWHEEL_PRESET_BASE);
        const QString config = writeJsonFile(m_tmp.filePath(QStringLiteral("minimal.json")),
                                             {{"datanet", "World facts (demo)"},
                                              {"version", "latest"},
                                              {"base", base},
                                              {"method", "full"},
                                              {"output", "m"}});
        QElapsedTimer clock;
        clock.start();
        const CliRun train = cli({"train", config, "--threads", "1"});
        QVERIFY2(train.exitCode == 0, train.exitCode == -1 ? "killed: ran past the timeout" : train.err.constData());
        const QStringList lines = QString::fromUtf8(train.out).trimmed().split(QLatin1Char('\n'));
        qInfo("%s from the minimal config: %s, %lld ms", qPrintable(base),
              qPrintable(lines.value(lines.size() - 2)), clock.elapsed());

        const QString exported = m_tmp.filePath(QStringLiteral("version.jsonl"));
        QCOMPARE(cli({"datanet", "export", "World facts (demo)", "--version", "latest", "--format",
                      "alpaca", exported})
                     .exitCode,
                 0);
        QFile file(exported);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> records = file.readAll().trimmed().split('\n');
        QVERIFY(records.size() >= kSampled);
        int right = 0;
        for (int i = 0; i < kSampled; ++i) { // spread evenly over every kind of record
            const QJsonObject r =
                QJsonDocument::fromJson(records.at(i * records.size() / kSampled)).object();
            right += answer(r.value("instruction").toString()) == r.value("output").toString();
        }
        qInfo("%s: %d of %d sampled training answers reproduced (required: %d)", qPrintable(base),
              right, kSampled, kRequired);
        QVERIFY2(right >= kRequired,
                 qPrintable(QStringLiteral("%1 of %2").arg(right).arg(kSampled)));
    }
};

QTEST_GUILESS_MAIN(CliPresetTest)
#include "CliPresetTest.moc"

// No plaintext of a model on any file system: flywheel-cli trains a tiny model from scratch, a LoRA
// adapter on it, and generates with both, while inotify watches fresh, empty $XDG_RUNTIME_DIR and
// $TMPDIR folders; not one file or folder may appear in them, not even for a moment.
#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <climits>
#include <sys/inotify.h>
#include <unistd.h>

namespace {

const QMap<QString, QString> kDemoPass{
    {QStringLiteral("FLYWHEEL_PASSPHRASE"), QStringLiteral("demo")}};

// Everything that appears in the watched folders (created or moved in), as "folder: name".
// The kernel queues the events while the CLI runs; they are read after each command.
class FolderWatch
{
public:
    explicit FolderWatch(const QStringList& dirs) : m_fd(inotify_init1(IN_NONBLOCK | IN_CLOEXEC))
    {
        for (const QString& dir : dirs)
            m_dirs.insert(inotify_add_watch(m_fd, QFile::encodeName(dir).constData(),
                                            IN_CREATE | IN_MOVED_TO | IN_MODIFY | IN_Q_OVERFLOW),
                          dir);
    }
    ~FolderWatch() { ::close(m_fd); }
    FolderWatch(const FolderWatch&) = delete;
    FolderWatch& operator=(const FolderWatch&) = delete;

    bool valid() const { return m_fd >= 0 && !m_dirs.contains(-1); }

    // Every event since the last call.
    QStringList drain()
    {
        QStringList seen;
        alignas(inotify_event) char buffer[64 * (sizeof(inotify_event) + NAME_MAX + 1)];
        for (;;) {
            const ssize_t n = ::read(m_fd, buffer, sizeof buffer);
            if (n <= 0)
                break;
            for (ssize_t at = 0; at < n;) {
                const auto* e = reinterpret_cast<const inotify_event*>(buffer + at);
                if (e->mask & IN_Q_OVERFLOW)
                    seen << QStringLiteral("(event queue overflow)");
                else
                    seen << QStringLiteral("%1: %2").arg(m_dirs.value(e->wd),
                                                         QFile::decodeName(e->len ? e->name : ""));
                at += ssize_t(sizeof(inotify_event) + e->len);
            }
        }
        return seen;
    }

private:
    int m_fd;
    QMap<int, QString> m_dirs;
};

} // namespace

class CliPlaintextTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    CliRunner m_cli{m_tmp.filePath(QStringLiteral("home"))};
    QString m_workspace = m_tmp.filePath(QStringLiteral("demo"));
    QTemporaryDir m_runtime; // the two watched folders, empty and private
    QTemporaryDir m_temp;

    CliRun cli(const QStringList& args) const
    {
        QMap<QString, QString> env = kDemoPass;
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_runtime.path());
        env.insert(QStringLiteral("TMPDIR"), m_temp.path());
        return m_cli.run(QStringList{QStringLiteral("--workspace"), m_workspace} + args, env);
    }
    QString writeConfig(const QString& name, const QJsonObject& config) const
    {
        return writeJsonFile(m_tmp.filePath(name), config);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid() && m_runtime.isValid() && m_temp.isValid());
        const CliRun init = m_cli.run({"--workspace", m_workspace, "workspace", "init", "--demo"});
        QVERIFY2(init.exitCode == 0, init.err.constData());
    }

    // The watch is not blind: a file made and removed at once in each folder is reported.
    void watchSeesAShortLivedFile()
    {
        FolderWatch watch({m_runtime.path(), m_temp.path()});
        QVERIFY(watch.valid());
        for (const QString& dir : {m_runtime.path(), m_temp.path()}) {
            const QString probe = QDir(dir).filePath(QStringLiteral("probe"));
            QFile file(probe);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("x");
            file.close();
            QVERIFY(QFile::remove(probe));
        }
        const QStringList seen = watch.drain();
        QVERIFY2(seen.contains(m_runtime.path() + QStringLiteral(": probe")),
                 qPrintable(seen.join(", ")));
        QVERIFY2(seen.contains(m_temp.path() + QStringLiteral(": probe")),
                 qPrintable(seen.join(", ")));
    }

    void trainsAndGeneratesWithoutTouchingTheFileSystem_data()
    {
        QTest::addColumn<QStringList>("args");
        const QJsonObject tiny{{"datanet", "World facts (demo)"},
                               {"steps", 3},
                               {"batch_size", 4},
                               {"seq_len", 32},
                               {"warmup_steps", 0},
                               {"eval_fraction", 0.0},
                               {"checkpoint_every", 1}};
        QJsonObject scratch = tiny;
        scratch.insert("base", "nano");
        scratch.insert("output", "secret-nano");
        QJsonObject lora = tiny;
        lora.insert("base", "secret-nano");
        lora.insert("method", "lora");
        lora.insert("output", "secret-lora");
        lora.insert("lora", QJsonObject{{"r", 2}, {"lora_alpha", 4}});
        QTest::newRow("train from scratch")
            << QStringList{"train", writeConfig("scratch.json", scratch), "--threads", "1"};
        QTest::newRow("generate") << QStringList{
            "generate", "secret-nano", "--prompt", "Capital of France?", "--chat", "--max-tokens",
            "4",        "--threads",   "1"};
        QTest::newRow("train a LoRA adapter on it")
            << QStringList{"train", writeConfig("lora.json", lora), "--threads", "1"};
        QTest::newRow("generate with the adapter")
            << QStringList{"generate",     "secret-lora", "--prompt",  "Capital of France?",
                           "--max-tokens", "4",           "--threads", "1"};
    }

    void trainsAndGeneratesWithoutTouchingTheFileSystem()
    {
        QFETCH(QStringList, args);
        FolderWatch watch({m_runtime.path(), m_temp.path()});
        QVERIFY(watch.valid());
        const CliRun run = cli(args);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QStringList appeared = watch.drain();
        QVERIFY2(appeared.isEmpty(), qPrintable(appeared.join(QStringLiteral(", "))));
        for (const QString& dir : {m_runtime.path(), m_temp.path()})
            QCOMPARE(QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System |
                                         QDir::NoDotAndDotDot),
                     QStringList());
    }
};

QTEST_GUILESS_MAIN(CliPlaintextTest)
#include "CliPlaintextTest.moc"

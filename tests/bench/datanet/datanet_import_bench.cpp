// Import throughput of Alpaca JSONL (parse, normalise, hash, dedup, near-dup, sign, search index,
// encrypted writes), searchable when it returns, against two baselines measured in the same run:
// the public reference a user would compare with - a plain Python script storing the same file in
// unencrypted SQLite (plain_import.py beside this file) - and a bare SQLCipher bulk insert of the
// same rows into the same schema. Prints records/s, peak RSS and the ratios.
// Usage: datanet_import_bench [--records N] [--runs K] [--python PATH_TO_plain_import.py]
// With --runs, each run is an import into a new workspace followed by the Python reference, and the
// median ratio is printed.
#include "datanet/DatanetImporter.h"
#include "datanet/DatanetService.h"
#include "datanet/SearchIndex.h"
#include "store/Database.h"
#include "store/Transaction.h"
#include "store/Workspace.h"
#include "wallet/WalletService.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <QtEndian>
#include <algorithm>
#include <cstdio>
#include <optional>
#include <sys/resource.h>
#include <vector>

using namespace fw;

namespace {
// About 250 bytes per record, all distinct, words varied enough to look like real text.
QByteArray record(qint64 i)
{
    static const char* const words[] = {"river",  "engine",  "garden",  "signal", "market",
                                        "planet", "window",  "forest",  "matrix", "harbor",
                                        "violin", "circuit", "lantern", "meadow"};
    QByteArray w;
    for (int k = 0; k < 8; ++k)
        w += QByteArray(words[(i * 7 + k * 13 + (i >> k)) % 14]) + ' ';
    return "{\"instruction\":\"Explain item " + QByteArray::number(i) + " of the catalogue: " + w +
           "\",\"input\":\"context " + QByteArray::number(i * 31 % 9973) + "\",\"output\":\"Item " +
           QByteArray::number(i) + " is described by " + w + "and it relates to entry " +
           QByteArray::number(i * 17 % 100003) + " in the same catalogue.\"}\n";
}

qint64 peakRssKb()
{
    QFile f("/proc/self/status");
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

// CPU seconds (user and system) of the calling thread or of the whole process.
double cpuSeconds(int who)
{
    rusage u{};
    getrusage(who, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

// Other processes share the cores; the numbers only compare well with the load they ran under.
QByteArray loadAverage()
{
    QFile f("/proc/loadavg");
    if (!f.open(QIODevice::ReadOnly))
        return "unknown";
    return f.readAll().split(' ').mid(0, 3).join(' ');
}

// The same rows without parsing, normalising, hashing, near-duplicate detection or signing.
double bareInsertSeconds(store::Workspace& ws, const QString& path, qint64 datanetId)
{
    Result<store::Connection> connection = ws.requireDatabase();
    if (!connection)
        return -1;
    store::Database& db = **connection;
    // The importer's own cache size, so the ratio compares the work and not the settings.
    (void)db.exec(
        QStringLiteral("PRAGMA cache_size = -%1;").arg(datanet::DatanetImporter::kImportCacheKiB));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    QElapsedTimer t;
    t.start();
    store::Transaction tx(db);
    (void)db.exec(
        QStringLiteral(
            "INSERT INTO contributions(datanet_id, contributor, merkle_root, record_count, "
            "signature, created_at) VALUES(%1, 'x', x'', 0, x'', 0)")
            .arg(datanetId));
    const qint64 contribution = db.lastInsertRowId();
    auto st = db.prepare(
        "INSERT INTO records(datanet_id, contribution_id, content, content_hash, contributor, "
        "near_duplicate, band_keys, tokens, created_at) VALUES(?, ?, ?, ?, ?, 0, ?, ?, 0)");
    const QString contributor(62, 'a');
    quint64 x = 0x9e3779b97f4a7c15ULL;
    QByteArray hash(32, Qt::Uninitialized);
    const QByteArray bands(32, 'b');
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        for (int k = 0; k < 4; ++k) { // a cheap pseudo-random hash keeps the unique index honest
            x = (x ^ (x >> 31)) * 0xbf58476d1ce4e5b9ULL + 1;
            qToLittleEndian(x, hash.data() + 8 * k);
        }
        st->reset();
        st->bind(1, datanetId)
            .bind(2, contribution)
            .bind(3, QString::fromUtf8(line))
            .bind(4, hash)
            .bind(5, contributor)
            .bind(6, bands)
            .bind(7, qint64(line.size() / 4));
        if (!st->run())
            return -1;
    }
    if (!tx.commit())
        return -1;
    return t.elapsed() / 1000.0;
}
// The Python reference's records/s on the same file; 0 when python3 or the script is missing.
double pythonRate(const QString& script, const QString& jsonl, const QString& dbPath)
{
    if (script.isEmpty() || !QFile::exists(script))
        return 0;
    QProcess python;
    python.start(QStringLiteral("python3"), {script, jsonl, dbPath});
    if (!python.waitForFinished(600000) || python.exitCode() != 0)
        return 0;
    // "records N seconds S"
    const QList<QByteArray> f = python.readAllStandardOutput().simplified().split(' ');
    return f.size() == 4 && f[3].toDouble() > 0 ? f[1].toDouble() / f[3].toDouble() : 0;
}
// One import into a new workspace, until it is searchable.
struct ImportRun
{
    double importSeconds = 0;     // importFile() returned
    double writtenSeconds = 0;    // every record written, before the commit
    double searchableSeconds = 0; // and catchUp() found nothing left
    double writerCpu = 0;         // CPU seconds of the writing thread (this one)
    double processCpu = 0;        // CPU seconds of every thread
    qint64 added = 0;
    qint64 duplicates = 0;
    qint64 nearDuplicates = 0;
    qint64 leftForCatchUp = 0;
};

std::optional<ImportRun> importOnce(const QString& workspaceDir, const QString& path)
{
    store::CreateOptions opts;
    opts.kdf = crypto::KdfParams::interactive();
    auto ws = store::Workspace::create(workspaceDir, "bench", opts);
    if (!ws)
        return std::nullopt;
    auto who = wallet::WalletService(**ws).createIdentity("bench");
    datanet::Datanet spec;
    spec.name = "bench";
    auto d = datanet::DatanetService(**ws).create(spec);
    if (!who || !d)
        return std::nullopt;

    datanet::ImportOptions options;
    options.identityId = who->id;
    QElapsedTimer t;
    // The importer reports progress while it writes and once more when every record is written,
    // before its commit: the last report splits the import into writing the records and finishing
    // (commit, checkpoint, the search index's last words and commit).
    qint64 writtenMs = 0;
    options.progress = [&](const datanet::ImportProgress&) {
        writtenMs = t.elapsed();
        return true;
    };
    // The import writes on this thread; reading, hashing and search indexing run on three others.
    // When the writer's CPU time is close to the import's wall time, it is the critical path.
    ImportRun run;
    const double writerCpu0 = cpuSeconds(RUSAGE_THREAD);
    const double processCpu0 = cpuSeconds(RUSAGE_SELF);
    t.start();
    auto report = datanet::DatanetImporter(**ws).importFile(d->id, path, options);
    run.importSeconds = t.elapsed() / 1000.0;
    run.writerCpu = cpuSeconds(RUSAGE_THREAD) - writerCpu0;
    run.processCpu = cpuSeconds(RUSAGE_SELF) - processCpu0;
    if (!report) {
        std::fprintf(stderr, "import failed: %s\n", qPrintable(report.error().message));
        return std::nullopt;
    }
    // The import indexes its own records; catchUp() must find nothing left (it is what the CLI
    // and the GUI call before saying the import is done, so it counts).
    auto indexed = datanet::SearchIndex(**ws).catchUp();
    run.searchableSeconds = t.elapsed() / 1000.0;
    if (!indexed) {
        std::fprintf(stderr, "search indexing failed: %s\n", qPrintable(indexed.error().message));
        return std::nullopt;
    }
    run.writtenSeconds = writtenMs / 1000.0;
    run.added = report->added;
    run.duplicates = report->duplicates;
    run.nearDuplicates = report->nearDuplicates;
    run.leftForCatchUp = *indexed;
    return run;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty()      ? 0
           : v.size() % 2 ? v[v.size() / 2]
                          : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    qint64 n = 1000000;
    int runs = 1;
    QString script;
    for (int i = 1; i + 1 < argc; ++i) {
        if (QByteArray(argv[i]) == "--records")
            n = QByteArray(argv[i + 1]).toLongLong();
        if (QByteArray(argv[i]) == "--runs")
            runs = std::max(1, QByteArray(argv[i + 1]).toInt());
        if (QByteArray(argv[i]) == "--python")
            script = QString::fromLocal8Bit(argv[i + 1]);
    }
    QTemporaryDir tmp;
    const QString path = tmp.filePath("bench.jsonl");
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        for (qint64 i = 0; i < n; ++i)
            f.write(record(i));
    }
    const qint64 bytes = QFile(path).size();
    std::printf("records            %lld (%.1f MB of Alpaca JSONL)\n", static_cast<long long>(n),
                bytes / 1e6);

    // Each run imports into a new workspace, then the Python reference stores the same file: the
    // two sides of one ratio run back to back, under the same load.
    std::vector<double> ratios;
    std::vector<double> searchableRates;
    qint64 importPeakKb = 0;
    for (int r = 1; r <= runs; ++r) {
        const QString dir = tmp.filePath(QStringLiteral("ws-%1").arg(r));
        const std::optional<ImportRun> run = importOnce(dir, path);
        if (r == 1) // later runs start with what glibc kept of the earlier ones
            importPeakKb = peakRssKb();
        if (!run)
            return 4;
        QDir(dir).removeRecursively();
        const double importRate = double(run->added) / run->importSeconds;
        const double searchableRate = double(run->added) / run->searchableSeconds;
        searchableRates.push_back(searchableRate);
        if (runs > 1)
            std::printf("run %d\n", r);
        std::printf(
            "import             %.2f s, %.0f records/s (added %lld, duplicates %lld, near %lld)\n",
            run->importSeconds, importRate, static_cast<long long>(run->added),
            static_cast<long long>(run->duplicates), static_cast<long long>(run->nearDuplicates));
        std::printf("  records written  %.2f s, then commit + checkpoint + search index %.2f s\n",
                    run->writtenSeconds, run->importSeconds - run->writtenSeconds);
        std::printf("  cpu              %.2f s on the writing thread, %.2f s on all threads\n",
                    run->writerCpu, run->processCpu);
        std::printf("searchable         %.2f s, %.0f records/s (import + search index; %lld left "
                    "for catch-up)\n",
                    run->searchableSeconds, searchableRate,
                    static_cast<long long>(run->leftForCatchUp));
        const double reference =
            pythonRate(script, path, tmp.filePath(QStringLiteral("python-%1.db").arg(r)));
        if (reference > 0) {
            ratios.push_back(searchableRate / reference);
            std::printf("python reference   %.0f records/s (json + BLAKE2b + sqlite3, unencrypted, "
                        "no search index)\n"
                        "ratio vs python    %.2f (searchable import / python; target >= 1.0)\n",
                        reference, ratios.back());
        }
    }
    if (script.isEmpty())
        std::printf(
            "python reference   not run (pass --python tests/bench/datanet/plain_import.py)\n");
    if (runs > 1 && !ratios.empty()) {
        QStringList each;
        for (double x : ratios)
            each << QString::number(x, 'f', 2);
        std::printf("median ratio       %.2f over %d runs (%s; target >= 1.0)\n", median(ratios),
                    int(ratios.size()), qPrintable(each.join(QStringLiteral(", "))));
    }

    store::CreateOptions opts;
    opts.kdf = crypto::KdfParams::interactive();
    auto baseWs = store::Workspace::create(tmp.filePath("base"), "bench", opts);
    datanet::Datanet spec;
    spec.name = "bench";
    if (!baseWs)
        return 3;
    auto baseD = datanet::DatanetService(**baseWs).create(spec);
    if (!baseD)
        return 3;
    const double bareSeconds = bareInsertSeconds(**baseWs, path, baseD->id);
    if (bareSeconds <= 0)
        return 5;
    const double bareRate = double(n) / bareSeconds;
    std::printf("bare bulk insert   %.2f s, %.0f records/s\n", bareSeconds, bareRate);
    std::printf(
        "ratio vs bare      %.2f (searchable import / bare encrypted insert; median of runs)\n",
        median(searchableRates) / bareRate);
    std::printf("peak RSS (import)  %.1f MB (the first run; target < 500)\n",
                importPeakKb / 1024.0);
    std::printf("load average       %s (over %d cores)\n", loadAverage().constData(),
                QThread::idealThreadCount());
    return 0;
}

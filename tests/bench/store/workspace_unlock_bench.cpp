// How long unlocking a workspace takes with each Argon2id profile, against the raw SQLCipher open
// (no KDF) measured in the same run. Usage: workspace_unlock_bench [--rounds N]
#include "crypto/Kdf.h"
#include "store/Database.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace fw;

namespace {
double medianMs(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

double timeUnlock(const QString& dir, const QByteArray& passphrase, int rounds)
{
    std::vector<double> ms;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer t;
        t.start();
        auto ws = store::Workspace::open(dir, passphrase);
        if (!ws) {
            std::fprintf(stderr, "open failed: %s\n", qPrintable(ws.error().message));
            std::exit(1);
        }
        ms.push_back(t.nsecsElapsed() / 1e6);
    }
    return medianMs(ms);
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int idx = app.arguments().indexOf("--rounds");
    const int rounds = idx > 0 ? std::max(1, app.arguments().value(idx + 1).toInt()) : 5;
    QTemporaryDir tmp;

    // Baseline: opening and checking the SQLCipher database with a ready key (no Argon2id).
    QByteArray raw(crypto::kKeyBytes, 'k');
    const crypto::SecureBytes key = crypto::SecureBytes::takeFrom(raw);
    { auto db = store::Database::open(tmp.filePath("raw.db"), key, store::Database::Mode::Create);
      (void)(*db)->exec("CREATE TABLE t(x)"); }
    std::vector<double> rawMs;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer t;
        t.start();
        auto db = store::Database::open(tmp.filePath("raw.db"), key, store::Database::Mode::OpenExisting);
        rawMs.push_back(t.nsecsElapsed() / 1e6);
    }
    const double baseline = medianMs(rawMs);
    std::printf("raw_sqlcipher_open_ms: %.2f\n", baseline);

    const struct { const char* name; crypto::KdfParams params; } profiles[] = {
        {"interactive", crypto::KdfParams::interactive()},
        {"moderate", crypto::KdfParams::moderate()},
    };
    for (const auto& p : profiles) {
        const QString dir = tmp.filePath(QString::fromLatin1(p.name));
        store::CreateOptions options;
        options.kdf = p.params;
        if (!store::Workspace::create(dir, "benchmark passphrase", options)) {
            std::fprintf(stderr, "create failed\n");
            return 1;
        }
        const double ms = timeUnlock(dir, "benchmark passphrase", rounds);
        std::printf("unlock_%s_ms: %.1f (argon2id ops=%llu mem=%llu MiB) ratio_vs_raw_open: %.0fx\n",
                    p.name, ms, static_cast<unsigned long long>(p.params.opsLimit),
                    static_cast<unsigned long long>(p.params.memLimitBytes >> 20), ms / baseline);
    }
    return 0;
}

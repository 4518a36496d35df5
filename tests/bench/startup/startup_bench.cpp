// Start-up costs the closing notes quote, each against a baseline measured in the same run:
// - `flywheel-cli --help` (no libtorch) against `--version` (loads the ML engine module);
// - deriving a wallet key from its 24 words against a bare Ed25519 key from a seed.
// Usage: startup_bench [--rounds N]
#include "crypto/Ed25519.h"
#include "crypto/WalletKeys.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace fw;

namespace {
double medianMs(int rounds, const std::function<void()>& work)
{
    std::vector<double> ms;
    for (int i = 0; i < rounds; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        ms.push_back(t.nsecsElapsed() / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

void runCli(const QString& argument)
{
    QProcess p;
    p.start(QStringLiteral(FLYWHEEL_CLI_PATH), {argument});
    if (!p.waitForFinished(120000) || p.exitCode() != 0) {
        std::fprintf(stderr, "flywheel-cli %s failed\n", qPrintable(argument));
        std::exit(1);
    }
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int idx = app.arguments().indexOf("--rounds");
    const int rounds = idx > 0 ? std::max(1, app.arguments().value(idx + 1).toInt()) : 5;

    const double help = medianMs(rounds, [] { runCli(QStringLiteral("--help")); });
    const double version = medianMs(rounds, [] { runCli(QStringLiteral("--version")); });
    std::printf("cli_help_ms: %.1f (libtorch not loaded)\n", help);
    std::printf("cli_version_ms: %.1f (loads the ML engine module) ratio_help_vs_version: %.3f\n", version,
                help / version);

    QByteArray raw(32, '\x42');
    const crypto::SecureBytes entropy = crypto::SecureBytes::takeFrom(raw);
    const int keyRounds = rounds * 20;
    const double seedOnly = medianMs(keyRounds, [&] { (void)crypto::SigningKey::fromSeed(entropy); });
    const double wallet = medianMs(keyRounds, [&] { (void)crypto::walletKeyFromEntropy(entropy); });
    std::printf("ed25519_from_seed_ms: %.3f\n", seedOnly);
    std::printf("wallet_key_from_words_ms: %.3f (BIP39 PBKDF2 x2048 + SLIP-10) ratio_vs_seed: %.0fx\n",
                wallet, wallet / seedOnly);
    return 0;
}

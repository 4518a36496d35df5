// Helper for datanet_crash_test: imports a file into the datanet "crash" of a workspace and prints
// its progress, so the test can kill it with SIGKILL in the middle of the transaction.
// Usage: datanet_import_child WORKSPACE PASSPHRASE FILE
#include "datanet/DatanetImporter.h"
#include "datanet/DatanetService.h"
#include "store/Workspace.h"
#include "wallet/WalletService.h"

#include <QCoreApplication>

#include <cstdio>

using namespace fw;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 4) {
        std::fputs("usage: datanet_import_child WORKSPACE PASSPHRASE FILE\n", stderr);
        return 2;
    }
    auto ws = store::Workspace::open(QString::fromLocal8Bit(argv[1]), QByteArray(argv[2]));
    if (!ws) {
        std::fprintf(stderr, "%s\n", qPrintable(ws.error().message));
        return 3;
    }
    auto datanet = datanet::DatanetService(**ws).datanetByName("crash");
    auto who = wallet::WalletService(**ws).defaultIdentity();
    if (!datanet || !who)
        return 4;
    datanet::ImportOptions options;
    options.identityId = who->id;
    options.progress = [](const datanet::ImportProgress& p) {
        std::printf("progress %lld\n", static_cast<long long>(p.records));
        std::fflush(stdout);
        return true;
    };
    auto report = datanet::DatanetImporter(**ws).importFile(datanet->id, QString::fromLocal8Bit(argv[3]), options);
    if (!report) {
        std::fprintf(stderr, "%s\n", qPrintable(report.error().message));
        return 5;
    }
    std::puts("done");
    return 0;
}

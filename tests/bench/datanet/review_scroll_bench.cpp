// The review table over a big datanet: imports N records (default one million), then scrolls a
// real QTableView over RecordTableModel from the top to the bottom the way a person dragging the
// scroll bar would, and prints the longest event-loop stall. The baseline, measured in the same
// run, is the same scrolling over the first 50,000 records: key-based paging should make the last
// page cost what the first one did (ratio near 1). Usage: review_scroll_bench [--records N]
#include "datanet/DatanetImporter.h"
#include "datanet/DatanetService.h"
#include "store/Workspace.h"
#include "ui/datanets/RecordTableModel.h"
#include "wallet/WalletService.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace fw;

namespace {
struct ScrollStats
{
    qint64 rows = 0;
    int fetches = 0;
    double longestMs = 0;
    double meanMs = 0;
};

// Drags to the bottom until `limit` rows are loaded (or all of them), timing each event-loop turn.
ScrollStats scroll(QTableView& view, ui::RecordTableModel& model, qint64 limit)
{
    ScrollStats s;
    QElapsedTimer step;
    double total = 0;
    while (model.rowCount() < std::min(limit, model.totalCount())) {
        step.start();
        view.verticalScrollBar()->setValue(view.verticalScrollBar()->maximum());
        QCoreApplication::processEvents();
        const double ms = double(step.nsecsElapsed()) / 1e6;
        s.longestMs = std::max(s.longestMs, ms);
        total += ms;
        ++s.fetches;
    }
    s.rows = model.rowCount();
    s.meanMs = s.fetches ? total / s.fetches : 0;
    return s;
}
} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    qint64 n = 1'000'000;
    for (int i = 1; i + 1 < argc; ++i)
        if (QByteArray(argv[i]) == "--records")
            n = QByteArray(argv[i + 1]).toLongLong();
    const qint64 baselineRows = std::min<qint64>(50'000, n);

    QTemporaryDir tmp;
    const QString path = tmp.filePath("records.jsonl");
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        for (qint64 i = 0; i < n; ++i)
            f.write("{\"instruction\":\"What is " + QByteArray::number(i) + " plus " + QByteArray::number(i % 97)
                    + "?\",\"output\":\"" + QByteArray::number(i + i % 97) + "\"}\n");
    }
    store::CreateOptions options;
    options.kdf = crypto::KdfParams::interactive();
    auto ws = store::Workspace::create(tmp.filePath("ws"), "bench", options);
    if (!ws)
        return 2;
    auto who = wallet::WalletService(**ws).createIdentity("bench");
    datanet::Datanet spec;
    spec.name = "bench";
    auto d = datanet::DatanetService(**ws).create(spec);
    if (!who || !d)
        return 3;
    datanet::ImportOptions import;
    import.identityId = who->id;
    QElapsedTimer clock;
    clock.start();
    auto report = datanet::DatanetImporter(**ws).importFile(d->id, path, import);
    if (!report)
        return 4;
    std::printf("records            %lld imported in %.1f s\n", static_cast<long long>(report->added),
                clock.elapsed() / 1000.0);

    std::shared_ptr<store::Workspace> shared = std::move(*ws);
    auto run = [&](qint64 limit) {
        ui::RecordTableModel model;
        QTableView view;
        view.setModel(&model);
        view.verticalHeader()->hide();
        view.resize(1000, 700);
        view.show();
        QElapsedTimer open;
        open.start();
        model.setSource(shared, d->id, datanet::RecordKind::Instruction); // counts, reads the first page
        const double openMs = double(open.nsecsElapsed()) / 1e6;
        ScrollStats s = scroll(view, model, limit);
        return std::make_pair(openMs, s);
    };
    const auto [baseOpen, base] = run(baselineRows);
    const auto [fullOpen, full] = run(n);
    std::printf("open table         %.1f ms and %.1f ms (count every record + read the first page)\n", baseOpen,
                fullOpen);
    std::printf("baseline scroll    %lld rows, %d page fetches, longest stall %.1f ms, mean %.2f ms\n",
                static_cast<long long>(base.rows), base.fetches, base.longestMs, base.meanMs);
    std::printf("full scroll        %lld rows, %d page fetches, longest stall %.1f ms, mean %.2f ms\n",
                static_cast<long long>(full.rows), full.fetches, full.longestMs, full.meanMs);
    std::printf("ratio              %.2f (mean page stall, full / first %lld rows; target ~1)\n",
                full.meanMs / std::max(1e-9, base.meanMs), static_cast<long long>(baselineRows));
    return full.rows == report->added ? 0 : 5;
}

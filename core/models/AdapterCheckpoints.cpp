// Reading and writing adapter_checkpoints (schema migration 16) and run_adapter_checkpoints
// (migration 17) with ChunkedFile's chunks.
#include "models/AdapterCheckpoints.h"

#include "models/ChunkedFile.h"
#include "store/Transaction.h"
#include "store/Workspace.h"

#include <map>
#include <set>

namespace fw::models {

// Whose checkpoints: an adapter's (adapter_checkpoints.model_id) or a running run's
// (run_adapter_checkpoints.run_id). Both tables have the same parts.
struct AdapterCheckpoints::Owner
{
    const char* table;
    const char* key;
    qint64 id;
};

namespace {

QString sql(const char* pattern, const char* table, const char* key)
{
    return QString::fromLatin1(pattern).arg(QLatin1String(table), QLatin1String(key));
}

} // namespace

// Inside the caller's transaction. replaceAll: the owner's rows go first; otherwise only those at
// the steps written.
Status AdapterCheckpoints::write(const Owner& owner, const std::vector<ml::AdapterCheckpoint>& checkpoints,
                                 bool replaceAll)
{
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    Result<store::Statement> clear = (*db)->prepare(
        replaceAll ? sql("DELETE FROM %1 WHERE %2 = ?", owner.table, owner.key)
                   : sql("DELETE FROM %1 WHERE %2 = ? AND step = ?", owner.table, owner.key));
    if (!clear)
        return clear.error();
    for (size_t i = 0; i < (replaceAll ? 1 : checkpoints.size()); ++i) {
        clear->reset();
        clear->bind(1, owner.id);
        if (!replaceAll)
            clear->bind(2, qint64(checkpoints[i].step));
        if (Status s = clear->run(); !s)
            return s;
    }
    Result<store::Statement> insert = (*db)->prepare(
        sql("INSERT INTO %1(%2, step, learning_rate, name, chunk, data) VALUES(?, ?, ?, ?, ?, ?)", owner.table,
            owner.key));
    if (!insert)
        return insert.error();
    for (const ml::AdapterCheckpoint& c : checkpoints)
        for (const QString& name : c.adapter.names()) {
            Result<qint64> stored =
                storeChunks(c.adapter.value(name), [&](qint64 chunk, const QByteArray& data) {
                    insert->reset();
                    insert->bind(1, owner.id)
                        .bind(2, qint64(c.step))
                        .bind(3, c.learningRate)
                        .bind(4, name)
                        .bind(5, chunk)
                        .bind(6, data);
                    return insert->run();
                });
            if (!stored)
                return stored.error();
        }
    return Status::success();
}

Result<std::vector<ml::AdapterCheckpoint>> AdapterCheckpoints::read(const Owner& owner) const
{
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    Result<store::Statement> heads = (*db)->prepare(
        sql("SELECT DISTINCT step, name, learning_rate FROM %1 WHERE %2 = ? ORDER BY step, name", owner.table,
            owner.key));
    if (!heads)
        return heads.error();
    heads->bind(1, owner.id);
    std::map<int, ml::AdapterCheckpoint> byStep;
    std::vector<std::pair<int, QString>> files;
    if (Status s = store::forEachRow(*heads,
                                     [&](const store::Statement& row) {
                                         const int step = int(row.int64(0));
                                         byStep[step].step = step;
                                         byStep[step].learningRate = row.real(2);
                                         files.emplace_back(step, row.text(1));
                                     });
        !s)
        return s.error();
    Result<store::Statement> rows = (*db)->prepare(
        sql("SELECT chunk, data FROM %1 WHERE %2 = ? AND step = ? AND name = ? ORDER BY chunk", owner.table,
            owner.key));
    if (!rows)
        return rows.error();
    for (const auto& [step, name] : files) {
        rows->reset();
        rows->bind(1, owner.id).bind(2, qint64(step)).bind(3, name);
        Result<QByteArray> bytes =
            readChunks(*rows, QStringLiteral("adapter checkpoint %1/%2").arg(step).arg(name));
        if (!bytes)
            return bytes.error();
        byStep[step].adapter.insert(name, *bytes);
    }
    std::vector<ml::AdapterCheckpoint> out;
    for (auto& [step, c] : byStep)
        out.push_back(std::move(c));
    return out;
}

Status AdapterCheckpoints::save(qint64 modelId, const std::vector<ml::AdapterCheckpoint>& checkpoints)
{
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    store::Transaction tx(**db);
    if (!tx.began())
        return tx.began();
    if (Status s = write({"adapter_checkpoints", "model_id", modelId}, checkpoints, true); !s)
        return s;
    return tx.commit();
}

Result<std::vector<ml::AdapterCheckpoint>> AdapterCheckpoints::load(qint64 modelId) const
{
    return read({"adapter_checkpoints", "model_id", modelId});
}

Status AdapterCheckpoints::keepForRun(qint64 runId, const ml::AdapterCheckpoint& checkpoint)
{
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    store::Transaction tx(**db);
    if (!tx.began())
        return tx.began();
    if (Status s = write({"run_adapter_checkpoints", "run_id", runId}, {checkpoint}, false); !s)
        return s;
    return tx.commit();
}

Result<std::vector<ml::AdapterCheckpoint>> AdapterCheckpoints::keptForRun(qint64 runId) const
{
    return read({"run_adapter_checkpoints", "run_id", runId});
}

Status AdapterCheckpoints::moveRunToModel(qint64 runId, qint64 modelId,
                                          const std::vector<ml::AdapterCheckpoint>& inMemory)
{
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    store::Transaction tx(**db);
    if (!tx.began())
        return tx.began();
    if (Status s = write({"adapter_checkpoints", "model_id", modelId}, {}, true); !s)
        return s;
    // The kept parts are copied row for row; they never pass through memory.
    Result<store::Statement> copy =
        (*db)->prepare("INSERT INTO adapter_checkpoints(model_id, step, learning_rate, name, chunk, data) "
                       "SELECT ?, step, learning_rate, name, chunk, data FROM run_adapter_checkpoints "
                       "WHERE run_id = ?");
    if (!copy)
        return copy.error();
    copy->bind(1, modelId).bind(2, runId);
    if (Status s = copy->run(); !s)
        return s;
    Result<store::Statement> steps =
        (*db)->prepare("SELECT DISTINCT step FROM run_adapter_checkpoints WHERE run_id = ?");
    if (!steps)
        return steps.error();
    steps->bind(1, runId);
    std::set<int> kept;
    if (Status s = store::forEachRow(*steps, [&](const store::Statement& row) { kept.insert(int(row.int64(0))); }); !s)
        return s;
    std::vector<ml::AdapterCheckpoint> missing; // a keep that failed during the run (its warning was logged)
    for (const ml::AdapterCheckpoint& c : inMemory)
        if (!kept.count(c.step))
            missing.push_back(c);
    if (Status s = write({"adapter_checkpoints", "model_id", modelId}, missing, false); !s)
        return s;
    Result<store::Statement> forget = (*db)->prepare("DELETE FROM run_adapter_checkpoints WHERE run_id = ?");
    if (!forget)
        return forget.error();
    forget->bind(1, runId);
    if (Status s = forget->run(); !s)
        return s;
    return tx.commit();
}

} // namespace fw::models

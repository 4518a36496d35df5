// Reading and writing adapter_checkpoints (schema migration 16) with ChunkedFile's chunks.
#include "models/AdapterCheckpoints.h"

#include "models/ChunkedFile.h"
#include "store/Transaction.h"
#include "store/Workspace.h"

#include <map>

namespace fw::models {

Status AdapterCheckpoints::save(qint64 modelId,
                                const std::vector<ml::AdapterCheckpoint>& checkpoints)
{
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    store::Transaction tx(**db);
    if (!tx.began())
        return tx.began();
    Result<store::Statement> clear =
        (*db)->prepare("DELETE FROM adapter_checkpoints WHERE model_id = ?");
    if (!clear)
        return clear.error();
    clear->bind(1, modelId);
    if (Status s = clear->run(); !s)
        return s;
    Result<store::Statement> insert =
        (*db)->prepare("INSERT INTO adapter_checkpoints(model_id, step, learning_rate, name, "
                       "chunk, data) VALUES(?, ?, ?, ?, ?, ?)");
    if (!insert)
        return insert.error();
    for (const ml::AdapterCheckpoint& c : checkpoints)
        for (const QString& name : c.adapter.names()) {
            Result<qint64> stored =
                storeChunks(c.adapter.value(name), [&](qint64 chunk, const QByteArray& data) {
                    insert->reset();
                    insert->bind(1, modelId)
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
    return tx.commit();
}

Result<std::vector<ml::AdapterCheckpoint>> AdapterCheckpoints::load(qint64 modelId) const
{
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    Result<store::Statement> heads =
        (*db)->prepare("SELECT DISTINCT step, name, learning_rate FROM adapter_checkpoints "
                       "WHERE model_id = ? ORDER BY step, name");
    if (!heads)
        return heads.error();
    heads->bind(1, modelId);
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
    Result<store::Statement> rows =
        (*db)->prepare("SELECT chunk, data FROM adapter_checkpoints WHERE model_id = ? AND "
                       "step = ? AND name = ? ORDER BY chunk");
    if (!rows)
        return rows.error();
    for (const auto& [step, name] : files) {
        rows->reset();
        rows->bind(1, modelId).bind(2, qint64(step)).bind(3, name);
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

} // namespace fw::models

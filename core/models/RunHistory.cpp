// Training runs, their loss points and checkpoints in the workspace database.
#include "models/RunHistory.h"

#include "models/ChunkedFile.h"
#include "store/Transaction.h"
#include "store/Workspace.h"

#include <QJsonDocument>

namespace fw::models {

namespace {

const char* const kStatusNames[] = {"running", "finished", "failed", "cancelled", "interrupted"};

RunStatus parseStatus(const QString& name)
{
    for (int i = 0; i < 5; ++i)
        if (name == QLatin1String(kStatusNames[i]))
            return RunStatus(i);
    return RunStatus::Failed;
}

const QString kRunColumns = QStringLiteral(
    "SELECT id, plan, status, version, total_steps, steps_done, final_loss, "
    "eval_loss, elapsed_ms, message, started_at, finished_at, "
    "(SELECT step FROM training_run_checkpoints c WHERE c.run_id = training_runs.id LIMIT 1) "
    "FROM training_runs ");

RunRecord readRun(const store::Statement& st)
{
    RunRecord r;
    r.id = st.int64(0);
    if (Result<TrainingPlan> plan =
            TrainingPlan::fromJson(QJsonDocument::fromJson(st.text(1).toUtf8()).object()))
        r.plan = *plan;
    r.status = parseStatus(st.text(2));
    r.version = st.text(3);
    r.totalSteps = int(st.int64(4));
    r.stepsDone = int(st.int64(5));
    r.finalLoss = st.isNull(6) ? -1.0 : st.real(6);
    r.evalLoss = st.isNull(7) ? -1.0 : st.real(7);
    r.elapsedMs = st.int64(8);
    r.message = st.text(9);
    r.startedAt = QDateTime::fromMSecsSinceEpoch(st.int64(10), Qt::UTC);
    if (!st.isNull(11))
        r.finishedAt = QDateTime::fromMSecsSinceEpoch(st.int64(11), Qt::UTC);
    r.checkpointStep = st.isNull(12) ? -1 : int(st.int64(12));
    return r;
}

// Losses below zero mean "none yet": stored as NULL.
void bindLoss(store::Statement& st, int index, double value)
{
    if (value >= 0)
        st.bind(index, value);
    else
        st.bindNull(index);
}

// The named metrics of run `id` into its points (sorted by step), in one pass over both.
Status addMetrics(store::Database& db, qint64 id, QList<RunPoint>& points)
{
    Result<store::Statement> st =
        db.prepare("SELECT step, name, value FROM training_run_metrics WHERE run_id = ? ORDER BY step");
    if (!st)
        return st.error();
    st->bind(1, id);
    int at = 0;
    return store::forEachRow(*st, [&](const store::Statement& row) {
        const int step = int(row.int64(0));
        while (at < points.size() && points[at].step < step)
            ++at;
        if (at < points.size() && points[at].step == step)
            points[at].metrics.insert(row.text(1), row.real(2));
    });
}

Status runWithId(store::Database& db, const QString& sql, qint64 id)
{
    Result<store::Statement> st = db.prepare(sql);
    if (!st)
        return st.error();
    st->bind(1, id);
    return st->run();
}

} // namespace

QString runStatusName(RunStatus status)
{
    return QLatin1String(kStatusNames[int(status)]);
}

bool RunRecord::canResume() const
{
    return checkpointStep > 0 && status != RunStatus::Running && status != RunStatus::Finished;
}

Result<qint64> RunHistory::begin(const TrainingPlan& plan, int totalSteps)
{
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    Result<store::Statement> st =
        (*db)->prepare("INSERT INTO training_runs(plan, status, total_steps, started_at) VALUES(?, "
                       "'running', ?, ?)");
    if (!st)
        return st.error();
    st->bind(1, QString::fromUtf8(QJsonDocument(plan.toJson()).toJson(QJsonDocument::Compact)))
        .bind(2, totalSteps)
        .bind(3, QDateTime::currentMSecsSinceEpoch());
    if (Status s = st->run(); !s)
        return s.error();
    return (*db)->lastInsertRowId();
}

Status RunHistory::markRunning(qint64 id)
{
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    return runWithId(**db,
                     "UPDATE training_runs SET status = 'running', message = '', finished_at = "
                     "NULL WHERE id = ?",
                     id);
}

Status RunHistory::setVersion(qint64 id, const QString& versionHex)
{
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    Result<store::Statement> st =
        (*db)->prepare("UPDATE training_runs SET version = ? WHERE id = ?");
    if (!st)
        return st.error();
    st->bind(1, versionHex).bind(2, id);
    return st->run();
}

Status RunHistory::addPoints(qint64 id, const QList<RunPoint>& points, int totalSteps,
                             qint64 elapsedMs)
{
    if (points.isEmpty())
        return {};
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    store::Transaction tx(**db);
    if (!tx.began())
        return tx.began().error();
    Result<store::Statement> insert =
        (*db)->prepare("INSERT OR REPLACE INTO training_run_points(run_id, step, loss, eval_loss, "
                       "learning_rate, tokens_per_s) "
                       "VALUES(?, ?, ?, ?, ?, ?)");
    if (!insert)
        return insert.error();
    Result<store::Statement> insertMetric = (*db)->prepare(
        "INSERT OR REPLACE INTO training_run_metrics(run_id, step, name, value) VALUES(?, ?, ?, ?)");
    if (!insertMetric)
        return insertMetric.error();
    for (const RunPoint& p : points) {
        for (auto it = p.metrics.begin(); it != p.metrics.end(); ++it) {
            insertMetric->reset();
            insertMetric->bind(1, id).bind(2, p.step).bind(3, it.key()).bind(4, it.value());
            if (Status s = insertMetric->run(); !s)
                return s.error();
        }
        insert->reset();
        insert->bind(1, id)
            .bind(2, p.step)
            .bind(3, p.loss)
            .bind(5, p.learningRate)
            .bind(6, p.tokensPerSecond);
        bindLoss(*insert, 4, p.evalLoss);
        if (Status s = insert->run(); !s)
            return s.error();
    }
    Result<store::Statement> update =
        (*db)->prepare("UPDATE training_runs SET steps_done = ?, final_loss = ?, eval_loss = ?, "
                       "elapsed_ms = ?, total_steps = ? "
                       "WHERE id = ?");
    if (!update)
        return update.error();
    const RunPoint& last = points.constLast();
    update->bind(1, last.step)
        .bind(2, last.loss)
        .bind(4, elapsedMs)
        .bind(5, totalSteps)
        .bind(6, id);
    bindLoss(*update, 3, last.evalLoss);
    if (Status s = update->run(); !s)
        return s.error();
    return tx.commit();
}

Status RunHistory::storeCheckpoint(qint64 id, int step, const QByteArray& checkpoint)
{
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    store::Transaction tx(**db);
    if (!tx.began())
        return tx.began().error();
    if (Status s = runWithId(**db, "DELETE FROM training_run_checkpoints WHERE run_id = ?", id); !s)
        return s;
    Result<store::Statement> insert = (*db)->prepare(
        "INSERT INTO training_run_checkpoints(run_id, chunk, step, data) VALUES(?, ?, ?, ?)");
    if (!insert)
        return insert.error();
    Result<qint64> stored = storeChunks(checkpoint, [&](qint64 chunk, const QByteArray& data) {
        insert->reset();
        insert->bind(1, id).bind(2, chunk).bind(3, step).bind(4, data);
        return insert->run();
    });
    if (!stored)
        return stored.error();
    return tx.commit();
}

Result<QByteArray> RunHistory::restoreCheckpoint(qint64 id) const
{
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    Result<store::Statement> chunks = (*db)->prepare(
        "SELECT chunk, data FROM training_run_checkpoints WHERE run_id = ? ORDER BY chunk");
    if (!chunks)
        return chunks.error();
    chunks->bind(1, id);
    Result<QByteArray> restored = readChunks(*chunks, QStringLiteral("checkpoint"));
    if (!restored && restored.error().code == ErrorCode::NotFound)
        return makeError(ErrorCode::NotFound, tr("This run has no checkpoint to resume from."));
    return restored;
}

Status RunHistory::finish(qint64 id, RunStatus status, const QString& message, double finalLoss,
                          double evalLoss)
{
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    store::Transaction tx(**db);
    if (!tx.began())
        return tx.began().error();
    Result<store::Statement> st = (*db)->prepare(
        "UPDATE training_runs SET status = ?, message = ?, finished_at = ?, "
        "final_loss = COALESCE(?, final_loss), eval_loss = COALESCE(?, eval_loss) WHERE id = ?");
    if (!st)
        return st.error();
    st->bind(1, runStatusName(status))
        .bind(2, message)
        .bind(3, QDateTime::currentMSecsSinceEpoch())
        .bind(6, id);
    bindLoss(*st, 4, finalLoss);
    bindLoss(*st, 5, evalLoss);
    if (Status s = st->run(); !s)
        return s;
    if (status == RunStatus::Finished)
        if (Status s = runWithId(**db, "DELETE FROM training_run_checkpoints WHERE run_id = ?", id);
            !s)
            return s;
    return tx.commit();
}

Result<QList<RunRecord>> RunHistory::markInterrupted()
{
    Result<QList<RunRecord>> running = query(QStringLiteral("WHERE status = 'running'"), 0);
    if (!running || running->isEmpty())
        return running;
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    Result<store::Statement> mark = (*db)->prepare(QStringLiteral(
        "UPDATE training_runs SET status = 'interrupted' WHERE id = ? AND status = 'running'"));
    if (!mark)
        return mark.error();
    QList<RunRecord> cut;
    for (RunRecord& r : *running) {
        // Another process (the CLI, the workbench) still training it holds its claim.
        if (store::JobClaim::isHeld(m_workspace.directory(), r.id))
            continue;
        mark->reset();
        mark->bind(1, r.id);
        if (Status s = mark->run(); !s)
            return s.error();
        r.status = RunStatus::Interrupted;
        cut << r;
    }
    return cut;
}

Result<std::unique_ptr<store::JobClaim>> RunHistory::claim(qint64 id)
{
    Result<std::unique_ptr<store::JobClaim>> claim =
        store::JobClaim::take(m_workspace.directory(), id);
    if (!claim)
        return makeError(claim.error().code,
                         tr("Training run %1 is being trained by another process.").arg(id));
    return claim;
}

Status RunHistory::remove(qint64 id)
{
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    store::Transaction tx(**db);
    if (!tx.began())
        return tx.began().error();
    for (const char* sql : {"DELETE FROM training_run_checkpoints WHERE run_id = ?",
                            "DELETE FROM training_run_points WHERE run_id = ?",
                            "DELETE FROM training_run_metrics WHERE run_id = ?",
                            "DELETE FROM training_runs WHERE id = ?"})
        if (Status s = runWithId(**db, QString::fromLatin1(sql), id); !s)
            return s;
    return tx.commit();
}

Result<QList<RunRecord>> RunHistory::query(const QString& where, qint64 arg) const
{
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    Result<store::Statement> st =
        (*db)->prepare(kRunColumns + where + QStringLiteral(" ORDER BY id DESC"));
    if (!st)
        return st.error();
    if (where.contains(QLatin1Char('?')))
        st->bind(1, arg);
    QList<RunRecord> out;
    if (Status s =
            store::forEachRow(*st, [&](const store::Statement& row) { out << readRun(row); });
        !s)
        return s.error();
    return out;
}

Result<QList<RunRecord>> RunHistory::runs() const
{
    return query({}, 0);
}

Result<RunRecord> RunHistory::run(qint64 id) const
{
    Result<QList<RunRecord>> found = query(QStringLiteral("WHERE id = ?"), id);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return makeError(ErrorCode::NotFound, tr("There is no training run %1.").arg(id));
    return found->first();
}

Result<QList<RunPoint>> RunHistory::points(qint64 id) const
{
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    Result<store::Statement> st =
        (*db)->prepare("SELECT step, loss, eval_loss, learning_rate, tokens_per_s FROM "
                       "training_run_points WHERE run_id = ? "
                       "ORDER BY step");
    if (!st)
        return st.error();
    st->bind(1, id);
    QList<RunPoint> out;
    Status s = store::forEachRow(*st, [&](const store::Statement& row) {
        out << RunPoint{int(row.int64(0)), row.real(1), row.isNull(2) ? -1.0 : row.real(2),
                        row.real(3), row.real(4), {}};
    });
    if (!s)
        return s.error();
    if (Status m = addMetrics(**db, id, out); !m)
        return m.error();
    return out;
}

} // namespace fw::models

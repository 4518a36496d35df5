// Models, adapters and their chunked files in the workspace database.
#include "models/ModelStore.h"

#include "common/AtomicFile.h"
#include "models/ChunkedFile.h"
#include "models/RunHistory.h"
#include "store/Transaction.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

#include <algorithm>
#include <functional>

namespace fw::models {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("fw::models", text);
}

const QString kEntryColumns = QStringLiteral(
    "SELECT id, name, kind, base_model_id, source, architecture, parameter_count, size_bytes, "
    "lineage, created_at FROM models ");

ModelEntry readEntry(const store::Statement& st)
{
    ModelEntry e;
    e.id = st.int64(0);
    e.name = st.text(1);
    e.kind = parseModelKind(st.text(2)).value_or(ModelKind::Model);
    e.baseModelId = st.isNull(3) ? 0 : st.int64(3);
    e.source = st.text(4);
    e.architecture = st.text(5);
    e.parameterCount = st.int64(6);
    e.sizeBytes = st.int64(7);
    e.lineage = QJsonDocument::fromJson(st.text(8).toUtf8()).object();
    e.createdAt = QDateTime::fromMSecsSinceEpoch(st.int64(9), Qt::UTC);
    return e;
}


Result<QList<ModelEntry>> queryEntries(store::Database& db, const QString& where, qint64 arg)
{
    Result<store::Statement> st = db.prepare(kEntryColumns + where + QStringLiteral(" ORDER BY name"));
    if (!st)
        return st.error();
    if (!where.isEmpty())
        st->bind(1, arg);
    QList<ModelEntry> out;
    if (Status s = store::forEachRow(*st, [&](const store::Statement& row) { out << readEntry(row); }); !s)
        return s.error();
    return out;
}

// `name` is already trimmed.
Status checkName(const QString& name)
{
    if (name.isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("A model needs a name."));
    if (name.size() > ModelStore::kMaxNameLength)
        return makeError(ErrorCode::InvalidArgument, tr("A model name has at most 100 characters."));
    if (name.contains(QLatin1Char('/')))
        return makeError(ErrorCode::InvalidArgument, tr("A model name cannot contain \"/\"."));
    for (QChar c : name)
        if (c.category() == QChar::Other_Control)
            return makeError(ErrorCode::InvalidArgument, tr("A model name cannot hold control characters."));
    return {};
}

// A stored file name must not lead out of the folder it is written into.
bool isPlainFileName(const QString& name)
{
    return !name.isEmpty() && name != QLatin1String(".") && name != QLatin1String("..")
           && !name.contains(QLatin1Char('/')) && !name.contains(QChar(0));
}

// Regular files directly inside `dir` (hidden ones left out), or those of `names`, sorted by name.
Result<QFileInfoList> listFiles(const QString& dir, const QStringList& names)
{
    const QFileInfo info(dir);
    if (!info.exists())
        return makeError(ErrorCode::NotFound, tr("The folder %1 does not exist.").arg(dir));
    if (!info.isDir())
        return makeError(ErrorCode::InvalidArgument, tr("%1 is not a folder.").arg(dir));
    if (!info.isReadable())
        return makeError(ErrorCode::Io, tr("Cannot read the folder %1.").arg(dir));
    QFileInfoList files = QDir(dir).entryInfoList(QDir::Files, QDir::Name);
    if (!names.isEmpty()) {
        QFileInfoList chosen;
        for (const QString& name : names) {
            const auto found = std::find_if(files.begin(), files.end(), [&](const QFileInfo& f) {
                return f.fileName() == name;
            });
            if (found == files.end())
                return makeError(ErrorCode::NotFound,
                                 tr("The folder %1 holds no file %2.").arg(dir, name));
            chosen << *found;
        }
        files = chosen;
    }
    if (files.isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("The folder %1 holds no files to store.").arg(dir));
    return files;
}

// Inserts the file's chunks (at least one, empty for an empty file). Returns its size.
Result<qint64> storeFile(store::Statement& insert, qint64 modelId, const QFileInfo& info)
{
    return storeChunks(info.absoluteFilePath(), [&](qint64 chunk, const QByteArray& data) {
        insert.reset();
        insert.bind(1, modelId).bind(2, info.fileName()).bind(3, chunk).bind(4, data);
        return insert.run();
    });
}

Result<qint64> insertEntry(store::Database& db, const ModelEntry& spec, const QString& name)
{
    Result<store::Statement> st = db.prepare(
        "INSERT INTO models(name, kind, base_model_id, source, architecture, parameter_count, "
        "lineage, created_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?)");
    if (!st)
        return st.error();
    st->bind(1, name).bind(2, kindName(spec.kind)).bind(4, spec.source).bind(5, spec.architecture)
        .bind(6, spec.parameterCount)
        .bind(7, QString::fromUtf8(QJsonDocument(spec.lineage).toJson(QJsonDocument::Compact)))
        .bind(8, QDateTime::currentMSecsSinceEpoch());
    if (spec.baseModelId != 0)
        st->bind(3, spec.baseModelId);
    else
        st->bindNull(3);
    if (Status s = st->run(); !s)
        return s.error();
    return db.lastInsertRowId();
}

Result<store::Statement> prepareFileInsert(store::Database& db)
{
    return db.prepare("INSERT INTO model_files(model_id, name, chunk, data) VALUES(?, ?, ?, ?)");
}

Result<qint64> storeFolderFiles(store::Database& db, qint64 modelId, const QFileInfoList& files)
{
    Result<store::Statement> insert = prepareFileInsert(db);
    if (!insert)
        return insert.error();
    qint64 total = 0;
    for (const QFileInfo& file : files) {
        Result<qint64> size = storeFile(*insert, modelId, file);
        if (!size)
            return size.error();
        total += *size;
    }
    return total;
}

Result<qint64> storeMemoryFiles(store::Database& db, qint64 modelId, const ModelFiles& files)
{
    Result<store::Statement> insert = prepareFileInsert(db);
    if (!insert)
        return insert.error();
    qint64 total = 0;
    for (auto it = files.map().begin(); it != files.map().end(); ++it) {
        Result<qint64> size = storeChunks(it.value(), [&](qint64 chunk, const QByteArray& data) {
            insert->reset();
            insert->bind(1, modelId).bind(2, it.key()).bind(3, chunk).bind(4, data);
            return insert->run();
        });
        if (!size)
            return size.error();
        total += *size;
    }
    return total;
}

Status setSize(store::Database& db, qint64 modelId, qint64 total)
{
    Result<store::Statement> update = db.prepare("UPDATE models SET size_bytes = ? WHERE id = ?");
    if (!update)
        return update.error();
    update->bind(1, total).bind(2, modelId);
    return update->run();
}

// Writes one stored file from its chunks, which must run 0, 1, 2... without a gap.
Status restoreFile(store::Statement& chunks, qint64 modelId, const QString& name, const QString& path)
{
    chunks.reset();
    chunks.bind(1, modelId).bind(2, name);
    return restoreChunks(chunks, name, path);
}

Status execute(store::Database& db, const QString& sql, qint64 id)
{
    Result<store::Statement> st = db.prepare(sql);
    if (!st)
        return st.error();
    st->bind(1, id);
    return st->run();
}
} // namespace

Result<ModelEntry> ModelStore::add(const ModelEntry& spec, const ModelFiles& files)
{
    if (files.isEmpty())
        return makeError(ErrorCode::InvalidArgument,
                         tr("The model \"%1\" has no files to store.").arg(spec.name));
    for (const QString& file : files.names())
        if (!isPlainFileName(file))
            return makeError(ErrorCode::InvalidArgument,
                             tr("A model file has an unsafe name: %1").arg(file));
    return addEntry(
        spec, [&](store::Database& db, qint64 id) { return storeMemoryFiles(db, id, files); });
}

Result<ModelEntry> ModelStore::addFromFolder(const ModelEntry& spec, const QString& dir,
                                             const QStringList& names)
{
    if (Status s = checkName(spec.name.trimmed()); !s)
        return s.error();
    if (m_workspace.isLocked())
        return makeError(ErrorCode::Locked, tr("The workspace is locked."));
    Result<QFileInfoList> files = listFiles(dir, names);
    if (!files)
        return files.error();
    return addEntry(
        spec, [&](store::Database& db, qint64 id) { return storeFolderFiles(db, id, *files); });
}

Result<ModelEntry> ModelStore::addEntry(const ModelEntry& spec, const FileWriter& storeFiles)
{
    const QString name = spec.name.trimmed();
    if (Status s = checkName(name); !s)
        return s.error();
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    // The checks run inside the transaction: the write lock keeps them true until the commit.
    store::Transaction tx(**db);
    if (!tx.began())
        return tx.began().error();
    if (Status s = checkBase(spec); !s)
        return s.error();
    if (Status s = checkNameFree(name, 0); !s)
        return s.error();
    Result<qint64> id = insertEntry(**db, spec, name);
    if (!id)
        return id.error();
    Result<qint64> total = storeFiles(**db, *id);
    if (!total)
        return total.error();
    if (Status s = setSize(**db, *id, *total); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return model(*id);
}

Result<QList<ModelEntry>> ModelStore::models() const
{
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    return queryEntries(**db, {}, 0);
}

Result<ModelEntry> ModelStore::model(const QString& name) const
{
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    Result<store::Statement> st = (*db)->prepare(kEntryColumns + "WHERE name = ?");
    if (!st)
        return st.error();
    st->bind(1, name.trimmed());
    Result<bool> row = st->step();
    if (!row)
        return row.error();
    if (!*row)
        return makeError(ErrorCode::NotFound, tr("No model or adapter is named \"%1\".").arg(name.trimmed()));
    return readEntry(*st);
}

Result<ModelEntry> ModelStore::model(qint64 id) const
{
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    Result<store::Statement> st = (*db)->prepare(kEntryColumns + "WHERE id = ?");
    if (!st)
        return st.error();
    st->bind(1, id);
    Result<bool> row = st->step();
    if (!row)
        return row.error();
    if (!*row)
        return makeError(ErrorCode::NotFound, tr("No model or adapter with id %1.").arg(id));
    return readEntry(*st);
}

Result<QStringList> ModelStore::fileNames(qint64 id) const
{
    if (Result<ModelEntry> e = model(id); !e)
        return e.error();
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    Result<store::Statement> st = (*db)->prepare(
        "SELECT DISTINCT name FROM model_files WHERE model_id = ? ORDER BY name");
    if (!st)
        return st.error();
    st->bind(1, id);
    QStringList out;
    if (Status s = store::forEachRow(*st, [&](const store::Statement& row) { out << row.text(0); }); !s)
        return s.error();
    return out;
}

Result<ModelFiles> ModelStore::files(qint64 id, const QStringList& only) const
{
    Result<QStringList> names = fileNames(id);
    if (!names)
        return names.error();
    if (!only.isEmpty())
        names->erase(std::remove_if(names->begin(), names->end(),
                                    [&](const QString& n) { return !only.contains(n); }),
                     names->end());
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    Result<store::Statement> chunks = (*db)->prepare(
        "SELECT chunk, data FROM model_files WHERE model_id = ? AND name = ? ORDER BY chunk");
    if (!chunks)
        return chunks.error();
    ModelFiles out;
    for (const QString& name : *names) {
        chunks->reset();
        chunks->bind(1, id).bind(2, name);
        Result<QByteArray> bytes = readChunks(*chunks, name);
        if (!bytes)
            return bytes.error();
        out.insert(name, *bytes);
    }
    return out;
}

Status ModelStore::writeToFolder(qint64 id, const QString& dir) const
{
    Result<QStringList> names = fileNames(id);
    if (!names)
        return names.error();
    if (!QDir().mkpath(dir))
        return makeError(ErrorCode::Io, tr("Cannot create the folder %1.").arg(dir));
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    Result<store::Statement> chunks = (*db)->prepare(
        "SELECT chunk, data FROM model_files WHERE model_id = ? AND name = ? ORDER BY chunk");
    if (!chunks)
        return chunks.error();
    for (const QString& name : *names) {
        if (!isPlainFileName(name))
            return makeError(ErrorCode::Corrupt, tr("A stored file has an unsafe name: %1").arg(name));
        if (Status s = restoreFile(*chunks, id, name, QDir(dir).filePath(name)); !s)
            return s;
    }
    return syncDirectory(dir);
}

Status ModelStore::rename(qint64 id, const QString& newName)
{
    const QString name = newName.trimmed();
    if (Status s = checkName(name); !s)
        return s;
    if (Result<ModelEntry> e = model(id); !e)
        return e.error();
    if (Status s = checkNameFree(name, id); !s)
        return s;
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    Result<store::Statement> st = (*db)->prepare("UPDATE models SET name = ? WHERE id = ?");
    if (!st)
        return st.error();
    st->bind(1, name).bind(2, id);
    return st->run();
}

Status ModelStore::setLineage(qint64 id, const QJsonObject& lineage)
{
    if (Result<ModelEntry> e = model(id); !e)
        return e.error();
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    Result<store::Statement> st = (*db)->prepare("UPDATE models SET lineage = ? WHERE id = ?");
    if (!st)
        return st.error();
    st->bind(1, QString::fromUtf8(QJsonDocument(lineage).toJson(QJsonDocument::Compact))).bind(2, id);
    return st->run();
}

Status ModelStore::remove(qint64 id)
{
    Result<ModelEntry> entry = model(id);
    if (!entry)
        return entry.error();
    Result<QList<ModelEntry>> dependants = derivedFrom(id);
    if (!dependants)
        return dependants.error();
    if (!dependants->isEmpty()) {
        QStringList names;
        for (const ModelEntry& d : *dependants)
            names << QStringLiteral("\"%1\"").arg(d.name);
        return makeError(ErrorCode::InvalidArgument, tr("\"%1\" is the base of %2; remove those first.")
                                                         .arg(entry->name, names.join(QStringLiteral(", "))));
    }
    if (Status s = checkNoRunTrainsOn(*entry); !s)
        return s;
    Result<store::Connection> connection = m_workspace.requireDatabase();
    if (!connection)
        return connection.error();
    store::Database& db = **connection;
    store::Transaction tx(db);
    if (!tx.began())
        return tx.began();
    if (Status s = execute(db, "DELETE FROM model_files WHERE model_id = ?", id); !s)
        return s;
    if (Status s = execute(db, "DELETE FROM models WHERE id = ?", id); !s)
        return s;
    return tx.commit();
}

Result<QList<ModelEntry>> ModelStore::derivedFrom(qint64 id) const
{
    if (Result<ModelEntry> e = model(id); !e)
        return e.error();
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    return queryEntries(**db, QStringLiteral("WHERE base_model_id = ?"), id);
}

Status ModelStore::checkBase(const ModelEntry& spec) const
{
    if (spec.baseModelId == 0) {
        if (spec.kind == ModelKind::Adapter)
            return makeError(ErrorCode::InvalidArgument, tr("An adapter needs the model it adapts."));
        return {};
    }
    Result<ModelEntry> base = model(spec.baseModelId);
    if (!base && base.error().code == ErrorCode::NotFound)
        return makeError(ErrorCode::InvalidArgument,
                         tr("The base model (id %1) does not exist.").arg(spec.baseModelId));
    if (!base)
        return base.error();
    if (base->kind != ModelKind::Model)
        return makeError(ErrorCode::InvalidArgument, tr("\"%1\" is an adapter, not a model; it cannot be a base.")
                                                         .arg(base->name));
    return {};
}

Status ModelStore::checkNoRunTrainsOn(const ModelEntry& entry) const
{
    // Plans name their base by name: a run that still needs it would fail (or resume onto nothing).
    Result<QList<RunRecord>> runs = RunHistory(m_workspace).runs();
    if (!runs)
        return runs.error();
    QStringList outputs;
    for (const RunRecord& r : *runs)
        if (r.plan.base == entry.name && (r.status == RunStatus::Running || r.canResume()))
            outputs << QStringLiteral("\"%1\"").arg(r.plan.output);
    if (outputs.isEmpty())
        return {};
    return makeError(
        ErrorCode::InvalidArgument,
        tr("\"%1\" is the base of the training run(s) %2, running or waiting to resume; let them "
           "finish or remove them from the history first.")
            .arg(entry.name, outputs.join(QStringLiteral(", "))));
}

Status ModelStore::checkNameFree(const QString& name, qint64 exceptId) const
{
    Result<ModelEntry> existing = model(name);
    if (existing && existing->id != exceptId)
        return makeError(ErrorCode::AlreadyExists, tr("A model or adapter named \"%1\" already exists.").arg(name));
    if (!existing && existing.error().code != ErrorCode::NotFound)
        return existing.error();
    return {};
}

} // namespace fw::models

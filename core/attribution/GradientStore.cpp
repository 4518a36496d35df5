// Reading and writing gradient_stores / gradient_store_files (models/ChunkedFile's chunks).
#include "attribution/GradientStore.h"

#include "attribution/ModelFileTable.h"
#include "store/Transaction.h"
#include "store/Workspace.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QtEndian>
#include <cstring>

namespace fw::attribution {

namespace {

const QString kRecordsFile = QStringLiteral("records");
const QString kGradientsFile = QStringLiteral("gradients");

// float32, little-endian, as the gradients are stored on every machine.
QByteArray floatBytes(const std::vector<float>& values)
{
    QByteArray out(qsizetype(values.size() * sizeof(float)), Qt::Uninitialized);
    for (size_t i = 0; i < values.size(); ++i) {
        quint32 bits = 0;
        std::memcpy(&bits, &values[i], sizeof bits);
        qToLittleEndian(bits, out.data() + i * sizeof bits);
    }
    return out;
}

std::vector<float> floatsFrom(const QByteArray& bytes)
{
    std::vector<float> out(size_t(bytes.size()) / sizeof(float));
    for (size_t i = 0; i < out.size(); ++i) {
        const quint32 bits = qFromLittleEndian<quint32>(bytes.constData() + i * sizeof(quint32));
        std::memcpy(&out[i], &bits, sizeof bits);
    }
    return out;
}

constexpr ModelFileTable kTables{"gradient_stores", "gradient_store_files", "gradients"};

} // namespace

Status GradientStore::save(qint64 modelId, const GradientIndex& index)
{
    // Serialise before the transaction: the write lock is held only for the inserts.
    const QByteArray records = AttributionIndex::recordsToBytes(index.records);
    const QByteArray gradients = floatBytes(index.gradients);
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    store::Transaction tx(**db);
    if (!tx.began())
        return tx.began();
    if (Status s = kTables.remove(**db, modelId); !s)
        return s;
    Result<store::Statement> st = (*db)->prepare(
        "INSERT INTO gradient_stores(model_id, model_name, lineage, record_count, dim, "
        "checkpoint_count, built_at) VALUES(?, ?, ?, ?, ?, ?, ?)");
    if (!st)
        return st.error();
    st->bind(1, modelId)
        .bind(2, index.lineage.text.model)
        .bind(3, QString::fromUtf8(
                     QJsonDocument(index.lineage.toJson()).toJson(QJsonDocument::Compact)))
        .bind(4, qint64(index.records.size()))
        .bind(5, index.lineage.dim)
        .bind(6, int(index.lineage.checkpoints.size()))
        .bind(7, QDateTime::currentMSecsSinceEpoch());
    if (Status s = st->run(); !s)
        return s;
    if (Status s = kTables.insert(**db, modelId, kRecordsFile, records); !s)
        return s;
    if (Status s = kTables.insert(**db, modelId, kGradientsFile, gradients); !s)
        return s;
    return tx.commit();
}

Result<std::optional<GradientLineage>> GradientStore::lineage(qint64 modelId) const
{
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    Result<store::Statement> st =
        (*db)->prepare("SELECT lineage FROM gradient_stores WHERE model_id = ?");
    if (!st)
        return st.error();
    st->bind(1, modelId);
    Result<bool> row = st->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<GradientLineage>();
    Result<GradientLineage> l =
        GradientLineage::fromJson(QJsonDocument::fromJson(st->text(0).toUtf8()).object());
    if (!l)
        return l.error();
    return std::optional<GradientLineage>(*l);
}

Result<std::optional<GradientIndex>> GradientStore::load(qint64 modelId) const
{
    Result<std::optional<GradientLineage>> l = lineage(modelId);
    if (!l)
        return l.error();
    if (!*l)
        return std::optional<GradientIndex>();
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    Result<QByteArray> recordBytes = kTables.read(**db, modelId, kRecordsFile);
    if (!recordBytes)
        return recordBytes.error();
    Result<QByteArray> gradientBytes = kTables.read(**db, modelId, kGradientsFile);
    if (!gradientBytes)
        return gradientBytes.error();
    GradientIndex index;
    index.lineage = **l;
    Result<std::vector<IndexedRecord>> records =
        AttributionIndex::recordsFromBytes(*recordBytes, int(index.lineage.text.sources.size()));
    if (!records)
        return records.error();
    index.records = std::move(*records);
    const qint64 expected = qint64(index.records.size() * index.stride() * sizeof(float));
    if (gradientBytes->size() != expected)
        return makeError(ErrorCode::Corrupt,
                         tr("The gradient store of model %1 holds %2 bytes of gradients; %3 "
                            "records of %4 checkpoints x %5 values need %6.")
                             .arg(modelId)
                             .arg(gradientBytes->size())
                             .arg(index.records.size())
                             .arg(index.lineage.checkpoints.size())
                             .arg(index.lineage.dim)
                             .arg(expected));
    index.gradients = floatsFrom(*gradientBytes);
    return std::optional<GradientIndex>(std::move(index));
}

} // namespace fw::attribution

// Safetensors I/O on memory buffers: validated header first, then bounded copies into tensors.
#include "ml/Safetensors.h"

#include "common/AtomicFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstring>

namespace fw::ml {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("fw::ml", text);
}

torch::ScalarType torchType(StDtype d)
{
    switch (d) {
    case StDtype::F64: return torch::kFloat64;
    case StDtype::F32: return torch::kFloat32;
    case StDtype::F16: return torch::kFloat16;
    case StDtype::BF16: return torch::kBFloat16;
    case StDtype::I64: return torch::kInt64;
    case StDtype::I32: return torch::kInt32;
    case StDtype::I16: return torch::kInt16;
    case StDtype::I8: return torch::kInt8;
    case StDtype::U8: return torch::kUInt8;
    case StDtype::Bool: return torch::kBool;
    }
    return torch::kFloat32;
}

Result<StDtype> stDtype(torch::ScalarType t)
{
    switch (t) {
    case torch::kFloat64: return StDtype::F64;
    case torch::kFloat32: return StDtype::F32;
    case torch::kFloat16: return StDtype::F16;
    case torch::kBFloat16: return StDtype::BF16;
    case torch::kInt64: return StDtype::I64;
    case torch::kInt32: return StDtype::I32;
    case torch::kInt16: return StDtype::I16;
    case torch::kInt8: return StDtype::I8;
    case torch::kUInt8: return StDtype::U8;
    case torch::kBool: return StDtype::Bool;
    default: return makeError(ErrorCode::Unsupported, tr("safetensors: tensor type not supported"));
    }
}

} // namespace

Result<TensorMap> parseSafetensors(const QByteArray& bytes, const QString& name, bool floatsToF32)
{
    const uint64_t size = uint64_t(bytes.size());
    auto header = SafetensorsHeader::parse(bytes, size);
    if (!header)
        return makeError(header.error().code,
                         QStringLiteral("%1: %2").arg(name, header.error().message));
    const char* base = bytes.constData();
    TensorMap out;
    for (const SafetensorsEntry& e : header->entries) {
        // Offsets were checked against the buffer's size by parse(): this copy stays in bounds.
        torch::Tensor t = torch::empty(e.shape, torchType(e.dtype));
        if (e.end > e.begin)
            std::memcpy(t.data_ptr(), base + header->dataOffset + e.begin, size_t(e.end - e.begin));
        if (floatsToF32 && t.is_floating_point())
            t = t.to(torch::kFloat32);
        out.emplace(e.name, std::move(t));
    }
    return out;
}

Result<QByteArray> safetensorsBytes(const TensorMap& tensors, StDtype floatDtype,
                                    const QMap<QString, QString>& metadata)
{
    QJsonObject header;
    if (!metadata.isEmpty()) {
        QJsonObject meta;
        for (auto it = metadata.begin(); it != metadata.end(); ++it)
            meta[it.key()] = it.value();
        header[QStringLiteral("__metadata__")] = meta;
    }
    std::vector<torch::Tensor> payload;
    uint64_t offset = 0;
    for (const auto& [name, tensor] : tensors) {
        torch::Tensor t = tensor.detach().cpu();
        if (t.is_floating_point())
            t = t.to(torchType(floatDtype));
        t = t.contiguous();
        auto dtype = stDtype(t.scalar_type());
        if (!dtype)
            return dtype.error();
        QJsonArray shape;
        for (int64_t d : t.sizes())
            shape.append(qint64(d));
        const uint64_t bytes = uint64_t(t.numel()) * uint64_t(t.element_size());
        QJsonObject entry;
        entry[QStringLiteral("dtype")] = dtypeName(*dtype);
        entry[QStringLiteral("shape")] = shape;
        entry[QStringLiteral("data_offsets")] = QJsonArray{qint64(offset), qint64(offset + bytes)};
        header[QString::fromStdString(name)] = entry;
        offset += bytes;
        payload.push_back(t);
    }
    QByteArray json = QJsonDocument(header).toJson(QJsonDocument::Compact);
    while (json.size() % 8 != 0) // the spec recommends aligning the data section to 8 bytes
        json.append(' ');
    QByteArray bytes;
    bytes.reserve(qsizetype(8 + uint64_t(json.size()) + offset));
    const uint64_t n = uint64_t(json.size());
    for (int i = 0; i < 8; ++i)
        bytes.append(char((n >> (8 * i)) & 0xff));
    bytes.append(json);
    for (const torch::Tensor& t : payload)
        bytes.append(static_cast<const char*>(t.data_ptr()),
                     qsizetype(t.numel() * t.element_size()));
    return bytes;
}

Result<TensorMap> readSafetensors(const QString& path, bool floatsToF32)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound,
                         tr("Cannot read %1: %2").arg(path, file.errorString()));
    return parseSafetensors(file.readAll(), path, floatsToF32);
}

Status writeSafetensors(const QString& path, const TensorMap& tensors, StDtype floatDtype,
                        const QMap<QString, QString>& metadata)
{
    Result<QByteArray> bytes = safetensorsBytes(tensors, floatDtype, metadata);
    if (!bytes)
        return bytes.error();
    return writeFileAtomically(path, *bytes);
}

Result<TensorMap> readSafetensorsFiles(const ModelFiles& files, bool floatsToF32)
{
    const QString single = QStringLiteral("model.safetensors");
    const QString indexName = QStringLiteral("model.safetensors.index.json");
    if (!files.contains(indexName)) {
        if (!files.contains(single))
            return makeError(
                ErrorCode::NotFound,
                tr("The model holds neither model.safetensors nor model.safetensors.index.json"));
        return parseSafetensors(files.value(single), single, floatsToF32);
    }
    const QJsonObject weightMap = QJsonDocument::fromJson(files.value(indexName))
                                      .object()
                                      .value(QStringLiteral("weight_map"))
                                      .toObject();
    if (weightMap.isEmpty())
        return makeError(ErrorCode::Corrupt, tr("%1 has no weight_map").arg(indexName));
    QMap<QString, QStringList> byShard;
    for (auto it = weightMap.begin(); it != weightMap.end(); ++it) {
        const QString shard = it.value().toString();
        if (shard.isEmpty() || shard.contains(QLatin1Char('/')) || shard.contains(QLatin1String("..")))
            return makeError(ErrorCode::Corrupt,
                             tr("%1: invalid shard name for \"%2\"").arg(indexName, it.key()));
        byShard[shard].append(it.key());
    }
    TensorMap out;
    for (auto it = byShard.begin(); it != byShard.end(); ++it) {
        if (!files.contains(it.key()))
            return makeError(ErrorCode::NotFound,
                             tr("The shard %1 named by %2 is missing").arg(it.key(), indexName));
        auto shard = parseSafetensors(files.value(it.key()), it.key(), floatsToF32);
        if (!shard)
            return shard.error();
        for (const QString& name : it.value()) {
            auto found = shard->find(name.toStdString());
            if (found == shard->end())
                return makeError(ErrorCode::Corrupt, tr("%1 does not contain \"%2\" named by the index")
                                                         .arg(it.key(), name));
            out.emplace(found->first, found->second);
        }
    }
    return out;
}

Status writeSafetensorsFiles(ModelFiles& files, const TensorMap& tensors, StDtype floatDtype,
                             uint64_t maxShardBytes)
{
    const QMap<QString, QString> format{{QStringLiteral("format"), QStringLiteral("pt")}};
    if (maxShardBytes == 0) {
        Result<QByteArray> bytes = safetensorsBytes(tensors, floatDtype, format);
        if (!bytes)
            return bytes.error();
        files.insert(QStringLiteral("model.safetensors"), *bytes);
        return Status::success();
    }
    std::vector<TensorMap> shards(1);
    uint64_t current = 0, total = 0;
    const int64_t floatBytes = dtypeSize(floatDtype);
    for (const auto& [name, t] : tensors) {
        const uint64_t bytes = uint64_t(t.numel() * (t.is_floating_point() ? floatBytes : t.element_size()));
        if (current > 0 && current + bytes > maxShardBytes) {
            shards.emplace_back();
            current = 0;
        }
        shards.back().emplace(name, t);
        current += bytes;
        total += bytes;
    }
    QJsonObject weightMap;
    for (size_t i = 0; i < shards.size(); ++i) {
        const QString file = QStringLiteral("model-%1-of-%2.safetensors")
                                 .arg(i + 1, 5, 10, QLatin1Char('0'))
                                 .arg(shards.size(), 5, 10, QLatin1Char('0'));
        Result<QByteArray> bytes = safetensorsBytes(shards[i], floatDtype, format);
        if (!bytes)
            return bytes.error();
        files.insert(file, *bytes);
        for (const auto& entry : shards[i])
            weightMap[QString::fromStdString(entry.first)] = file;
    }
    QJsonObject index;
    index[QStringLiteral("metadata")] = QJsonObject{{QStringLiteral("total_size"), qint64(total)}};
    index[QStringLiteral("weight_map")] = weightMap;
    files.insert(QStringLiteral("model.safetensors.index.json"), QJsonDocument(index).toJson());
    return Status::success();
}

} // namespace fw::ml

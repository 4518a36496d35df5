// Frozen datanet versions: freeze the approved records into an immutable version whose id is
// their sealed Merkle root (MerkleTree.h), list versions, prove a record's inclusion, and export
// a version as JSONL in any import format.
#pragma once

#include "common/Result.h"
#include "datanet/DatanetTypes.h"
#include "datanet/ImportFormat.h"
#include "datanet/InclusionProof.h"
#include "datanet/RecordContent.h"

#include <QList>

#include <functional>
#include <QCoreApplication>

namespace fw::store {
class Workspace;
}

namespace fw::datanet {

class VersionService
{
public:
    explicit VersionService(store::Workspace& workspace) : m_workspace(workspace) {}

    // Verifies every contribution that supplies an approved record first, so a tampered record
    // never reaches a version. Freezing the same set again returns the existing version.
    Result<VersionInfo> freeze(qint64 datanetId);
    Result<QList<VersionInfo>> versions(qint64 datanetId) const; // newest first
    // "latest", a full version id or an unambiguous prefix of at least 8 hex digits.
    Result<VersionInfo> version(qint64 datanetId, const QString& idOrLatest) const;

    // recordHashHex: full hash or unambiguous prefix, as DatanetService::recordByHash takes.
    Result<InclusionProof> prove(qint64 datanetId, const QString& versionId, const QString& recordHashHex) const;

    // Hands every record of the version to `visit` in Merkle leaf order; stops at the first error
    // `visit` returns. Training reads a version through this.
    Status forEachRecord(qint64 datanetId, const QString& versionId,
                         const std::function<Status(const RecordContent& content)>& visit) const;

    // Writes atomically (QSaveFile); returns the number of records written.
    Result<qint64> exportVersion(qint64 datanetId, const QString& versionId, ImportFormat format,
                                 const QString& path) const;

    // tr() in the context lupdate files this class's strings under.
    Q_DECLARE_TR_FUNCTIONS(fw::datanet::VersionService)
private:
    Result<std::vector<QByteArray>> leaves(qint64 versionRowId) const;

    store::Workspace& m_workspace;
};

} // namespace fw::datanet

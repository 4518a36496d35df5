// Frozen datanet versions: freeze the approved records into an immutable version whose id is
// their sealed Merkle root (MerkleTree.h), signed by the curator (VersionStatement.h), list
// versions, prove a record's inclusion and check a proof against a version, and export a version
// as JSONL in any import format or as a signed contribution bundle.
#pragma once

#include "common/Result.h"
#include "datanet/DatanetTypes.h"
#include "datanet/ImportFormat.h"
#include "datanet/InclusionProof.h"
#include "datanet/RecordContent.h"
#include "datanet/VersionStatement.h"

#include <QCoreApplication>
#include <QList>
#include <functional>

namespace fw::store {
class Workspace;
}

namespace fw::datanet {

class VersionService
{
public:
    explicit VersionService(store::Workspace& workspace) : m_workspace(workspace) {}

    // Verifies every contribution that supplies an approved record first, so a tampered record
    // never reaches a version. The curator identity (0: the default one) signs the version's
    // statement. Freezing the same set again returns the existing version (and signs a version
    // frozen before statements existed).
    Result<VersionInfo> freeze(qint64 datanetId, qint64 curatorIdentityId = 0);
    Result<QList<VersionInfo>> versions(qint64 datanetId) const; // newest first
    // "latest", a full version id or an unambiguous prefix of at least 8 hex digits.
    Result<VersionInfo> version(qint64 datanetId, const QString& idOrLatest) const;

    // The curator's signed statement of the version, for others to verify proofs against.
    Result<VersionStatement> statement(qint64 datanetId, const QString& versionId) const;

    // recordHashHex: full hash or unambiguous prefix, as DatanetService::recordByHash takes.
    Result<InclusionProof> prove(qint64 datanetId, const QString& versionId, const QString& recordHashHex) const;
    // Checks a proof against a version of this workspace (found through the proof's datanet uid)
    // and that version's signed statement; returns the statement it was checked against.
    Result<VersionStatement> verifyProof(const InclusionProof& proof,
                                         const QString& versionId) const;

    // Hands every record of the version to `visit` in Merkle leaf order; stops at the first error
    // `visit` returns. Training reads a version through this.
    Status forEachRecord(qint64 datanetId, const QString& versionId,
                         const std::function<Status(const RecordContent& content)>& visit) const;

    // Writes atomically (QSaveFile); returns the number of records written.
    Result<qint64> exportVersion(qint64 datanetId, const QString& versionId, ImportFormat format,
                                 const QString& path) const;
    // The version as a signed contribution bundle (ContributionBundle.h): each record signed by its
    // contributor's key held here, or carrying the signature it arrived with from another bundle.
    Result<qint64> exportSignedBundle(qint64 datanetId, const QString& versionId,
                                      const QString& path) const;

    // tr() in the context lupdate files this class's strings under.
    Q_DECLARE_TR_FUNCTIONS(fw::datanet::VersionService)
private:
    Result<std::vector<QByteArray>> leaves(qint64 versionRowId) const;

    store::Workspace& m_workspace;
};

} // namespace fw::datanet

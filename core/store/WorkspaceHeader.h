// The one plaintext file of a workspace (workspace.json): format version, KDF parameters, the
// key-check value, and which database file is current. Replacing it is the commit point of a re-key.
#pragma once

#include "common/Result.h"
#include "crypto/Kdf.h"

#include <QString>
#include <QCoreApplication>

namespace fw::store {

struct WorkspaceHeader
{
    static constexpr int kFormatVersion = 1;
    static constexpr const char* kFileName = "workspace.json";

    int version = kFormatVersion;
    crypto::KdfParams kdf;
    QByteArray keyCheck;
    QString databaseFile; // relative to the workspace folder, e.g. "workspace-1.db"
    int generation = 1;   // bumped by every re-key, names the next database file
    // The database's cipher page size (see Database::kCipherPageSize). Headers written before
    // this field existed mean SQLCipher 3's default, 1 KiB; a re-key moves them to the new size.
    static constexpr int kLegacyCipherPageSize = 1024;
    int cipherPageSize = kLegacyCipherPageSize;

    static Result<WorkspaceHeader> read(const QString& workspaceDir);
    Status write(const QString& workspaceDir) const;

    // tr() in the context lupdate files this class's strings under.
    Q_DECLARE_TR_FUNCTIONS(fw::store::WorkspaceHeader)
};

} // namespace fw::store

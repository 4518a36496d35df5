// What the first-run wizard was asked to do, and the (slow) work that does it.
#pragma once

#include "common/Result.h"
#include "crypto/Kdf.h"
#include "store/Workspace.h"

#include <QStringList>

#include <memory>

namespace fw::ui {

struct WorkspaceRequest
{
    enum class Kind { Create, Restore, Open, Demo };

    Kind kind = Kind::Create;
    QString directory;
    QByteArray passphrase;
    QString identityName;   // Create and Restore
    QStringList words;      // Restore
    crypto::KdfParams kdf;  // Create, Restore and (a new) Demo
};

// Runs Argon2id and database work: call it off the GUI thread.
Result<std::unique_ptr<store::Workspace>> fulfil(const WorkspaceRequest& request);

} // namespace fw::ui

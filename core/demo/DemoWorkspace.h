// Creates (or opens) the demo workspace: several named identities so that contributions,
// models and earnings later show distinct people. Later features add their demo content here.
#pragma once

#include "common/Result.h"
#include "crypto/Kdf.h"
#include "store/Workspace.h"

#include <QStringList>

#include <memory>

namespace fw::demo {

// The demo is meant to be opened without ceremony; its passphrase is public and shown in the UI.
inline constexpr const char* kDemoPassphrase = "demo";

// Where the demo workspace lives by default: <AppDataLocation>/workspaces/demo.
QString defaultDemoDirectory();

// Names of the demo identities, in creation order; the first is the default.
QStringList demoIdentityNames();

// Creates the demo workspace in `dir` (which must not hold a workspace yet) and fills it. A user
// who chose their own passphrase gets it; the public one is only the default.
Result<std::unique_ptr<store::Workspace>>
createDemoWorkspace(const QString& dir,
                    const crypto::KdfParams& kdf = crypto::KdfParams::interactive(),
                    const QByteArray& passphrase = QByteArray(kDemoPassphrase));

// Opens the demo in `dir`, creating it first if it does not exist.
Result<std::unique_ptr<store::Workspace>> openOrCreateDemoWorkspace(
    const QString& dir, const crypto::KdfParams& kdf = crypto::KdfParams::interactive());

} // namespace fw::demo

// What every command needs from its surroundings: the workspace folder, passphrases, output.
// Passphrases come from the environment or a no-echo prompt, never from the command line,
// because argv is visible to every user of the machine (ps, /proc) and lands in shell history.
#pragma once

#include "Output.h"

#include "common/Result.h"
#include "crypto/Kdf.h"
#include "store/Workspace.h"

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>

#include <memory>

namespace fw::cli {

class CliContext
{
public:
    static constexpr const char* kWorkspaceVar = "FLYWHEEL_WORKSPACE";
    static constexpr const char* kPassphraseVar = "FLYWHEEL_PASSPHRASE";
    static constexpr const char* kNewPassphraseVar = "FLYWHEEL_NEW_PASSPHRASE";

    // `workspaceOption` is --workspace's value; empty falls back to FLYWHEEL_WORKSPACE.
    CliContext(const QString& workspaceOption, QProcessEnvironment env, Output out = Output());

    const Output& out() const { return m_out; }
    // Empty when neither --workspace nor FLYWHEEL_WORKSPACE names a folder.
    QString workspaceDir() const { return m_workspaceDir; }

    // The passphrase of an existing workspace: FLYWHEEL_PASSPHRASE, else one prompt.
    Result<QByteArray> passphrase() const;
    // A passphrase being chosen: `envVar`, else a prompt asked twice that must match.
    Result<QByteArray> choosePassphrase(const char* envVar) const;
    // Whether the user set `envVar` (even to an empty value, which choosePassphrase refuses).
    bool hasEnv(const char* envVar) const { return m_env.contains(QString::fromLatin1(envVar)); }

    // `keptPassphrase`: where the passphrase goes for a caller that hands it on (to the other
    // ranks of `train --local`), instead of being wiped.
    Result<std::unique_ptr<store::Workspace>> openWorkspace(QByteArray* keptPassphrase = nullptr) const;

private:
    Result<QByteArray> fromEnvOrPrompt(const char* envVar, const QString& prompt) const;

    QString m_workspaceDir;
    QProcessEnvironment m_env;
    Output m_out;
};

// "moderate" (default) or "interactive"; anything else is an InvalidArgument error.
Result<crypto::KdfParams> kdfFromName(const QString& name);

} // namespace fw::cli

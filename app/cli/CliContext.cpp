// Workspace folder and passphrase resolution for commands.
#include "CliContext.h"

#include "Terminal.h"

#include "crypto/SecureBytes.h"

#include <QCoreApplication>
#include <QDir>

namespace fw::cli {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("fw::cli", text);
}
} // namespace

CliContext::CliContext(const QString& workspaceOption, QProcessEnvironment env, Output out)
    : m_env(std::move(env)), m_out(out)
{
    const QString dir = workspaceOption.isEmpty() ? m_env.value(QString::fromLatin1(kWorkspaceVar))
                                                  : workspaceOption;
    m_workspaceDir = dir.isEmpty() ? QString() : QDir(dir).absolutePath();
}

Result<QByteArray> CliContext::fromEnvOrPrompt(const char* envVar, const QString& prompt) const
{
    const QString name = QString::fromLatin1(envVar);
    if (m_env.contains(name)) {
        QByteArray value = m_env.value(name).toUtf8();
        if (value.isEmpty())
            return makeError(ErrorCode::InvalidArgument, tr("%1 is set but empty.").arg(name));
        return value;
    }
    if (!stdinIsTerminal())
        return makeError(ErrorCode::InvalidArgument,
                         tr("No passphrase: set %1 or run on a terminal to be asked "
                            "(passphrases are never read from the command line).")
                             .arg(name));
    return readHiddenLine(m_out, prompt);
}

Result<QByteArray> CliContext::passphrase() const
{
    return fromEnvOrPrompt(kPassphraseVar, tr("Passphrase for %1: ").arg(m_workspaceDir));
}

Result<QByteArray> CliContext::choosePassphrase(const char* envVar) const
{
    const bool fromEnv = m_env.contains(QString::fromLatin1(envVar));
    Result<QByteArray> first = fromEnvOrPrompt(envVar, tr("New passphrase: "));
    if (!first || fromEnv)
        return first;
    Result<QByteArray> again = readHiddenLine(m_out, tr("Repeat the new passphrase: "));
    if (!again)
        return again;
    const bool same = *first == *again;
    crypto::wipe(*again);
    if (!same) {
        crypto::wipe(*first);
        return makeError(ErrorCode::InvalidArgument, tr("The two passphrases differ."));
    }
    return first;
}

Result<std::unique_ptr<store::Workspace>> CliContext::openWorkspace(QByteArray* keptPassphrase) const
{
    // Checked before asking, so nobody types a passphrase for a folder that is not there.
    if (!store::Workspace::isWorkspace(m_workspaceDir))
        return makeError(ErrorCode::NotFound,
                         tr("No Flywheel workspace at %1 (create one with 'workspace init').")
                             .arg(m_workspaceDir));
    Result<QByteArray> secret = passphrase();
    if (!secret)
        return secret.error();
    Result<std::unique_ptr<store::Workspace>> ws = store::Workspace::open(m_workspaceDir, *secret);
    if (ws && keptPassphrase)
        *keptPassphrase = *secret;
    crypto::wipe(*secret);
    return ws;
}

Result<crypto::KdfParams> kdfFromName(const QString& name)
{
    if (name.isEmpty() || name == QLatin1String("moderate"))
        return crypto::KdfParams::moderate();
    if (name == QLatin1String("interactive"))
        return crypto::KdfParams::interactive();
    return makeError(ErrorCode::InvalidArgument,
                     tr("Unknown key derivation setting '%1' (use moderate or interactive).").arg(name));
}

} // namespace fw::cli

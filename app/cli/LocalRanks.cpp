#include "LocalRanks.h"

#include "CliContext.h"

#include <QCoreApplication>
#include <QProcess>
#include <QProcessEnvironment>

namespace fw::cli {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("fw::cli", text);
}
} // namespace

Result<std::unique_ptr<LocalRanks>> LocalRanks::start(const QStringList& arguments,
                                                      const ml::DistributedSettings& settings,
                                                      const QByteArray& passphrase)
{
    std::unique_ptr<LocalRanks> ranks(new LocalRanks);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(CliContext::kPassphraseVar), QString::fromUtf8(passphrase));
    for (int rank = 1; rank < settings.worldSize; ++rank) {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(env);
        // Their progress would repeat rank 0's; their errors (prefixed with their rank) show.
        process->setStandardOutputFile(QProcess::nullDevice());
        process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process->setStandardInputFile(QProcess::nullDevice());
        process->start(QCoreApplication::applicationFilePath(),
                       QStringList(arguments)
                           << QStringLiteral("--rank") << QString::number(rank) << QStringLiteral("--master")
                           << settings.master());
        if (!process->waitForStarted(10000))
            return makeError(ErrorCode::Io,
                             tr("Cannot start rank %1 on this machine: %2").arg(rank).arg(process->errorString()));
        ranks->m_ranks.push_back(std::move(process));
    }
    return ranks;
}

LocalRanks::~LocalRanks()
{
    stop();
}

Status LocalRanks::finish(int timeoutMs)
{
    for (size_t i = 0; i < m_ranks.size(); ++i) {
        QProcess& p = *m_ranks[i];
        if (p.state() != QProcess::NotRunning && !p.waitForFinished(timeoutMs)) {
            stop();
            return makeError(ErrorCode::Io, tr("Rank %1 did not finish; it was stopped.").arg(i + 1));
        }
        if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            return makeError(ErrorCode::Io, tr("Rank %1 failed (exit code %2); its error is above.")
                                                .arg(i + 1)
                                                .arg(p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1));
    }
    return Status::success();
}

void LocalRanks::stop()
{
    for (auto& p : m_ranks)
        if (p->state() != QProcess::NotRunning) {
            p->kill();
            p->waitForFinished(5000);
        }
}

} // namespace fw::cli

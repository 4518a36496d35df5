// Starting, watching and stopping the local flywheel-node process.
#include "ui/nodes/LocalNode.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>

namespace fw::ui {

namespace {
constexpr int kLogLines = 500;
}

LocalNode::LocalNode(QObject* parent) : QObject(parent)
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    connect(&m_process, &QProcess::readyRead, this, &LocalNode::readOutput);
    connect(&m_process, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        readOutput();
        const bool wasStopping = std::exchange(m_stopping, false);
        m_url.clear();
        m_address.clear();
        QString reason;
        if (!wasStopping) {
            reason = status == QProcess::CrashExit
                         ? tr("The local node crashed.")
                         : tr("The local node exited (code %1).").arg(code);
            if (!m_log.isEmpty())
                reason += QLatin1Char(' ') + m_log.last();
        }
        emit stopped(reason);
    });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            emit stopped(tr("flywheel-node could not be started from %1.").arg(program()));
    });
}

LocalNode::~LocalNode()
{
    if (isRunning())
        stop(10000);
}

QString LocalNode::program()
{
    const QString configured = qEnvironmentVariable("FLYWHEEL_NODE_BINARY");
    if (!configured.isEmpty())
        return configured;
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("flywheel-node"));
}

void LocalNode::start(const QString& workspaceDir, const QByteArray& passphrase, int threads)
{
    if (isRunning())
        return;
    m_log.clear();
    m_partial.clear();
    m_stopping = false;
    m_process.start(program(),
                    {QStringLiteral("--workspace"), workspaceDir, QStringLiteral("--listen"),
                     QStringLiteral("127.0.0.1:0"), QStringLiteral("--threads"),
                     QString::number(threads), QStringLiteral("--passphrase-stdin")});
    m_process.write(passphrase + '\n');
    m_process.closeWriteChannel();
}

void LocalNode::stop(int timeoutMs)
{
    if (!isRunning())
        return;
    m_stopping = true;
    m_process.terminate(); // SIGTERM: the node drains, then exits
    if (!m_process.waitForFinished(timeoutMs)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

void LocalNode::readOutput()
{
    m_partial += m_process.readAll();
    static const QRegularExpression listeningLine(QStringLiteral("listening on (http://\\S+)"));
    static const QRegularExpression addressLine(QStringLiteral("node address (fw1\\w+)"));
    qsizetype newline;
    while ((newline = m_partial.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_partial.left(newline)).trimmed();
        m_partial.remove(0, newline + 1);
        m_log.append(line);
        while (m_log.size() > kLogLines)
            m_log.removeFirst();
        emit logLine(line);
        if (const auto m = listeningLine.match(line); m.hasMatch())
            m_url = m.captured(1);
        if (const auto m = addressLine.match(line); m.hasMatch()) {
            m_address = m.captured(1);
            if (!m_url.isEmpty())
                emit listening(m_url, m_address);
        }
    }
}

} // namespace fw::ui

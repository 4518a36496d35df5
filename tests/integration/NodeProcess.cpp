// Starting and stopping flywheel-node for the integration tests.
#include "NodeProcess.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <csignal>

NodeProcess::NodeProcess(QString workspace, QString passphrase, QStringList extraArgs)
    : m_workspace(std::move(workspace)), m_passphrase(std::move(passphrase)),
      m_extraArgs(std::move(extraArgs))
{
}

NodeProcess::~NodeProcess()
{
    if (m_process.state() != QProcess::NotRunning)
        kill();
}

bool NodeProcess::start(int timeoutMs)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FLYWHEEL_PASSPHRASE"), m_passphrase);
    env.insert(QStringLiteral("OMP_NUM_THREADS"), QStringLiteral("1"));
    m_process.setProcessEnvironment(env);
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(
        QStringLiteral(FLYWHEEL_NODE_PATH),
        QStringList{"--workspace", m_workspace, "--listen", "127.0.0.1:0", "--threads", "1"} +
            m_extraArgs);
    if (!m_process.waitForStarted(10000))
        return false;
    static const QRegularExpression listening(
        QStringLiteral("listening on (http://127\\.0\\.0\\.1:\\d+)"));
    static const QRegularExpression address(QStringLiteral("node address (fw1\\w+)"));
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < timeoutMs && m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(200);
        m_log += m_process.readAll();
        const QString text = QString::fromUtf8(m_log);
        const auto u = listening.match(text), a = address.match(text);
        if (u.hasMatch() && a.hasMatch()) {
            m_url = u.captured(1);
            m_address = a.captured(1);
            return true;
        }
    }
    m_log += m_process.readAll();
    return false;
}

qint64 NodeProcess::rssKiB() const
{
    QFile status(QStringLiteral("/proc/%1/status").arg(m_process.processId()));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    static const QRegularExpression rss(QStringLiteral("VmRSS:\\s+(\\d+) kB"));
    const auto m = rss.match(QString::fromLatin1(status.readAll()));
    return m.hasMatch() ? m.captured(1).toLongLong() : 0;
}

int NodeProcess::terminate(int timeoutMs)
{
    ::kill(pid_t(m_process.processId()), SIGTERM);
    if (!m_process.waitForFinished(timeoutMs)) {
        kill();
        return -1;
    }
    m_log += m_process.readAll();
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

void NodeProcess::kill()
{
    m_process.kill();
    m_process.waitForFinished(10000);
    m_log += m_process.readAll();
}

QString NodeProcess::output()
{
    m_log += m_process.readAll();
    return QString::fromUtf8(m_log);
}

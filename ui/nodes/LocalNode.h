// The workbench's own node: flywheel-node as a child process on 127.0.0.1 over the open
// workspace, its passphrase handed over a pipe, its output kept as a log, stopped with SIGTERM
// (which drains running requests) when asked or when the workbench quits.
#pragma once

#include <QObject>
#include <QProcess>
#include <QStringList>

namespace fw::ui {

class LocalNode : public QObject
{
    Q_OBJECT
public:
    explicit LocalNode(QObject* parent = nullptr);
    ~LocalNode() override;

    // Where flywheel-node is: $FLYWHEEL_NODE_BINARY, else beside this program.
    static QString program();

    bool isRunning() const { return m_process.state() != QProcess::NotRunning; }
    bool isListening() const { return !m_url.isEmpty(); }
    QString url() const { return m_url; }
    QString address() const { return m_address; }
    QStringList log() const { return m_log; }

    // Starts the node on `workspaceDir`; answers with listening() or stopped(). The passphrase
    // goes to the child's standard input and is not kept.
    void start(const QString& workspaceDir, const QByteArray& passphrase, int threads);
    // SIGTERM, then up to `timeoutMs` for the drain.
    void stop(int timeoutMs = 30000);

signals:
    void listening(const QString& url, const QString& address);
    void stopped(const QString& reason);
    void logLine(const QString& line);

private:
    void readOutput();

    QProcess m_process;
    QString m_url;
    QString m_address;
    QStringList m_log;
    QByteArray m_partial;
    bool m_stopping = false;
};

} // namespace fw::ui

// A flywheel-node child process for tests: started on 127.0.0.1 with any free port, its URL and
// address read from its first lines, stopped with SIGTERM (or killed), its memory read from /proc.
#pragma once

#include <QProcess>
#include <QString>

class NodeProcess
{
public:
    NodeProcess(QString workspace, QString passphrase, QStringList extraArgs = {});
    ~NodeProcess();

    // Starts the node and waits for it to listen; false (with the node's output in errors()) if
    // not.
    bool start(int timeoutMs = 60000);
    QString url() const { return m_url; }
    QString address() const { return m_address; }
    qint64 pid() const { return m_process.processId(); }
    // Resident memory in KiB (VmRSS), 0 when unknown.
    qint64 rssKiB() const;
    // SIGTERM, then waits; returns the exit code (-1 if it had to be killed or crashed).
    int terminate(int timeoutMs = 60000);
    void kill();
    QString output();

private:
    QString m_workspace, m_passphrase;
    QStringList m_extraArgs;
    QProcess m_process;
    QString m_url, m_address;
    QByteArray m_log;
};

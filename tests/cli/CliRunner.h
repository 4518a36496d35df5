// Runs the built flywheel-cli as a child process with an environment the test controls entirely.
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QString outLine() const { return QString::fromUtf8(out).trimmed(); }
    // True when stderr is exactly one "flywheel-cli: error: ..." line.
    bool oneErrorLine() const;
};

class CliRunner
{
public:
    // `home` becomes HOME and the XDG folders, so nothing of the real user leaks in or out.
    explicit CliRunner(const QString& home);

    // `env` adds to (or with an empty value, keeps out of) the base environment.
    CliRun run(const QStringList& args, const QMap<QString, QString>& env = {},
               const QByteArray& input = {}) const;

    // A command still running after this long is killed and reported as failed (exit code -1).
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

private:
    QProcessEnvironment m_base;
    int m_timeoutMs = 120000;
};

// Relative path -> SHA-256 of every file below `dir`, to prove a command changed nothing.
QMap<QString, QByteArray> hashTree(const QString& dir);

// Writes a run's CONFIG.json to `path`; returns the path, or an empty string when it cannot.
QString writeJsonFile(const QString& path, const QJsonObject& object);

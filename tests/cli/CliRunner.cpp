// Child-process runner and folder hashing for the CLI tests.
#include "CliRunner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>

bool CliRun::oneErrorLine() const
{
    return err.startsWith("flywheel-cli: error: ") && err.endsWith('\n') && err.count('\n') == 1;
}

CliRunner::CliRunner(const QString& home)
{
    const QProcessEnvironment system = QProcessEnvironment::systemEnvironment();
    m_base.insert(QStringLiteral("PATH"), system.value(QStringLiteral("PATH")));
    m_base.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    m_base.insert(QStringLiteral("HOME"), home);
    m_base.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    m_base.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    m_base.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
    m_base.insert(QStringLiteral("XDG_RUNTIME_DIR"), home + QStringLiteral("/.run"));
    // libtorch starts one OpenMP thread per core otherwise; the CLI commands here do not need them.
    m_base.insert(QStringLiteral("OMP_NUM_THREADS"), QStringLiteral("1"));
}

CliRun CliRunner::run(const QStringList& args, const QMap<QString, QString>& env, const QByteArray& input) const
{
    QProcessEnvironment environment = m_base;
    for (auto it = env.begin(); it != env.end(); ++it) {
        if (it.value().isNull())
            environment.remove(it.key());
        else
            environment.insert(it.key(), it.value());
    }
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(FLYWHEEL_CLI_PATH), args);
    CliRun result;
    if (!process.waitForStarted(30000))
        return result;
    // Standard input is always a pipe, never a terminal: the CLI must not wait for a prompt.
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(m_timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QMap<QString, QByteArray> hashTree(const QString& dir)
{
    QMap<QString, QByteArray> hashes;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (file.open(QIODevice::ReadOnly))
            hash.addData(&file);
        hashes.insert(QDir(dir).relativeFilePath(path), hash.result().toHex());
    }
    return hashes;
}

QString writeJsonFile(const QString& path, const QJsonObject& object)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(object).toJson()) < 0)
        return {};
    return f.fileName();
}

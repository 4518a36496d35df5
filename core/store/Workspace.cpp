// Workspace creation, unlocking, locking and re-keying.
#include "store/Workspace.h"

#include "common/AtomicFile.h"
#include "store/Schema.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>

namespace fw::store {

namespace {

QString databaseName(int generation)
{
    return QStringLiteral("workspace-%1.db").arg(generation);
}

void removeDatabaseFiles(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}
} // namespace

bool Workspace::isWorkspace(const QString& dir)
{
    return QFile::exists(QDir(dir).filePath(QString::fromLatin1(WorkspaceHeader::kFileName)));
}

Result<std::unique_ptr<Workspace>> Workspace::create(const QString& dir, const QByteArray& passphrase,
                                                     const CreateOptions& options)
{
    if (passphrase.isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("The passphrase must not be empty."));
    if (isWorkspace(dir))
        return makeError(ErrorCode::AlreadyExists, tr("%1 already holds a workspace.").arg(dir));
    if (!QDir().mkpath(dir))
        return makeError(ErrorCode::Io, tr("Cannot create the folder %1.").arg(dir));
    QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    WorkspaceHeader header;
    header.kdf = options.kdf;
    header.generation = 1;
    header.databaseFile = databaseName(header.generation);
    Result<crypto::SecureBytes> key = crypto::deriveKey(passphrase, header.kdf);
    if (!key)
        return key.error();
    header.keyCheck = crypto::keyCheckValue(*key);

    std::unique_ptr<Workspace> ws(new Workspace(QDir(dir).absolutePath(), header));
    // Leftovers of an earlier attempt that died before its header was written.
    removeDatabaseFiles(QDir(ws->m_dir).filePath(header.databaseFile));
    Result<std::unique_ptr<Database>> db =
        Database::open(QDir(ws->m_dir).filePath(header.databaseFile), *key, Database::Mode::Create);
    if (!db)
        return db.error();
    if (Status s = migrate(**db, workspaceMigrations(), options.schemaVersion); !s)
        return s.error();
    Result<Statement> st = (*db)->prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES('created_at', ?1)"));
    if (!st)
        return st.error();
    if (Status s = st->bind(1, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)).run(); !s)
        return s.error();
    if (!(*db)->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE);")))
        return makeError(ErrorCode::Io, tr("Cannot flush the new database."));
    // The header is written last: it is what makes the folder a workspace.
    if (Status s = header.write(ws->m_dir); !s)
        return s.error();
    ws->m_db = std::move(*db);
    return ws;
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString& dir, const QByteArray& passphrase)
{
    Result<WorkspaceHeader> header = WorkspaceHeader::read(dir);
    if (!header)
        return header.error();
    std::unique_ptr<Workspace> ws(new Workspace(QDir(dir).absolutePath(), *header));
    if (Status s = ws->unlock(passphrase); !s)
        return s.error();
    return ws;
}

Workspace::~Workspace() = default;

QString Workspace::name() const
{
    return QDir(m_dir).dirName();
}

void Workspace::lock()
{
    m_db.reset();
}

Status Workspace::unlock(const QByteArray& passphrase)
{
    Result<crypto::SecureBytes> key = crypto::deriveKey(passphrase, m_header.kdf);
    if (!key)
        return key.error();
    if (!crypto::keyMatchesCheck(*key, m_header.keyCheck))
        return makeError(ErrorCode::WrongPassphrase, tr("Wrong passphrase for workspace %1.").arg(name()));
    if (Status s = openDatabase(*key); !s)
        return s;
    removeStaleFiles();
    return {};
}

Status Workspace::openDatabase(const crypto::SecureBytes& key)
{
    const QString path = QDir(m_dir).filePath(m_header.databaseFile);
    Result<std::unique_ptr<Database>> db = Database::open(path, key, Database::Mode::OpenExisting);
    if (!db)
        return db.error();
    if (Status s = migrate(**db, workspaceMigrations()); !s)
        return s;
    m_db = std::move(*db);
    return {};
}

bool Workspace::verifyPassphrase(const QByteArray& passphrase) const
{
    Result<crypto::SecureBytes> key = crypto::deriveKey(passphrase, m_header.kdf);
    return key && crypto::keyMatchesCheck(*key, m_header.keyCheck);
}

Result<Database*> Workspace::requireDatabase()
{
    if (!m_db)
        return makeError(ErrorCode::Locked, tr("The workspace is locked."));
    return m_db.get();
}

Status Workspace::changePassphrase(const QByteArray& newPassphrase, const crypto::KdfParams& kdf)
{
    if (newPassphrase.isEmpty())
        return makeError(ErrorCode::InvalidArgument, tr("The passphrase must not be empty."));
    Result<Database*> db = requireDatabase();
    if (!db)
        return db.error();
    Result<crypto::SecureBytes> key = crypto::deriveKey(newPassphrase, kdf);
    if (!key)
        return key.error();

    WorkspaceHeader next = m_header;
    next.kdf = kdf;
    next.keyCheck = crypto::keyCheckValue(*key);
    next.generation = m_header.generation + 1;
    next.databaseFile = databaseName(next.generation);
    const QString nextPath = QDir(m_dir).filePath(next.databaseFile);

    // 1. A complete copy under the new key, flushed to disk. The old files are untouched.
    removeDatabaseFiles(nextPath);
    if (Status s = (*db)->exportEncryptedCopy(nextPath, *key); !s) {
        removeDatabaseFiles(nextPath);
        return s;
    }
    if (Status s = syncFile(nextPath); !s) {
        removeDatabaseFiles(nextPath);
        return s;
    }
    // 2. The commit point: one atomic rename of the header.
    if (Status s = next.write(m_dir); !s) {
        removeDatabaseFiles(nextPath);
        return s;
    }
    // 3. Switch over and drop the old generation.
    const QString oldPath = QDir(m_dir).filePath(m_header.databaseFile);
    m_db.reset();
    m_header = next;
    removeDatabaseFiles(oldPath);
    return openDatabase(*key);
}

void Workspace::removeStaleFiles() const
{
    // A re-key that died before its header switch leaves a newer, unreferenced database behind;
    // one that died after it leaves the older one. Neither is reachable any more.
    QDir dir(m_dir);
    const QStringList dbs = dir.entryList({QStringLiteral("workspace-*.db")}, QDir::Files);
    for (const QString& file : dbs)
        if (file != m_header.databaseFile)
            removeDatabaseFiles(dir.filePath(file));
    QFile::remove(dir.filePath(QString::fromLatin1(WorkspaceHeader::kFileName) + QStringLiteral(".tmp")));
}

} // namespace fw::store

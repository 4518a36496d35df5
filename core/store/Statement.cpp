// Prepared statements over the SQLCipher C API.
#include "store/Statement.h"

#include <sqlcipher/sqlite3.h>

#include <QCoreApplication>

#include <utility>

namespace fw::store {

Statement::~Statement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement&& other) noexcept
    : m_db(other.m_db), m_stmt(std::exchange(other.m_stmt, nullptr)), m_bindError(other.m_bindError)
{
}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        if (m_stmt)
            sqlite3_finalize(m_stmt);
        m_db = other.m_db;
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_bindError = other.m_bindError;
    }
    return *this;
}

Statement& Statement::bind(int index, qint64 value)
{
    if (int rc = sqlite3_bind_int64(m_stmt, index, value))
        m_bindError = rc;
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    if (int rc = sqlite3_bind_double(m_stmt, index, value))
        m_bindError = rc;
    return *this;
}

Statement& Statement::bind(int index, const QString& value)
{
    return bindUtf8(index, value.toUtf8());
}

Statement& Statement::bindUtf8(int index, const QByteArray& utf8)
{
    if (int rc = sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT))
        m_bindError = rc;
    return *this;
}

Statement& Statement::bindBorrowedUtf8(int index, QByteArrayView utf8)
{
    if (int rc = sqlite3_bind_text(m_stmt, index, utf8.data(), int(utf8.size()), SQLITE_STATIC))
        m_bindError = rc;
    return *this;
}

Statement& Statement::bindBorrowedBlob(int index, QByteArrayView bytes)
{
    // A zero-length blob is still a blob, not NULL (as bind() does).
    const int rc = bytes.isEmpty() ? sqlite3_bind_zeroblob(m_stmt, index, 0)
                                   : sqlite3_bind_blob(m_stmt, index, bytes.data(),
                                                       int(bytes.size()), SQLITE_STATIC);
    if (rc)
        m_bindError = rc;
    return *this;
}

Statement& Statement::bind(int index, const QByteArray& value)
{
    // A zero-length blob is still a blob, not NULL.
    const int rc = value.isEmpty()
                       ? sqlite3_bind_zeroblob(m_stmt, index, 0)
                       : sqlite3_bind_blob(m_stmt, index, value.constData(), int(value.size()), SQLITE_TRANSIENT);
    if (rc)
        m_bindError = rc;
    return *this;
}

Statement& Statement::bindNull(int index)
{
    if (int rc = sqlite3_bind_null(m_stmt, index))
        m_bindError = rc;
    return *this;
}

Result<bool> Statement::step()
{
    if (m_bindError)
        return makeError(ErrorCode::Internal,
                         QCoreApplication::translate("fw::store", "Cannot bind a value: %1")
                             .arg(QString::fromUtf8(sqlite3_errstr(m_bindError))));
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return makeError(errorCodeForSqlite(rc), QString::fromUtf8(sqlite3_errmsg(m_db)));
}

ErrorCode errorCodeForSqlite(int rc)
{
    switch (rc & 0xff) {
    case SQLITE_FULL:
    case SQLITE_IOERR:
    case SQLITE_READONLY: return ErrorCode::Io;
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT: return ErrorCode::Corrupt;
    case SQLITE_CONSTRAINT: return ErrorCode::AlreadyExists;
    case SQLITE_BUSY:
    case SQLITE_LOCKED: return ErrorCode::Busy;
    default: return ErrorCode::Internal;
    }
}

Status Statement::run()
{
    Result<bool> r = step();
    if (!r)
        return r.error();
    return {};
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_bindError = 0;
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const
{
    const void* data = sqlite3_column_blob(m_stmt, column);
    return QByteArray(static_cast<const char*>(data), sqlite3_column_bytes(m_stmt, column));
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

Status forEachRow(Statement& st, const std::function<void(const Statement&)>& row)
{
    for (;;) {
        Result<bool> more = st.step();
        if (!more)
            return more.error();
        if (!*more)
            return {};
        row(st);
    }
}

} // namespace fw::store

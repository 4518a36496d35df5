// A prepared SQLCipher statement: bind, step, read columns. Move-only; finalised on destruction.
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <functional>

struct sqlite3;
struct sqlite3_stmt;

namespace fw::store {

class Statement
{
public:
    Statement() = default;
    Statement(sqlite3* db, sqlite3_stmt* stmt) : m_db(db), m_stmt(stmt) {}
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    // Parameters are 1-based, as in SQLite.
    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, qint64(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, const QString& value);
    Statement& bind(int index, const QByteArray& value); // as BLOB
    // As TEXT, from bytes that are already UTF-8: no round trip through QString's UTF-16.
    Statement& bindUtf8(int index, const QByteArray& utf8);
    // The same without SQLite's copy, for a bulk writer's hot loop: the bytes must stay alive and
    // unchanged until the statement has run and is bound again (or reset and destroyed).
    Statement& bindBorrowedUtf8(int index, QByteArrayView utf8);
    Statement& bindBorrowedBlob(int index, QByteArrayView bytes);
    Statement& bindNull(int index);

    // true: a row is available; false: done. Errors carry SQLite's message.
    Result<bool> step();
    // For statements that return no rows (INSERT/UPDATE/DELETE).
    Status run();
    void reset();

    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    int m_bindError = 0;
};

// The error code for an SQLite result code (a busy database is ErrorCode::Busy, a full disk Io...).
ErrorCode errorCodeForSqlite(int rc);

// Steps `st` through every row, handing each to `row`; the first step error ends it.
Status forEachRow(Statement& st, const std::function<void(const Statement&)>& row);

} // namespace fw::store

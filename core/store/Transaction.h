// RAII write transaction: rolls back unless commit() succeeded. Keep them short (no user waits).
#pragma once

#include "common/Result.h"

namespace fw::store {

class Database;

class Transaction
{
public:
    // Which files the transaction takes the write lock of. Every workspace connection has the
    // search index attached (store/SearchIndexFile.h), and BEGIN IMMEDIATE locks every attached
    // file: an import writing records and the search index's writer beside it must each lock only
    // their own, or neither could run while the other does.
    enum class Scope {
        AllFiles,         // BEGIN IMMEDIATE
        WorkspaceOnly,    // the workspace database (records, models, ...)
        SearchIndexOnly,  // the search index file
    };

    explicit Transaction(Database& db, Scope scope = Scope::AllFiles);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    // Did BEGIN succeed? Check before doing work.
    const Status& began() const { return m_began; }
    Status commit();

private:
    Database& m_db;
    Status m_began;
    bool m_done = false;
};

} // namespace fw::store

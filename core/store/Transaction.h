// RAII write transaction: rolls back unless commit() succeeded. Keep them short (no user waits).
#pragma once

#include "common/Result.h"

namespace fw::store {

class Database;

class Transaction
{
public:
    explicit Transaction(Database& db);
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

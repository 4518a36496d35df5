// BEGIN IMMEDIATE ... COMMIT, with rollback on every early return.
#include "store/Transaction.h"

#include "store/Database.h"

namespace fw::store {

Transaction::Transaction(Database& db) : m_db(db)
{
    // IMMEDIATE takes the write lock now, so a conflict shows at BEGIN and not halfway through.
    m_began = m_db.exec(QStringLiteral("BEGIN IMMEDIATE;"));
    m_done = !m_began.ok();
}

Transaction::~Transaction()
{
    if (!m_done)
        (void)m_db.exec(QStringLiteral("ROLLBACK;"));
}

Status Transaction::commit()
{
    if (m_done)
        return m_began.ok() ? Status(makeError(ErrorCode::Internal, QStringLiteral("transaction already finished")))
                            : m_began;
    Status s = m_db.exec(QStringLiteral("COMMIT;"));
    if (s)
        m_done = true;
    return s;
}

} // namespace fw::store

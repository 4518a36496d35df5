// BEGIN IMMEDIATE ... COMMIT, with rollback on every early return.
#include "store/Transaction.h"

#include "store/Database.h"

namespace fw::store {

Transaction::Transaction(Database& db, Scope scope) : m_db(db)
{
    // The write lock is taken now, so a conflict shows at BEGIN and not halfway through: IMMEDIATE
    // for every file, or a write that changes nothing in one file (it locks that file alone, and
    // as the transaction's first statement it reads the newest snapshot, as IMMEDIATE does).
    if (scope == Scope::AllFiles) {
        m_began = m_db.exec(QStringLiteral("BEGIN IMMEDIATE;"));
    } else {
        m_began = m_db.exec(QStringLiteral("BEGIN;"));
        if (m_began) {
            m_began = m_db.exec(scope == Scope::WorkspaceOnly
                                    ? QStringLiteral("DELETE FROM main.meta WHERE 0;")
                                    : QStringLiteral("DELETE FROM search.search_state WHERE 0;"));
            if (!m_began)
                (void)m_db.exec(QStringLiteral("ROLLBACK;"));
        }
    }
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

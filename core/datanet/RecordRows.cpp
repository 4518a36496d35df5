// Record rows.
#include "datanet/RecordRows.h"

#include <QDateTime>

namespace fw::datanet {

const QString& recordColumns()
{
    static const QString columns = QStringLiteral(
        "SELECT id, contribution_id, content_hash, content, contributor, status, reject_reason, "
        "near_duplicate, tokens, created_at FROM records ");
    return columns;
}

RecordInfo readRecord(const store::Statement& st)
{
    RecordInfo r;
    r.id = st.int64(0);
    r.contributionId = st.int64(1);
    r.contentHash = st.blob(2);
    r.content = st.blob(3);
    r.contributor = st.text(4);
    r.status = parseStatus(st.text(5)).value_or(RecordStatus::Pending);
    r.rejectReason = st.text(6);
    r.nearDuplicate = st.int64(7) != 0;
    r.tokens = st.int64(8);
    r.createdAt = QDateTime::fromMSecsSinceEpoch(st.int64(9), Qt::UTC);
    return r;
}


} // namespace fw::datanet

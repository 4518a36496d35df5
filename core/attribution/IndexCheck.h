// `workspace check` for attribution indexes: every stored index decodes, and each of its records is
// a record of the datanet version it names, credited to that record's contributor.
#pragma once

#include "common/Result.h"

#include <QStringList>

namespace fw::store {
class Workspace;
}

namespace fw::attribution {

struct IndexCheckReport
{
    QStringList problems; // one sentence each; empty: every index is sound
    qint64 indexes = 0;   // stored indexes checked
    qint64 stale =
        0; // built from other versions than the model's lineage names now (rebuilt on use)
};

Result<IndexCheckReport> checkIndexes(store::Workspace& workspace);

} // namespace fw::attribution

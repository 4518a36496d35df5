// The datanet half of `flywheel-cli workspace check`: every contribution's signature and Merkle
// root re-verified from its stored records, and every frozen version whole (its id recomputed from
// its member hashes, each member still the record it names, its curator's statement verified).
#pragma once

#include "common/Result.h"

#include <QStringList>

namespace fw::store {
class Workspace;
}

namespace fw::datanet {

struct DatanetCheckReport
{
    QStringList problems; // one sentence each; empty: everything verified
    qint64 contributions = 0;
    qint64 versions = 0;
};

// An error means the check could not run; what it found wrong is in `problems`.
Result<DatanetCheckReport> checkDatanets(store::Workspace& workspace);

} // namespace fw::datanet

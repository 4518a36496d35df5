// `workspace check` for attribution indexes and gradient stores: every stored one decodes, and each
// of its records is a record of the datanet version it names.
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
    qint64 gradientStores = 0; // stored gradient stores checked (LoRA adapters)
    qint64 staleGradients = 0; // the same for gradient stores
};

Result<IndexCheckReport> checkIndexes(store::Workspace& workspace);

} // namespace fw::attribution

// The registry half of `flywheel-cli workspace check`: every model's stored files complete (chunks
// numbered without gaps) and adding up to the size the registry shows, so no half-written model is
// visible; and every run's checkpoint, if any, likewise whole.
#pragma once

#include "common/Result.h"

#include <QStringList>

namespace fw::store {
class Workspace;
}

namespace fw::models {

struct ModelCheckReport
{
    QStringList problems; // one sentence each; empty: every model is whole
    qint64 models = 0;
};

Result<ModelCheckReport> checkModels(store::Workspace& workspace);

} // namespace fw::models

// The demo's own model on its own node: a small model trained from scratch on World facts
// ("demo-facts"), deployed with a price to the workspace's node (the local node the workbench
// starts serves it), and a few questions an app user paid for, answered by that model through the
// node's real payment path: vouchers, span attribution, the split, signed receipts and the answers
// kept beside them. So the Earnings page can show why a receipt paid, down to the answer's spans.
// Training takes a few seconds of one thread; the workbench's demo and `workspace init --demo
// --with-model` add it, the tests that need no model leave it out.
#pragma once

#include "common/Result.h"
#include "crypto/Kdf.h"
#include "store/Workspace.h"

#include <QCoreApplication>
#include <functional>
#include <memory>
#include <optional>

namespace fw::ml {
class MlRuntime;
}

namespace fw::demo {

inline constexpr int kDemoLiveAnswers = 8;

struct DemoModelProgress
{
    QString step; // what is happening, for a progress dialog
    int done = 0; // of total
    int total = 0;
};

// Needs the demo identities, datanets and traffic. Trains, registers, deploys under
// kDemoDeployment (a new release of the deployment the demo traffic paid for) and answers
// kDemoLiveAnswers paid questions, each receipt dated now.
Status addDemoModel(store::Workspace& workspace, ml::MlRuntime& engine,
                    const std::function<void(const DemoModelProgress&)>& progress = {});

// The workbench's demo: opens the demo workspace in `dir`, or creates it and adds its model
// (loading the ML module for that). A model that cannot be made (no ML module, a failure) leaves
// the demo usable without it: the problem is returned beside the workspace.
struct DemoOpening
{
    std::unique_ptr<store::Workspace> workspace;
    std::optional<Error> modelProblem;
};
Result<DemoOpening> openOrCreateDemoWithModel(
    const QString& dir, const crypto::KdfParams& kdf,
    const std::function<void(const DemoModelProgress&)>& progress = {});

struct DemoModelText
{
    Q_DECLARE_TR_FUNCTIONS(fw::demo::DemoModel)
};

} // namespace fw::demo

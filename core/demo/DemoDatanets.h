// The demo datanets: an instruction datanet and a preference datanet, generated from small facts
// tables the team wrote (capitals, chemical elements, unit conversions, arithmetic) through fixed
// templates, split among the four demo identities, mostly approved, and frozen into a ready version.
#pragma once

#include "common/Result.h"
#include "datanet/DatanetTypes.h"

#include <QByteArray>
#include <QList>

namespace fw::store {
class Workspace;
}

namespace fw::demo {

inline constexpr const char* kDemoInstructionDatanet = "World facts (demo)";
inline constexpr const char* kDemoPreferenceDatanet = "Helpful answers (demo)";

// The generated records as JSONL (Alpaca and preference-pair formats); deterministic.
QByteArray demoInstructionJsonl();
QByteArray demoPreferenceJsonl();

// Imports both datanets into the workspace (the demo identities must exist), reviews and freezes them.
Status addDemoDatanets(store::Workspace& workspace);

// World facts and its approved records, which the demo's paid traffic asks about.
struct DemoFacts
{
    datanet::Datanet datanet;
    QList<datanet::RecordInfo> approved; // never empty
};
Result<DemoFacts> loadDemoFacts(store::Workspace& workspace);

} // namespace fw::demo

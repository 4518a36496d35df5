// The demo's feedback campaign: prompts of the World facts version answered by two demo answer
// styles whose answers the demo writes itself (no model exists yet), so the Feedback page has
// items to label at once. The labels go into the Helpful answers datanet like any others.
#pragma once

#include "common/Result.h"

namespace fw::store {
class Workspace;
}

namespace fw::demo {

inline constexpr const char* kDemoCampaign = "Capitals and elements (demo)";
inline constexpr int kDemoCampaignItems = 30;
// The names the cached answers carry, revealed after each submit.
inline constexpr const char* kDemoTerseModel = "demo-terse";
inline constexpr const char* kDemoChattyModel = "demo-chatty";

// Adds the campaign and its cached answers unless a campaign of that name exists (then nothing).
// Needs the demo datanets.
Status addDemoCampaign(store::Workspace& workspace);

} // namespace fw::demo

// The answer generator of a campaign's models: registered models or adapters of the workspace,
// loaded into the ML engine once each and asked each prompt as a one-turn chat.
#pragma once

#include "feedback/AnswerGeneration.h"
#include "ml/GenerationOptions.h"

namespace fw::ml {
class MlRuntime;
}

namespace fw::feedback {

// Not thread-safe: call the generator from one thread at a time (generateAnswers does).
AnswerGenerator registeredModelAnswers(store::Workspace& workspace, ml::MlRuntime& engine,
                                       const ml::GenerationOptions& options);

} // namespace fw::feedback

// Turns a frozen datanet version into supervised examples for the trainer: the bridge between
// what contributors wrote (instruction pairs, chats, preference pairs) and what SFT learns from.
#pragma once

#include "common/Result.h"
#include "datanet/RecordContent.h"
#include "ml/TrainingConfig.h"

#include <vector>

namespace fw::store {
class Workspace;
}

namespace fw::models {

// instruction: instruction (+ blank line + input) -> output; chat: one example per user turn
// answered by the assistant, with the system prompt; preference: prompt -> chosen. Plain text has
// no prompt to answer, so SFT refuses it (Unsupported).
Result<std::vector<ml::SftExample>> examplesFromRecord(const datanet::RecordContent& record);

// Every record of the version, in its Merkle order. `versionId` as VersionService takes it
// ("latest", a full id or an unambiguous prefix).
Result<std::vector<ml::SftExample>> examplesFromVersion(store::Workspace& workspace, qint64 datanetId,
                                                        const QString& versionId);

// The preference pairs of a version of a preference datanet (reward-model and DPO training), in
// Merkle order; Unsupported for any other record kind.
Result<std::vector<ml::PreferenceExample>> preferencesFromVersion(store::Workspace& workspace, qint64 datanetId,
                                                                  const QString& versionId);

} // namespace fw::models

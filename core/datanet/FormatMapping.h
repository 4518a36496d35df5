// Translation between the formats people bring (Alpaca, ShareGPT, OpenAI chat, preference pairs)
// and the canonical record JSON of each kind, in both directions (import and export).
#pragma once

#include "common/Result.h"
#include "datanet/ImportFormat.h"
#include "datanet/RecordContent.h"

#include <QJsonObject>

namespace fw::datanet {

// One JSONL line in `format` -> validated content of `kind`. Errors name the offending field.
Result<RecordContent> contentFromFormat(ImportFormat format, RecordKind kind, const QJsonObject& line);

// Content -> one JSONL object in `format`. Instruction and preference records also export as chats
// (one user turn, one assistant turn); any kind exports as text. Impossible pairs fail Unsupported.
Result<QJsonObject> contentToFormat(const RecordContent& content, ImportFormat format);

} // namespace fw::datanet

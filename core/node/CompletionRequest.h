// An OpenAI chat or text completion request, parsed and checked before any work starts: wrong
// types, out-of-range knobs, unsupported options and unknown fields are 400s naming the field.
#pragma once

#include "ml/ChatTemplate.h"
#include "ml/GenerationOptions.h"
#include "node/ApiError.h"

#include <QByteArray>
#include <QString>
#include <optional>
#include <variant>
#include <vector>

namespace fw::node {

struct CompletionLimits
{
    int maxMessages = 256;
    int maxPromptChars = 256 * 1024;
    int maxTokens = 4096; // max_tokens above this is refused before tokenizing
};

struct CompletionRequest
{
    bool chat = true;                      // /v1/chat/completions or /v1/completions
    QString model;                         // a deployed name
    std::vector<ml::ChatMessage> messages; // chat
    QString prompt;                        // completions
    bool stream = false;
    bool streamUsage = false;      // stream_options.include_usage
    bool maxTokensGiven = false;   // else the node picks what fits the context
    ml::GenerationOptions options; // OpenAI's defaults: temperature 1, top_p 1
};

// Either the request or the 400 that explains what is wrong with it.
std::variant<CompletionRequest, ApiError>
parseCompletionRequest(const QByteArray& body, bool chat, const CompletionLimits& limits = {});

} // namespace fw::node

// Fuzz target: an OpenAI request body as a node receives it (chat and text completions); every
// refusal must be a 400 with a message, every acceptance within the limits the node promises.
#include "node/CompletionRequest.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray body =
        QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const fw::node::CompletionLimits limits;
    for (const bool chat : {true, false}) {
        const auto parsed = fw::node::parseCompletionRequest(body, chat, limits);
        if (const auto* error = std::get_if<fw::node::ApiError>(&parsed)) {
            if (error->status != 400 || error->message.isEmpty() || error->json().isEmpty())
                __builtin_trap();
            continue;
        }
        const auto& r = std::get<fw::node::CompletionRequest>(parsed);
        if (r.model.isEmpty() || r.options.maxNewTokens < 0 ||
            r.options.maxNewTokens > limits.maxTokens || r.options.temperature < 0 ||
            r.options.temperature > 2 || r.options.topP <= 0 || r.options.topP > 1 ||
            r.options.stopStrings.size() > 4 || (chat && r.messages.empty()) ||
            int(r.messages.size()) > limits.maxMessages)
            __builtin_trap();
    }
    return 0;
}

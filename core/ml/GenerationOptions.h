// Knobs and results of text generation; torch-free for the CLI, the UI and the node.
#pragma once

#include "common/Result.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace fw::ml {

struct GenerationOptions
{
    int maxNewTokens = 128;
    double temperature = 0.0;       // 0 = greedy (argmax)
    int topK = 0;                   // 0 = off
    double topP = 1.0;              // nucleus sampling; 1 = off
    double repetitionPenalty = 1.0; // HF/CTRL style; 1 = off
    uint64_t seed = 0;
    QStringList stopStrings;        // generation ends before the first occurrence
    std::vector<int> stopTokenIds;  // besides the tokenizer's EOS
};

enum class FinishReason { Stop, Length, Cancelled };

struct GenerationResult
{
    std::vector<int> tokenIds; // generated ids only (the stop token excluded)
    QString text;              // decoded, cut before any stop string
    // After each of tokenIds, how much of `text` had been decoded (UTF-16 units, never above
    // text's size; a half UTF-8 character may make it dip): maps a token span to characters.
    std::vector<int> textEnds;
    FinishReason finishReason = FinishReason::Length;
    int promptTokens = 0;
    std::optional<Error> error; // set when nothing could be generated (a limit, an engine failure)

    static GenerationResult failed(Error e)
    {
        GenerationResult r;
        r.error = std::move(e);
        return r;
    }
};

// Streaming: called with the sequence index and the newly decodable text; return false to cancel.
using StreamCallback = std::function<bool(int sequence, const QString& delta)>;

} // namespace fw::ml

// One sequence's way through decoding: stop tokens, stop strings, text safe to stream, the result.
// Shared by Generator (a padded batch) and the serving engine (continuous batching).
#pragma once

#include "ml/GenerationOptions.h"
#include "ml/Tokenizer.h"

#include <memory>

namespace fw::ml {

class SequenceProgress
{
public:
    SequenceProgress(const std::vector<int>& prompt, const GenerationOptions& options,
                     std::shared_ptr<const Tokenizer> tokenizer);

    // Takes the next sampled token; returns the text that became final with it (maybe empty).
    // A stop token or a completed stop string ends the sequence (FinishReason::Stop).
    QString accept(int id);
    // Ends the sequence as cancelled; nothing more is streamed.
    void cancel();
    // Whatever was held back (a partial stop string that never completed) is final once the
    // sequence ends for another reason than cancellation.
    QString flush();

    bool done() const { return m_done; }
    int generated() const { return int(m_result.tokenIds.size()); }
    const std::vector<int>& context() const { return m_context; } // prompt + generated
    const GenerationResult& result() const { return m_result; }
    GenerationResult takeResult() { return std::move(m_result); }

private:
    bool isStopId(int id) const;

    std::shared_ptr<const Tokenizer> m_tokenizer;
    QStringList m_stopStrings;
    std::vector<int> m_stopIds;
    std::vector<int> m_context;
    GenerationResult m_result;
    qsizetype m_streamed = 0;
    bool m_done = false;
};

} // namespace fw::ml

// Stop handling and held-back streaming of one decoded sequence.
#include "ml/SequenceProgress.h"

#include <algorithm>

namespace fw::ml {

namespace {

// Length of the longest tail of `text` that could still grow into a stop string.
qsizetype heldBack(const QString& text, const QStringList& stops)
{
    qsizetype hold = 0;
    for (const QString& s : stops)
        for (qsizetype n = std::min(s.size() - 1, text.size()); n > hold; --n)
            if (text.endsWith(QStringView(s).left(n))) {
                hold = n;
                break;
            }
    return hold;
}

} // namespace

SequenceProgress::SequenceProgress(const std::vector<int>& prompt, const GenerationOptions& o,
                                   std::shared_ptr<const Tokenizer> tokenizer)
    : m_tokenizer(std::move(tokenizer)), m_stopStrings(o.stopStrings), m_stopIds(o.stopTokenIds),
      m_context(prompt)
{
    m_result.promptTokens = int(prompt.size());
    if (m_tokenizer->eosId() >= 0)
        m_stopIds.push_back(m_tokenizer->eosId());
    // The text is decoded without special tokens, so a stop string that names one (a chat
    // format's end of turn) would never show up in it: it stops at the token instead.
    for (const QString& stop : o.stopStrings) {
        const int id = m_tokenizer->tokenId(stop);
        if (id >= 0 && m_tokenizer->isSpecial(id))
            m_stopIds.push_back(id);
    }
}

bool SequenceProgress::isStopId(int id) const
{
    return std::find(m_stopIds.begin(), m_stopIds.end(), id) != m_stopIds.end();
}

QString SequenceProgress::accept(int id)
{
    if (isStopId(id)) {
        m_done = true;
        m_result.finishReason = FinishReason::Stop;
        return {};
    }
    m_context.push_back(id);
    m_result.tokenIds.push_back(id);
    QString text = m_tokenizer->decode(m_result.tokenIds, /*skipSpecial=*/true);
    qsizetype cut = -1;
    for (const QString& stop : m_stopStrings) {
        const qsizetype at = text.indexOf(stop);
        if (at >= 0 && (cut < 0 || at < cut))
            cut = at;
    }
    if (cut >= 0) {
        text.truncate(cut);
        for (int& end : m_result.textEnds)
            end = std::min(end, int(cut));
        m_done = true;
        m_result.finishReason = FinishReason::Stop;
    }
    m_result.text = text;
    m_result.textEnds.push_back(int(text.size()));
    // Stream only text that can no longer change: no half UTF-8 character, no partial stop.
    qsizetype ready = text.size() - (m_done ? 0 : heldBack(text, m_stopStrings));
    while (!m_done && ready > 0 && text[ready - 1] == QChar::ReplacementCharacter)
        --ready;
    if (ready <= m_streamed)
        return {};
    const QString delta = text.mid(m_streamed, ready - m_streamed);
    m_streamed = ready;
    return delta;
}

void SequenceProgress::cancel()
{
    m_done = true;
    m_result.finishReason = FinishReason::Cancelled;
}

QString SequenceProgress::flush()
{
    if (m_result.finishReason == FinishReason::Cancelled || m_result.text.size() <= m_streamed)
        return {};
    const QString rest = m_result.text.mid(m_streamed);
    m_streamed = m_result.text.size();
    return rest;
}

} // namespace fw::ml

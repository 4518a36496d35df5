// The token ids a model was trained on, record by record, with a suffix array over them: which
// records contain a given run of tokens, and how often each token occurs (infini-gram's layout).
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <cstdint>
#include <vector>

namespace fw::attribution {

// Suffixes [begin, end) of the suffix array: every place where one run of tokens occurs.
struct SuffixRange
{
    int64_t begin = 0;
    int64_t end = 0;
    int64_t size() const { return end - begin; }
    bool empty() const { return end <= begin; }
};

class SpanIndex
{
public:
    static constexpr quint32 kFormatVersion = 1;

    SpanIndex() = default;

    // Records in order; each is one or more documents (the examples a record trained as). A
    // sentinel larger than every token closes each document, so no match ever crosses a record.
    class Builder
    {
    public:
        void beginRecord();
        void addDocument(const std::vector<int>& ids); // ids >= 0; a record must be begun
        // InvalidArgument: a negative id, a document outside a record, or 2^31 tokens or more.
        Result<SpanIndex> build();

    private:
        std::vector<int32_t> m_text;
        std::vector<int64_t> m_recordStart;
        bool m_invalid = false;
        QString m_why;
    };

    int64_t size() const { return int64_t(m_text.size()); } // tokens and sentinels
    int64_t recordCount() const { return int64_t(m_recordStart.size()) - 1; }
    int32_t sentinel() const { return m_sentinel; }
    int32_t tokenAt(int64_t position) const { return m_text[size_t(position)]; }
    int64_t suffixAt(int64_t rank) const { return m_sa[size_t(rank)]; }
    // The record holding text position `position`, and where that record starts.
    int64_t recordOf(int64_t position) const;
    int64_t recordStart(int64_t record) const { return m_recordStart[size_t(record)]; }

    SuffixRange all() const { return {0, size()}; }
    // The part of `range` (suffixes sharing their first `depth` tokens) whose next token is
    // `token`.
    SuffixRange narrow(SuffixRange range, int64_t depth, int32_t token) const;
    // Every occurrence of ids[0, length); empty when there is none.
    SuffixRange find(const int32_t* ids, int64_t length) const;

    // Unigram statistics over the tokens (sentinels excluded), for the rarity of spans.
    int64_t unigramCount(int32_t token) const;
    int64_t tokenCount() const { return m_tokenCount; }

    // The versioned binary form (SpanIndexFormat.cpp): ~2 bytes a token for the ids and 3-4 for
    // the suffix array, a BLAKE2b checksum at the end.
    QByteArray serialise() const;
    // Corrupt (naming the field and its byte offset) for anything but bytes serialise() wrote;
    // Unsupported for a newer format version.
    static Result<SpanIndex> deserialise(const QByteArray& bytes);

    Q_DECLARE_TR_FUNCTIONS(fw::attribution::SpanIndex)
private:
    SpanIndex(std::vector<int32_t> text, std::vector<int64_t> recordStart, int32_t sentinel,
              std::vector<int32_t> sa);
    void countUnigrams();

    std::vector<int32_t> m_text;        // records' documents, each closed by m_sentinel
    std::vector<int64_t> m_recordStart; // recordCount() + 1 offsets into m_text, the last = size()
    int32_t m_sentinel = 0;
    std::vector<int32_t> m_sa;
    std::vector<int64_t> m_unigrams; // by token id, m_sentinel entries
    int64_t m_tokenCount = 0;
};

} // namespace fw::attribution

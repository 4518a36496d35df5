// Reads and validates records on one worker thread and hashes them (content hash, MinHash, plain
// text) on a second while the caller writes the previous ones: an import's parsing, hashing,
// record writes and search indexing (ImportSearchWriter) are four threads the cores share.
#pragma once

#include "datanet/MinHash.h"
#include "datanet/NearDuplicateIndex.h"
#include "datanet/RecordReader.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace fw::datanet {

// A parsed item and, when it is good and hashing was asked for, what storing it needs.
struct PreparedRecord
{
    ParsedItem item;
    QByteArray hash;              // RecordContent::hash()
    MinHash::BandKeys bandKeys{}; // MinHash::bandKeys(plainText())
    qint64 tokens = 0;            // RecordContent::estimatedTokens()
    QByteArray plainTextUtf8;     // RecordContent::plainText() in UTF-8, for the search index
    bool nearDuplicate = false;   // with an index: shares a band key with an earlier record
};

struct PreparedBatch
{
    std::vector<PreparedRecord> records;
    qint64 bytesRead = 0; // of the input, after the batch's last record
};

class RecordPipeline
{
public:
    // Starts reading at once. The reader (and its device) belong to the workers until destruction.
    // With `nearDuplicates` (and `hash`), the hashing thread judges each good record against it in
    // file order and adds the record's keys; the index belongs to that thread until destruction.
    RecordPipeline(RecordReader& reader, bool hash, NearDuplicateIndex* nearDuplicates = nullptr);
    // Stops the workers (at the next record) and waits for them: safe on any early return.
    ~RecordPipeline();
    RecordPipeline(const RecordPipeline&) = delete;
    RecordPipeline& operator=(const RecordPipeline&) = delete;

    // The next batch in file order; false once the input is exhausted. What `batch` held before is
    // handed back and freed on the reading thread, not on the caller's (the writer's) time.
    bool next(PreparedBatch& batch);

private:
    void readRecords();
    void hashRecords();
    // Waits for room in `queue`; false when told to stop.
    bool push(std::deque<PreparedBatch>& queue, PreparedBatch&& batch);

    RecordReader& m_reader;
    const bool m_hash;
    NearDuplicateIndex* const m_nearDuplicates;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    // Both bounded, so memory stays flat whatever the file size.
    std::deque<PreparedBatch> m_read;  // parsed, not hashed yet
    std::deque<PreparedBatch> m_ready; // for next()
    std::vector<PreparedBatch> m_spent; // given back by next(), to be freed by the reading thread
    bool m_readDone = false;
    bool m_done = false;
    bool m_stop = false;
    std::thread m_reading;
    std::thread m_hashing;
};

} // namespace fw::datanet

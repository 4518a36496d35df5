// Reads, validates and hashes records on a worker thread while the caller writes the previous
// ones, so an import uses both cores: parsing and hashing overlap the encrypted database writes.
#pragma once

#include "datanet/MinHash.h"
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
};

struct PreparedBatch
{
    std::vector<PreparedRecord> records;
    qint64 bytesRead = 0; // of the input, after the batch's last record
};

class RecordPipeline
{
public:
    // Starts reading at once. The reader (and its device) belong to the worker until destruction.
    RecordPipeline(RecordReader& reader, bool hash);
    // Stops the worker (at the next record) and waits for it: safe on any early return.
    ~RecordPipeline();
    RecordPipeline(const RecordPipeline&) = delete;
    RecordPipeline& operator=(const RecordPipeline&) = delete;

    // The next batch in file order; false once the input is exhausted.
    bool next(PreparedBatch& batch);

private:
    void produce();
    bool push(PreparedBatch&& batch); // false when told to stop

    RecordReader& m_reader;
    const bool m_hash;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<PreparedBatch> m_queue; // bounded, so memory stays flat whatever the file size
    bool m_done = false;
    bool m_stop = false;
    std::thread m_worker;
};

} // namespace fw::datanet

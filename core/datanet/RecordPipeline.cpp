// The producer side of an import: a worker thread fills a bounded queue of prepared batches.
#include "datanet/RecordPipeline.h"

namespace fw::datanet {

namespace {
constexpr size_t kBatchRecords = 256;
constexpr size_t kMaxBatches = 16; // about 4,000 records in flight: a few MB

void prepare(PreparedRecord& r)
{
    const RecordContent& content = *r.item.content;
    r.hash = content.hash();
    // Once, for the fingerprint, the estimate and the search index.
    const QString plainText = content.plainText();
    r.bandKeys = MinHash::bandKeys(plainText);
    r.tokens = RecordContent::estimateTokens(plainText);
    // Encoded here, on the pipeline's thread, so the writer's thread only stores it.
    r.plainTextUtf8 = plainText.toUtf8();
}
} // namespace

RecordPipeline::RecordPipeline(RecordReader& reader, bool hash)
    : m_reader(reader), m_hash(hash), m_worker([this] { produce(); })
{
}

RecordPipeline::~RecordPipeline()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_worker.join();
}

bool RecordPipeline::next(PreparedBatch& batch)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_queue.empty() || m_done; });
    if (m_queue.empty())
        return false;
    batch = std::move(m_queue.front());
    m_queue.pop_front();
    lock.unlock();
    m_changed.notify_all();
    return true;
}

bool RecordPipeline::push(PreparedBatch&& batch)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_changed.wait(lock, [this] { return m_queue.size() < kMaxBatches || m_stop; });
    if (m_stop)
        return false;
    m_queue.push_back(std::move(batch));
    lock.unlock();
    m_changed.notify_all();
    return true;
}

void RecordPipeline::produce()
{
    PreparedBatch batch;
    batch.records.reserve(kBatchRecords);
    PreparedRecord record;
    bool more = true;
    while (more) {
        more = m_reader.next(record.item);
        if (more) {
            if (m_hash && record.item.content)
                prepare(record);
            batch.records.push_back(std::move(record));
            record = PreparedRecord();
        }
        if (batch.records.size() == kBatchRecords || (!more && !batch.records.empty())) {
            batch.bytesRead = m_reader.bytesRead();
            if (!push(std::move(batch)))
                return;
            batch = PreparedBatch();
            batch.records.reserve(kBatchRecords);
        }
        std::lock_guard<std::mutex> lock(m_mutex);
        if (m_stop)
            return;
    }
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_done = true;
    }
    m_changed.notify_all();
}

} // namespace fw::datanet

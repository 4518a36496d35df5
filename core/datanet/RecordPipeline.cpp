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
    // The fast path's ASCII text as it is: no UTF-16 string, no second copy.
    if (const QByteArray& ascii = content.plainTextUtf8IfKnown(); !ascii.isEmpty()) {
        r.bandKeys = MinHash::bandKeysLatin1(ascii);
        r.tokens = (ascii.size() + 3) / 4; // estimateTokens(): four bytes of UTF-8 per token
        r.plainTextUtf8 = ascii;
        return;
    }
    // Once, for the fingerprint, the estimate and the search index.
    const QString plainText = content.plainText();
    r.bandKeys = MinHash::bandKeys(plainText);
    r.tokens = RecordContent::estimateTokens(plainText);
    // Encoded here, on the pipeline's thread, so the writer's thread only stores it.
    r.plainTextUtf8 = plainText.toUtf8();
}
} // namespace

RecordPipeline::RecordPipeline(RecordReader& reader, bool hash, NearDuplicateIndex* nearDuplicates)
    : m_reader(reader), m_hash(hash), m_nearDuplicates(nearDuplicates),
      m_reading([this] { readRecords(); }), m_hashing([this] { hashRecords(); })
{
}

RecordPipeline::~RecordPipeline()
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_reading.join();
    m_hashing.join();
}

bool RecordPipeline::next(PreparedBatch& batch)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    if (!batch.records.empty() && !m_readDone)
        m_spent.push_back(std::move(batch));
    m_changed.wait(lock, [this] { return !m_ready.empty() || m_done; });
    if (m_ready.empty())
        return false;
    batch = std::move(m_ready.front());
    m_ready.pop_front();
    lock.unlock();
    m_changed.notify_all();
    return true;
}

bool RecordPipeline::push(std::deque<PreparedBatch>& queue, PreparedBatch&& batch)
{
    std::vector<PreparedBatch> spent; // freed here, after the lock is released
    std::unique_lock<std::mutex> lock(m_mutex);
    m_changed.wait(lock, [&] { return queue.size() < kMaxBatches || m_stop; });
    if (m_stop)
        return false;
    queue.push_back(std::move(batch));
    if (&queue == &m_read)
        spent.swap(m_spent);
    lock.unlock();
    m_changed.notify_all();
    return true;
}

void RecordPipeline::readRecords()
{
    PreparedBatch batch;
    batch.records.reserve(kBatchRecords);
    PreparedRecord record;
    bool more = true;
    while (more) {
        more = m_reader.next(record.item);
        if (more) {
            batch.records.push_back(std::move(record));
            record = PreparedRecord();
        }
        if (batch.records.size() == kBatchRecords || (!more && !batch.records.empty())) {
            batch.bytesRead = m_reader.bytesRead();
            if (!push(m_read, std::move(batch)))
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
        m_readDone = true;
    }
    m_changed.notify_all();
}

void RecordPipeline::hashRecords()
{
    for (;;) {
        PreparedBatch batch;
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_read.empty() || m_readDone || m_stop; });
            if (m_stop)
                return;
            if (m_read.empty()) { // read to the end, and every batch passed on
                m_done = true;
                lock.unlock();
                m_changed.notify_all();
                return;
            }
            batch = std::move(m_read.front());
            m_read.pop_front();
        }
        m_changed.notify_all();
        if (m_hash)
            for (PreparedRecord& record : batch.records)
                if (record.item.content) {
                    prepare(record);
                    if (m_nearDuplicates) {
                        record.nearDuplicate = m_nearDuplicates->contains(record.bandKeys);
                        m_nearDuplicates->insert(record.bandKeys);
                    }
                }
        if (!push(m_ready, std::move(batch)))
            return;
    }
}

} // namespace fw::datanet

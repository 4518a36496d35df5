// The full-text index over records' plain text (the contentless FTS4 table search.records_fts, in
// its own file: store/SearchIndexFile.h). Everything up to the watermark (a record id) is indexed;
// records are immutable and ids only grow, so catching up means indexing the records past it.
// File imports index their own records as they store them (ImportSearchWriter); catchUp() covers
// the rest (records typed by hand, bundles, an index that was rebuilt).
#pragma once

#include "common/Result.h"

#include <QString>

#include <functional>

namespace fw::store {
class Workspace;
}

namespace fw::datanet {

class SearchIndex
{
public:
    explicit SearchIndex(store::Workspace& workspace) : m_workspace(workspace) {}

    // Indexes every record past the watermark, a few thousand per transaction, so a kill loses at
    // most one batch of work and never leaves the index and the watermark apart. `progress` gets
    // (indexed so far, total to index); returning false stops early (the rest waits for next time).
    Result<qint64> catchUp(const std::function<bool(qint64 done, qint64 total)>& progress = {});
    // Records not yet indexed.
    Result<qint64> pending() const;

    // What a person typed as an FTS MATCH expression that finds it literally and never fails to
    // parse: each word becomes one quoted phrase, so ", *, (, -, NEAR or OR are plain text. Empty
    // when the text holds nothing the index could have stored (only punctuation): that matches no
    // record.
    static QString matchQuery(const QString& typed);

private:
    Result<qint64> watermark() const;

    store::Workspace& m_workspace;
};

} // namespace fw::datanet

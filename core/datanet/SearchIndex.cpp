// Catch-up indexing of records' plain text into the search index file (search.records_fts).
#include "datanet/SearchIndex.h"

#include "datanet/RecordContent.h"
#include "store/SearchIndexFile.h"
#include "store/Transaction.h"
#include "store/Workspace.h"

#include <QRegularExpression>
#include <QStringList>

namespace fw::datanet {

namespace {
constexpr int kBatch = 5000;
// FTS4 refuses an expression tree deeper than 12 levels (about 4,000 phrases); a search is short.
constexpr int kMaxSearchWords = 64;

// The index's "simple" tokenizer keeps ASCII letters and digits and every non-ASCII character;
// everything else separates tokens. Inside a phrase, FTS4 still reads '*' (prefix) and '^' (first
// token) and ends the phrase at any '"' (it has no escape for one), so those go too.
bool tokenCharacter(QChar c)
{
    return c.unicode() >= 0x80 || c.isLetterOrNumber();
}
} // namespace

QString SearchIndex::matchQuery(const QString& typed)
{
    QStringList phrases;
    for (const QString& word :
         typed.split(QRegularExpression(QStringLiteral("\\s+"),
                                        QRegularExpression::UseUnicodePropertiesOption),
                     Qt::SkipEmptyParts)) {
        QString phrase;
        for (QChar c : word)
            phrase += tokenCharacter(c) ? c : QLatin1Char(' ');
        phrase = phrase.simplified();
        if (!phrase.isEmpty() && phrases.size() < kMaxSearchWords)
            phrases << QLatin1Char('"') + phrase + QLatin1Char('"');
    }
    return phrases.join(QLatin1Char(' '));
}

Result<qint64> SearchIndex::watermark() const
{
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    return store::searchIndexWatermark(**db);
}

Result<qint64> SearchIndex::pending() const
{
    Result<qint64> upto = watermark();
    if (!upto)
        return upto.error();
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    Result<store::Statement> st = (*db)->prepare("SELECT count(*) FROM records WHERE id > ?");
    if (!st)
        return st.error();
    st->bind(1, *upto);
    Result<bool> row = st->step();
    if (!row)
        return row.error();
    return *row ? st->int64(0) : 0;
}

Result<qint64> SearchIndex::catchUp(const std::function<bool(qint64, qint64)>& progress)
{
    Result<qint64> total = pending();
    if (!total)
        return total.error();
    Result<store::Connection> connection = m_workspace.requireDatabase();
    if (!connection)
        return connection.error();
    store::Database& db = **connection;
    qint64 done = 0;
    while (done < *total) {
        // The index file's lock only: an import storing records meanwhile goes on.
        store::Transaction tx(db, store::Transaction::Scope::SearchIndexOnly);
        if (!tx.began())
            return tx.began().error();
        // Read under the lock, so an import's own indexing that committed a moment ago is seen
        // and its records are not indexed twice.
        Result<qint64> upto = store::searchIndexWatermark(db);
        if (!upto)
            return upto.error();
        Result<store::Statement> newest = db.prepare("SELECT coalesce(max(id), 0) FROM records");
        if (!newest)
            return newest.error();
        if (Result<bool> row = newest->step(); !row)
            return row.error();
        if (*upto > newest->int64(0)) {
            // Words of records the database does not hold (a power cut lost the database's last
            // commit but not the index's): start the index over.
            if (Status s = store::emptySearchIndex(db); !s)
                return s.error();
            *upto = 0;
        }
        Result<store::Statement> read = db.prepare(
            "SELECT r.id, r.content, d.kind FROM records r JOIN datanets d ON d.id = r.datanet_id "
            "WHERE r.id > ? ORDER BY r.id LIMIT ?");
        Result<store::Statement> insert = db.prepare("INSERT INTO search.records_fts(docid, text) VALUES(?, ?)");
        if (!read || !insert)
            return !read ? read.error() : insert.error();
        read->bind(1, *upto).bind(2, kBatch);
        qint64 last = *upto;
        qint64 batch = 0;
        for (;;) {
            Result<bool> row = read->step();
            if (!row)
                return row.error();
            if (!*row)
                break;
            last = read->int64(0);
            const QByteArray content = read->blob(1);
            // A record that no longer parses (it never should) is still found by its raw JSON.
            const std::optional<RecordKind> kind = parseKind(read->text(2));
            Result<RecordContent> parsed = kind ? RecordContent::fromCanonical(*kind, content)
                                                : Result<RecordContent>(makeError(ErrorCode::Corrupt, {}));
            insert->reset();
            insert->bind(1, last).bind(2, parsed ? parsed->plainText() : QString::fromUtf8(content));
            if (Status s = insert->run(); !s)
                return s.error();
            ++batch;
        }
        if (batch == 0)
            break;
        if (Status s = store::setSearchIndexWatermark(db, last); !s)
            return s.error();
        if (Status s = tx.commit(); !s)
            return s.error();
        done += batch;
        if (progress && !progress(done, *total))
            break;
    }
    return done;
}

} // namespace fw::datanet

// Campaign rows, prompts, cached answers and the queue of items per labeler.
#include "feedback/CampaignStore.h"

#include "datanet/DatanetService.h"
#include "store/Database.h"
#include "store/Transaction.h"
#include "store/Workspace.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QRandomGenerator>
#include <QSet>
#include <QtEndian>
#include <algorithm>

namespace fw::feedback {

namespace {
Error invalid(const QString& message)
{
    return makeError(ErrorCode::InvalidArgument, message);
}

Status checkSpec(const Campaign& spec, const QStringList& prompts)
{
    if (spec.name.trimmed().isEmpty())
        return invalid(CampaignStore::tr("A campaign needs a name."));
    const int minModels = spec.mode == LabelMode::Rewrite || spec.mode == LabelMode::Rating ? 1 : 2;
    if (spec.models.size() < minModels || spec.models.size() > Campaign::kMaxModels)
        return invalid(CampaignStore::tr("A %1 campaign needs %2 to %3 models.")
                           .arg(modeName(spec.mode))
                           .arg(minModels)
                           .arg(Campaign::kMaxModels));
    if (spec.mode == LabelMode::Pairwise && spec.models.size() != 2)
        return invalid(CampaignStore::tr("A pairwise campaign compares exactly two models."));
    if (QSet<QString>(spec.models.begin(), spec.models.end()).size() != spec.models.size())
        return invalid(CampaignStore::tr("A model is listed twice."));
    if (spec.overlap < 1)
        return invalid(CampaignStore::tr("Each item needs at least one label."));
    if (prompts.isEmpty())
        return invalid(CampaignStore::tr("A campaign needs at least one prompt."));
    for (int i = 0; i < prompts.size(); ++i)
        if (prompts[i].trimmed().isEmpty())
            return invalid(CampaignStore::tr("Prompt %1 is empty.").arg(i + 1));
    return {};
}

Campaign campaignFrom(const store::Statement& st)
{
    Campaign c;
    c.id = st.int64(0);
    c.name = st.text(1);
    c.datanetId = st.int64(2);
    c.mode = parseMode(st.text(3)).value_or(LabelMode::Pairwise);
    for (const QJsonValue& m : QJsonDocument::fromJson(st.text(4).toUtf8()).array())
        c.models << m.toString();
    c.source = QJsonDocument::fromJson(st.text(5).toUtf8()).object();
    c.overlap = int(st.int64(6));
    c.blind = st.int64(7) != 0;
    c.createdAt = QDateTime::fromMSecsSinceEpoch(st.int64(8), Qt::UTC);
    return c;
}

const char* const kCampaignColumns = "SELECT id, name, datanet_id, mode, models, source, overlap, "
                                     "blind, created_at FROM feedback_campaigns";
} // namespace

Result<Campaign> CampaignStore::create(const Campaign& spec, const QStringList& prompts)
{
    if (Status s = checkSpec(spec, prompts); !s)
        return s.error();
    Result<datanet::Datanet> d = datanet::DatanetService(m_workspace).datanet(spec.datanetId);
    if (!d)
        return d.error();
    if (d->kind != datanet::RecordKind::Preference)
        return invalid(tr("Labels go into a preference datanet; \"%1\" holds %2 records.")
                           .arg(d->name, datanet::kindName(d->kind)));
    Result<store::Connection> connection = m_workspace.requireDatabase();
    if (!connection)
        return connection.error();
    store::Database& db = **connection;
    store::Transaction tx(db);
    if (!tx.began())
        return tx.began().error();
    Result<store::Statement> st = db.prepare("INSERT OR IGNORE INTO feedback_campaigns(name, "
                                             "datanet_id, mode, models, source, overlap, blind, "
                                             "created_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?)");
    if (!st)
        return st.error();
    st->bind(1, spec.name.trimmed())
        .bind(2, spec.datanetId)
        .bind(3, modeName(spec.mode))
        .bind(4, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(spec.models))
                                       .toJson(QJsonDocument::Compact)))
        .bind(5, QString::fromUtf8(QJsonDocument(spec.source).toJson(QJsonDocument::Compact)))
        .bind(6, spec.overlap)
        .bind(7, spec.blind ? 1 : 0)
        .bind(8, QDateTime::currentMSecsSinceEpoch());
    if (Status s = st->run(); !s)
        return s.error();
    if (db.changes() == 0)
        return makeError(ErrorCode::AlreadyExists,
                         tr("A campaign named \"%1\" exists already.").arg(spec.name.trimmed()));
    const qint64 id = db.lastInsertRowId();
    Result<store::Statement> item =
        db.prepare("INSERT INTO feedback_items(campaign_id, position, prompt) VALUES(?, ?, ?)");
    if (!item)
        return item.error();
    for (int i = 0; i < prompts.size(); ++i) {
        item->reset();
        if (Status s = item->bind(1, id).bind(2, i).bind(3, prompts[i]).run(); !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return campaign(id);
}

Result<QList<Campaign>> CampaignStore::campaigns() const
{
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    Result<store::Statement> st =
        (*db)->prepare(QString::fromLatin1(kCampaignColumns) + " ORDER BY name");
    if (!st)
        return st.error();
    QList<Campaign> out;
    if (Status s =
            store::forEachRow(*st, [&](const store::Statement& r) { out << campaignFrom(r); });
        !s)
        return s.error();
    return out;
}

Result<Campaign> CampaignStore::campaign(qint64 id) const
{
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    Result<store::Statement> st =
        (*db)->prepare(QString::fromLatin1(kCampaignColumns) + " WHERE id = ?");
    if (!st)
        return st.error();
    st->bind(1, id);
    Result<bool> row = st->step();
    if (!row)
        return row.error();
    if (!*row)
        return makeError(ErrorCode::NotFound, tr("No feedback campaign %1.").arg(id));
    return campaignFrom(*st);
}

Result<QList<AnswerTask>> CampaignStore::missingAnswers(qint64 campaignId) const
{
    Result<Campaign> c = campaign(campaignId);
    if (!c)
        return c.error();
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    Result<store::Statement> st = (*db)->prepare(
        "SELECT i.id, i.prompt FROM feedback_items i WHERE i.campaign_id = ? AND NOT EXISTS "
        "(SELECT 1 FROM feedback_answers a WHERE a.item_id = i.id AND a.model = ?) ORDER BY "
        "i.position");
    if (!st)
        return st.error();
    // Item by item, model by model: the first items become labelable first.
    QList<QList<AnswerTask>> perModel;
    for (const QString& model : c->models) {
        st->reset();
        st->bind(1, campaignId).bind(2, model);
        QList<AnswerTask> tasks;
        if (Status s = store::forEachRow(*st,
                                         [&](const store::Statement& r) {
                                             tasks << AnswerTask{r.int64(0), model, r.text(1)};
                                         });
            !s)
            return s.error();
        perModel << tasks;
    }
    QList<AnswerTask> out;
    for (const QList<AnswerTask>& tasks : perModel)
        out << tasks;
    std::stable_sort(out.begin(), out.end(),
                     [](const AnswerTask& a, const AnswerTask& b) { return a.itemId < b.itemId; });
    return out;
}

Status CampaignStore::storeAnswer(qint64 itemId, const QString& model, const QString& text)
{
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    Result<store::Statement> st = (*db)->prepare(
        "INSERT OR REPLACE INTO feedback_answers(item_id, model, text) VALUES(?, ?, ?)");
    if (!st)
        return st.error();
    return st->bind(1, itemId).bind(2, model).bind(3, text).run();
}

Result<QList<CampaignItem>> CampaignStore::items(const Campaign& c) const
{
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    Result<store::Statement> st =
        (*db)->prepare("SELECT i.id, i.position, i.prompt, a.model, a.text FROM feedback_items i "
                       "LEFT JOIN feedback_answers a ON a.item_id = i.id WHERE i.campaign_id = ? "
                       "ORDER BY i.position");
    if (!st)
        return st.error();
    st->bind(1, c.id);
    QList<CampaignItem> out;
    QList<QMap<QString, QString>> answers;
    if (Status s = store::forEachRow(
            *st,
            [&](const store::Statement& r) {
                if (out.isEmpty() || out.last().id != r.int64(0)) {
                    out << CampaignItem{r.int64(0), int(r.int64(1)), r.text(2), {}};
                    answers << QMap<QString, QString>();
                }
                if (!r.isNull(3))
                    answers.last().insert(r.text(3), r.text(4));
            });
        !s)
        return s.error();
    for (int i = 0; i < out.size(); ++i)
        if (std::all_of(c.models.begin(), c.models.end(),
                        [&](const QString& m) { return answers[i].contains(m); }))
            for (const QString& m : c.models)
                out[i].answers << Answer{m, answers[i].value(m)};
    return out;
}

Result<std::optional<PresentedItem>> CampaignStore::nextItem(qint64 campaignId,
                                                             const QString& labeler,
                                                             const QList<qint64>& skipped) const
{
    Result<Campaign> c = campaign(campaignId);
    if (!c)
        return c.error();
    Result<QList<CampaignItem>> all = items(*c);
    if (!all)
        return all.error();
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    Result<store::Statement> st =
        (*db)->prepare("SELECT item, count(DISTINCT labeler), max(labeler = ?) FROM "
                       "feedback_labels WHERE campaign = ? GROUP BY item");
    if (!st)
        return st.error();
    st->bind(1, labeler).bind(2, c->name);
    QMap<QString, QPair<qint64, bool>> labeled;
    if (Status s = store::forEachRow(*st,
                                     [&](const store::Statement& r) {
                                         labeled.insert(r.text(0), {r.int64(1), r.int64(2) != 0});
                                     });
        !s)
        return s.error();
    for (const CampaignItem& item : *all) {
        const auto seen = labeled.value(QString::number(item.id), {0, false});
        if (item.answers.isEmpty() || skipped.contains(item.id) || seen.second ||
            seen.first >= c->overlap)
            continue;
        QList<int> shown;
        if (c->blind)
            shown = shuffle(int(item.answers.size()), item.id, labeler);
        else
            for (int i = 0; i < item.answers.size(); ++i)
                shown << i;
        return std::optional<PresentedItem>(PresentedItem{item, shown});
    }
    return std::optional<PresentedItem>();
}

Result<CampaignProgress> CampaignStore::progress(qint64 campaignId, const QString& labeler) const
{
    Result<Campaign> c = campaign(campaignId);
    if (!c)
        return c.error();
    Result<QList<CampaignItem>> all = items(*c);
    if (!all)
        return all.error();
    CampaignProgress p;
    p.items = all->size();
    for (const CampaignItem& item : *all)
        p.answered += item.answers.isEmpty() ? 0 : 1;
    Result<store::Connection> db = m_workspace.requireDatabase();
    if (!db)
        return db.error();
    Result<store::Statement> st = (*db)->prepare(
        "SELECT count(*), total(n >= ?), total(mine) FROM (SELECT count(DISTINCT labeler) AS n, "
        "max(labeler = ?) AS mine, count(*) AS labels FROM feedback_labels WHERE campaign = ? "
        "GROUP BY item)");
    Result<store::Statement> labels =
        (*db)->prepare("SELECT count(*) FROM feedback_labels WHERE campaign = ?");
    if (!st || !labels)
        return !st ? st.error() : labels.error();
    st->bind(1, c->overlap).bind(2, labeler).bind(3, c->name);
    labels->bind(1, c->name);
    Result<bool> row = st->step();
    Result<bool> labelRow = labels->step();
    if (!row || !labelRow)
        return !row ? row.error() : labelRow.error();
    p.complete = qint64(st->real(1));
    p.mine = qint64(st->real(2));
    p.labels = labels->int64(0);
    return p;
}

QList<int> CampaignStore::shuffle(int count, qint64 itemId, const QString& labeler)
{
    const QByteArray seed = QCryptographicHash::hash(
        QByteArray::number(itemId) + '\0' + labeler.toUtf8(), QCryptographicHash::Sha256);
    QRandomGenerator random(qFromLittleEndian<quint32>(seed.constData()));
    QList<int> order;
    for (int i = 0; i < count; ++i)
        order << i;
    for (int i = count - 1; i > 0; --i) // Fisher-Yates
        std::swap(order[i], order[int(random.bounded(i + 1))]);
    return order;
}

} // namespace fw::feedback

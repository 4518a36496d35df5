// Paging, sorting and cell texts of the review table.
#include "ui/datanets/RecordTableModel.h"

#include "datanet/RecordContent.h"
#include "store/Workspace.h"

#include <QColor>
#include <QFont>
#include <QHash>
#include <QLocale>

namespace fw::ui {

RecordTableModel::RecordTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void RecordTableModel::setSource(std::shared_ptr<store::Workspace> workspace, qint64 datanetId,
                                 datanet::RecordKind kind)
{
    m_workspace = std::move(workspace);
    m_datanetId = datanetId;
    m_kind = kind;
    reload();
}

void RecordTableModel::setQuery(const datanet::RecordQuery& query)
{
    m_query = query;
    reload();
}

void RecordTableModel::fail(const QString& message)
{
    m_error = message;
    m_exhausted = true;
    emit loadFailed(message);
}

void RecordTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_error.clear();
    m_total = -1;
    const bool usable = m_workspace && m_datanetId && !m_workspace->isLocked();
    m_exhausted = !usable;
    endResetModel();
    if (usable) {
        Result<qint64> total = datanet::DatanetService(*m_workspace).countRecords(m_datanetId, m_query);
        if (total)
            m_total = *total;
        else
            fail(total.error().message);
        if (canFetchMore({}))
            fetchMore({});
    }
    emit totalCountChanged(m_total);
}

bool RecordTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_exhausted;
}

void RecordTableModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent) || !m_workspace || m_workspace->isLocked())
        return;
    datanet::RecordQuery page = m_query;
    page.limit = kPageSize;
    if (page.sort == datanet::RecordQuery::Sort::Id)
        page.afterId = m_rows.isEmpty() ? 0 : m_rows.constLast().id; // by key: no O(offset) scan
    else
        page.offset = m_rows.size();
    Result<QList<datanet::RecordInfo>> rows = datanet::DatanetService(*m_workspace).records(m_datanetId, page);
    if (!rows)
        return fail(rows.error().message);
    if (rows->size() < kPageSize)
        m_exhausted = true;
    if (rows->isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows->size() - 1));
    m_rows.append(*rows);
    endInsertRows();
}

void RecordTableModel::refreshLoaded()
{
    QList<qint64> ids;
    ids.reserve(m_rows.size());
    for (const datanet::RecordInfo& r : m_rows)
        ids << r.id;
    refreshRecords(ids);
}

void RecordTableModel::refreshRecords(const QList<qint64>& ids)
{
    if (!m_workspace || m_workspace->isLocked() || ids.isEmpty())
        return;
    Result<QList<datanet::RecordInfo>> fresh = datanet::DatanetService(*m_workspace).recordsById(m_datanetId, ids);
    if (!fresh)
        return fail(fresh.error().message);
    QHash<qint64, const datanet::RecordInfo*> byId;
    for (const datanet::RecordInfo& r : *fresh)
        byId.insert(r.id, &r);
    int first = int(m_rows.size());
    int last = -1;
    for (int row = 0; row < m_rows.size(); ++row) {
        datanet::RecordInfo& r = m_rows[row];
        if (const datanet::RecordInfo* now = byId.value(r.id)) {
            r.status = now->status;
            r.rejectReason = now->rejectReason;
            first = qMin(first, row);
            last = qMax(last, row);
        }
    }
    if (last >= 0)
        emit dataChanged(index(first, 0), index(last, ColumnCount - 1));
}

int RecordTableModel::rowOf(qint64 recordId) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).id == recordId)
            return row;
    return -1;
}

void RecordTableModel::sort(int column, Qt::SortOrder order)
{
    using Sort = datanet::RecordQuery::Sort;
    datanet::RecordQuery q = m_query;
    switch (column) {
    case Status: q.sort = Sort::Status; break;
    case Contributor: q.sort = Sort::Contributor; break;
    case Tokens: q.sort = Sort::Tokens; break;
    default: q.sort = Sort::Id; break; // number, preview and hash: submission order
    }
    q.descending = order == Qt::DescendingOrder;
    q.afterId = 0;
    q.offset = 0;
    setQuery(q);
}

int RecordTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecordTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RecordTableModel::statusText(datanet::RecordStatus status)
{
    switch (status) {
    case datanet::RecordStatus::Pending: return tr("Pending");
    case datanet::RecordStatus::Approved: return tr("Approved");
    case datanet::RecordStatus::Rejected: return tr("Rejected");
    case datanet::RecordStatus::Flagged: return tr("Flagged");
    }
    return {};
}

QString RecordTableModel::preview(const datanet::RecordInfo& record, datanet::RecordKind kind)
{
    Result<datanet::RecordContent> content = datanet::RecordContent::fromCanonical(kind, record.content);
    QString text = content ? content->plainText() : QString::fromUtf8(record.content);
    text.replace(QLatin1Char('\n'), QStringLiteral(" ⏎ "));
    return text.size() > 160 ? text.left(160) + QStringLiteral("…") : text;
}

QVariant RecordTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const datanet::RecordInfo& r = m_rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Number: return r.id;
        case Status:
            return r.nearDuplicate ? tr("%1 · near duplicate").arg(statusText(r.status)) : statusText(r.status);
        case Preview: return preview(r, m_kind);
        case Contributor: // addresses are long: the start and the checksum end tell them apart
            return r.contributor.size() > 18 ? r.contributor.left(11) + QStringLiteral("…") + r.contributor.right(5)
                                             : r.contributor;
        case Tokens: return QLocale().toString(r.tokens);
        case Hash: return QString::fromLatin1(r.contentHash.toHex().left(12));
        }
    } else if (role == Qt::ToolTipRole) {
        if (index.column() == Status && r.status == datanet::RecordStatus::Rejected && !r.rejectReason.isEmpty())
            return tr("Rejected: %1").arg(r.rejectReason);
        if (index.column() == Hash)
            return QString::fromLatin1(r.contentHash.toHex());
        if (index.column() == Contributor)
            return r.contributor;
    } else if (role == Qt::ForegroundRole && index.column() == Status) {
        switch (r.status) {
        case datanet::RecordStatus::Approved: return QColor(0x15, 0x80, 0x3d);
        case datanet::RecordStatus::Rejected: return QColor(0xb9, 0x1c, 0x1c);
        case datanet::RecordStatus::Flagged: return QColor(0xb4, 0x53, 0x09);
        case datanet::RecordStatus::Pending: break;
        }
    } else if (role == Qt::FontRole && index.column() == Hash) {
        QFont mono(QStringLiteral("monospace"));
        mono.setStyleHint(QFont::Monospace);
        return mono;
    } else if (role == Qt::TextAlignmentRole && (index.column() == Tokens || index.column() == Number)) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number: return tr("#");
    case Status: return tr("Status");
    case Preview: return tr("Record");
    case Contributor: return tr("Contributor");
    case Tokens: return tr("Tokens");
    case Hash: return tr("Hash");
    }
    return {};
}

} // namespace fw::ui

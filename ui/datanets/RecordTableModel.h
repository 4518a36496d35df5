// A datanet's records for the review table: fetched page by page from the database as the view
// scrolls (canFetchMore / fetchMore), so a million records cost only the rows seen.
#pragma once

#include "datanet/DatanetService.h"

#include <QAbstractTableModel>
#include <QList>

#include <memory>

namespace fw::store {
class Workspace;
}

namespace fw::ui {

class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Number, Status, Preview, Contributor, Tokens, Hash, ColumnCount };
    static constexpr int kPageSize = 256;

    explicit RecordTableModel(QObject* parent = nullptr);

    // Shows the records of one datanet (datanetId 0: none) that match `query`, from the first page.
    void setSource(std::shared_ptr<store::Workspace> workspace, qint64 datanetId, datanet::RecordKind kind);
    void setQuery(const datanet::RecordQuery& query);
    const datanet::RecordQuery& query() const { return m_query; }
    qint64 datanetId() const { return m_datanetId; }
    // Reads the first page again (new records, a changed filter).
    void reload();
    // Re-reads the status of these loaded rows in place (after a review action).
    void refreshRecords(const QList<qint64>& ids);
    // The same for every loaded row (after an undo, which may touch any of them).
    void refreshLoaded();
    int rowOf(qint64 recordId) const;

    // All records matching the filters, not just the loaded ones; -1 when unknown.
    qint64 totalCount() const { return m_total; }
    const datanet::RecordInfo& recordAt(int row) const { return m_rows.at(row); }
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order) override;

    static QString statusText(datanet::RecordStatus status);
    // The record's text on one line, as short as a table cell wants it.
    static QString preview(const datanet::RecordInfo& record, datanet::RecordKind kind);

signals:
    void totalCountChanged(qint64 total);
    void loadFailed(const QString& message);

private:
    void fail(const QString& message);

    std::shared_ptr<store::Workspace> m_workspace;
    qint64 m_datanetId = 0;
    datanet::RecordKind m_kind = datanet::RecordKind::Instruction;
    datanet::RecordQuery m_query;
    QList<datanet::RecordInfo> m_rows;
    bool m_exhausted = true;
    qint64 m_total = -1;
    QString m_error;
};

} // namespace fw::ui

// Per-contributor statistics of a datanet: records, approved, rejected, flagged, duplicates.
#pragma once

#include <QWidget>

class QStandardItemModel;
class QTableView;

namespace fw::ui {

class WorkspaceSession;

class ContributorsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ContributorsPanel(WorkspaceSession* session, QWidget* parent = nullptr);

    void setDatanet(qint64 datanetId); // 0: none
    void reload();
    QTableView* table() const { return m_table; }

private:
    WorkspaceSession* m_session;
    qint64 m_datanetId = 0;
    QStandardItemModel* m_model;
    QTableView* m_table;
};

} // namespace fw::ui

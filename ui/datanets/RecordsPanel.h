// The review tab: filters and full-text search over a lazily fetched record table, a detail pane,
// and one-key review (A approve, R reject, F flag, Ctrl+Z undo) on the selected records.
#pragma once

#include "datanet/DatanetTypes.h"
#include "ui/common/MessageLabel.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace fw::ui {


class RecordDetailView;
class RecordTableModel;
class WorkspaceSession;

class RecordsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RecordsPanel(WorkspaceSession* session, QWidget* parent = nullptr);

    void setDatanet(const datanet::Datanet* datanet); // nullptr: none
    void reload();

    QTableView* table() const { return m_table; }
    RecordTableModel* model() const { return m_model; }
    QLineEdit* searchEdit() const { return m_search; }
    QComboBox* statusFilter() const { return m_status; }
    QComboBox* contributorFilter() const { return m_contributor; }
    QPushButton* approveButton() const { return m_approve; }
    RecordDetailView* detail() const { return m_detail; }
    MessageLabel* messageLabel() const { return m_message; }

    // The review actions, public so that tests and menus reach the same code paths.
    void approveSelected();
    void rejectSelected(); // asks for the reason
    void flagSelected();
    void undo();
    void approveAllPending();
    void rejectSelectedWithReason(const QString& reason);

signals:
    void reviewed(); // counts and requirements changed
    void addRecordRequested();
    void importRequested();

private:
    QWidget* makeFilterBar();
    QWidget* makeActionBar();
    void applyFilters();
    void review(datanet::RecordStatus status, const QString& reason = {});
    QList<qint64> selectedIds() const;
    void onCurrentChanged();
    void updateCount(qint64 total);
    void retranslateTexts(); // the texts built once, again in the new language

    WorkspaceSession* m_session;
    std::optional<datanet::Datanet> m_datanet;
    RecordTableModel* m_model;
    QLineEdit* m_search = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_contributor = nullptr;
    QCheckBox* m_nearOnly = nullptr;
    QLabel* m_count = nullptr;
    QTableView* m_table;
    RecordDetailView* m_detail;
    MessageLabel* m_message;
    QTimer* m_searchDelay;
    QPushButton* m_approve = nullptr;
    QPushButton* m_reject = nullptr;
    QPushButton* m_flag = nullptr;
    QPushButton* m_undo = nullptr;
    QPushButton* m_approveAll = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_import = nullptr;
};

} // namespace fw::ui

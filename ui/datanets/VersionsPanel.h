// Frozen versions of a datanet: freeze the approved records into a new version (off the GUI
// thread: it re-verifies every contribution), copy a version id, export a version, prove a record.
#pragma once

#include "datanet/DatanetTypes.h"
#include "ui/common/MessageLabel.h"

#include <QWidget>

class QPushButton;
class QStandardItemModel;
class QTableView;

namespace fw::ui {


class WorkspaceSession;

class VersionsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit VersionsPanel(WorkspaceSession* session, QWidget* parent = nullptr);

    void setDatanet(const datanet::Datanet* datanet);
    void reload();

    QTableView* table() const { return m_table; }
    QPushButton* freezeButton() const { return m_freeze; }
    MessageLabel* messageLabel() const { return m_message; }
    bool isBusy() const { return m_busy; }

    void freeze();
    void copyId();
    void exportVersion();
    // `recordHash` preset in the question (the record selected on the Records tab).
    void proveRecord(const QString& recordHash = {});

signals:
    void frozen(const fw::datanet::VersionInfo& version);

private:
    QString selectedVersionId() const;
    void setBusy(bool busy, const QString& text = {});

    WorkspaceSession* m_session;
    std::optional<datanet::Datanet> m_datanet;
    QStandardItemModel* m_model;
    QTableView* m_table;
    QPushButton* m_freeze;
    QPushButton* m_copy;
    QPushButton* m_export;
    QPushButton* m_prove;
    MessageLabel* m_message;
    bool m_busy = false;
};

} // namespace fw::ui

Q_DECLARE_METATYPE(fw::datanet::VersionInfo)

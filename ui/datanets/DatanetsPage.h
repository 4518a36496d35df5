// Datanets page: the workspace's datanets on the left; the selected one's overview, records
// (review), contributors and versions on the right. Files dropped on the page are imported.
#pragma once

#include "ui/Page.h"
#include "ui/common/MessageLabel.h"

class QLabel;
class QListView;
class QPushButton;
class QTabWidget;

namespace fw::ui {


class ContributorsPanel;
class DatanetListModel;
class OverviewPanel;
class RecordsPanel;
class VersionsPanel;

class DatanetsPage : public Page
{
    Q_OBJECT
public:
    DatanetsPage(const PageContext& context, QWidget* parent = nullptr);

    QString title() const override { return tr("Datanets"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/icons/datanet.svg")); }

    QListView* list() const { return m_list; }
    DatanetListModel* listModel() const { return m_listModel; }
    QTabWidget* tabs() const { return m_tabs; }
    OverviewPanel* overview() const { return m_overview; }
    RecordsPanel* records() const { return m_records; }
    ContributorsPanel* contributors() const { return m_contributors; }
    VersionsPanel* versions() const { return m_versions; }
    MessageLabel* messageLabel() const { return m_message; }

    void selectDatanet(qint64 id);
    // The actions, public so that tests and keyboard users reach the same code paths.
    void newDatanet();
    void addRecord();
    void importFile(const QString& path = {}); // empty: ask for the file

protected:
    void retranslateUi() override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void reload(qint64 selectId = 0);
    void onSelectionChanged();
    void refreshStats(); // after reviews or imports: counts, checklist, contributors, versions
    qint64 selectedId() const;

    WorkspaceSession* m_session;
    DatanetListModel* m_listModel;
    QLabel* m_heading;
    QListView* m_list;
    QPushButton* m_new;
    QLabel* m_empty;
    QTabWidget* m_tabs;
    OverviewPanel* m_overview;
    RecordsPanel* m_records;
    ContributorsPanel* m_contributors;
    VersionsPanel* m_versions;
    MessageLabel* m_message;
    bool m_reloading = false; // a selection made by reload() is not one the user made
};

} // namespace fw::ui

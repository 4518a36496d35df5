// A datanet at a glance: description, counts, the requirement checklist with progress bars and
// whether it is ready for training, and a chart of records and approvals over time.
#pragma once

#include "datanet/DatanetService.h"

#include <QWidget>

class QChartView;
class QGridLayout;
class QLabel;
class QPushButton;

namespace fw::ui {

class WorkspaceSession;

class OverviewPanel : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewPanel(WorkspaceSession* session, QWidget* parent = nullptr);

    void setDatanet(const datanet::Datanet* datanet);
    void reload();

    QLabel* readinessLabel() const { return m_readiness; }
    QPushButton* editButton() const { return m_edit; }
    QChartView* chartView() const { return m_chart; }
    void editRequirements();

signals:
    void requirementsChanged();

private:
    void showChecklist(const datanet::RequirementReport& report);
    void showTimeline(const QList<datanet::TimelineDay>& days);

    WorkspaceSession* m_session;
    std::optional<datanet::Datanet> m_datanet;
    QLabel* m_about;
    QLabel* m_counts;
    QLabel* m_readiness;
    QWidget* m_checklist;
    QGridLayout* m_checkGrid;
    QPushButton* m_edit;
    QChartView* m_chart;
};

} // namespace fw::ui

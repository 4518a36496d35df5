// Nodes page: the local node (start, stop, URL, address, a curl example), remote nodes added by
// URL and address, deploying from the registry, each node's deployments, live charts and log.
#pragma once

#include "ui/Page.h"
#include "ui/nodes/NodeMonitor.h"

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTabWidget;

namespace fw::ui {

class DeployForm;
class DeploymentTableModel;
class LocalNode;
class MessageLabel;
class NodeCharts;
class NodeDirectory;

class NodesPage : public Page
{
    Q_OBJECT
public:
    NodesPage(const PageContext& context, QWidget* parent = nullptr);
    ~NodesPage() override;

    QString title() const override { return tr("Nodes"); }
    QIcon icon() const override { return QIcon(QStringLiteral(":/icons/node.svg")); }

    // The actions, public so that tests reach the same code paths as the buttons.
    // Checks the passphrase off the GUI thread, then starts the node; a wrong one is reported,
    // unless `quiet` (the demo's own start, which simply does not happen).
    void startLocalNode(const QByteArray& passphrase, bool quiet = false);
    void stopLocalNode();
    void addRemoteNode(const QString& url, const QString& address);
    void deploySelected();
    void undeploySelected();

    LocalNode* localNode() const { return m_local; }
    NodeMonitor* monitor() const { return m_monitor; }
    DeployForm* deployForm() const { return m_deployForm; }
    DeploymentTableModel* deployments() const { return m_deployments; }
    QTableView* deploymentTable() const { return m_table; }
    NodeCharts* charts() const { return m_charts; }
    QComboBox* nodeBox() const { return m_nodeBox; }
    QLabel* statusLabel() const { return m_status; }
    QPlainTextEdit* curlExample() const { return m_curl; }
    QTabWidget* tabs() const { return m_tabs; }
    MessageLabel* message() const { return m_message; }

protected:
    void retranslateUi() override;

private:
    QWidget* makeNodeBar();
    QWidget* makeLocalBar();
    QWidget* makeDeploymentsTab();
    void askPassphraseAndStart();
    void askRemoteNode();
    void removeRemoteNode();
    void onNodeChanged();
    void onSample(const NodeSample& sample, const QJsonObject& status);
    void updateStatus();
    void reloadNodeList();
    QString currentUrl() const;
    QString currentAddress() const;
    bool localSelected() const;

    WorkspaceSession* m_session;
    AppSettings* m_settings;
    NodeDirectory* m_directory; // may be null (tests)
    LocalNode* m_local;
    NodeMonitor* m_monitor;
    DeploymentTableModel* m_deployments;
    QLabel* m_heading;
    QComboBox* m_nodeBox;
    QPushButton* m_addNode;
    QPushButton* m_removeNode;
    QLabel* m_status;
    QPushButton* m_start;
    QPushButton* m_stop;
    QPushButton* m_copyUrl;
    QPushButton* m_copyAddress;
    QPlainTextEdit* m_curl;
    DeployForm* m_deployForm;
    QTabWidget* m_tabs;
    QTableView* m_table;
    QPushButton* m_undeploy;
    NodeCharts* m_charts;
    QPlainTextEdit* m_log;
    MessageLabel* m_message;
    QString m_lastError;
    bool m_reachable = false;
    bool m_starting = false;
};

} // namespace fw::ui

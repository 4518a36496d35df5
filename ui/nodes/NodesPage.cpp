// Nodes page layout and actions; network calls and signing run off the GUI thread.
#include "ui/nodes/NodesPage.h"

#include "demo/DemoWorkspace.h"
#include "models/ModelStore.h"
#include "node/NodeClient.h"
#include "node/RegistryDeploy.h"
#include "ui/common/Async.h"
#include "ui/common/MessageLabel.h"
#include "ui/nodes/DeployForm.h"
#include "ui/nodes/DeploymentTableModel.h"
#include "ui/nodes/LocalNode.h"
#include "ui/nodes/NodeCharts.h"
#include "ui/nodes/NodeDirectory.h"
#include "ui/settings/AppSettings.h"
#include "ui/workspace/WorkspaceSession.h"
#include "wallet/WalletService.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace fw::ui {

namespace {

constexpr const char* kRemoteNodesKey = "nodes/remote"; // "URL ADDRESS" per entry
constexpr int kLocalIndex = 0;

QStringList remoteNodes()
{
    return QSettings().value(QLatin1String(kRemoteNodesKey)).toStringList();
}

// Signs with the workspace's default identity; runs on a worker.
Result<crypto::SigningKey> defaultKey(store::Workspace& workspace)
{
    wallet::WalletService wallet(workspace);
    Result<wallet::Identity> identity = wallet.defaultIdentity();
    if (!identity)
        return identity.error();
    return wallet.signingKey(identity->id);
}

} // namespace

NodesPage::NodesPage(const PageContext& context, QWidget* parent)
    : Page(parent), m_session(context.session), m_settings(context.settings),
      m_directory(context.nodes), m_local(new LocalNode(this)), m_monitor(new NodeMonitor(this)),
      m_deployments(new DeploymentTableModel(this)), m_heading(new QLabel(this)),
      m_curl(new QPlainTextEdit(this)), m_deployForm(new DeployForm(context.session, this)),
      m_tabs(new QTabWidget(this)), m_charts(new NodeCharts(this)), m_log(new QPlainTextEdit(this)),
      m_message(new MessageLabel(this))
{
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_curl->setReadOnly(true);
    m_curl->setFont(mono);
    m_curl->setFixedHeight(QFontMetrics(mono).lineSpacing() * 4 + 12);
    m_curl->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_log->setReadOnly(true);
    m_log->setFont(mono);
    m_log->setMaximumBlockCount(500);

    auto* deployBox = new QGroupBox(this);
    deployBox->setObjectName(QStringLiteral("deployBox"));
    auto* deployLayout = new QVBoxLayout(deployBox);
    deployLayout->addWidget(m_deployForm);
    m_tabs->addTab(makeDeploymentsTab(), QString());
    m_tabs->addTab(m_charts, QString());
    m_tabs->addTab(m_log, QString());

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(makeNodeBar());
    layout->addWidget(makeLocalBar());
    layout->addWidget(m_curl);
    layout->addWidget(deployBox);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_message);

    connect(m_local, &LocalNode::listening, this, [this](const QString& url, const QString&) {
        m_starting = false;
        if (m_directory)
            m_directory->setLocalNode(url);
        m_message->showMessage(tr("The local node listens on %1.").arg(url));
        if (localSelected())
            onNodeChanged();
    });
    connect(m_local, &LocalNode::stopped, this, [this](const QString& reason) {
        m_starting = false;
        if (m_directory)
            m_directory->setLocalNode({});
        m_message->showMessage(reason, !reason.isEmpty());
        if (localSelected())
            onNodeChanged();
    });
    connect(m_local, &LocalNode::logLine, this,
            [this](const QString& line) { m_log->appendPlainText(line); });
    connect(m_monitor, &NodeMonitor::sampled, this, &NodesPage::onSample);
    connect(m_monitor, &NodeMonitor::deploymentsLoaded, this, [this](const QJsonArray& list) {
        m_deployments->setDeployments(list);
        if (m_directory && localSelected())
            m_directory->setLocalDeployments(list);
        m_undeploy->setEnabled(m_table->selectionModel()->hasSelection());
    });
    connect(m_monitor, &NodeMonitor::unreachable, this, [this](const QString& reason) {
        m_reachable = false;
        m_lastError = reason;
        updateStatus();
    });
    connect(m_deployForm, &DeployForm::deployRequested, this, &NodesPage::deploySelected);
    connect(m_session, &WorkspaceSession::workspaceChanged, this, [this] {
        stopLocalNode(); // it serves the workspace that was open
        m_deployForm->reload();
        // The demo's passphrase is public, so its node starts with it: the demo model answers
        // on 127.0.0.1 from the first minute. A demo given its own passphrase starts by hand.
        const std::shared_ptr<store::Workspace> ws = m_session->workspace();
        if (ws && !m_session->isLocked() &&
            QFileInfo(ws->directory()).canonicalFilePath() ==
                QFileInfo(demo::defaultDemoDirectory()).canonicalFilePath())
            startLocalNode(QByteArray(demo::kDemoPassphrase), /*quiet=*/true);
    });
    connect(m_session, &WorkspaceSession::lockedChanged, m_deployForm, &DeployForm::reload);
    retranslateUi();
    reloadNodeList();
    m_deployForm->reload();
    onNodeChanged();
}

NodesPage::~NodesPage()
{
    m_monitor->watch({});
}

QWidget* NodesPage::makeNodeBar()
{
    auto* bar = new QWidget(this);
    m_nodeBox = new QComboBox(bar);
    m_nodeBox->setMinimumContentsLength(40);
    m_addNode = new QPushButton(bar);
    m_removeNode = new QPushButton(bar);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_nodeBox, 1);
    row->addWidget(m_addNode);
    row->addWidget(m_removeNode);
    connect(m_nodeBox, &QComboBox::currentIndexChanged, this, &NodesPage::onNodeChanged);
    connect(m_addNode, &QPushButton::clicked, this, &NodesPage::askRemoteNode);
    connect(m_removeNode, &QPushButton::clicked, this, &NodesPage::removeRemoteNode);
    return bar;
}

QWidget* NodesPage::makeLocalBar()
{
    auto* bar = new QWidget(this);
    m_status = new QLabel(bar);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    m_start = new QPushButton(QIcon(QStringLiteral(":/icons/node.svg")), QString(), bar);
    m_stop = new QPushButton(bar);
    m_copyUrl = new QPushButton(QIcon(QStringLiteral(":/icons/copy.svg")), QString(), bar);
    m_copyAddress = new QPushButton(QIcon(QStringLiteral(":/icons/copy.svg")), QString(), bar);
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_status, 1);
    for (QPushButton* b : {m_start, m_stop, m_copyUrl, m_copyAddress})
        row->addWidget(b);
    connect(m_start, &QPushButton::clicked, this, &NodesPage::askPassphraseAndStart);
    connect(m_stop, &QPushButton::clicked, this, &NodesPage::stopLocalNode);
    connect(m_copyUrl, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(currentUrl()); });
    connect(m_copyAddress, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(currentAddress()); });
    return bar;
}

QWidget* NodesPage::makeDeploymentsTab()
{
    auto* tab = new QWidget(this);
    m_table = new QTableView(tab);
    m_table->setModel(m_deployments);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_undeploy = new QPushButton(tab);
    m_undeploy->setEnabled(false);
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(m_table, 1);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_undeploy);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_undeploy->setEnabled(m_reachable && m_table->selectionModel()->hasSelection());
    });
    connect(m_undeploy, &QPushButton::clicked, this, &NodesPage::undeploySelected);
    return tab;
}

void NodesPage::retranslateUi()
{
    m_heading->setText(tr("Nodes"));
    m_addNode->setText(tr("&Add Remote Node..."));
    m_removeNode->setText(tr("&Remove"));
    m_start->setText(tr("&Start Local Node..."));
    m_stop->setText(tr("S&top"));
    m_copyUrl->setText(tr("Copy &URL"));
    m_copyAddress->setText(tr("Copy Add&ress"));
    m_undeploy->setText(tr("&Undeploy"));
    if (auto* box = findChild<QGroupBox*>(QStringLiteral("deployBox")))
        box->setTitle(tr("Deploy from the registry"));
    m_tabs->setTabText(0, tr("Deployments"));
    m_tabs->setTabText(1, tr("Activity"));
    m_tabs->setTabText(2, tr("Log"));
    m_curl->setAccessibleName(tr("Example request"));
    m_deployments->headerDataChanged(Qt::Horizontal, 0, DeploymentTableModel::ColumnCount - 1);
    reloadNodeList();
    updateStatus();
}

void NodesPage::reloadNodeList()
{
    const int current = m_nodeBox->currentIndex();
    const QSignalBlocker block(m_nodeBox);
    m_nodeBox->clear();
    m_nodeBox->addItem(tr("Local node (this computer, 127.0.0.1)"));
    for (const QString& entry : remoteNodes())
        m_nodeBox->addItem(tr("Remote: %1").arg(entry.section(QLatin1Char(' '), 0, 0)), entry);
    m_nodeBox->setCurrentIndex(std::clamp(current, 0, m_nodeBox->count() - 1));
}

bool NodesPage::localSelected() const
{
    return m_nodeBox->currentIndex() == kLocalIndex;
}

QString NodesPage::currentUrl() const
{
    return localSelected() ? m_local->url()
                           : m_nodeBox->currentData().toString().section(QLatin1Char(' '), 0, 0);
}

QString NodesPage::currentAddress() const
{
    return localSelected() ? m_local->address()
                           : m_nodeBox->currentData().toString().section(QLatin1Char(' '), 1, 1);
}

void NodesPage::onNodeChanged()
{
    m_reachable = false;
    m_lastError.clear();
    m_charts->clear();
    m_deployments->setDeployments({});
    // The local node's address is the one it printed; a remote one must prove its address.
    m_monitor->watch(currentUrl(), localSelected() ? QString() : currentAddress());
    updateStatus();
}

void NodesPage::onSample(const NodeSample& sample, const QJsonObject& status)
{
    Q_UNUSED(status);
    m_reachable = true;
    m_lastError.clear();
    m_charts->add(sample);
    updateStatus();
}

void NodesPage::updateStatus()
{
    const bool local = localSelected();
    const QString url = currentUrl();
    m_start->setVisible(local);
    m_stop->setVisible(local);
    m_start->setEnabled(local && !m_local->isRunning() && m_session->hasWorkspace() &&
                        !m_session->isLocked());
    m_stop->setEnabled(local && m_local->isRunning());
    m_removeNode->setEnabled(!local);
    m_copyUrl->setEnabled(!url.isEmpty());
    m_copyAddress->setEnabled(!currentAddress().isEmpty());
    m_deployForm->setNodeAvailable(m_reachable);
    m_undeploy->setEnabled(m_reachable && m_table->selectionModel()->hasSelection());
    QString text;
    if (local && !m_local->isRunning())
        text = tr("The local node is stopped. Start it to serve this workspace's models on "
                  "127.0.0.1, offline.");
    else if (local && !m_local->isListening())
        text = tr("The local node is starting...");
    else if (m_reachable) {
        const QJsonObject s = m_monitor->lastStatus();
        text = tr("<b>Running</b> at %1 &mdash; address %2<br>base model: %3 &middot; adapters "
                  "deployed: %4, in "
                  "memory: %5 &middot; requests answered: %6")
                   .arg(url.toHtmlEscaped(), currentAddress(),
                        s.value(QLatin1String("base")).toString().isEmpty()
                            ? tr("none yet")
                            : s.value(QLatin1String("base")).toString().toHtmlEscaped())
                   .arg(s.value(QLatin1String("adapters")).toArray().size())
                   .arg(s.value(QLatin1String("adapters_resident")).toInt())
                   .arg(qint64(s.value(QLatin1String("completed")).toDouble()));
    } else if (!url.isEmpty())
        text = m_lastError.isEmpty() ? tr("Connecting to %1...").arg(url.toHtmlEscaped())
                                     : tr("%1 does not answer: %2")
                                           .arg(url.toHtmlEscaped(), m_lastError.toHtmlEscaped());
    m_status->setText(text);
    const QString model = m_deployments->rowCount() > 0
                              ? m_deployments->deploymentAt(0).value("name").toString()
                              : QStringLiteral("MODEL");
    m_curl->setVisible(!url.isEmpty());
    m_curl->setPlainText(
        url.isEmpty()
            ? QString()
            : QStringLiteral("curl %1/v1/chat/completions \\\n"
                             "  -H 'Content-Type: application/json' \\\n"
                             "  -d '{\"model\": \"%2\", \"messages\": [{\"role\": \"user\", "
                             "\"content\": \"Hello\"}]}'")
                  .arg(url, model));
}

void NodesPage::askPassphraseAndStart()
{
    bool ok = false;
    const QString passphrase = QInputDialog::getText(
        this, tr("Start Local Node"),
        tr("The node opens this workspace in a process of its own.\nPassphrase of %1:")
            .arg(m_session->name()),
        QLineEdit::Password, QString(), &ok);
    if (ok && !passphrase.isEmpty())
        startLocalNode(passphrase.toUtf8());
}

void NodesPage::startLocalNode(const QByteArray& passphrase, bool quiet)
{
    if (!m_session->hasWorkspace() || m_local->isRunning() || m_starting)
        return;
    m_starting = true;
    m_message->showMessage(tr("Checking the passphrase..."));
    std::shared_ptr<store::Workspace> workspace = m_session->workspace();
    // Checked here first (Argon2id, off the GUI thread) so a typo gets a clear message, not a
    // node that exits.
    runInBackground(
        this, [workspace, passphrase] { return workspace->verifyPassphrase(passphrase); },
        [this, workspace, passphrase, quiet](bool right) {
            if (!right) {
                m_starting = false;
                if (quiet)
                    m_message->clear();
                else
                    m_message->showMessage(
                        tr("Wrong passphrase: the local node was not started."), true);
                return;
            }
            m_message->showMessage(tr("Starting the local node..."));
            m_local->start(workspace->directory(), passphrase,
                           m_settings ? m_settings->trainingThreads() : 1);
            m_nodeBox->setCurrentIndex(kLocalIndex);
            updateStatus();
        });
}

void NodesPage::stopLocalNode()
{
    if (!m_local->isRunning())
        return;
    m_message->showMessage(tr("Stopping the local node (running requests finish first)..."));
    m_local->stop();
    updateStatus();
}

void NodesPage::askRemoteNode()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add Remote Node"));
    auto* url = new QLineEdit(&dialog);
    url->setPlaceholderText(QStringLiteral("http://192.168.1.20:8088"));
    auto* address = new QLineEdit(&dialog);
    address->setPlaceholderText(QStringLiteral("fw1..."));
    auto* form = new QFormLayout(&dialog);
    form->addRow(tr("&URL:"), url);
    form->addRow(tr("Node &address:"), address);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    dialog.resize(520, dialog.sizeHint().height());
    if (dialog.exec() == QDialog::Accepted)
        addRemoteNode(url->text().trimmed(), address->text().trimmed());
}

void NodesPage::addRemoteNode(const QString& url, const QString& address)
{
    m_message->showMessage(tr("Asking %1 to prove its address...").arg(url));
    // Added only once the node signs a fresh challenge with the address's key.
    runInBackground(
        this,
        [url, address]() -> Result<QString> {
            Result<node::NodeClient> client = node::NodeClient::connect(url, 10);
            if (!client)
                return client.error();
            if (address.isEmpty())
                return makeError(ErrorCode::InvalidArgument,
                                 tr("Give the node's address, so it can prove it."));
            Result<QJsonObject> info = client->nodeInfo(address);
            if (!info)
                return info.error();
            return client->url();
        },
        [this, address](Result<QString> checked) {
            if (!checked)
                return m_message->showMessage(checked.error().message, true);
            QStringList nodes = remoteNodes();
            const QString entry = *checked + QLatin1Char(' ') + address.toLower();
            if (!nodes.contains(entry))
                nodes.append(entry);
            QSettings().setValue(QLatin1String(kRemoteNodesKey), nodes);
            reloadNodeList();
            m_nodeBox->setCurrentIndex(m_nodeBox->findData(entry));
            m_message->showMessage(tr("%1 proved the address %2.").arg(*checked, address));
        });
}

void NodesPage::removeRemoteNode()
{
    if (localSelected())
        return;
    QStringList nodes = remoteNodes();
    nodes.removeAll(m_nodeBox->currentData().toString());
    QSettings().setValue(QLatin1String(kRemoteNodesKey), nodes);
    reloadNodeList();
    onNodeChanged();
}

void NodesPage::deploySelected()
{
    Result<ledger::Amount> price = m_deployForm->price();
    if (!price)
        return m_message->showMessage(price.error().message, true);
    node::DeploySpec spec{m_deployForm->modelName(), m_deployForm->deployedName(), *price,
                          m_deployForm->split()};
    const QString url = currentUrl();
    std::shared_ptr<store::Workspace> workspace = m_session->workspace();
    m_deployForm->setBusy(true);
    m_session->beginBackgroundWork();
    m_message->showMessage(tr("Deploying %1 to %2...").arg(spec.model, url));
    runInBackground(
        this,
        [workspace, spec, url]() -> Result<QJsonObject> {
            Result<crypto::SigningKey> key = defaultKey(*workspace);
            if (!key)
                return key.error();
            Result<node::DeployPlan> plan =
                node::buildDeployPlan(*workspace, spec, *key);
            if (!plan)
                return plan.error();
            Result<node::NodeClient> client = node::NodeClient::connect(url);
            if (!client)
                return client.error();
            return node::deployPlan(*client, *plan, *key);
        },
        [this](Result<QJsonObject> deployed) {
            m_session->endBackgroundWork();
            m_deployForm->setBusy(false);
            if (!deployed)
                return m_message->showMessage(deployed.error().message, true);
            m_message->showMessage(tr("Deployed %1 (manifest %2).")
                                       .arg(deployed->value("name").toString(),
                                            deployed->value("manifest_hash").toString().left(16)));
            m_monitor->refreshDeployments();
        });
}

void NodesPage::undeploySelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const QString name = m_deployments->deploymentAt(rows.first().row()).value("name").toString();
    const QString url = currentUrl();
    std::shared_ptr<store::Workspace> workspace = m_session->workspace();
    m_session->beginBackgroundWork();
    runInBackground(
        this,
        [workspace, name, url]() -> Result<QJsonObject> {
            Result<crypto::SigningKey> key = defaultKey(*workspace);
            if (!key)
                return key.error();
            Result<node::NodeClient> client = node::NodeClient::connect(url);
            if (!client)
                return client.error();
            return node::NodeClient::jsonOf(client->signedDelete(
                "/flywheel/v1/deployments/" + QUrl::toPercentEncoding(name), *key));
        },
        [this, name](Result<QJsonObject> done) {
            m_session->endBackgroundWork();
            if (!done)
                return m_message->showMessage(done.error().message, true);
            m_message->showMessage(tr("Undeployed %1.").arg(name));
            m_monitor->refreshDeployments();
        });
}

} // namespace fw::ui

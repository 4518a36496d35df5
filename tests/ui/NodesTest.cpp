// The Nodes page with a real local node: a wrong passphrase is refused, the node starts on
// 127.0.0.1 and shows its URL, address and a curl example, an adapter deploys in two clicks
// (its base goes with it), the charts move with traffic, undeploy and stop work.
#include "UiTestSupport.h"
#include "demo/DemoWorkspace.h"
#include "ledger/NodeLedger.h"
#include "ledger/PayerChannels.h"
#include "node/NodeClient.h"
#include "node/NodeService.h"
#include "ui/common/MessageLabel.h"
#include "ui/factory/AttributionPanel.h"
#include "ui/factory/ChatColumn.h"
#include "ui/factory/PlaygroundPanel.h"
#include "ui/nodes/DeployForm.h"
#include "ui/nodes/DeploymentTableModel.h"
#include "ui/nodes/LocalNode.h"
#include "ui/nodes/NodeCharts.h"
#include "ui/nodes/NodeDirectory.h"
#include "ui/nodes/NodesPage.h"
#include "ui/settings/AppSettings.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QDir>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QtTest>

using namespace fw;

namespace {

const QByteArray kPassphrase = "nodes-page";

// Runs flywheel-cli on the test workspace; true on success.
bool cli(const QString& workspace, const QStringList& args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FLYWHEEL_PASSPHRASE"), QString::fromLatin1(kPassphrase));
    env.insert(QStringLiteral("OMP_NUM_THREADS"), QStringLiteral("1"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(FLYWHEEL_CLI_PATH), QStringList{"--workspace", workspace} + args);
    if (!p.waitForFinished(300000) || p.exitCode() != 0) {
        qWarning("flywheel-cli %s: %s", qPrintable(args.join(' ')),
                 p.readAllStandardError().constData());
        return false;
    }
    return true;
}

bool train(const QTemporaryDir& tmp, const QString& workspace, const QJsonObject& config)
{
    const QString path = tmp.filePath(config.value("output").toString() + ".json");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(config).toJson());
    file.close();
    return cli(workspace, {"train", path, "--threads", "1"});
}

void screenshot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("FLYWHEEL_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(widget->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

} // namespace

class NodesTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void refusesAWrongPassphrase();
    void startsTheLocalNode();
    void deploysAnAdapterInTwoClicks();
    void chartsFollowTraffic();
    void playgroundChatsThroughTheNode();
    void playgroundPaysAPricedModel();
    void playgroundExplainsAnAnswer();
    void undeploysAndStops();
    void theDemosNodeStartsOnItsOwn();

private:
    QTemporaryDir m_tmp;
    QString m_workspace;
    ui::AppSettings* m_settings = nullptr;
    ui::WorkspaceSession* m_session = nullptr;
    ui::NodesPage* m_page = nullptr;
    ui::NodeDirectory* m_directory = nullptr;
};

void NodesTest::initTestCase()
{
    uitest::initGuiTest();
    qputenv("FLYWHEEL_NODE_BINARY", FLYWHEEL_NODE_PATH);
    m_workspace = m_tmp.filePath(QStringLiteral("ws"));
    QVERIFY(cli(m_workspace, {"workspace", "init", "--demo"}));
    QVERIFY(train(m_tmp, m_workspace,
                  {{"datanet", "World facts (demo)"},
                   {"base", "nano"},
                   {"method", "full"},
                   {"steps", 4},
                   {"batch_size", 4},
                   {"seq_len", 64},
                   {"eval_fraction", 0.0},
                   {"output", "tiny"}}));
    QVERIFY(train(m_tmp, m_workspace,
                  {{"datanet", "World facts (demo)"},
                   {"base", "tiny"},
                   {"method", "lora"},
                   {"steps", 2},
                   {"batch_size", 4},
                   {"seq_len", 64},
                   {"eval_fraction", 0.0},
                   {"output", "tiny-lora"},
                   {"lora", QJsonObject{{"r", 4}, {"lora_alpha", 8}}}}));
    m_settings = new ui::AppSettings(this);
    m_settings->setTrainingThreads(1);
    m_session = new ui::WorkspaceSession(crypto::KdfParams::interactive(), this);
    auto ws = store::Workspace::open(m_workspace, kPassphrase);
    QVERIFY(ws);
    m_session->setWorkspace(std::move(ws).value());
    m_directory = new ui::NodeDirectory(this);
    m_page = new ui::NodesPage({m_session, m_settings, nullptr, m_directory});
    m_page->resize(1180, 820);
    m_page->show();
    screenshot(m_page, QStringLiteral("nodes-stopped"));
}

void NodesTest::cleanupTestCase()
{
    delete m_page; // stops the local node (SIGTERM, drain)
}

void NodesTest::refusesAWrongPassphrase()
{
    m_page->startLocalNode("not the passphrase");
    QTRY_VERIFY_WITH_TIMEOUT(m_page->message()->text().contains("Wrong passphrase"), 30000);
    QVERIFY(!m_page->localNode()->isRunning());
    QVERIFY(!m_page->deployForm()->deployButton()->isEnabled());
}

void NodesTest::startsTheLocalNode()
{
    m_page->startLocalNode(kPassphrase);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->localNode()->isListening(), 60000);
    const QString url = m_page->localNode()->url();
    QVERIFY(url.startsWith("http://127.0.0.1:"));
    QTRY_VERIFY_WITH_TIMEOUT(m_page->statusLabel()->text().contains("Running"), 30000);
    QVERIFY(m_page->statusLabel()->text().contains(url));
    QVERIFY(m_page->statusLabel()->text().contains(m_page->localNode()->address()));
    QVERIFY(
        m_page->curlExample()->toPlainText().startsWith("curl " + url + "/v1/chat/completions"));
    // The node signs with the workspace's default identity.
    QCOMPARE(m_page->localNode()->address(), m_session->wallet().defaultIdentity()->address);
    QTRY_VERIFY(m_page->deployForm()->deployButton()->isEnabled());
}

void NodesTest::deploysAnAdapterInTwoClicks()
{
    QComboBox* models = m_page->deployForm()->modelBox();
    const int adapter = models->findData(QStringLiteral("tiny-lora"));
    QVERIFY(adapter >= 0);
    models->setCurrentIndex(adapter);                                        // click one
    QTest::mouseClick(m_page->deployForm()->deployButton(), Qt::LeftButton); // click two
    QTRY_VERIFY_WITH_TIMEOUT(m_page->message()->text().startsWith("Deployed tiny-lora"), 60000);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->deployments()->rowCount(), 2, 10000);
    QStringList names{m_page->deployments()->deploymentAt(0).value("name").toString(),
                      m_page->deployments()->deploymentAt(1).value("name").toString()};
    QCOMPARE(names, QStringList({"tiny", "tiny-lora"}));
}

void NodesTest::chartsFollowTraffic()
{
    Result<node::NodeClient> client = node::NodeClient::connect(m_page->localNode()->url());
    QVERIFY(client);
    for (int i = 0; i < 4; ++i) {
        const QByteArray body =
            QJsonDocument(
                QJsonObject{{"model", i % 2 ? "tiny-lora" : "tiny"},
                            {"messages",
                             QJsonArray{QJsonObject{
                                 {"role", "user"}, {"content", "What is the capital of France?"}}}},
                            {"max_tokens", 8}})
                .toJson();
        QVERIFY(node::NodeClient::jsonOf(client->post("/v1/chat/completions", body)).ok());
    }
    QTRY_VERIFY_WITH_TIMEOUT(m_page->monitor()->lastStatus().value("completed").toInt() >= 4,
                             10000);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->charts()->sampleCount() >= 4, 10000);
    QVERIFY(m_page->statusLabel()->text().contains("requests answered: 4"));
    screenshot(m_page, QStringLiteral("nodes-running"));
    m_page->tabs()->setCurrentIndex(1);
    screenshot(m_page, QStringLiteral("nodes-activity"));
    m_page->tabs()->setCurrentIndex(2);
    QTRY_VERIFY(m_page->findChild<QTabWidget*>()->currentWidget()->isVisible());
    m_page->tabs()->setCurrentIndex(0);
}

void NodesTest::playgroundChatsThroughTheNode()
{
    QTRY_COMPARE(m_directory->localDeployments(), QStringList({"tiny", "tiny-lora"}));
    // No local engine at all: the node's model answers through the node.
    ui::PlaygroundPanel playground(m_session, nullptr);
    playground.setNodeDirectory(m_directory);
    const int item = playground.modelBox()->findData(
        ui::NodeDirectory::chatModelId(m_page->localNode()->url(), "tiny-lora"));
    QVERIFY(item >= 0);
    QVERIFY(playground.modelBox()->itemText(item).contains("local node"));
    playground.modelBox()->setCurrentIndex(item);
    playground.temperatureBox()->setValue(0.0);
    playground.show();
    QTRY_VERIFY_WITH_TIMEOUT(playground.sendButton()->isEnabled(), 30000);
    QVERIFY(playground.firstColumn()->findChild<QLabel*>()->text().contains(
        "answers through the node"));
    playground.input()->setPlainText(QStringLiteral("What is the capital of France?"));
    playground.send();
    QTRY_VERIFY_WITH_TIMEOUT(
        !playground.lastAnswer().isEmpty() && playground.sendButton()->isEnabled(), 60000);
    // The same answer the node gives any OpenAI client for the same greedy request.
    Result<node::NodeClient> client = node::NodeClient::connect(m_page->localNode()->url());
    QVERIFY(client);
    const QByteArray body =
        QJsonDocument(QJsonObject{{"model", "tiny-lora"},
                                  {"messages", QJsonArray{QJsonObject{
                                                   {"role", "user"},
                                                   {"content", "What is the capital of France?"}}}},
                                  {"temperature", 0},
                                  {"max_tokens", 128}})
            .toJson();
    Result<QJsonObject> direct =
        node::NodeClient::jsonOf(client->post("/v1/chat/completions", body));
    QVERIFY(direct);
    QCOMPARE(playground.lastAnswer(), direct->value("choices")
                                          .toArray()
                                          .first()
                                          .toObject()
                                          .value("message")
                                          .toObject()
                                          .value("content")
                                          .toString());
    QVERIFY(playground.transcript()->toPlainText().contains("tiny-lora (node):"));
    QVERIFY(playground.transcript()->toPlainText().contains(playground.lastAnswer()));
}

void NodesTest::playgroundPaysAPricedModel()
{
    // The same adapter at a price, deployed from the form under another name.
    m_page->deployForm()->modelBox()->setCurrentIndex(
        m_page->deployForm()->modelBox()->findData(QStringLiteral("tiny-lora")));
    m_page->deployForm()->nameEdit()->setText(QStringLiteral("tiny-paid"));
    m_page->deployForm()->priceEdit()->setText(QStringLiteral("1"));
    QTest::mouseClick(m_page->deployForm()->deployButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->message()->text().startsWith("Deployed tiny-paid"), 60000);
    QTRY_VERIFY(m_directory->localDeployments().contains("tiny-paid"));
    // Demo funds for the default identity, written next to the running node.
    const QString payer = m_session->wallet().defaultIdentity()->address;
    Result<crypto::SigningKey> nodeKey = node::NodeService::nodeKey(*m_session->workspace());
    QVERIFY(nodeKey);
    auto ledger = ledger::NodeLedger::open(*m_session->workspace(), std::move(nodeKey).value(),
                                           [] { return QDateTime::currentMSecsSinceEpoch(); });
    QVERIFY(ledger);
    QVERIFY((*ledger)->mint(payer, 5 * ledger::kUnitsPerOpen).ok());

    ui::PlaygroundPanel playground(m_session, nullptr);
    playground.setNodeDirectory(m_directory);
    playground.modelBox()->setCurrentIndex(playground.modelBox()->findData(
        ui::NodeDirectory::chatModelId(m_page->localNode()->url(), "tiny-paid")));
    playground.show();
    QTRY_VERIFY_WITH_TIMEOUT(playground.sendButton()->isEnabled(), 30000);
    playground.input()->setPlainText(QStringLiteral("What is the capital of France?"));
    playground.send();
    QLabel* status = playground.firstColumn()->findChild<QLabel*>();
    QTRY_VERIFY_WITH_TIMEOUT(status->text().contains("Paid"), 60000);
    QVERIFY2(status->text().contains("OPEN (receipt chatcmpl-"), qPrintable(status->text()));
    // The payer's channel remembers the fee the node's receipt charged.
    auto channels = ledger::PayerChannels(*m_session->workspace()).list();
    QVERIFY(channels && channels->size() == 1);
    QVERIFY(channels->front().spentTotal() > 0);
    QVERIFY(playground.transcript()->toPlainText().contains("tiny-paid (node):"));
    playground.resize(1000, 640);
    screenshot(&playground, QStringLiteral("playground-paid"));
}

void NodesTest::playgroundExplainsAnAnswer()
{
    // Span attribution needs no engine: the index was built when flywheel-cli trained "tiny".
    ui::PlaygroundPanel playground(m_session, nullptr);
    playground.resize(1000, 700);
    playground.show();
    playground.attribute(QStringLiteral("tiny"), QStringLiteral("What is the capital of France?"),
                         QStringLiteral("Paris is the capital of France."));
    QTRY_VERIFY_WITH_TIMEOUT(
        !playground.attributionPanel()->summary()->text().startsWith("Tracing"), 60000);
    QVERIFY2(
        playground.attributionPanel()->summary()->text().contains("share spans with this answer"),
        qPrintable(playground.attributionPanel()->summary()->text()));
    QTableWidget* table = playground.attributionPanel()->table();
    QVERIFY(table->rowCount() >= 1);
    QVERIFY(table->item(0, 0)->text().endsWith(" %"));
    QVERIFY(table->item(0, 1)->toolTip().startsWith("fw1"));
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("World facts (demo)"));
    QVERIFY(table->item(0, 4)->text().contains("capital of France"));
    // The answer on screen, with the matched text marked (the chat template's markers left out).
    QVERIFY(playground.attributionPanel()->answer()->toHtml().contains("background-color:#fde68a"));
    QVERIFY(!table->item(0, 4)->text().contains("<|"));
    screenshot(&playground, QStringLiteral("playground-attribution"));
}

void NodesTest::undeploysAndStops()
{
    m_page->deploymentTable()->selectRow(
        1); // the adapter: the base goes only once its adapters have
    m_page->undeploySelected();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->message()->text().startsWith("Undeployed tiny-lora"), 30000);
    QTRY_COMPARE_WITH_TIMEOUT(m_page->deployments()->rowCount(), 2, 10000); // tiny, tiny-paid
    m_page->stopLocalNode();
    QVERIFY(!m_page->localNode()->isRunning());
    QTRY_VERIFY(m_page->statusLabel()->text().contains("stopped"));
    QVERIFY(!m_page->deployForm()->deployButton()->isEnabled());
}

// The demo's passphrase is public: opening the demo workspace starts its local node with it, and
// a workspace elsewhere (this test's own) never starts one by itself.
void NodesTest::theDemosNodeStartsOnItsOwn()
{
    QVERIFY(!m_page->localNode()->isRunning());
    const QString dir = demo::defaultDemoDirectory(); // under QStandardPaths' test folders
    QDir(dir).removeRecursively();
    auto ws = demo::createDemoWorkspace(dir, crypto::KdfParams::interactive());
    QVERIFY2(ws, ws ? "" : qPrintable(ws.error().message));
    m_session->setWorkspace(std::move(ws).value());
    QTRY_VERIFY_WITH_TIMEOUT(m_page->localNode()->isListening(), 60000);
    QCOMPARE(m_page->localNode()->address(), m_session->wallet().defaultIdentity()->address);
    auto own = store::Workspace::open(m_workspace, kPassphrase);
    QVERIFY(own);
    m_session->setWorkspace(std::move(own).value()); // stops the demo's node
    QVERIFY(!m_page->localNode()->isRunning());
    QTest::qWait(500);
    QVERIFY(!m_page->localNode()->isRunning());
    QDir(dir).removeRecursively();
}

QTEST_MAIN(NodesTest)
#include "NodesTest.moc"

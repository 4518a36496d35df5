// The model import dialog on the demo workspace: a tiny Llama folder (trained for one step by the
// engine itself, as the GUI cannot link the torch-only fixture writer) is checked, summarised and
// imported; a truncated weights file, a folder without config.json and a taken name are refused
// with a message and nothing stored; a newer folder supersedes an older check.
#include "UiTestSupport.h"
#include "demo/DemoWorkspace.h"
#include "mlruntime/MlRuntime.h"
#include "models/ModelStore.h"
#include "ui/common/MessageLabel.h"
#include "ui/common/MlEngine.h"
#include "ui/factory/ImportModelDialog.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QtTest>

using namespace fw;

class ImportModelTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void parameterText_data();
    void parameterText();
    void showsAndImportsAValidFolder();
    void refusesATakenName();
    void refusesATruncatedWeightsFile();
    void refusesAFolderWithoutConfig();
    void aNewerFolderSupersedesAnOlderCheck();

private:
    QString copyOfModel(const QString& name);
    // Waits until the dialog has answered for the folder it shows now.
    void waitForCheck();
    models::ModelStore store() const { return models::ModelStore(*m_session->workspace()); }
    void screenshot(const QString& name);

    QTemporaryDir m_tmp;
    QString m_model; // a valid Hugging Face folder, plus a README that must not be stored
    ui::WorkspaceSession* m_session = nullptr;
    ui::MlEngine* m_engine = nullptr;
    ui::ImportModelDialog* m_dialog = nullptr;
};

void ImportModelTest::initTestCase()
{
    uitest::initGuiTest();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_session = new ui::WorkspaceSession(crypto::KdfParams::interactive(), this);
    auto demo = demo::createDemoWorkspace(m_tmp.filePath(QStringLiteral("demo")));
    QVERIFY(demo);
    m_session->setWorkspace(std::move(demo).value());
    m_engine = new ui::MlEngine(this);
    m_engine->load();
    QTRY_VERIFY_WITH_TIMEOUT(m_engine->isReady(), 60000);
    m_engine->setThreadCount(1);

    ml::TrainingRequest request;
    request.base = QStringLiteral("nano");
    m_model = m_tmp.filePath(QStringLiteral("tiny-llama"));
    request.config.steps = 1;
    request.config.batchSize = 2;
    request.config.seqLen = 32;
    request.config.warmupSteps = 0;
    request.config.evalFraction = 0.0;
    request.config.threads = 1;
    for (int i = 0; i < 8; ++i)
        request.examples.push_back(
            {QStringLiteral("What is %1 + %1?").arg(i), QString::number(2 * i), {}});
    Result<ml::TrainingSummary> trained = m_engine->runtime()->train(request, {}, nullptr);
    QVERIFY2(trained, qPrintable(trained ? QString() : trained.error().message));
    QVERIFY(trained->output.writeFolder(m_model)); // a user's model folder to import
    QFile readme(QDir(m_model).filePath(QStringLiteral("README.md")));
    QVERIFY(readme.open(QIODevice::WriteOnly));
    readme.write("# tiny-llama\n");
}

void ImportModelTest::init()
{
    m_dialog = new ui::ImportModelDialog(m_session, m_engine, nullptr);
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog));
    QVERIFY(!m_dialog->importButton()->isEnabled());
}

void ImportModelTest::cleanup()
{
    delete m_dialog;
    m_dialog = nullptr;
}

QString ImportModelTest::copyOfModel(const QString& name)
{
    const QString copy = m_tmp.filePath(name);
    QDir().mkpath(copy);
    for (const QString& file : QDir(m_model).entryList(QDir::Files))
        QFile::copy(QDir(m_model).filePath(file), QDir(copy).filePath(file));
    return copy;
}

void ImportModelTest::waitForCheck()
{
    QTRY_VERIFY_WITH_TIMEOUT(
        !m_dialog->isChecking() && !m_dialog->messageLabel()->text().startsWith("Checking"), 60000);
}

void ImportModelTest::screenshot(const QString& name)
{
    const QString dir = qEnvironmentVariable("FLYWHEEL_SCREENSHOT_DIR");
    QCoreApplication::processEvents();
    if (!dir.isEmpty())
        QVERIFY(m_dialog->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

void ImportModelTest::parameterText_data()
{
    QTest::addColumn<qint64>("count");
    QTest::addColumn<QString>("text");
    QTest::newRow("small") << qint64(950) << QStringLiteral("950");
    QTest::newRow("thousands") << qint64(12'345) << QStringLiteral("12.3 K");
    QTest::newRow("millions") << qint64(1'234'567) << QStringLiteral("1.2 M");
    QTest::newRow("rounds up a unit") << qint64(999'990) << QStringLiteral("1.0 M");
    QTest::newRow("billions") << qint64(6'999'999'999) << QStringLiteral("7.0 B");
}

void ImportModelTest::parameterText()
{
    QFETCH(qint64, count);
    QFETCH(QString, text);
    QCOMPARE(ui::ImportModelDialog::parameterText(count), text);
}

void ImportModelTest::showsAndImportsAValidFolder()
{
    m_dialog->setFolder(m_model);
    QCOMPARE(m_dialog->nameEdit()->text(), QStringLiteral("tiny-llama"));
    waitForCheck();
    const QString summary = m_dialog->summaryText();
    QVERIFY2(m_dialog->importButton()->isEnabled(), qPrintable(m_dialog->messageLabel()->text()));
    QVERIFY2(summary.contains(QStringLiteral("Architecture: LlamaForCausalLM")),
             qPrintable(summary));
    QVERIFY2(summary.contains(
                 QRegularExpression(QStringLiteral("Parameters: \\d+\\.\\d [KM] \\([\\d,]+\\)"))),
             qPrintable(summary));
    QVERIFY(summary.contains(QStringLiteral("Tokenizer: tokenizer.json (byte-level BPE)")));
    QVERIFY(summary.contains(QStringLiteral("Chat template: yes")));
    QVERIFY(summary.contains(QStringLiteral("config.json")));
    QVERIFY(!summary.contains(QStringLiteral("README.md")));
    QVERIFY(m_dialog->messageLabel()->text().startsWith(QStringLiteral("Ready")));
    screenshot(QStringLiteral("import-model-valid"));

    QTest::mouseClick(m_dialog->importButton(), Qt::LeftButton);
    QVERIFY(m_dialog->isImporting());
    QVERIFY(m_session->hasBackgroundWork());
    QTRY_COMPARE_WITH_TIMEOUT(m_dialog->result(), int(QDialog::Accepted), 30000);
    QCOMPARE(m_dialog->importedName(), QStringLiteral("tiny-llama"));
    QVERIFY(!m_session->hasBackgroundWork());
    Result<models::ModelEntry> entry = store().model(QStringLiteral("tiny-llama"));
    QVERIFY(entry);
    QCOMPARE(entry->source, QStringLiteral("import"));
    QCOMPARE(entry->lineage.value(QStringLiteral("imported_from")).toString(),
             QDir(m_model).absolutePath());
    QVERIFY(entry->lineage.value(QStringLiteral("model_config")).isObject());
    QVERIFY(entry->parameterCount > 100'000);
    Result<QStringList> files = store().fileNames(entry->id);
    QVERIFY(files);
    QVERIFY(files->contains(QStringLiteral("model.safetensors")));
    QVERIFY(!files->contains(QStringLiteral("README.md")));
}

void ImportModelTest::refusesATakenName()
{
    m_dialog->setFolder(m_model);
    waitForCheck();
    QVERIFY(!m_dialog->importButton()->isEnabled()); // "tiny-llama" was imported above
    QVERIFY2(m_dialog->messageLabel()->text().contains(QStringLiteral("already exists")),
             qPrintable(m_dialog->messageLabel()->text()));
    QTest::keyClicks(m_dialog->nameEdit(), QStringLiteral("-2"));
    QVERIFY(m_dialog->importButton()->isEnabled());
    m_dialog->nameEdit()->clear();
    QVERIFY(!m_dialog->importButton()->isEnabled());
    QVERIFY(m_dialog->messageLabel()->text().contains(QStringLiteral("name")));
}

void ImportModelTest::refusesATruncatedWeightsFile()
{
    const QString dir = copyOfModel(QStringLiteral("truncated"));
    QFile weights(QDir(dir).filePath(QStringLiteral("model.safetensors")));
    QVERIFY(weights.resize(weights.size() / 2));
    m_dialog->setFolder(dir);
    waitForCheck();
    const QString message = m_dialog->messageLabel()->text();
    QVERIFY2(message.contains(QStringLiteral("model.safetensors")) &&
                 message.contains(QStringLiteral("incomplete")),
             qPrintable(message));
    QVERIFY(!m_dialog->importButton()->isEnabled());
    QVERIFY(m_dialog->summaryText().contains(QStringLiteral("Architecture: —")));
    screenshot(QStringLiteral("import-model-truncated"));
    m_dialog->startImport(); // refused while the button is disabled
    QVERIFY(!m_dialog->isImporting());
    QVERIFY(!store().model(QStringLiteral("truncated")));
}

void ImportModelTest::refusesAFolderWithoutConfig()
{
    const QString dir = copyOfModel(QStringLiteral("no-config"));
    QVERIFY(QFile::remove(QDir(dir).filePath(QStringLiteral("config.json"))));
    m_dialog->setFolder(dir);
    waitForCheck();
    const QString message = m_dialog->messageLabel()->text();
    QVERIFY2(message.contains(QStringLiteral("no config.json")), qPrintable(message));
    QVERIFY(!m_dialog->importButton()->isEnabled());
    QVERIFY(!store().model(QStringLiteral("no-config")));
}

void ImportModelTest::aNewerFolderSupersedesAnOlderCheck()
{
    m_dialog->setFolder(m_tmp.filePath(QStringLiteral("truncated")));
    QVERIFY(m_dialog->isChecking());
    m_dialog->setFolder(m_model);
    m_dialog->nameEdit()->setText(QStringLiteral("tiny-llama-again"));
    waitForCheck();
    QVERIFY2(m_dialog->importButton()->isEnabled(), qPrintable(m_dialog->messageLabel()->text()));
    QVERIFY(m_dialog->summaryText().contains(QStringLiteral("LlamaForCausalLM")));
}

QTEST_MAIN(ImportModelTest)
#include "ImportModelTest.moc"

// The Datanets page: demo datanets, search, create + add by hand, import by drag and drop (with a
// malformed line: refused, then skipped), keyboard review with undo, freeze, and scrolling a big table.
#include "UiTestSupport.h"

#include "datanet/DatanetService.h"
#include "demo/DemoDatanets.h"
#include "demo/DemoWorkspace.h"
#include "ui/datanets/AddRecordDialog.h"
#include "ui/datanets/DatanetListModel.h"
#include "ui/datanets/DatanetsPage.h"
#include "ui/datanets/ImportDialog.h"
#include "ui/datanets/RecordDetailView.h"
#include "ui/datanets/NewDatanetDialog.h"
#include "ui/datanets/OverviewPanel.h"
#include "ui/datanets/RecordTableModel.h"
#include "ui/datanets/RecordsPanel.h"
#include "ui/datanets/VersionsPanel.h"
#include "ui/settings/AppSettings.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QXYSeries>
#include <QtTest>

using namespace fw;

class DatanetsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsDemoDatanetsReadyWithChart();
    void choosingADatanetTellsTheOtherPages();
    void wrapsLongNames();
    void searchFindsWords();
    void createsDatanetAndAddsRecordByHand();
    void importsDroppedFileRefusingThenSkippingBadLines();
    void reviewsWithKeysAndUndoes();
    void freezesVersion();
    void scrollsBigDatanetSmoothly();

private:
    void select(const QString& name);
    void screenshot(const QString& name);
    QString writeFile(const QString& name, const QByteArray& content);

    QTemporaryDir m_tmp;
    ui::AppSettings* m_settings = nullptr;
    ui::WorkspaceSession* m_session = nullptr;
    ui::DatanetsPage* m_page = nullptr;
};

void DatanetsTest::initTestCase()
{
    uitest::initGuiTest();
    m_settings = new ui::AppSettings(this);
    m_session = new ui::WorkspaceSession(crypto::KdfParams::interactive(), this);
    auto demo = demo::createDemoWorkspace(m_tmp.filePath(QStringLiteral("demo")));
    QVERIFY2(demo, demo ? "" : qPrintable(demo.error().message));
    m_session->setWorkspace(std::move(demo).value());
    m_page = new ui::DatanetsPage({m_session, m_settings, nullptr});
    m_page->resize(1180, 760);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page));
}

void DatanetsTest::select(const QString& name)
{
    for (int row = 0; row < m_page->listModel()->rowCount(); ++row)
        if (m_page->listModel()->datanetAt(row).name == name)
            return m_page->list()->setCurrentIndex(m_page->listModel()->index(row));
    QFAIL(qPrintable(QStringLiteral("no datanet %1").arg(name)));
}

// Saved only when FLYWHEEL_SCREENSHOT_DIR is set, so that people can look at the page.
void DatanetsTest::screenshot(const QString& name)
{
    const QString dir = qEnvironmentVariable("FLYWHEEL_SCREENSHOT_DIR");
    QCoreApplication::processEvents(); // widgets added to a visible layout show on the next turn
    if (!dir.isEmpty())
        QVERIFY(m_page->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

QString DatanetsTest::writeFile(const QString& name, const QByteArray& content)
{
    const QString path = m_tmp.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void DatanetsTest::showsDemoDatanetsReadyWithChart()
{
    QCOMPARE(m_page->listModel()->rowCount(), 2);
    QVERIFY(m_page->list()->currentIndex().isValid());
    QVERIFY(m_session->focusedDatanet().isEmpty()); // the page's own first choice is not the user's
    select(QString::fromLatin1(demo::kDemoInstructionDatanet));
    QVERIFY(m_page->overview()->readinessLabel()->text().startsWith(QStringLiteral("✔")));
    QChart* chart = m_page->overview()->chartView()->chart();
    QCOMPARE(chart->series().size(), 2);
    auto* submitted = qobject_cast<QXYSeries*>(chart->series().first());
    QVERIFY(submitted && submitted->count() >= 2);
    QVERIFY(submitted->points().last().y() >= 300); // several hundred records
    screenshot(QStringLiteral("datanets-overview"));

    m_page->tabs()->setCurrentWidget(m_page->records());
    ui::RecordTableModel* model = m_page->records()->model();
    QVERIFY(model->totalCount() >= 300);
    QCOMPARE(model->rowCount(), ui::RecordTableModel::kPageSize); // only the first page is read
    QVERIFY(!m_page->records()->detail()->toPlainText().isEmpty());
    screenshot(QStringLiteral("datanets-records"));

    m_page->tabs()->setCurrentWidget(m_page->versions());
    QCOMPARE(m_page->versions()->table()->model()->rowCount(), 1); // the demo froze one version
    screenshot(QStringLiteral("datanets-versions"));
}

void DatanetsTest::choosingADatanetTellsTheOtherPages()
{
    // ModelFactory suggests the datanet chosen here; the page's own reload chooses nothing.
    select(QString::fromLatin1(demo::kDemoPreferenceDatanet));
    QCOMPARE(m_session->focusedDatanet(), QString::fromLatin1(demo::kDemoPreferenceDatanet));
    select(QString::fromLatin1(demo::kDemoInstructionDatanet));
    QCOMPARE(m_session->focusedDatanet(), QString::fromLatin1(demo::kDemoInstructionDatanet));
}

void DatanetsTest::wrapsLongNames()
{
    // Long names wrap in the list instead of hiding behind a horizontal scroll bar.
    QListView* list = m_page->list();
    QVERIFY(list->wordWrap());
    QCOMPARE(list->horizontalScrollBarPolicy(), Qt::ScrollBarAlwaysOff);
    QVERIFY(!list->horizontalScrollBar()->isVisible());
}

void DatanetsTest::searchFindsWords()
{
    select(QString::fromLatin1(demo::kDemoInstructionDatanet));
    ui::RecordTableModel* model = m_page->records()->model();
    const qint64 all = model->totalCount();
    m_page->records()->searchEdit()->setText(QStringLiteral("capital*"));
    QTRY_VERIFY(model->totalCount() < all);
    QVERIFY(model->totalCount() > 0);
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(ui::RecordTableModel::preview(model->recordAt(row), datanet::RecordKind::Instruction)
                    .contains(QStringLiteral("capital"), Qt::CaseInsensitive));
    m_page->records()->searchEdit()->clear();
    QTRY_COMPARE(model->totalCount(), all);
}

void DatanetsTest::createsDatanetAndAddsRecordByHand()
{
    uitest::answerNextModal([](QWidget* dialog) {
        auto* d = qobject_cast<ui::NewDatanetDialog*>(dialog);
        QVERIFY(d);
        d->nameEdit()->setText(QStringLiteral("tiny-facts"));
        d->accept();
    });
    m_page->newDatanet();
    QCOMPARE(m_page->listModel()->rowCount(), 3);
    QCOMPARE(m_page->listModel()->datanetAt(m_page->list()->currentIndex().row()).name, QStringLiteral("tiny-facts"));
    QCOMPARE(m_page->records()->model()->totalCount(), 0);

    uitest::answerNextModal([](QWidget* dialog) {
        auto* d = qobject_cast<ui::AddRecordDialog*>(dialog);
        QVERIFY(d);
        d->field(QStringLiteral("instruction"))->setPlainText(QStringLiteral("What is the boiling point of water?"));
        d->field(QStringLiteral("output"))->setPlainText(QStringLiteral("100 °C at sea level."));
        d->accept();
    });
    m_page->addRecord();
    QCOMPARE(m_page->records()->model()->totalCount(), 1);
}

void DatanetsTest::importsDroppedFileRefusingThenSkippingBadLines()
{
    const QString path = writeFile(QStringLiteral("facts.jsonl"),
                                   "{\"instruction\":\"Capital of Peru?\",\"output\":\"Lima\"}\n"
                                   "{\"instruction\":\"Capital of Chile?\",\"output\":\"Santiago\"}\n"
                                   "{\"instruction\":\"Capital of Bolivia?\",\"output\":\"Sucre\"}\n"
                                   "{\"instruction\":\"broken\"\n");
    QString refusal;
    uitest::answerNextModal([&refusal](QWidget* dialog) {
        auto* d = qobject_cast<ui::ImportDialog*>(dialog);
        QVERIFY(d);
        QCOMPARE(d->previewView()->model()->rowCount(), 4); // three good lines and the bad one
        d->startImport();                                    // refused whole: line 4 is malformed
        QTRY_VERIFY(!d->isImporting());
        refusal = d->statusLabel()->text();
        d->skipBadBox()->setChecked(true);
        d->startImport(); // accepted when done
    });
    auto* mime = new QMimeData;
    mime->setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(50, 50), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_page, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(50, 50), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_page, &drop);
    delete mime;

    QVERIFY2(refusal.contains(QStringLiteral("line 4")), qPrintable(refusal));
    QVERIFY2(m_page->messageLabel()->text().contains(QStringLiteral("3 added")), qPrintable(m_page->messageLabel()->text()));
    QCOMPARE(m_page->records()->model()->totalCount(), 4);
}

void DatanetsTest::reviewsWithKeysAndUndoes()
{
    m_page->tabs()->setCurrentWidget(m_page->records());
    QTableView* table = m_page->records()->table();
    ui::RecordTableModel* model = m_page->records()->model();
    QCOMPARE(model->rowCount(), 4);
    QApplication::setActiveWindow(m_page);
    QVERIFY(QTest::qWaitForWindowActive(m_page));
    table->setFocus();
    table->selectRow(0);

    QTest::keyClick(table, Qt::Key_A);
    QCOMPARE(model->recordAt(0).status, datanet::RecordStatus::Approved);
    QCOMPARE(table->currentIndex().row(), 1); // moved on to the next record
    QTest::keyClick(table, Qt::Key_F);
    QCOMPARE(model->recordAt(1).status, datanet::RecordStatus::Flagged);
    uitest::answerNextModal([](QWidget* dialog) {
        auto* input = qobject_cast<QInputDialog*>(dialog);
        QVERIFY(input);
        input->setTextValue(QStringLiteral("not a fact"));
        input->accept();
    });
    QTest::keyClick(table, Qt::Key_R);
    QCOMPARE(model->recordAt(2).status, datanet::RecordStatus::Rejected);
    QCOMPARE(model->recordAt(2).rejectReason, QStringLiteral("not a fact"));
    // The offscreen platform has no window manager to give the page back its focus after the dialog.
    QApplication::setActiveWindow(m_page);
    QVERIFY(QTest::qWaitForWindowActive(m_page));
    table->setFocus();

    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(model->recordAt(2).status, datanet::RecordStatus::Pending);
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(model->recordAt(1).status, datanet::RecordStatus::Pending);
    QCOMPARE(model->recordAt(0).status, datanet::RecordStatus::Approved);
    screenshot(QStringLiteral("datanets-review"));
}

void DatanetsTest::freezesVersion()
{
    uitest::answerNextModal([](QWidget* dialog) {
        auto* box = qobject_cast<QMessageBox*>(dialog);
        QVERIFY(box);
        box->button(QMessageBox::Yes)->click();
    });
    m_page->records()->approveAllPending();
    m_page->tabs()->setCurrentWidget(m_page->versions());
    ui::VersionsPanel* versions = m_page->versions();
    QCOMPARE(versions->table()->model()->rowCount(), 0);
    versions->freeze();
    QTRY_VERIFY(!versions->isBusy());
    QCOMPARE(versions->table()->model()->rowCount(), 1);
    QVERIFY2(versions->messageLabel()->text().startsWith(QStringLiteral("Frozen")),
             qPrintable(versions->messageLabel()->text()));
    QCOMPARE(versions->table()->model()->index(0, 1).data().toString(), QStringLiteral("4"));
    QVERIFY(!m_session->hasBackgroundWork());
}

// Not a timed assertion: it prints the longest event-loop stall while scrolling to the end, so the
// number can be reported; it checks that paging reached every record.
void DatanetsTest::scrollsBigDatanetSmoothly()
{
    constexpr int kRecords = 50'000;
    QByteArray jsonl;
    jsonl.reserve(kRecords * 90);
    for (int i = 0; i < kRecords; ++i)
        jsonl += QStringLiteral("{\"instruction\":\"What is %1 plus %2?\",\"output\":\"%3 (record %4)\"}\n")
                     .arg(i).arg(i % 97).arg(i + i % 97).arg(i).toUtf8();
    uitest::answerNextModal([](QWidget* dialog) { qobject_cast<ui::ImportDialog*>(dialog)->startImport(); });
    m_page->importFile(writeFile(QStringLiteral("big.jsonl"), jsonl));
    ui::RecordTableModel* model = m_page->records()->model();
    QCOMPARE(model->totalCount(), qint64(kRecords + 4));

    m_page->tabs()->setCurrentWidget(m_page->records());
    QScrollBar* bar = m_page->records()->table()->verticalScrollBar();
    QElapsedTimer step;
    qint64 longest = 0;
    qint64 total = 0;
    int steps = 0;
    while (model->rowCount() < model->totalCount() && steps < 10'000) {
        step.start();
        bar->setValue(bar->maximum()); // the view asks for the next page at the bottom
        QCoreApplication::processEvents();
        longest = qMax(longest, step.elapsed());
        total += step.elapsed();
        ++steps;
    }
    QCOMPARE(qint64(model->rowCount()), model->totalCount());
    qInfo("scrolling %d records in %d page fetches: longest event-loop stall %lld ms, mean %.1f ms",
          model->rowCount(), steps, longest, double(total) / qMax(1, steps));
}

QTEST_MAIN(DatanetsTest)
#include "DatanetsTest.moc"

// The Earnings page over a workspace whose node charged real paid requests (EarningsFixture):
// identities with earned, balance and pending; charts by role and by datanet or model per day;
// the top records with their text; a receipt explained down to its records; Verify; CSV export;
// and screenshots (FLYWHEEL_SCREENSHOT_DIR) for people to look at.
#include "UiTestSupport.h"
#include "ui/common/MessageLabel.h"
#include "ui/earnings/EarningsCharts.h"
#include "ui/earnings/EarningsPage.h"
#include "ui/earnings/IdentityEarningsModel.h"
#include "ui/earnings/ReceiptExplanation.h"
#include "ui/earnings/ReceiptTableModel.h"
#include "ui/settings/AppSettings.h"
#include "ui/workspace/WorkspaceSession.h"
#include "unit/ledger/EarningsFixture.h"
#include "unit/store/TestSupport.h"

#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QTabWidget>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace fw;

namespace {
QStringList barSetLabels(QChart* chart)
{
    QStringList labels;
    for (QAbstractSeries* s : chart->series())
        if (auto* bars = qobject_cast<QStackedBarSeries*>(s))
            for (QBarSet* set : bars->barSets())
                labels << set->label();
    return labels;
}
} // namespace

class EarningsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsIdentitiesWithBalanceAndPending();
    void chartsByRoleAndByDatanetOrModel();
    void topRecordsShowTheirText();
    void explainsAReceipt();
    void verifiesEveryReceipt();
    void exportsCsv();
    void screenshots();

private:
    QTemporaryDir m_tmp;
    test::EarningsFixture m_fx;
    ui::AppSettings* m_settings = nullptr;
    ui::WorkspaceSession* m_session = nullptr;
    ui::EarningsPage* m_page = nullptr;
};

void EarningsTest::initTestCase()
{
    uitest::initGuiTest();
    auto ws = store::Workspace::create(m_tmp.filePath(QStringLiteral("ws")), "passphrase",
                                       test::fastOptions());
    QVERIFY(ws.ok());
    const QString failure = m_fx.build(**ws);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    m_settings = new ui::AppSettings(this);
    m_session = new ui::WorkspaceSession(crypto::KdfParams::interactive(), this);
    m_session->setWorkspace(std::move(ws).value());
    m_page = new ui::EarningsPage({m_session, m_settings, nullptr, nullptr});
    QSignalSpy loaded(m_page, &ui::EarningsPage::loaded);
    m_page->resize(1180, 760);
    m_page->show();
    QTRY_VERIFY(m_page->snapshot() != nullptr);
    QTRY_COMPARE(m_page->receipts()->rowCount(), 7);
}

void EarningsTest::showsIdentitiesWithBalanceAndPending()
{
    const ui::IdentityEarningsModel* ids = m_page->identities();
    QCOMPARE(ids->rowCount(), 3);
    const auto cell = [ids](int row, int column) {
        return ids->data(ids->index(row, column)).toString();
    };
    QCOMPARE(cell(0, ui::IdentityEarningsModel::Name), QStringLiteral("node"));
    // The node redeemed 14'611 units and paid the builder 1'000: 0.013611 OPEN.
    QCOMPARE(cell(0, ui::IdentityEarningsModel::Balance), QStringLiteral("0.013611"));
    QCOMPARE(cell(0, ui::IdentityEarningsModel::Pending), QStringLiteral("0"));
    QCOMPARE(cell(1, ui::IdentityEarningsModel::Name), QStringLiteral("builder"));
    QCOMPARE(cell(1, ui::IdentityEarningsModel::Balance), QStringLiteral("0.001"));
    const ledger::EarningsReport& r = m_page->snapshot()->report;
    QCOMPARE(cell(2, ui::IdentityEarningsModel::Earned),
             ledger::formatOpen(r.identities[2].earned));
    QVERIFY(r.identities[2].earned > 0);
    QVERIFY(m_page->summary()->text().contains(QStringLiteral("7 receipt"))); // "receipts" with the English catalogue
    QVERIFY(m_page->summary()->text().contains(QStringLiteral("from 2 node")));
}

void EarningsTest::chartsByRoleAndByDatanetOrModel()
{
    ui::EarningsCharts* charts = m_page->charts();
    QCOMPARE(barSetLabels(charts->roleChart()), (QStringList{"Model builder", "Data contributor", "Node"}));
    charts->breakdown()->setCurrentIndex(0);
    QCOMPARE(barSetLabels(charts->breakdownChart()), QStringList{"support-faq v1"});
    charts->breakdown()->setCurrentIndex(1);
    QCOMPARE(barSetLabels(charts->breakdownChart()), (QStringList{"faq-bot:v1", "faq-bot:v2"}));
    // Five days, one bar each; the bars of a day add up to that day's earnings.
    auto* bars = qobject_cast<QStackedBarSeries*>(charts->roleChart()->series().first());
    QVERIFY(bars);
    QCOMPARE(bars->barSets().first()->count(), 5);
    charts->breakdown()->setCurrentIndex(0);
}

void EarningsTest::topRecordsShowTheirText()
{
    QTreeWidget* top = m_page->topRecords();
    QCOMPARE(top->topLevelItemCount(), 3);
    QStringList texts;
    for (int i = 0; i < top->topLevelItemCount(); ++i) {
        QCOMPARE(top->topLevelItem(i)->text(1), QStringLiteral("support-faq v1"));
        texts << top->topLevelItem(i)->text(2);
    }
    QVERIFY(texts.join(' ').contains(QStringLiteral("warranty covers two years")));
    QVERIFY(texts.join(' ').contains(QStringLiteral("reset button")));
}

void EarningsTest::explainsAReceipt()
{
    m_page->tabs()->setCurrentIndex(2);
    // Newest first: the last row is the node's first request (req-1), alice on two records.
    const int row = m_page->receipts()->rowCount() - 1;
    QCOMPARE(m_page->receipts()->receiptAt(row).requestId, QStringLiteral("req-1"));
    QSignalSpy explained(m_page, &ui::EarningsPage::explained);
    m_page->receiptTable()->selectRow(row);
    QTRY_COMPARE(explained.count(), 1);
    QTreeWidget* tree = m_page->explanation()->tree();
    QCOMPARE(tree->topLevelItemCount(), 2);
    QTreeWidgetItem* split = tree->topLevelItem(0);
    QCOMPARE(split->childCount(), 4); // node, builder, alice, bob
    QTreeWidgetItem* records = tree->topLevelItem(1);
    QCOMPARE(records->childCount(), 3);
    QCOMPARE(records->child(0)->text(1), m_fx.alice.address);
    QCOMPARE(records->child(0)->text(2), QStringLiteral("0.0003")); // 300 units
    QVERIFY(records->child(0)->text(3).contains(QStringLiteral("support-faq v1")));
    QVERIFY(records->child(0)->text(3).contains(QStringLiteral("reset button")));
    QCOMPARE(records->child(2)->text(1), m_fx.bobAddress());
    QVERIFY(m_page->explanation()->summary()->text().contains(QStringLiteral("req-1")));

    // The node kept this answer: its first record's span is marked, and listed under the record.
    QTextBrowser* answer = m_page->explanation()->answer();
    QVERIFY(!answer->isHidden());
    QCOMPARE(answer->toPlainText().trimmed(), test::EarningsFixture::keptAnswer());
    QCOMPARE(records->child(0)->childCount(), 1);
    QCOMPARE(records->child(0)->child(0)->text(3), QStringLiteral("\u201creset button\u201d"));
    QCOMPARE(records->child(2)->childCount(), 0);
    const auto markedText = [answer](const char* colour) {
        QString marked;
        for (QTextBlock b = answer->document()->begin(); b.isValid(); b = b.next())
            for (auto it = b.begin(); !it.atEnd(); ++it)
                if (it.fragment().charFormat().background().color() == QColor(colour))
                    marked += it.fragment().text();
        return marked;
    };
    QCOMPARE(markedText("#fff0a8"), QStringLiteral("reset button"));
    QVERIFY(markedText("#ffb54d").isEmpty());
    // Selecting the record (or its span) marks its spans as the selected record's.
    tree->setCurrentItem(records->child(0)->child(0));
    QCOMPARE(markedText("#ffb54d"), QStringLiteral("reset button"));
    tree->setCurrentItem(records->child(2));
    QVERIFY(markedText("#ffb54d").isEmpty());

    // A receipt whose answer was not kept says so instead.
    m_page->receiptTable()->selectRow(row - 1);
    QTRY_COMPARE(explained.count(), 2);
    QVERIFY2(answer->toPlainText().contains(QStringLiteral("keeps no answer")),
             qPrintable(answer->toPlainText()));
    QCOMPARE(m_page->explanation()->tree()->topLevelItem(1)->child(0)->childCount(), 0);
    m_page->receiptTable()->selectRow(row); // the kept answer, for the screenshot
    QTRY_COMPARE(explained.count(), 3);
}

void EarningsTest::verifiesEveryReceipt()
{
    QSignalSpy verified(m_page, &ui::EarningsPage::verified);
    m_page->verifyReceipts();
    QTRY_COMPARE(verified.count(), 1);
    QCOMPARE(verified.first().first().toBool(), true);
    QVERIFY2(m_page->message()->text().contains(QStringLiteral("All 7 receipts verified")),
             qPrintable(m_page->message()->text()));
}

void EarningsTest::exportsCsv()
{
    const QString path = m_tmp.filePath(QStringLiteral("earnings.csv"));
    QVERIFY(m_page->exportCsv(path).ok());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> rows = f.readAll().trimmed().split('\n');
    QCOMPARE(rows.size(), int(m_page->snapshot()->report.slices.size()) + 1);
    QVERIFY(rows.first().startsWith("day,node,request"));
    QVERIFY(!m_page->exportCsv(m_tmp.filePath(QStringLiteral("no/such/dir/x.csv"))).ok());
}

void EarningsTest::screenshots()
{
    const QString out = qEnvironmentVariable("FLYWHEEL_SCREENSHOT_DIR");
    if (out.isEmpty())
        QSKIP("set FLYWHEEL_SCREENSHOT_DIR to save screenshots");
    m_page->tabs()->setCurrentIndex(0);
    QTest::qWait(50);
    QVERIFY(m_page->grab().save(out + QStringLiteral("/earnings-charts.png")));
    m_page->charts()->breakdown()->setCurrentIndex(1);
    QTest::qWait(50);
    QVERIFY(m_page->grab().save(out + QStringLiteral("/earnings-by-model.png")));
    m_page->tabs()->setCurrentIndex(1);
    QTest::qWait(50);
    QVERIFY(m_page->grab().save(out + QStringLiteral("/earnings-top-records.png")));
    m_page->tabs()->setCurrentIndex(2);
    QTest::qWait(50);
    QVERIFY(m_page->grab().save(out + QStringLiteral("/earnings-receipt.png")));
}

QTEST_MAIN(EarningsTest)
#include "EarningsTest.moc"

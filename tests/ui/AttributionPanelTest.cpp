// The attribution panel's method choice and its gradient lines: contributor, share, score, method,
// negative influence marked and unpaid; a screenshot with FLYWHEEL_SCREENSHOT_DIR.
#include "ui/factory/AttributionPanel.h"

#include "UiTestSupport.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QTableWidget>
#include <QTest>

using namespace fw;

namespace {

attribution::AttributionLine line(const QString& who, double score, double share,
                                  const QString& method)
{
    attribution::AttributionLine l;
    l.recordHash = QString(64, who.at(0));
    l.datanetName = QStringLiteral("facts");
    l.contributor = QStringLiteral("fw1") + who.repeated(12);
    l.score = score;
    l.share = share;
    l.method = method;
    return l;
}

} // namespace

class AttributionPanelTest : public QObject
{
    Q_OBJECT
    ui::WorkspaceSession* m_session = nullptr;

private slots:
    void initTestCase()
    {
        m_session = new ui::WorkspaceSession(crypto::KdfParams::interactive(), this);
    }

    void offersThreeMethodsSpansFirst()
    {
        ui::AttributionPanel panel(m_session);
        QComboBox* choice = panel.methodChoice();
        QCOMPARE(choice->count(), 3);
        QCOMPARE(choice->itemText(0), QStringLiteral("Spans"));
        QCOMPARE(choice->itemText(1), QStringLiteral("Gradient"));
        QCOMPARE(choice->itemText(2), QStringLiteral("Both"));
        QCOMPARE(panel.method(), attribution::AttributionMethod::Spans);
        choice->setCurrentIndex(1);
        QCOMPARE(panel.method(), attribution::AttributionMethod::Gradient);
        choice->setCurrentIndex(2);
        QCOMPARE(panel.method(), attribution::AttributionMethod::Both);
    }

    void gradientLinesShowScoreShareAndNegatives()
    {
        ui::AttributionPanel panel(m_session);
        panel.methodChoice()->setCurrentIndex(1);
        attribution::Attribution a;
        a.model = QStringLiteral("facts-lora");
        a.lines = {line("a", 0.012, 0.75, "gradient"), line("b", 0.004, 0.25, "gradient"),
                   line("c", -0.003, 0, "gradient")};
        panel.resize(900, 300);
        panel.show();
        panel.showResult(a, QStringLiteral("The kalo archive of mira records that ..."));
        QTableWidget* table = panel.table();
        QCOMPARE(table->rowCount(), 3);
        const int share = 0, contributor = 1, matched = 4, method = 5, score = 6;
        QCOMPARE(table->item(0, share)->text(), QLocale().toString(75.0, 'f', 1) + " %");
        QVERIFY(table->item(0, contributor)->toolTip().startsWith("fw1aaa"));
        QCOMPARE(table->item(0, method)->text(), QStringLiteral("Gradient"));
        QCOMPARE(table->item(0, score)->text(), QLocale().toString(0.012, 'g', 3));
        QCOMPARE(table->item(2, share)->text(), QLocale().toString(0.0, 'f', 1) + " %");
        QVERIFY(table->item(2, score)->text().contains("negative"));
        QVERIFY(table->item(2, score)->text().contains("not paid"));
        QVERIFY(table->isColumnHidden(matched)); // spans only
        QVERIFY(table->isColumnHidden(method));  // one method: nothing to tell apart
        QVERIFY(table->item(2, score)->foreground() != table->item(0, score)->foreground());
        QVERIFY2(panel.summary()->text().contains("negative influence is shown, not paid"),
                 qPrintable(panel.summary()->text()));
        QVERIFY(!panel.summary()->text().contains("share spans"));
        const QString dir = qEnvironmentVariable("FLYWHEEL_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(
                panel.grab().save(QDir(dir).filePath(QStringLiteral("attribution-gradient.png"))));
    }

    void bothListsSpansThenGradients()
    {
        ui::AttributionPanel panel(m_session);
        panel.methodChoice()->setCurrentIndex(2);
        attribution::Attribution a;
        a.model = QStringLiteral("facts-lora");
        a.responseTokens = 12;
        a.lines = {line("a", 9, 1.0, "spans"), line("a", 0.02, 1.0, "gradient")};
        panel.showResult(a, QStringLiteral("answer"));
        QCOMPARE(panel.table()->item(0, 5)->text(), QStringLiteral("Spans"));
        QCOMPARE(panel.table()->item(1, 5)->text(), QStringLiteral("Gradient"));
        QVERIFY(!panel.table()->isColumnHidden(4) && !panel.table()->isColumnHidden(5));
        QVERIFY(panel.summary()->text().contains("share spans"));
        QVERIFY(panel.summary()->text().contains("gradients moved the adapter"));
    }
};

QTEST_MAIN(AttributionPanelTest)
#include "AttributionPanelTest.moc"

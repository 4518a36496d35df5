// The demo datanets: sizes, kinds, four contributors, verified signatures, a ready frozen version.
#include "datanet/DatanetService.h"
#include "datanet/ImportFormat.h"
#include "datanet/VersionService.h"
#include "demo/DemoDatanets.h"
#include "demo/DemoWorkspace.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace fw;
using namespace fw::datanet;

Q_DECLARE_METATYPE(fw::datanet::RecordKind)

class DatanetDemoTest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<store::Workspace> m_ws;

private slots:
    void initTestCase()
    {
        auto ws = demo::createDemoWorkspace(m_dir.filePath("demo"));
        QVERIFY2(ws.ok(), qPrintable(ws.error().message));
        m_ws = std::move(*ws);
    }

    void generatorIsDeterministicAndUnique_data()
    {
        QTest::addColumn<QByteArray>("jsonl");
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("minimum");
        QTest::newRow("instruction") << demo::demoInstructionJsonl() << "alpaca" << 300;
        QTest::newRow("preference") << demo::demoPreferenceJsonl() << "preference" << 60;
    }

    void generatorIsDeterministicAndUnique()
    {
        QFETCH(QByteArray, jsonl);
        QFETCH(QString, format);
        QFETCH(int, minimum);
        const QList<QByteArray> lines = jsonl.trimmed().split('\n');
        QVERIFY(lines.size() >= minimum);
        QCOMPARE(QSet<QByteArray>(lines.begin(), lines.end()).size(), lines.size());
        QCOMPARE(formatName(*detectFormat("demo.jsonl", jsonl)), format);
        QCOMPARE(jsonl, format == "alpaca" ? demo::demoInstructionJsonl() : demo::demoPreferenceJsonl());
    }

    void demoDatanetsAreReady_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<RecordKind>("kind");
        QTest::addColumn<int>("records");
        QTest::newRow("instruction") << demo::kDemoInstructionDatanet << RecordKind::Instruction
                                     << int(demo::demoInstructionJsonl().count('\n'));
        QTest::newRow("preference") << demo::kDemoPreferenceDatanet << RecordKind::Preference
                                    << int(demo::demoPreferenceJsonl().count('\n'));
    }

    void demoDatanetsAreReady()
    {
        QFETCH(QString, name);
        QFETCH(RecordKind, kind);
        QFETCH(int, records);
        DatanetService s(*m_ws);
        Result<Datanet> d = s.datanetByName(name);
        QVERIFY2(d.ok(), qPrintable(d.error().message));
        QCOMPARE(d->kind, kind);
        const DatanetCounts c = *s.counts(d->id);
        QCOMPARE(c.records, qint64(records));
        QVERIFY(c.rejected > 0);
        QCOMPARE(c.approved + c.rejected, c.records);
        QCOMPARE(c.contributors, 4);
        const QList<ContributorStats> stats = *s.contributorStats(d->id);
        QCOMPARE(stats.size(), 4);
        for (const ContributorStats& st : stats)
            QVERIFY(st.records >= records / 4);
        const QList<ContributionInfo> contributions = *s.contributions(d->id);
        for (const ContributionInfo& ci : contributions)
            QVERIFY(s.verifyContribution(ci.id).ok());
        const RequirementReport report = *s.evaluateRequirements(d->id);
        QVERIFY2(report.ready, qPrintable(report.missing().join("; ")));
        Result<VersionInfo> v = VersionService(*m_ws).version(d->id, "latest");
        QVERIFY(v.ok());
        QVERIFY(v->ready);
        QCOMPARE(v->recordCount, c.approved);
        QCOMPARE(v->contributorCount, 4);
    }
};

QTEST_GUILESS_MAIN(DatanetDemoTest)
#include "datanet_demo_test.moc"

// The thread-count choice from injected timings, the candidates tried, and the CPU-busy reading
// from /proc text: no benchmark runs here.
#include "common/CpuLoad.h"
#include "models/ThreadChoice.h"
#include "models/Warmup.h"

#include <QtTest>

using namespace fw;

using Timings = QList<models::ThreadTiming>;
Q_DECLARE_METATYPE(Timings)

class ThreadChoiceTest : public QObject
{
    Q_OBJECT

private slots:
    void candidates_data();
    void candidates();
    void fastest_data();
    void fastest();
    void parsesProcStat_data();
    void parsesProcStat();
    void othersShare_data();
    void othersShare();
    void warmupSaysWhenTheCpuWasBusy();
};

void ThreadChoiceTest::candidates_data()
{
    QTest::addColumn<int>("cores");
    QTest::addColumn<QList<int>>("counts");
    QTest::newRow("one core") << 1 << QList<int>{1};
    QTest::newRow("two cores") << 2 << QList<int>{1, 2};
    QTest::newRow("six cores") << 6 << QList<int>{1, 2, 4, 6};
    QTest::newRow("eight cores") << 8 << QList<int>{1, 2, 4, 8};
    QTest::newRow("none reported") << 0 << QList<int>{1};
}

void ThreadChoiceTest::candidates()
{
    QFETCH(int, cores);
    QFETCH(QList<int>, counts);
    QCOMPARE(models::threadCandidates(cores), counts);
}

void ThreadChoiceTest::fastest_data()
{
    QTest::addColumn<Timings>("timings");
    QTest::addColumn<int>("best");
    // The machine: a second thread made training 2.3 times slower.
    QTest::newRow("shared two cores") << Timings{{1, 90.0}, {2, 207.0}} << 1;
    QTest::newRow("real cores") << Timings{{1, 200.0}, {2, 110.0}, {4, 70.0}} << 4;
    QTest::newRow("within five percent") << Timings{{1, 100.0}, {2, 97.0}} << 1;
    QTest::newRow("clearly faster") << Timings{{1, 100.0}, {2, 90.0}} << 2;
    QTest::newRow("unsorted") << Timings{{4, 70.0}, {1, 200.0}, {2, 60.0}} << 2;
    QTest::newRow("failed timing skipped") << Timings{{1, 0.0}, {2, 150.0}} << 2;
    QTest::newRow("nothing measured") << Timings{} << 1;
}

void ThreadChoiceTest::fastest()
{
    QFETCH(Timings, timings);
    QFETCH(int, best);
    QCOMPARE(models::fastestThreads(timings), best);
}

namespace {
QByteArray procStat(qint64 user, qint64 idle)
{
    return QStringLiteral("cpu  %1 0 0 %2 0 0 0 0 0 0\ncpu0 1 2 3 4 5 6 7 8 0 0\n")
        .arg(user)
        .arg(idle)
        .toLatin1();
}
QByteArray selfStat(qint64 utime)
{
    // The command name holds a space and a ')' to check that fields are counted after the last ')'.
    return QStringLiteral(
               "4242 (fly wheel) x) S 1 4242 4242 0 -1 4194560 100 0 0 0 %1 0 0 0 20 0 8 0\n")
        .arg(utime)
        .toLatin1();
}
} // namespace

void ThreadChoiceTest::parsesProcStat_data()
{
    QTest::addColumn<QByteArray>("stat");
    QTest::addColumn<QByteArray>("self");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("busy");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<qint64>("own");
    QTest::newRow("normal") << procStat(300, 700) << selfStat(40) << true << qint64(300)
                            << qint64(1000) << qint64(40);
    QTest::newRow("iowait counts as idle") << QByteArray("cpu  10 0 5 80 5 0 0 0\n") << selfStat(1)
                                           << true << qint64(15) << qint64(100) << qint64(1);
    QTest::newRow("no cpu line") << QByteArray("intr 1 2 3\n") << selfStat(1) << false << qint64(-1)
                                 << qint64(-1) << qint64(-1);
    QTest::newRow("short self") << procStat(1, 1) << QByteArray("1 (x) S 1") << false << qint64(-1)
                                << qint64(-1) << qint64(-1);
    QTest::newRow("empty") << QByteArray() << QByteArray() << false << qint64(-1) << qint64(-1)
                           << qint64(-1);
}

void ThreadChoiceTest::parsesProcStat()
{
    QFETCH(QByteArray, stat);
    QFETCH(QByteArray, self);
    QFETCH(bool, valid);
    const CpuSample sample = parseCpuSample(stat, self);
    QCOMPARE(sample.valid(), valid);
    if (!valid)
        return;
    QTEST(sample.busyTicks, "busy");
    QTEST(sample.totalTicks, "total");
    QTEST(sample.ownTicks, "own");
}

void ThreadChoiceTest::othersShare_data()
{
    QTest::addColumn<qint64>("busy"); // every process's ticks between the samples
    QTest::addColumn<qint64>("own");  // ours
    QTest::addColumn<double>("share");
    QTest::addColumn<bool>("isBusy");
    // 200 ticks of capacity (two cores): we used one core, another job the other.
    QTest::newRow("another job on the second core") << qint64(200) << qint64(100) << 0.5 << true;
    QTest::newRow("only us") << qint64(100) << qint64(100) << 0.0 << false;
    QTest::newRow("a little background") << qint64(120) << qint64(100) << 0.1 << false;
    QTest::newRow("own ticks ahead of the total") << qint64(100) << qint64(104) << 0.0 << false;
}

void ThreadChoiceTest::othersShare()
{
    QFETCH(qint64, busy);
    QFETCH(qint64, own);
    QFETCH(double, share);
    QFETCH(bool, isBusy);
    const CpuSample before = parseCpuSample(procStat(1000, 1000), selfStat(500));
    const CpuSample after =
        parseCpuSample(procStat(1000 + busy, 1000 + 200 - busy), selfStat(500 + own));
    QVERIFY(before.valid() && after.valid());
    QCOMPARE(othersCpuShare(before, after), share);
    QCOMPARE(othersCpuShare(before, after) > kBusyCpuShare, isBusy);
    QCOMPARE(othersCpuShare(CpuSample{}, after), 0.0); // unknown reads as idle
}

void ThreadChoiceTest::warmupSaysWhenTheCpuWasBusy()
{
    models::WarmupTiming timing;
    QVERIFY(!timing.cpuWasBusy());
    timing.othersCpuShare = 0.5;
    QVERIFY(timing.cpuWasBusy());
    models::ThreadMeasurement measurement;
    measurement.othersCpuShare = 0.3;
    QVERIFY(measurement.cpuWasBusy());
}

QTEST_GUILESS_MAIN(ThreadChoiceTest)
#include "thread_choice_test.moc"

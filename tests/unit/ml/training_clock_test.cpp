// TrainingClock: the time left from timed steps and evaluations, steady under a periodic
// evaluation and quick to follow a change of machine load.
#include "ml/TrainingClock.h"

#include <QTest>

using fw::ml::TrainingClock;

class TrainingClockTest : public QObject
{
    Q_OBJECT
private slots:
    void nothingBeforeTheFirstStep()
    {
        TrainingClock clock;
        QCOMPARE(clock.etaMs(100, 1), int64_t(-1));
        clock.addStep(50);
        QCOMPARE(clock.etaMs(100, 0), int64_t(5000));
        QCOMPARE(clock.etaMs(0, 0), int64_t(0));
    }

    void countsTheEvaluationsLeft_data()
    {
        QTest::addColumn<int>("step");
        QTest::addColumn<int>("total");
        QTest::addColumn<int>("every");
        QTest::addColumn<int>("left");
        QTest::newRow("none periodic") << 10 << 500 << 0 << 1;
        QTest::newRow("start") << 0 << 500 << 100 << 5; // 100, 200, 300, 400 and the final one
        QTest::newRow("on a multiple") << 100 << 500 << 100 << 4;
        QTest::newRow("after the last multiple") << 450 << 500 << 100 << 1;
        QTest::newRow("total a multiple") << 0 << 200 << 100 << 2; // 100, final (not 200 twice)
        QTest::newRow("done") << 500 << 500 << 100 << 1;
    }
    void countsTheEvaluationsLeft()
    {
        QFETCH(int, step);
        QFETCH(int, total);
        QFETCH(int, every);
        QFETCH(int, left);
        QCOMPARE(TrainingClock::evalsLeft(step, total, every), left);
    }

    void aPeriodicEvaluationDoesNotSwingTheEstimate()
    {
        // 500 steps of 100 ms, an evaluation of 2 s every 50 steps: the true time left at each step
        // is steps * 100 + evals * 2000. The old estimate (elapsed / steps done) jumped after each
        // evaluation; this one stays within 5% once the first evaluation was timed.
        TrainingClock clock;
        double worst = 0;
        for (int step = 1; step <= 500; ++step) {
            clock.addStep(100);
            if (step % 50 == 0 && step < 500)
                clock.addEval(2000);
            const int evals = TrainingClock::evalsLeft(step, 500, 50);
            const double truth = (500 - step) * 100.0 + (evals - 1) * 2000.0 + 2000.0;
            if (step > 50 && step < 490)
                worst = std::max(worst,
                                 std::abs(double(clock.etaMs(500 - step, evals)) - truth) / truth);
        }
        QVERIFY2(worst < 0.05, qPrintable(QString::number(worst)));
    }

    void followsAChangeOfLoad()
    {
        // The machine gets twice as slow after 100 steps (another program started): within 60 steps
        // the estimate of a step is within 5% of the new speed.
        TrainingClock clock;
        for (int i = 0; i < 100; ++i)
            clock.addStep(100);
        QCOMPARE(clock.stepMs(), 100.0);
        for (int i = 0; i < 60; ++i)
            clock.addStep(200);
        QVERIFY2(std::abs(clock.stepMs() - 200.0) < 10.0,
                 qPrintable(QString::number(clock.stepMs())));
    }

    void theFirstSlowStepFadesQuickly()
    {
        // The first step carries allocation and warm-up: 10x the others. After 20 steps its weight
        // is gone from the plain mean's share down to the window's.
        TrainingClock clock;
        clock.addStep(1000);
        for (int i = 0; i < 40; ++i)
            clock.addStep(100);
        QVERIFY2(clock.stepMs() < 120.0, qPrintable(QString::number(clock.stepMs())));
    }
};

QTEST_APPLESS_MAIN(TrainingClockTest)
#include "training_clock_test.moc"

// Device discovery: the BLAS that libtorch really calls, and how each workload splits the cores.
#include "ml/DeviceInfo.h"
#include "ml/ThreadLayout.h"

#include <QTest>
#include <QThread>

using namespace fw::ml;

Q_DECLARE_METATYPE(fw::ml::Workload)

class DeviceTest : public QObject
{
    Q_OBJECT
private slots:
    void openBlasAnswersLibtorch()
    {
        // installer/install-deps.sh installs libopenblas0, which Debian's libblas.so.3
        // alternative then points at; on the reference BLAS training is about 20x slower.
        QCOMPARE(deviceInfo().blasBackend, QStringLiteral("OpenBLAS"));
    }
    void eachWorkloadSplitsTheCoresItsWay_data()
    {
        QTest::addColumn<Workload>("workload");
        QTest::addColumn<int>("torch");
        QTest::addColumn<int>("blas");
        // fp32 GEMMs on every core in OpenBLAS, nothing of torch's spinning beside them.
        QTest::newRow("fp32 training") << Workload::Fp32Cpu << 1 << 4;
        // A node's many small batched GEMMs: OpenBLAS's threads would spin between them.
        QTest::newRow("serving") << Workload::Serving << 4 << 1;
        QTest::newRow("bf16 or CUDA") << Workload::TorchPool << 4 << 4;
    }
    void eachWorkloadSplitsTheCoresItsWay()
    {
        QFETCH(Workload, workload);
        QFETCH(int, torch);
        QFETCH(int, blas);
        const ThreadLayout layout = threadLayout(workload, 4);
        QCOMPARE(layout.torchThreads, torch);
        QCOMPARE(layout.blasThreads, blas);
        // One core is one thread in every pool.
        QCOMPARE(threadLayout(workload, 1).torchThreads, 1);
        QCOMPARE(threadLayout(workload, 1).blasThreads, 1);
    }
    void zeroCoresMeansEveryCore()
    {
        const int all = std::max(1, QThread::idealThreadCount());
        QCOMPARE(threadLayout(Workload::TorchPool, 0).torchThreads, all);
        QCOMPARE(threadLayout(Workload::Fp32Cpu, 0).blasThreads, all);
    }
    void layoutReachesTorchAndOpenBlas()
    {
        if (qEnvironmentVariableIsSet("OPENBLAS_NUM_THREADS") || qEnvironmentVariableIsSet("GOTO_NUM_THREADS"))
            QSKIP("OpenBLAS's count is the user's here (OPENBLAS_NUM_THREADS)");
        ThreadLayout applied = applyThreadLayout(Workload::Fp32Cpu, 2);
        QCOMPARE(applied.torchThreads, 1);
        QCOMPARE(applied.blasThreads, 2);
        QCOMPARE(deviceInfo().intraOpThreads, 1);
        QCOMPARE(openBlasThreads(), 2);
        applied = applyThreadLayout(Workload::Serving, 2);
        QCOMPARE(applied.torchThreads, 2);
        QCOMPARE(openBlasThreads(), 1);
        QCOMPARE(describe(applied), QStringLiteral("torch 2, OpenBLAS 1"));
        QVERIFY(deviceInfo().summary().startsWith(QStringLiteral("CPU")));
    }
    void userSetOpenBlasThreadsAreKept()
    {
        if (qEnvironmentVariableIsSet("OPENBLAS_NUM_THREADS") || qEnvironmentVariableIsSet("GOTO_NUM_THREADS"))
            QSKIP("OpenBLAS's count is the user's here already");
        applyThreadLayout(Workload::Serving, 2);
        QCOMPARE(openBlasThreads(), 1);
        qputenv("OPENBLAS_NUM_THREADS", "1"); // read at each apply, as a user would set it at start
        const ThreadLayout applied = applyThreadLayout(Workload::Fp32Cpu, 2);
        qunsetenv("OPENBLAS_NUM_THREADS");
        QCOMPARE(applied.torchThreads, 1);
        QCOMPARE(applied.blasThreads, 1);
        QCOMPARE(openBlasThreads(), 1);
    }
    void singleThreadedBlasScopeRestoresTheCount()
    {
        if (qEnvironmentVariableIsSet("OPENBLAS_NUM_THREADS") || qEnvironmentVariableIsSet("GOTO_NUM_THREADS"))
            QSKIP("OpenBLAS's count is the user's here");
        applyThreadLayout(Workload::Fp32Cpu, 2);
        {
            const SingleThreadedBlas sameBits;
            QCOMPARE(openBlasThreads(), 1);
            QCOMPARE(deviceInfo().intraOpThreads, 1); // torch's pool is not touched
        }
        QCOMPARE(openBlasThreads(), 2);
    }
};

QTEST_GUILESS_MAIN(DeviceTest)
#include "device_test.moc"

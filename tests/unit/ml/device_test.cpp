// Device discovery: the BLAS that libtorch really calls, and explicit thread settings.
#include "ml/DeviceInfo.h"

#include <QTest>

using namespace fw::ml;

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
    void threadCountIsApplied()
    {
        setThreadCount(1);
        QCOMPARE(deviceInfo().intraOpThreads, 1);
        setThreadCount(2);
        QCOMPARE(deviceInfo().intraOpThreads, 2);
        QVERIFY(deviceInfo().summary().startsWith(QStringLiteral("CPU")));
    }
};

QTEST_GUILESS_MAIN(DeviceTest)
#include "device_test.moc"

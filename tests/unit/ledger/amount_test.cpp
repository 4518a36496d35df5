// OPEN amounts: exact parsing to base units and back, refusals with a reason.
#include "ledger/Amount.h"

#include <QTest>

using namespace fw;
using namespace fw::ledger;

class AmountTest : public QObject
{
    Q_OBJECT
private slots:
    void parses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("units");
        QTest::newRow("whole") << "12" << qint64(12'000'000);
        QTest::newRow("half") << "0.5" << qint64(500'000);
        QTest::newRow("one unit") << "0.000001" << qint64(1);
        QTest::newRow("no leading digit") << ".25" << qint64(250'000);
        QTest::newRow("spaces") << "  3.1 " << qint64(3'100'000);
        QTest::newRow("zero") << "0" << qint64(0);
        QTest::newRow("largest") << "1000000000000" << qint64(kMaxAmount);
    }
    void parses()
    {
        QFETCH(QString, text);
        QFETCH(qint64, units);
        const Result<Amount> a = parseOpen(text);
        QVERIFY2(a.ok(), qPrintable(a.error().message));
        QCOMPARE(*a, units);
    }
    void refuses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        QTest::newRow("negative") << "-1";
        QTest::newRow("plus") << "+1";
        QTest::newRow("seven decimals") << "0.0000001";
        QTest::newRow("exponent") << "1e6";
        QTest::newRow("two dots") << "1.2.3";
        QTest::newRow("trailing dot") << "5.";
        QTest::newRow("over the maximum") << "1000000000000.000001";
        QTest::newRow("overflow") << "99999999999999999999999";
        QTest::newRow("letters") << "ten";
    }
    void refuses()
    {
        QFETCH(QString, text);
        const Result<Amount> a = parseOpen(text);
        QVERIFY(!a.ok());
        QCOMPARE(a.error().code, ErrorCode::InvalidArgument);
        QVERIFY(a.error().message.contains(text.trimmed()));
    }
    void formatsWithoutTrailingZeros()
    {
        QCOMPARE(formatOpen(12'000'000), QStringLiteral("12"));
        QCOMPARE(formatOpen(500'000), QStringLiteral("0.5"));
        QCOMPARE(formatOpen(1), QStringLiteral("0.000001"));
        QCOMPARE(formatOpen(0), QStringLiteral("0"));
        QCOMPARE(formatOpen(-1'250'000), QStringLiteral("-1.25"));
        for (Amount a : {Amount(0), Amount(7), Amount(123'456'789), kMaxAmount})
            QCOMPARE(*parseOpen(formatOpen(a)), a);
    }
};

QTEST_GUILESS_MAIN(AmountTest)
#include "amount_test.moc"

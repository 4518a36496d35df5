// The answer kept beside a receipt: token spans become character spans even where decoding dips
// (a half UTF-8 character) or a stop string cut the text, and the JSON is read strictly.
#include "ledger/AnswerTrace.h"

#include <QTest>

using namespace fw::ledger;

namespace {
QByteArray hashOf(char c)
{
    return QByteArray(32, c);
}

QString textOf(const AnswerTrace& t, const AnswerSpan& s)
{
    return t.answer.mid(s.begin, s.end - s.begin);
}
} // namespace

class AnswerTraceTest : public QObject
{
    Q_OBJECT
private slots:
    void tokenSpansBecomeCharacterSpans()
    {
        // "Paris| is| the| capital| of| France|." decoded token by token.
        const QString answer = QStringLiteral("Paris is the capital of France.");
        const std::vector<int> ends = {5, 8, 12, 20, 23, 30, 31};
        const AnswerTrace t = traceAnswer(
            answer, ends, {{0, 2, hashOf('a')}, {2, 6, hashOf('b')}, {2, 6, hashOf('c')}});
        QCOMPARE(int(t.spans.size()), 2);
        QCOMPARE(textOf(t, t.spans[0]), QStringLiteral("Paris is"));
        QCOMPARE(textOf(t, t.spans[1]), QStringLiteral(" the capital of France"));
        QCOMPARE(int(t.spans[1].records.size()), 2); // one span, two records holding it
        QCOMPARE(int(t.spansOf(hashOf('c')).size()), 1);
        QVERIFY(t.spansOf(hashOf('z')).empty());
    }

    void dipsCutsAndEmptySpansAreClamped()
    {
        // The second token's half character decoded to two replacement characters, which the
        // third completed to one; a stop string then cut the text after the fourth token.
        const QString answer = QStringLiteral("ab\u00e9c");
        const std::vector<int> ends = {2, 4, 3, 4, 6};
        const AnswerTrace t = traceAnswer(answer, ends,
                                          {{1, 3, hashOf('a')},
                                           {3, 5, hashOf('b')},  // past the cut: its part kept
                                           {4, 5, hashOf('c')},  // nothing left after the cut
                                           {2, 9, hashOf('d')},  // past the last token
                                           {0, 1, QByteArray("short")}}); // not a record hash
        QCOMPARE(int(t.spans.size()), 2);
        QCOMPARE(textOf(t, t.spansOf(hashOf('a')).at(0)), QStringLiteral("\u00e9"));
        QCOMPARE(textOf(t, t.spansOf(hashOf('b')).at(0)), QStringLiteral("c"));
        QVERIFY(t.spansOf(hashOf('c')).empty());
        QCOMPARE(textOf(t, t.spansOf(hashOf('d')).at(0)), QStringLiteral("c"));
        QVERIFY(t.spansOf(QByteArray("short")).empty());
    }

    void jsonRoundTripsAndRefusesDamage()
    {
        const AnswerTrace t = traceAnswer(QStringLiteral("one two three"), {3, 7, 13},
                                          {{1, 3, hashOf('a')}});
        fw::Result<AnswerTrace> back = AnswerTrace::fromJson(t.toJson());
        QVERIFY2(back.ok(), qPrintable(back.error().message));
        QCOMPARE(back->toJson(), t.toJson());
        QCOMPARE(textOf(*back, back->spans.at(0)), QStringLiteral(" two three"));

        const QString h = QString(64, QLatin1Char('a'));
        const QStringList damaged = {
            QStringLiteral("[]"),
            QStringLiteral("{\"answer\":\"x\"}"),
            QStringLiteral("{\"answer\":\"abc\",\"spans\":[{\"begin\":2,\"end\":4,\"records\":[]}]}"),
            QStringLiteral("{\"answer\":\"abc\",\"spans\":[{\"begin\":2,\"end\":2,\"records\":[]}]}"),
            QStringLiteral("{\"answer\":\"abc\",\"spans\":[{\"begin\":-1,\"end\":2,\"records\":[]}]}"),
            QStringLiteral("{\"answer\":\"abc\",\"spans\":[{\"begin\":0.5,\"end\":2,\"records\":[]}]}"),
            QStringLiteral("{\"answer\":\"abc\",\"spans\":[{\"begin\":0,\"end\":2,\"records\":[\"%1\"]}]}")
                .arg(h.left(62)),
            QStringLiteral("{\"answer\":\"abc\",\"spans\":[{\"begin\":0,\"end\":2,\"records\":[\"%1\"]}]}")
                .arg(QString(64, QLatin1Char('g'))),
            QStringLiteral("{\"answer\":\"abc\",\"spans\":[7]}"),
        };
        for (const QString& json : damaged) {
            const fw::Result<AnswerTrace> r = AnswerTrace::fromJson(json.toUtf8());
            QVERIFY2(!r.ok(), qPrintable(json));
            QCOMPARE(r.error().code, fw::ErrorCode::Corrupt);
        }
        QVERIFY(AnswerTrace::fromJson(
                    QStringLiteral("{\"answer\":\"abc\",\"spans\":[{\"begin\":0,\"end\":2,"
                                   "\"records\":[\"%1\"]}]}")
                        .arg(h)
                        .toUtf8())
                    .ok());
    }
};

QTEST_GUILESS_MAIN(AnswerTraceTest)
#include "ledger_answer_trace_test.moc"

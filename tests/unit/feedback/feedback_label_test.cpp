// Labels: validation, canonical JSON, preference pairs per mode, the blind shuffle's recorded
// position, the agreement report over labels, and the JSONL label import with line numbers.
#include "feedback/AgreementReport.h"
#include "feedback/LabelImport.h"
#include "feedback/PreferencePairs.h"

#include <QBuffer>
#include <QJsonArray>
#include <QtTest>

using namespace fw;
using namespace fw::feedback;

Q_DECLARE_METATYPE(fw::feedback::Label)

namespace {
Label base(LabelMode mode, const QStringList& answers,
           const QString& labeler = QStringLiteral("ada"))
{
    Label l;
    l.campaign = QStringLiteral("c1");
    l.item = QStringLiteral("7");
    l.labeler = labeler;
    l.mode = mode;
    l.prompt = QStringLiteral("Why is the sky blue?");
    for (const QString& a : answers)
        l.answers << Answer{QStringLiteral("model"), a};
    return l;
}

Label pairwise(Choice c, const QString& labeler = QStringLiteral("ada"))
{
    Label l = base(LabelMode::Pairwise,
                   {QStringLiteral("Rayleigh scattering."), QStringLiteral("Paint.")}, labeler);
    l.choice = c;
    return l;
}

Label rating(const QList<int>& ratings, const QStringList& answers)
{
    Label l = base(LabelMode::Rating, answers);
    l.ratings = ratings;
    return l;
}

// "chosen>rejected" per pair, for compact comparison.
QStringList pairText(const QList<PreferencePair>& pairs)
{
    QStringList out;
    for (const PreferencePair& p : pairs)
        out << p.chosen + QLatin1Char('>') + p.rejected;
    return out;
}

Result<QString> knownLabeler(const QString& typed)
{
    if (typed == QLatin1String("ada") || typed == QLatin1String("bob"))
        return typed.toUpper();
    return makeError(ErrorCode::NotFound, QStringLiteral("no such identity"));
}
} // namespace

class FeedbackLabelTest : public QObject
{
    Q_OBJECT
private slots:
    void pairsPerMode_data()
    {
        QTest::addColumn<QList<Label>>("labels");
        QTest::addColumn<QStringList>("expected");
        const QString a = QStringLiteral("Rayleigh scattering.");
        const QString b = QStringLiteral("Paint.");
        QTest::newRow("a better") << QList<Label>{pairwise(Choice::A)} << QStringList{a + ">" + b};
        QTest::newRow("b better") << QList<Label>{pairwise(Choice::B)} << QStringList{b + ">" + a};
        QTest::newRow("tie gives no pair") << QList<Label>{pairwise(Choice::Tie)} << QStringList{};
        QTest::newRow("both bad gives no pair")
            << QList<Label>{pairwise(Choice::BothBad)} << QStringList{};
        Label rewrite = base(LabelMode::Rewrite, {b});
        rewrite.rewrite = QStringLiteral("Blue light scatters most in air.");
        QTest::newRow("rewrite") << QList<Label>{rewrite} << QStringList{rewrite.rewrite + ">" + b};
        Label ranking = base(LabelMode::Ranking, {"x", "y", "z"});
        ranking.ranking = {2, 0, 1};
        QTest::newRow("ranking of three")
            << QList<Label>{ranking} << QStringList{"z>x", "z>y", "x>y"};
        QTest::newRow("ratings in one label")
            << QList<Label>{rating({4, 2, 4}, {"x", "y", "z"})} << QStringList{"x>y", "z>y"};
        QTest::newRow("ratings across labels")
            << QList<Label>{rating({5}, {"x"}), rating({1}, {"y"}), rating({3}, {"z"})}
            << QStringList{"x>y", "x>z", "z>y"};
        Label other = rating({1}, {"y"});
        other.labeler = QStringLiteral("bob");
        QTest::newRow("ratings of two labelers never pair")
            << QList<Label>{rating({5}, {"x"}), other} << QStringList{};
        QTest::newRow("unrated answers give no pair")
            << QList<Label>{rating({0, 3}, {"x", "y"})} << QStringList{};
    }
    void pairsPerMode()
    {
        QFETCH(QList<Label>, labels);
        QFETCH(QStringList, expected);
        for (const Label& l : labels)
            QVERIFY2(l.validate().ok(), qPrintable(l.validate().error().message));
        const QList<PreferencePair> pairs = preferencePairs(labels);
        QCOMPARE(pairText(pairs), expected);
        for (const PreferencePair& p : pairs) {
            QCOMPARE(p.prompt, QStringLiteral("Why is the sky blue?"));
            QVERIFY(!p.labels.isEmpty());
            QCOMPARE(p.content().keys(), (QStringList{"chosen", "prompt", "rejected"}));
        }
    }

    void ratingPairsNameBothSourceLabels()
    {
        const QList<PreferencePair> pairs =
            preferencePairs({rating({5}, {"x"}), rating({1}, {"y"})});
        QCOMPARE(pairs.size(), 1);
        QCOMPARE(pairs[0].labels, (QList<int>{0, 1}));
    }

    void validationNamesTheField_data()
    {
        QTest::addColumn<Label>("label");
        QTest::addColumn<QString>("field");
        Label l = pairwise(Choice::A);
        l.answers.removeLast();
        QTest::newRow("pairwise with one answer") << l << "two answers";
        l = rating({6, 1}, {"x", "y"});
        QTest::newRow("rating out of range") << l << "ratings";
        l = rating({1}, {"x", "y"});
        QTest::newRow("rating count") << l << "ratings";
        l = base(LabelMode::Ranking, {"x", "y"});
        l.ranking = {0, 0};
        QTest::newRow("ranking repeats") << l << "ranking";
        l = base(LabelMode::Rewrite, {"x"});
        l.rewrite = QStringLiteral("x");
        QTest::newRow("rewrite unchanged") << l << "rewrite";
        l = pairwise(Choice::A);
        l.shown = {1, 1};
        QTest::newRow("shuffle repeats") << l << "shown";
        l = pairwise(Choice::A);
        l.prompt = QStringLiteral("  ");
        QTest::newRow("empty prompt") << l << "prompt";
    }
    void validationNamesTheField()
    {
        QFETCH(Label, label);
        QFETCH(QString, field);
        const Status s = label.validate();
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(s.error().message.contains(field), qPrintable(s.error().message));
    }

    void canonicalJsonRoundTrips()
    {
        Label l = rating({4, 2}, {"x", "y"});
        l.flags = {0, AnswerFlag::Wrong | AnswerFlag::Harmful};
        l.shown = {1, 0};
        l.createdAt = 1700000000123;
        Result<Label> back = Label::fromJson(l.toJson());
        QVERIFY2(back.ok(), qPrintable(back.error().message));
        QCOMPARE(back->canonical(), l.canonical());
        QCOMPARE(back->flags, (QList<int>{0, 3}));
        QVERIFY(Label::signedMessage(l.canonical()).startsWith("flywheel.feedback.label.v1\0"));
        QJsonObject bad = l.toJson();
        bad.insert("mode", "vibes");
        QVERIFY(!Label::fromJson(bad).ok());
    }

    void shuffleRecordsWhereTheChoiceWasShown()
    {
        Label l = pairwise(Choice::A);
        QCOMPARE(l.chosenPosition(), 0);
        l.shown = {1, 0}; // b shown first: choosing a meant pressing the second one
        QCOMPARE(l.chosenPosition(), 1);
        l.choice = Choice::B;
        QCOMPARE(l.chosenPosition(), 0);
        l.choice = Choice::Tie;
        QCOMPARE(l.chosenPosition(), -1);
    }

    void agreementReportOverLabels()
    {
        // Two labelers, four items: they agree on items 1-3 and split on item 4.
        QList<Label> labels;
        const QList<Choice> ada{Choice::A, Choice::B, Choice::Tie, Choice::A};
        const QList<Choice> bob{Choice::A, Choice::B, Choice::Tie, Choice::B};
        for (int i = 0; i < 4; ++i) {
            Label a = pairwise(ada[i], QStringLiteral("ada"));
            Label b = pairwise(bob[i], QStringLiteral("bob"));
            a.item = b.item = QString::number(i + 1);
            b.shown = {1, 0};
            labels << a << b;
        }
        const AgreementReport r = agreementReport(labels);
        QCOMPARE(r.basis, QStringLiteral("choices"));
        QCOMPARE(r.items, qint64(4));
        QCOMPARE(r.labels, qint64(8));
        QCOMPARE(r.labelers, qint64(2));
        QVERIFY(r.kappa.has_value());
        // Cohen: p_o = 3/4; marginals ada (a 2, b 1, tie 1), bob (a 1, b 2, tie 1): p_e = 5/16.
        QVERIFY(std::abs(*r.kappa - (0.75 - 5.0 / 16.0) / (1 - 5.0 / 16.0)) < 1e-9);
        // Krippendorff: values a 3, b 3, tie 2 of n = 8; one a-b pair: 1 - 7 * 2 / (64 - 22) = 2/3.
        QVERIFY(r.alpha.has_value() && std::abs(*r.alpha - 2.0 / 3.0) < 1e-9);
        QCOMPARE(r.disagreed.first().unit, QStringLiteral("c1/4"));
        // Ada saw a first and chose a, b, a (shown 1st, 2nd, 1st); bob saw b first and chose a, b,
        // b (2nd, 1st, 1st): 4 of 6 choices went to the answer shown first.
        QCOMPARE(*r.firstPositionRate, 4.0 / 6.0);
        const QJsonObject json = r.toJson();
        QCOMPARE(json.value("labelers").toInt(), 2);
        QVERIFY(json.contains("cohen_kappa"));
        QCOMPARE(json.value("per_labeler").toArray().size(), 2);
    }

    void agreementOverRatingsIsOrdinal()
    {
        Label a = rating({5, 1}, {"x", "y"});
        Label b = rating({4, 1}, {"x", "y"});
        b.labeler = QStringLiteral("bob");
        const AgreementReport r = agreementReport({a, b});
        QCOMPARE(r.basis, QStringLiteral("ratings"));
        QCOMPARE(r.metric, Metric::Ordinal);
        QCOMPARE(r.items, qint64(1));
        QVERIFY(r.alpha.has_value());
    }

    void importReadsBothLineShapes()
    {
        QByteArray text =
            R"({"item": 1, "labeler": "ada", "prompt": "P", "response_a": "A", "response_b": "B", "choice": "b"})"
            "\n\n"
            R"({"item": "x-2", "labeler": "bob", "prompt": "P", "response": "R", "rating": 4, "campaign": "mine"})"
            "\n";
        QBuffer buffer(&text);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        Result<QList<Label>> labels =
            LabelImport::read(buffer, QStringLiteral("file"), knownLabeler);
        QVERIFY2(labels.ok(), qPrintable(labels.error().message));
        QCOMPARE(labels->size(), 2);
        QCOMPARE(labels->at(0).item, QStringLiteral("1"));
        QCOMPARE(labels->at(0).labeler, QStringLiteral("ADA"));
        QCOMPARE(labels->at(0).choice, Choice::B);
        QCOMPARE(labels->at(0).campaign, QStringLiteral("file"));
        QCOMPARE(labels->at(1).mode, LabelMode::Rating);
        QCOMPARE(labels->at(1).ratings, QList<int>{4});
        QCOMPARE(labels->at(1).campaign, QStringLiteral("mine"));
    }

    void importRefusesBadLinesByNumber_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not json") << QByteArray("{nope") << "not a JSON object";
        QTest::newRow("bad choice")
            << QByteArray(
                   R"({"item":1,"labeler":"ada","prompt":"P","response_a":"A","response_b":"B","choice":"c"})")
            << "choice";
        QTest::newRow("rating 6")
            << QByteArray(R"({"item":1,"labeler":"ada","prompt":"P","response":"R","rating":6})")
            << "rating";
        QTest::newRow("both shapes")
            << QByteArray(
                   R"({"item":1,"labeler":"ada","prompt":"P","response":"R","rating":2,"choice":"a"})")
            << "either";
        QTest::newRow("unknown labeler")
            << QByteArray(R"({"item":1,"labeler":"eve","prompt":"P","response":"R","rating":2})")
            << "eve";
        QTest::newRow("missing prompt")
            << QByteArray(R"({"item":1,"labeler":"ada","response":"R","rating":2})") << "prompt";
        QTest::newRow("extra field")
            << QByteArray(
                   R"({"item":1,"labeler":"ada","prompt":"P","response":"R","rating":2,"why":1})")
            << "why";
    }
    void importRefusesBadLinesByNumber()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, reason);
        QByteArray text =
            R"({"item": 1, "labeler": "ada", "prompt": "P", "response_a": "A", "response_b": "B", "choice": "a"})"
            "\n" +
            line + "\n";
        QBuffer buffer(&text);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        Result<QList<Label>> labels =
            LabelImport::read(buffer, QStringLiteral("file"), knownLabeler);
        QVERIFY(!labels.ok());
        QCOMPARE(labels.error().code, ErrorCode::InvalidArgument);
        QVERIFY2(labels.error().message.contains(QStringLiteral("line 2: ")),
                 qPrintable(labels.error().message));
        QVERIFY2(labels.error().message.contains(reason), qPrintable(labels.error().message));
        QVERIFY(!labels.error().message.contains(QStringLiteral("line 1:")));
    }
};

QTEST_GUILESS_MAIN(FeedbackLabelTest)
#include "feedback_label_test.moc"

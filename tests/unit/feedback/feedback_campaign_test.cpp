// Campaigns over a real workspace: validation, the answer cache filled by generateAnswers (with
// progress, cancel and resume), the next item per labeler (overlap, blind shuffle), and a labeling
// session's held-back label (undo never touches the datanet).
#include "feedback/AnswerGeneration.h"
#include "feedback/CampaignPrompts.h"
#include "feedback/CampaignStore.h"
#include "feedback/LabelStore.h"
#include "feedback/LabelingSession.h"
#include "unit/datanet/DatanetTestSupport.h"

#include <QSet>
#include <QtTest>

using namespace fw;
using namespace fw::feedback;

namespace {
// A stand-in for the models: deterministic text, and a count of the calls.
struct FakeModels
{
    int calls = 0;
    AnswerGenerator generator()
    {
        return [this](const QString& model, const QString& prompt,
                      const std::atomic_bool*) -> Result<QString> {
            ++calls;
            return QStringLiteral("%1 answers: %2").arg(model, prompt);
        };
    }
};

QStringList prompts(int count)
{
    QStringList out;
    for (int i = 0; i < count; ++i)
        out << QStringLiteral("Prompt number %1?").arg(i + 1);
    return out;
}
} // namespace

class FeedbackCampaignTest : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::DatanetFixture> m_f;
    datanet::Datanet m_prefs;
    int m_names = 0;

    Campaign spec(LabelMode mode, const QStringList& models, int overlap = 1)
    {
        Campaign c;
        c.name = QStringLiteral("campaign %1").arg(++m_names);
        c.datanetId = m_prefs.id;
        c.mode = mode;
        c.models = models;
        c.overlap = overlap;
        c.source = QJsonObject{{"kind", "typed"}};
        return c;
    }
    Campaign created(int items, int overlap = 1, bool answer = true)
    {
        CampaignStore store(*m_f->ws);
        Result<Campaign> c =
            store.create(spec(LabelMode::Pairwise, {"base", "tuned"}, overlap), prompts(items));
        if (!c)
            qFatal("cannot create campaign: %s", qPrintable(c.error().message));
        FakeModels models;
        if (answer && !generateAnswers(*m_f->ws, c->id, models.generator()).ok())
            qFatal("cannot generate answers");
        return *c;
    }
    QString person(int i) const { return m_f->people.at(i).address; }

private slots:
    void initTestCase()
    {
        m_f = std::make_unique<test::DatanetFixture>(2);
        m_prefs = m_f->makeDatanet(QStringLiteral("prefs"), datanet::RecordKind::Preference);
    }

    void createRefusesBadCampaigns_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<QStringList>("models");
        QTest::addColumn<int>("overlap");
        QTest::addColumn<QStringList>("prompts");
        QTest::newRow("pairwise of three")
            << int(LabelMode::Pairwise) << QStringList{"a", "b", "c"} << 1 << prompts(1);
        QTest::newRow("ranking of one")
            << int(LabelMode::Ranking) << QStringList{"a"} << 1 << prompts(1);
        QTest::newRow("five models")
            << int(LabelMode::Ranking) << QStringList{"a", "b", "c", "d", "e"} << 1 << prompts(1);
        QTest::newRow("model twice")
            << int(LabelMode::Ranking) << QStringList{"a", "a"} << 1 << prompts(1);
        QTest::newRow("no overlap")
            << int(LabelMode::Pairwise) << QStringList{"a", "b"} << 0 << prompts(1);
        QTest::newRow("no prompts")
            << int(LabelMode::Pairwise) << QStringList{"a", "b"} << 1 << QStringList{};
        QTest::newRow("empty prompt")
            << int(LabelMode::Pairwise) << QStringList{"a", "b"} << 1 << QStringList{"x", " "};
    }
    void createRefusesBadCampaigns()
    {
        QFETCH(int, mode);
        QFETCH(QStringList, models);
        QFETCH(int, overlap);
        QFETCH(QStringList, prompts);
        const Result<Campaign> c =
            CampaignStore(*m_f->ws).create(spec(LabelMode(mode), models, overlap), prompts);
        QVERIFY(!c.ok());
        QCOMPARE(c.error().code, ErrorCode::InvalidArgument);
    }

    void createKeepsWhatWasAsked()
    {
        CampaignStore store(*m_f->ws);
        Campaign s = spec(LabelMode::Ranking, {"base", "tuned", "dpo"}, 2);
        s.blind = false;
        Result<Campaign> c = store.create(s, prompts(3));
        QVERIFY2(c.ok(), qPrintable(c.error().message));
        QCOMPARE(c->models, (QStringList{"base", "tuned", "dpo"}));
        QCOMPARE(c->mode, LabelMode::Ranking);
        QCOMPARE(c->overlap, 2);
        QCOMPARE(c->blind, false);
        QCOMPARE(c->source.value("kind").toString(), QStringLiteral("typed"));
        QCOMPARE(store.create(s, prompts(1)).error().code, ErrorCode::AlreadyExists);
        const datanet::Datanet text =
            m_f->makeDatanet(QStringLiteral("text"), datanet::RecordKind::Text);
        s.name = QStringLiteral("into text");
        s.datanetId = text.id;
        QCOMPARE(store.create(s, prompts(1)).error().code, ErrorCode::InvalidArgument);
    }

    void promptsComeFromTheirSource()
    {
        store::Workspace& ws = *m_f->ws;
        Result<QStringList> typed = CampaignPrompts::read(
            ws, CampaignPrompts::typed({" Why? ", "", "How?", "Why?", "When?"}), 2);
        QVERIFY2(typed.ok(), qPrintable(typed.error().message));
        QCOMPARE(*typed, (QStringList{"Why?", "How?"}));
        QCOMPARE(CampaignPrompts::read(ws, CampaignPrompts::typed({" "})).error().code,
                 ErrorCode::InvalidArgument);
        QCOMPARE(CampaignPrompts::read(ws, QJsonObject{{"kind", "dreamt"}}).error().code,
                 ErrorCode::InvalidArgument);
        QVERIFY(!CampaignPrompts::read(ws, CampaignPrompts::heldOut("no such model")).ok());
        QVERIFY(!CampaignPrompts::read(ws, CampaignPrompts::datanetVersion(m_prefs.id, "latest"))
                     .ok()); // never frozen
    }

    void answersAreGeneratedOnceAndResume()
    {
        const Campaign c = created(5, 1, false);
        CampaignStore store(*m_f->ws);
        QCOMPARE(store.missingAnswers(c.id)->size(), 10);
        QVERIFY(!store.nextItem(c.id, person(0))->has_value()); // nothing labelable before answers
        // Stop after 3 answers: they stay cached, item 1 (both models) is labelable.
        FakeModels models;
        QList<qint64> seen;
        Result<qint64> stopped =
            generateAnswers(*m_f->ws, c.id, models.generator(), [&](qint64 done, qint64 total) {
                seen << done;
                return !(done == 3 && total == 10);
            });
        QCOMPARE(stopped.error().code, ErrorCode::Cancelled);
        QCOMPARE(seen, (QList<qint64>{1, 2, 3}));
        QCOMPARE(store.progress(c.id, person(0))->answered, qint64(1));
        QCOMPARE((*store.nextItem(c.id, person(0)))->item.position, 0);
        // Items come first, models second: the second run does the 7 left and no more.
        Result<qint64> rest = generateAnswers(*m_f->ws, c.id, models.generator());
        QCOMPARE(*rest, qint64(7));
        QCOMPARE(models.calls, 10);
        QCOMPARE(*generateAnswers(*m_f->ws, c.id, models.generator()), qint64(0));
        QCOMPARE(store.progress(c.id, person(0))->answered, qint64(5));
        const PresentedItem first = **store.nextItem(c.id, person(0));
        QCOMPARE(first.item.answers.size(), 2);
        QCOMPARE(first.item.answers[0].source, QStringLiteral("base"));
        QCOMPARE(first.item.answers[1].text, QStringLiteral("tuned answers: Prompt number 1?"));
        std::atomic_bool cancel{true};
        const Campaign other = created(1, 1, false);
        QCOMPARE(generateAnswers(*m_f->ws, other.id, models.generator(), {}, &cancel).error().code,
                 ErrorCode::Cancelled);
    }

    void nextItemRespectsOverlap()
    {
        const Campaign c = created(2, 2);
        CampaignStore store(*m_f->ws);
        LabelStore labels(*m_f->ws);
        LabelingSession ada(*m_f->ws, c, person(0));
        const PresentedItem item = **ada.current();
        Label l = ada.labelFor(item);
        l.choice = Choice::A;
        QVERIFY(labels.submit(c.datanetId, {l}).ok());
        // Ada moves on; Bob still gets item 1, which wants two labels.
        QCOMPARE((*store.nextItem(c.id, person(0)))->item.id,
                 (*store.nextItem(c.id, person(0)))->item.id);
        QVERIFY((*store.nextItem(c.id, person(0)))->item.id != item.item.id);
        QCOMPARE((*store.nextItem(c.id, person(1)))->item.id, item.item.id);
        l.labeler = person(1);
        QVERIFY(labels.submit(c.datanetId, {l}).ok());
        const CampaignProgress p = *store.progress(c.id, person(1));
        QCOMPARE(p.items, qint64(2));
        QCOMPARE(p.labels, qint64(2));
        QCOMPARE(p.complete, qint64(1));
        QCOMPARE(p.mine, qint64(1));
        // Skipped items are passed over for the session.
        QCOMPARE((*store.nextItem(c.id, person(1), {item.item.id + 1})).has_value(), false);
    }

    void blindShuffleIsAFixedPermutation()
    {
        QSet<QList<int>> orders;
        for (qint64 item = 1; item <= 60; ++item) {
            const QList<int> s = CampaignStore::shuffle(3, item, QStringLiteral("ada"));
            QCOMPARE(s, CampaignStore::shuffle(3, item, QStringLiteral("ada")));
            QList<int> sorted = s;
            std::sort(sorted.begin(), sorted.end());
            QCOMPARE(sorted, (QList<int>{0, 1, 2}));
            orders.insert(s);
        }
        QCOMPARE(orders.size(), 6); // all orders of three occur in 60 items
        QCOMPARE(choiceAtPosition({1, 0}, 0), Choice::B);
        QCOMPARE(choiceAtPosition({1, 0}, 1), Choice::A);
        QCOMPARE(choiceAtPosition({}, 1), Choice::B);
    }

    void sessionHoldsTheLastLabelForUndo()
    {
        const Campaign c = created(3);
        datanet::DatanetService datanets(*m_f->ws);
        const qint64 before = *datanets.countRecords(c.datanetId);
        auto session = std::make_unique<LabelingSession>(*m_f->ws, c, person(1));
        const PresentedItem first = **session->current();
        Label l = session->labelFor(first);
        l.choice = choiceAtPosition(first.shown, 0);
        QVERIFY(session->submit(l).ok());
        QVERIFY(session->hasPending());
        QCOMPARE(session->progress()->mine, qint64(1));
        QVERIFY((*session->current())->item.id !=
                first.item.id); // the held-back item is not shown again
        QCOMPARE(*datanets.countRecords(c.datanetId), before); // nothing in the datanet yet
        Result<Label> back = session->undo();
        QVERIFY(back.ok());
        QCOMPARE(back->item, QString::number(first.item.id));
        QCOMPARE(session->undo().error().code, ErrorCode::NotFound);
        QCOMPARE((*session->current())->item.id, first.item.id); // offered again
        QCOMPARE(session->submitted(), qint64(0));

        QVERIFY(session->submit(l).ok());
        const PresentedItem second = **session->current();
        Label l2 = session->labelFor(second);
        l2.choice = Choice::Tie;
        QVERIFY(session->submit(l2).ok()); // writes the first
        // Its pair is in the datanet now: one more record, or none when an earlier test's
        // labeler already gave the same pair (stored once, linked to both labels).
        const qint64 after = *datanets.countRecords(c.datanetId);
        QVERIFY(after == before + 1 || after == before);
        QCOMPARE(LabelStore(*m_f->ws).labels(c.datanetId)->size() > 0, true);
        session.reset(); // closing writes the tie too
        QCOMPARE(CampaignStore(*m_f->ws).progress(c.id, person(1))->mine, qint64(2));
        const Result<QList<StoredLabel>> stored = LabelStore(*m_f->ws).labels(c.datanetId);
        QCOMPARE(stored->last().label.choice, Choice::Tie);
        QCOMPARE(stored->last().label.campaign, c.name);
        QCOMPARE(stored->last().label.shown, second.shown);
    }

    void paceCountsLabelsPerSecond()
    {
        const Campaign c = created(4);
        LabelingSession s(*m_f->ws, c, person(0));
        for (int i = 0; i < 3; ++i) {
            const PresentedItem item = **s.current();
            Label l = s.labelFor(item);
            l.choice = Choice::BothBad;
            QVERIFY(s.submit(l).ok());
            QTest::qWait(20);
        }
        QVERIFY2(s.pace() > 1 && s.pace() < 200, qPrintable(QString::number(s.pace())));
        QVERIFY(s.flush().ok());
        QCOMPARE(CampaignStore(*m_f->ws).progress(c.id, person(0))->mine, qint64(3));
    }
};

QTEST_GUILESS_MAIN(FeedbackCampaignTest)
#include "feedback_campaign_test.moc"

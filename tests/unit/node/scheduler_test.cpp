// The inference scheduler over a fake engine: continuous batching up to the batch size, a
// bounded queue (429), cancellation, adapters loaded just in time and evicted LRU, draining.
#include "FakeServingEngine.h"
#include "node/InferenceScheduler.h"

#include <QTest>
#include <thread>

using namespace fw;
using namespace fw::node;

namespace {

InferenceTask task(const QString& adapter, int maxTokens,
                   const QString& prompt = QStringLiteral("hi"))
{
    InferenceTask t;
    t.chat = false;
    t.prompt = prompt;
    t.options.maxNewTokens = maxTokens;
    t.adapterKey = adapter;
    if (!adapter.isEmpty())
        t.adapterFiles = [] {
            return Result<ModelFiles>(ModelFiles{{"adapter_config.json", "{}"}});
        };
    return t;
}

// Everything a ticket produced until its final event.
struct Collected
{
    QString streamed;
    ml::GenerationResult final;
};

Collected collect(InferenceTicket& ticket)
{
    Collected c;
    InferenceTicket::Event e;
    for (int i = 0; i < 10000; ++i) {
        if (!ticket.next(e, 50))
            continue;
        c.streamed += e.delta;
        if (e.final) {
            c.final = *e.final;
            return c;
        }
    }
    QTest::qFail("no final event within 500 s", __FILE__, __LINE__);
    return c;
}

} // namespace

class SchedulerTest : public QObject
{
    Q_OBJECT
private slots:
    void answersStreamInOrderAndComplete()
    {
        auto shared = std::make_shared<test::FakeServingEngine::Shared>();
        InferenceScheduler scheduler(std::make_unique<test::FakeServingEngine>(shared), {});
        auto ticket = scheduler.submit(task({}, 5));
        QVERIFY(ticket.ok());
        const Collected c = collect(**ticket);
        QVERIFY(!c.final.error);
        QCOMPARE(c.streamed, QStringLiteral("bbbbb"));
        QCOMPARE(c.final.text, QStringLiteral("bbbbb"));
        QCOMPARE(c.final.promptTokens, 2);
        QCOMPARE(scheduler.stats().completed, qint64(1));
        QCOMPARE(scheduler.stats().generatedTokens, qint64(5));
    }
    // A stream starts at the first token even when that token has no text yet, so a client's
    // time to first token is the model's, not the time to the first printable character.
    void theFirstTokenStartsTheStreamWithOrWithoutText()
    {
        auto shared = std::make_shared<test::FakeServingEngine::Shared>();
        InferenceScheduler scheduler(std::make_unique<test::FakeServingEngine>(shared), {});
        auto ticket = *scheduler.submit(task({}, 3, QStringLiteral("~silent")));
        InferenceTicket::Event first;
        QVERIFY(ticket->next(first, 10000));
        QVERIFY(!first.final);
        QCOMPARE(first.delta, QString());
        const Collected rest = collect(*ticket);
        QVERIFY(!rest.final.error);
        QCOMPARE(int(rest.final.tokenIds.size()), 3);
        // With text, the first event carries it.
        auto spoken = *scheduler.submit(task({}, 3));
        QVERIFY(spoken->next(first, 10000));
        QCOMPARE(first.delta.left(1), QStringLiteral("b"));
        QCOMPARE(first.delta + collect(*spoken).streamed, QStringLiteral("bbb"));
    }
    void aPaidRequestStaysWithinItsTokenBudget()
    {
        auto shared = std::make_shared<test::FakeServingEngine::Shared>();
        InferenceScheduler scheduler(std::make_unique<test::FakeServingEngine>(shared), {});
        // "hi" is 2 tokens. Asking for 5 more with a budget of 6: refused as over budget.
        InferenceTask over = task({}, 5);
        over.maxTotalTokens = 6;
        auto refused = *scheduler.submit(over);
        const Collected r = collect(*refused);
        QVERIFY(r.final.error);
        QVERIFY(refused->overBudget());
        QVERIFY(r.final.error->message.contains("pays for 6"));
        // The node choosing the length (0) shortens the answer to what the budget pays for.
        InferenceTask fitted = task({}, 0);
        fitted.maxTotalTokens = 6;
        auto shortened = *scheduler.submit(fitted);
        const Collected f = collect(*shortened);
        QVERIFY(!f.final.error);
        QVERIFY(!shortened->overBudget());
        QCOMPARE(int(f.final.tokenIds.size()), 4);
        // A prompt larger than the budget cannot be answered at all.
        InferenceTask huge = task({}, 0, QString(10, 'x'));
        huge.maxTotalTokens = 6;
        auto none = *scheduler.submit(huge);
        QVERIFY(collect(*none).final.error);
        QVERIFY(none->overBudget());
    }

    void batchesUpToTheLimitAndQueuesTheRest()
    {
        auto shared = std::make_shared<test::FakeServingEngine::Shared>();
        SchedulerOptions options;
        options.maxBatch = 4;
        options.maxQueue = 100;
        InferenceScheduler scheduler(std::make_unique<test::FakeServingEngine>(shared), options);
        shared->hold = true;
        std::vector<std::shared_ptr<InferenceTicket>> tickets;
        for (int i = 0; i < 10; ++i)
            tickets.push_back(*scheduler.submit(task({}, 3 + i % 3)));
        shared->hold = false;
        for (size_t i = 0; i < tickets.size(); ++i)
            QCOMPARE(collect(*tickets[i]).final.text.size(), qsizetype(3 + i % 3));
        QCOMPARE(shared->maxRunning.load(), 4);
        // Continuous batching: a waiting request joins as soon as one finishes, so ten requests
        // of 3 to 5 tokens take far fewer steps than one at a time (40).
        QVERIFY2(shared->steps.load() < 20, qPrintable(QString::number(shared->steps.load())));
    }
    void aFullQueueIsBusy()
    {
        auto shared = std::make_shared<test::FakeServingEngine::Shared>();
        SchedulerOptions options;
        options.maxBatch = 1;
        options.maxQueue = 3;
        InferenceScheduler scheduler(std::make_unique<test::FakeServingEngine>(shared), options);
        shared->hold = true;
        auto running = scheduler.submit(task({}, 2));
        // Wait until the first one left the queue for the batch.
        for (int i = 0; i < 1000 && scheduler.stats().queued > 0; ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(2));
        std::vector<std::shared_ptr<InferenceTicket>> queued;
        for (int i = 0; i < 3; ++i)
            queued.push_back(*scheduler.submit(task({}, 2)));
        const auto refused = scheduler.submit(task({}, 2));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, ErrorCode::Busy);
        QCOMPARE(scheduler.stats().queued, 3);
        shared->hold = false;
        QVERIFY(!collect(**running).final.error);
        for (auto& t : queued)
            QVERIFY(!collect(*t).final.error);
    }
    void cancelFreesTheSlot()
    {
        auto shared = std::make_shared<test::FakeServingEngine::Shared>();
        InferenceScheduler scheduler(std::make_unique<test::FakeServingEngine>(shared), {});
        shared->hold = true;
        auto t = *scheduler.submit(task({}, 50));
        t->cancel();
        shared->hold = false;
        const Collected c = collect(*t);
        QVERIFY(c.final.error || c.final.finishReason == ml::FinishReason::Cancelled);
        QVERIFY(c.final.text.size() < 50);
    }
    void badRequestsFailAloneAndTheRestGoOn()
    {
        auto shared = std::make_shared<test::FakeServingEngine::Shared>();
        InferenceScheduler scheduler(std::make_unique<test::FakeServingEngine>(shared), {});
        auto tooLong = *scheduler.submit(task({}, 10, QString(60, 'x')));
        InferenceTask broken = task(QStringLiteral("zeta"), 3);
        broken.adapterFiles = [] { return Result<ModelFiles>(ModelFiles{{"weights", "x"}}); };
        auto badAdapter = *scheduler.submit(broken);
        auto fine = *scheduler.submit(task({}, 3));
        const Collected a = collect(*tooLong);
        QVERIFY(a.final.error);
        QCOMPARE(a.final.error->code, ErrorCode::InvalidArgument);
        QVERIFY(collect(*badAdapter).final.error);
        QCOMPARE(collect(*fine).final.text, QStringLiteral("bbb"));
    }
    void adaptersLoadJustInTimeAndEvictLeastRecentlyUsed()
    {
        auto shared = std::make_shared<test::FakeServingEngine::Shared>();
        SchedulerOptions options;
        options.maxAdapters = 2;
        InferenceScheduler scheduler(std::make_unique<test::FakeServingEngine>(shared), options);
        const auto run = [&](const QString& adapter) {
            return collect(**scheduler.submit(task(adapter, 2))).final;
        };
        QCOMPARE(run("alpha").text, QStringLiteral("aa"));
        QCOMPARE(run("beta").text, QStringLiteral("bb"));
        QCOMPARE(run("alpha").text, QStringLiteral("aa")); // resident: no second load
        QCOMPARE(shared->adapterLoads.load(), 2);
        QCOMPARE(run("gamma").text, QStringLiteral("gg")); // evicts beta, the least recently used
        QCOMPARE(scheduler.stats().residentAdapters, 2);
        QCOMPARE(run("alpha").text, QStringLiteral("aa"));
        QCOMPARE(shared->adapterLoads.load(), 3);
        QCOMPARE(run("beta").text, QStringLiteral("bb")); // was evicted: loaded again
        QCOMPARE(shared->adapterLoads.load(), 4);
        QCOMPARE(scheduler.stats().adapterLoads, qint64(4));
        QVERIFY(scheduler.stats().adapterLoadMsP50 > 0.0); // timed, files read included
    }
    void mixedAdaptersShareOneBatch()
    {
        auto shared = std::make_shared<test::FakeServingEngine::Shared>();
        InferenceScheduler scheduler(std::make_unique<test::FakeServingEngine>(shared), {});
        shared->hold = true;
        std::vector<std::pair<QChar, std::shared_ptr<InferenceTicket>>> tickets;
        for (const QString& a :
             {QString(), QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("z")})
            tickets.push_back(
                {a.isEmpty() ? QLatin1Char('b') : a.at(0), *scheduler.submit(task(a, 4))});
        shared->hold = false;
        for (auto& [letter, t] : tickets)
            QCOMPARE(collect(*t).final.text, QString(4, letter));
        QCOMPARE(shared->maxRunning.load(), 4);
    }
    void drainFinishesWorkAndRefusesMore()
    {
        auto shared = std::make_shared<test::FakeServingEngine::Shared>();
        InferenceScheduler scheduler(std::make_unique<test::FakeServingEngine>(shared), {});
        std::vector<std::shared_ptr<InferenceTicket>> tickets;
        for (int i = 0; i < 5; ++i)
            tickets.push_back(*scheduler.submit(task({}, 20)));
        scheduler.drain();
        QCOMPARE(scheduler.stats().running, 0);
        QCOMPARE(scheduler.stats().queued, 0);
        for (auto& t : tickets) {
            InferenceTicket::Event e;
            QString text;
            while (t->next(e, 0)) {
                text += e.delta;
                if (e.final)
                    QCOMPARE(e.final->text, QString(20, 'b'));
            }
            QCOMPARE(text, QString(20, 'b'));
        }
        const auto late = scheduler.submit(task({}, 2));
        QCOMPARE(late.error().code, ErrorCode::Cancelled);
    }
    void manyThreadsSubmitAtOnce()
    {
        auto shared = std::make_shared<test::FakeServingEngine::Shared>();
        SchedulerOptions options;
        options.maxQueue = 1000;
        InferenceScheduler scheduler(std::make_unique<test::FakeServingEngine>(shared), options);
        std::atomic_int good{0};
        std::vector<std::thread> clients;
        for (int c = 0; c < 8; ++c)
            clients.emplace_back([&, c] {
                for (int i = 0; i < 20; ++i) {
                    auto t =
                        scheduler.submit(task(c % 2 ? QStringLiteral("k") : QString(), 1 + i % 4));
                    if (t.ok() && collect(**t).final.text.size() == 1 + i % 4)
                        ++good;
                }
            });
        for (auto& t : clients)
            t.join();
        QCOMPARE(good.load(), 160);
        QCOMPARE(scheduler.stats().completed, qint64(160));
    }
};

QTEST_GUILESS_MAIN(SchedulerTest)
#include "scheduler_test.moc"

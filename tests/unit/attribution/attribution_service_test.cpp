// The attribution service over a real workspace: a datanet where each of 50 contributors holds
// distinct facts, a model whose lineage names its frozen version, answers attributed to the right
// contributor; the index stored encrypted, reused, rebuilt when the lineage changes; gradient
// refused for a whole model; the same lines from several threads at once.
#include "attribution/AttributionService.h"
#include "attribution/IndexCheck.h"
#include "attribution/IndexStore.h"
#include "unit/attribution/FactsWorkspace.h"
#include "unit/store/TestSupport.h"

#include <QTest>
#include <thread>

using namespace fw;
using namespace fw::attribution;

namespace {
constexpr int kContributors = 50;
constexpr int kFactsEach = 4;
} // namespace

class AttributionServiceTest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<store::Workspace> m_ws;
    test::FactsWorkspace m_fx;

    datanet::VersionInfo importAndFreeze(const test::Fact& fact)
    {
        const QString path = m_dir.filePath("extra.jsonl");
        test::writeFile(path, test::alpacaJsonl({fact}));
        datanet::ImportOptions o;
        o.identityId = m_fx.people.at(fact.contributor).id;
        if (!datanet::DatanetImporter(*m_ws).importFile(m_fx.datanet.id, path, o) ||
            !datanet::DatanetService(*m_ws).approveAllPending(m_fx.datanet.id))
            qFatal("cannot add the extra record");
        Result<datanet::VersionInfo> v = datanet::VersionService(*m_ws).freeze(m_fx.datanet.id);
        if (!v)
            qFatal("freeze: %s", qPrintable(v.error().message));
        return *v;
    }

private slots:
    void initTestCase()
    {
        auto created =
            store::Workspace::create(m_dir.filePath("ws"), "test passphrase", test::fastOptions());
        QVERIFY2(created, created ? "" : qPrintable(created.error().message));
        m_ws = std::move(*created);
        m_fx =
            test::makeFactsWorkspace(*m_ws, m_dir.path(), kContributors, kFactsEach, "facts-model");
        QCOMPARE(m_fx.version.recordCount, qint64(kContributors * kFactsEach));
    }

    void topShareGoesToTheRightContributor()
    {
        AttributionService service(*m_ws);
        QRandomGenerator rng(7);
        int right[2] = {0, 0};
        for (const test::Fact& f : m_fx.facts) {
            const QString answers[2] = {f.output, test::paraphraseWithNoise(f, rng)};
            for (int variant = 0; variant < 2; ++variant) {
                Result<Attribution> a =
                    service.attribute(m_fx.model.name, f.instruction, answers[variant]);
                QVERIFY2(a, a ? "" : qPrintable(a.error().message));
                if (!a->lines.isEmpty() &&
                    a->lines.front().contributor == m_fx.people.at(f.contributor).address)
                    ++right[variant];
            }
        }
        const double exact = double(right[0]) / double(m_fx.facts.size());
        const double noisy = double(right[1]) / double(m_fx.facts.size());
        qInfo("top share to the right contributor: %.1f%% of %lld restated answers, %.1f%% of "
              "paraphrases "
              "with noise (%d contributors)",
              100 * exact, qint64(m_fx.facts.size()), 100 * noisy, kContributors);
        QVERIFY(exact >= 0.95);
        QVERIFY(noisy >= 0.95);
    }

    void linesNameTheRecordAndItsSpans()
    {
        AttributionService service(*m_ws);
        const test::Fact& f = m_fx.facts.at(17);
        Result<Attribution> a = service.attribute(m_fx.model.name, f.instruction, f.output);
        QVERIFY2(a, a ? "" : qPrintable(a.error().message));
        QVERIFY(!a->lines.isEmpty());
        const AttributionLine& top = a->lines.front();
        QCOMPARE(top.method, QString("spans"));
        QCOMPARE(top.version, m_fx.version.idHex());
        QCOMPARE(top.datanetName, m_fx.datanet.name);
        QCOMPARE(top.datanetUid, QString::fromLatin1(m_fx.datanet.uid.toHex()));
        Result<datanet::RecordInfo> record =
            datanet::DatanetService(*m_ws).recordByHash(m_fx.datanet.id, top.recordHash);
        QVERIFY2(record, record ? "" : qPrintable(record.error().message));
        QVERIFY(record->content.contains(f.output.toUtf8()));
        double shares = 0;
        for (const AttributionLine& line : a->lines)
            shares += line.share;
        QVERIFY(std::abs(shares - 1.0) < 1e-12);
        QVERIFY(!top.spans.isEmpty());
        for (const MatchedSpan& s : top.spans) {
            QVERIFY(s.responseEnd - s.responseBegin >= 6);
            QCOMPARE(s.recordEnd - s.recordBegin, qint64(s.responseEnd - s.responseBegin));
            QVERIFY2(f.output.contains(s.text.trimmed()) || s.text.contains("<|im_end|>"),
                     qPrintable(s.text));
        }
    }

    void indexIsStoredAndReused()
    {
        Result<bool> built = AttributionService(*m_ws).ensureIndex(m_fx.model.name);
        QVERIFY2(built, built ? "" : qPrintable(built.error().message));
        Result<std::optional<IndexLineage>> stored = IndexStore(*m_ws).lineage(m_fx.model.id);
        QVERIFY(stored && *stored);
        QCOMPARE((*stored)->sources.front().version, m_fx.version.idHex());
        QCOMPARE((*stored)->sources.front().kind, QString("instruction")); // a preference datanet's pays labelers
        QCOMPARE((*stored)->tokenizerHash.size(), 64);
        QCOMPARE((*stored)->chatFormat, QString("chatml")); // detected from tokenizer_config.json
        // A new service (another process, a node) loads it instead of building it.
        Result<bool> again = AttributionService(*m_ws).ensureIndex(m_fx.model.name);
        QVERIFY(again);
        QVERIFY(!*again);
        // The index's bytes are inside the encrypted database, never in the clear on disk.
        const test::Fact& f = m_fx.facts.front();
        QVERIFY(test::filesContaining(m_ws->directory(), f.output.toUtf8()).isEmpty());
    }

    void rebuiltWhenTheLineageChanges()
    {
        const test::Fact extra{3, "What is the newest fact?",
                               "The newest fact is that zorivo kalemi stands alone."};
        const datanet::VersionInfo v2 = importAndFreeze(extra);
        QVERIFY(v2.root != m_fx.version.root);
        QVERIFY(models::ModelStore(*m_ws).setLineage(m_fx.model.id,
                                                     test::lineageFor(m_fx.datanet, v2)));
        AttributionService service(*m_ws);
        Result<bool> built = service.ensureIndex(m_fx.model.name);
        QVERIFY(built);
        QVERIFY(*built);
        Result<Attribution> a = service.attribute(m_fx.model.name, extra.instruction, extra.output);
        QVERIFY(a && !a->lines.isEmpty());
        QCOMPARE(a->lines.front().version, v2.idHex());
        QCOMPARE(a->lines.front().contributor, m_fx.people.at(3).address);
        QVERIFY(models::ModelStore(*m_ws).setLineage(m_fx.model.id,
                                                     test::lineageFor(m_fx.datanet, m_fx.version)));
    }

    void gradientOnAWholeModelIsRefusedNotFaked_data()
    {
        QTest::addColumn<QString>("method");
        QTest::newRow("gradient") << QStringLiteral("gradient");
        QTest::newRow("both") << QStringLiteral("both");
    }
    void gradientOnAWholeModelIsRefusedNotFaked()
    {
        QFETCH(QString, method);
        AttributionOptions options;
        options.method = *parseMethod(method);
        Result<Attribution> a =
            AttributionService(*m_ws).attribute(m_fx.model.name, "p", "r", options);
        QVERIFY(!a);
        QCOMPARE(a.error().code, ErrorCode::Unsupported);
        QVERIFY2(a.error().message.contains("covers LoRA adapters; use spans"),
                 qPrintable(a.error().message));
    }

    void modelWithoutDatanetIsRefused()
    {
        models::ModelEntry spec;
        spec.name = "imported";
        spec.source = "import";
        QVERIFY(models::ModelStore(*m_ws).add(spec, test::factsModelFiles(m_fx.facts.mid(0, 4))));
        Result<Attribution> a = AttributionService(*m_ws).attribute("imported", "p", "r");
        QVERIFY(!a);
        QCOMPARE(a.error().code, ErrorCode::NotFound);
        QVERIFY(a.error().message.contains("imported"));
    }

    void aReRegisteredModelIsNotServedFromTheOldOne()
    {
        // SQLite hands a deleted last row's id to the next insert: the same service (a node's,
        // long-lived) must not answer for the new model from what it loaded for the old one.
        AttributionService service(*m_ws);
        models::ModelStore store(*m_ws);
        models::ModelEntry spec = m_fx.model;
        spec.name = "reused";
        Result<models::ModelEntry> first = store.add(spec, test::factsModelFiles(m_fx.facts));
        QVERIFY(first);
        const test::Fact& f = m_fx.facts.at(5);
        QVERIFY(service.attribute("reused", f.instruction, f.output));
        QVERIFY(store.remove(first->id));
        QTest::qWait(2); // another creation time than the first's
        Result<models::ModelEntry> second =
            store.add(spec, test::factsModelFiles(m_fx.facts.mid(0, 40)));
        QVERIFY(second);
        QCOMPARE(second->id, first->id);
        Result<Attribution> a = service.attribute("reused", f.instruction, f.output);
        QVERIFY(a && !a->lines.isEmpty());
        Result<std::optional<IndexLineage>> stored = IndexStore(*m_ws).lineage(second->id);
        QVERIFY(stored && *stored); // built again for the new model, with its own tokenizer
        Result<std::optional<IndexLineage>> other = IndexStore(*m_ws).lineage(m_fx.model.id);
        QVERIFY(other && *other);
        QVERIFY((*stored)->tokenizerHash != (*other)->tokenizerHash);
    }

    void workspaceCheckVerifiesStoredIndexes()
    {
        QVERIFY(AttributionService(*m_ws).ensureIndex(m_fx.model.name));
        Result<IndexCheckReport> sound = checkIndexes(*m_ws);
        QVERIFY2(sound, sound ? "" : qPrintable(sound.error().message));
        QVERIFY2(sound->problems.isEmpty(), qPrintable(sound->problems.join('\n')));
        QVERIFY(sound->indexes >= 1);
        QCOMPARE(sound->stale, 0);
        // An index that credits a record the version does not hold is found, and named.
        IndexStore store(*m_ws);
        Result<std::optional<AttributionIndex>> index = store.load(m_fx.model.id);
        QVERIFY(index && *index);
        AttributionIndex forged = **index;
        forged.records[3].hash = QByteArray(32, '\x5a');
        QVERIFY(store.save(m_fx.model.id, forged));
        Result<IndexCheckReport> found = checkIndexes(*m_ws);
        QVERIFY(found);
        QCOMPARE(found->problems.size(), 1);
        QVERIFY2(found->problems.front().contains(m_fx.model.name) && found->problems.front().contains("1 record"),
                 qPrintable(found->problems.front()));
        QVERIFY(store.save(m_fx.model.id, **index)); // as it was, for the cases after this one
    }

    void aModelBuiltOnAnotherIsAttributedToItsBasesData()
    {
        // A model tuned from the fixture's model on no data of its own here (its lineage names none):
        // its answers come from what the base learned, so the base's records are its sources.
        models::ModelStore store(*m_ws);
        models::ModelEntry spec = m_fx.model;
        spec.name = "tuned-on-facts";
        spec.baseModelId = m_fx.model.id;
        spec.lineage = {{"base", m_fx.model.name}};
        Result<models::ModelEntry> tuned = store.add(spec, test::factsModelFiles(m_fx.facts));
        QVERIFY(tuned);
        const test::Fact& f = m_fx.facts.at(7);
        Result<Attribution> a = AttributionService(*m_ws).attribute("tuned-on-facts", f.instruction, f.output);
        QVERIFY2(a, a ? "" : qPrintable(a.error().message));
        QVERIFY(!a->lines.isEmpty());
        QCOMPARE(a->lines.front().contributor, m_fx.people.at(f.contributor).address);
        Result<std::optional<IndexLineage>> stored = IndexStore(*m_ws).lineage(tuned->id);
        QVERIFY(stored && *stored);
        QCOMPARE((*stored)->sources.size(), 1);
        QCOMPARE((*stored)->sources.front().version, m_fx.version.idHex());
        QVERIFY(store.remove(tuned->id));
    }

    void sameLinesFromSeveralThreads()
    {
        AttributionService service(*m_ws);
        const auto attribute = [&](int i) {
            const test::Fact& f = m_fx.facts.at(i);
            return service.attribute(m_fx.model.name, f.instruction, f.output);
        };
        std::vector<QList<AttributionLine>> alone;
        for (int i = 0; i < 12; ++i)
            alone.push_back(attribute(i)->lines);
        std::vector<int> mismatches(4, 0);
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t)
            threads.emplace_back([&, t] {
                for (int i = 0; i < 12; ++i) {
                    Result<Attribution> a = attribute(i);
                    if (!a || a->lines.size() != alone[size_t(i)].size())
                        ++mismatches[size_t(t)];
                    else
                        for (qsizetype k = 0; k < a->lines.size(); ++k)
                            if (a->lines[k].recordHash != alone[size_t(i)][k].recordHash ||
                                a->lines[k].share != alone[size_t(i)][k].share)
                                ++mismatches[size_t(t)];
                }
            });
        for (std::thread& t : threads)
            t.join();
        QCOMPARE(mismatches, std::vector<int>(4, 0));
    }
};

QTEST_GUILESS_MAIN(AttributionServiceTest)
#include "attribution_service_test.moc"

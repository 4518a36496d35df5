// DatanetService: datanets, hand-added records, review with undo, statistics, queries, requirements,
// signatures. The search index has tests of its own (datanet_search_test).
#include "DatanetTestSupport.h"

#include "datanet/ContributionWriter.h"
#include "datanet/RecordContent.h"
#include "datanet/SearchIndex.h"
#include "store/Database.h"

#include <QJsonArray>

#include <algorithm>

using namespace fw;
using namespace fw::datanet;

class DatanetServiceTest : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::DatanetFixture> m_f; // shared: each test works in datanets of its own

private slots:
    void initTestCase() { m_f = std::make_unique<test::DatanetFixture>(); }

    void createsAndFindsDatanets()
    {
        test::DatanetFixture f;
        DatanetService s(*f.ws);
        Datanet spec;
        spec.name = "  Capitals ";
        spec.domain = "geography";
        spec.description = "Capital cities";
        spec.license = "CC-BY-4.0";
        spec.kind = RecordKind::Instruction;
        spec.requirements.minApproved = 5;
        Result<Datanet> d = s.create(spec);
        QVERIFY2(d.ok(), qPrintable(d.error().message));
        QCOMPARE(d->name, QString("Capitals"));
        QCOMPARE(d->uid.size(), 16);
        QCOMPARE(d->license, QString("CC-BY-4.0"));
        QCOMPARE(d->requirements.minApproved, 5);
        QCOMPARE(s.datanet(d->id)->domain, QString("geography"));
        QCOMPARE(s.datanetByName("Capitals")->id, d->id);
        QCOMPARE(s.create(spec).error().code, ErrorCode::AlreadyExists);
        spec.name = "Another";
        spec.kind = RecordKind::Chat;
        QVERIFY(s.create(spec).ok());
        QCOMPARE(s.datanets()->size(), 2);
        QCOMPARE(s.datanets()->first().name, QString("Another"));
        QCOMPARE(s.datanet(999).error().code, ErrorCode::NotFound);
        QCOMPARE(s.datanetByName("nope").error().code, ErrorCode::NotFound);
    }

    void refusesBadDatanets_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<double>("maxDuplicateRate");
        QTest::addColumn<qint64>("minApproved");
        QTest::newRow("empty name") << "  " << 1.0 << qint64(0);
        QTest::newRow("control char") << "a\tb" << 1.0 << qint64(0);
        QTest::newRow("too long") << QString(101, 'x') << 1.0 << qint64(0);
        QTest::newRow("rate above 1") << "ok" << 1.5 << qint64(0);
        QTest::newRow("negative count") << "ok" << 0.5 << qint64(-1);
    }

    void refusesBadDatanets()
    {
        QFETCH(QString, name);
        QFETCH(double, maxDuplicateRate);
        QFETCH(qint64, minApproved);
        test::DatanetFixture& f = *m_f;
        Datanet spec;
        spec.name = name;
        spec.requirements.maxDuplicateRate = maxDuplicateRate;
        spec.requirements.minApproved = minApproved;
        Result<Datanet> d = DatanetService(*f.ws).create(spec);
        QVERIFY(!d.ok());
        QCOMPARE(d.error().code, ErrorCode::InvalidArgument);
    }

    void kindAndStatusNamesRoundTrip()
    {
        for (RecordKind k : {RecordKind::Instruction, RecordKind::Chat, RecordKind::Text, RecordKind::Preference})
            QCOMPARE(parseKind(kindName(k)), k);
        for (RecordStatus st : {RecordStatus::Pending, RecordStatus::Approved, RecordStatus::Rejected, RecordStatus::Flagged})
            QCOMPARE(parseStatus(statusName(st)), st);
        QVERIFY(!parseKind("video"));
        QVERIFY(!parseStatus("maybe"));
        QCOMPARE(parseKind(" Chat "), RecordKind::Chat);
    }

    void addsRecordsByHand()
    {
        test::DatanetFixture& f = *m_f;
        const Datanet d = f.makeDatanet("d", RecordKind::Preference);
        DatanetService s(*f.ws);
        const QJsonObject content{{"prompt", "2+2?"}, {"chosen", "4"}, {"rejected", "5"}};
        Result<RecordInfo> r = s.addRecord(d.id, f.people[1].id, content);
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r->contributor, f.people[1].address);
        QCOMPARE(r->status, RecordStatus::Pending);
        QCOMPARE(r->contentHash, RecordContent::fromJson(RecordKind::Preference, content)->hash());
        QCOMPARE(s.addRecord(d.id, f.people[0].id, content).error().code, ErrorCode::AlreadyExists);
        QCOMPARE(s.addRecord(d.id, f.people[0].id, QJsonObject{{"prompt", "x"}}).error().code,
                 ErrorCode::InvalidArgument);
        QCOMPARE(s.contributions(d.id)->size(), 1);
        QVERIFY(s.verifyContribution(r->contributionId).ok());
    }

    void recordContentIsNormalised_data()
    {
        QTest::addColumn<QJsonObject>("a");
        QTest::addColumn<QJsonObject>("b");
        QTest::newRow("whitespace and CRLF")
            << QJsonObject{{"instruction", " Hi\r\nthere "}, {"output", "x"}}
            << QJsonObject{{"instruction", "Hi\nthere"}, {"output", "x"}, {"input", ""}};
        QTest::newRow("unicode composition")
            << QJsonObject{{"instruction", QString::fromUtf8("Caf\x65\xCC\x81")}, {"output", "x"}}
            << QJsonObject{{"instruction", QString::fromUtf8("Caf\xC3\xA9")}, {"output", "x"}};
    }

    void recordContentIsNormalised()
    {
        QFETCH(QJsonObject, a);
        QFETCH(QJsonObject, b);
        Result<RecordContent> ca = RecordContent::fromJson(RecordKind::Instruction, a);
        Result<RecordContent> cb = RecordContent::fromJson(RecordKind::Instruction, b);
        QVERIFY(ca.ok() && cb.ok());
        QCOMPARE(ca->canonical(), cb->canonical());
        QCOMPARE(ca->hash(), cb->hash());
        QCOMPARE(RecordContent::fromCanonical(RecordKind::Instruction, ca->canonical())->hash(), ca->hash());
        QVERIFY(ca->estimatedTokens() > 0);
        QVERIFY(ca->plainText().startsWith(b.value("instruction").toString()));
        QVERIFY(!RecordContent::fromCanonical(RecordKind::Instruction, "not json").ok());
    }

    void reviewWithUndo()
    {
        test::DatanetFixture& f = *m_f;
        const Datanet d = f.makeDatanet("d", RecordKind::Instruction);
        QVERIFY(f.import(d.id, "a.jsonl", test::alpacaLines(6)).ok());
        DatanetService s(*f.ws);
        const QList<RecordInfo> all = *s.records(d.id);
        QCOMPARE(all.size(), 6);

        QCOMPARE(*s.review(d.id, {all[0].id, all[1].id, all[1].id}, RecordStatus::Approved), 2);
        QCOMPARE(s.review(d.id, {all[2].id}, RecordStatus::Rejected).error().code, ErrorCode::InvalidArgument);
        QCOMPARE(*s.review(d.id, {all[2].id, all[0].id}, RecordStatus::Rejected, "wrong sum"), 2);
        QCOMPARE(*s.review(d.id, {all[3].id}, RecordStatus::Flagged), 1);
        QCOMPARE(*s.review(d.id, {all[3].id}, RecordStatus::Flagged), 0); // nothing changes
        QCOMPARE(*s.review(d.id, {424242}, RecordStatus::Approved), 0);   // not in this datanet

        RecordQuery rejected;
        rejected.status = RecordStatus::Rejected;
        QCOMPARE(s.records(d.id, rejected)->size(), 2);
        QCOMPARE(s.records(d.id, rejected)->first().rejectReason, QString("wrong sum"));

        // Actions that changed nothing leave nothing to undo, so the flag comes first.
        QCOMPARE(*s.undoLastReview(d.id), 1);
        QCOMPARE(*s.undoLastReview(d.id), 2); // the rejection: record 0 is approved again
        QCOMPARE(s.records(d.id, rejected)->size(), 0);
        QCOMPARE(s.recordByHash(d.id, QString::fromLatin1(all[0].contentHash.toHex()))->status,
                 RecordStatus::Approved);
        QCOMPARE(*s.undoLastReview(d.id), 2);
        QCOMPARE(s.counts(d.id)->pending, 6);
        QCOMPARE(s.undoLastReview(d.id).error().code, ErrorCode::NotFound);

        QCOMPARE(*s.approveAllPending(d.id), 6);
        QCOMPARE(s.counts(d.id)->approved, 6);
        QCOMPARE(*s.undoLastReview(d.id), 6);
        QCOMPARE(s.counts(d.id)->approved, 0);
    }

    void recordQueriesAndHashLookup()
    {
        test::DatanetFixture& f = *m_f;
        const Datanet d = f.makeDatanet("d", RecordKind::Instruction);
        QVERIFY(f.import(d.id, "a.jsonl", test::alpacaLines(5), false, 0).ok());
        QVERIFY(f.import(d.id, "b.jsonl", test::alpacaLines(3, 50), false, 1).ok());
        DatanetService s(*f.ws);
        RecordQuery byB;
        byB.contributor = f.people[1].address;
        QCOMPARE(s.records(d.id, byB)->size(), 3);
        RecordQuery page;
        page.offset = 2;
        page.limit = 4;
        const QList<RecordInfo> p = *s.records(d.id, page);
        QCOMPARE(p.size(), 4);
        QCOMPARE(p.first().id, s.records(d.id)->at(2).id);

        const QByteArray hash = p.first().contentHash;
        QCOMPARE(s.recordByHash(d.id, QString::fromLatin1(hash.toHex().left(12)))->id, p.first().id);
        QCOMPARE(s.recordByHash(d.id, QString::fromLatin1(hash.toHex()).toUpper())->id, p.first().id);
        QCOMPARE(s.recordByHash(d.id, "abc").error().code, ErrorCode::InvalidArgument);
        QCOMPARE(s.recordByHash(d.id, "zzzzzzzzzz").error().code, ErrorCode::InvalidArgument);
        QCOMPARE(s.recordByHash(d.id, QString(64, '0')).error().code, ErrorCode::NotFound);
    }

    void contributorStatistics()
    {
        test::DatanetFixture& f = *m_f;
        const Datanet d = f.makeDatanet("d", RecordKind::Instruction);
        QVERIFY(f.import(d.id, "a.jsonl", test::alpacaLines(4), false, 0).ok());
        QVERIFY(f.import(d.id, "b.jsonl", test::alpacaLines(3, 2), false, 1).ok()); // 2 duplicates
        DatanetService s(*f.ws);
        RecordQuery byFirst;
        byFirst.contributor = f.people[0].address;
        const QList<RecordInfo> mine = *s.records(d.id, byFirst);
        QVERIFY(s.review(d.id, {mine[0].id, mine[1].id}, RecordStatus::Approved).ok());
        QVERIFY(s.review(d.id, {mine[2].id}, RecordStatus::Rejected, "no").ok());
        const QList<ContributorStats> stats = *s.contributorStats(d.id);
        QCOMPARE(stats.size(), 2);
        QCOMPARE(stats[0].contributor, f.people[0].address);
        QCOMPARE(stats[0].records, 4);
        QCOMPARE(stats[0].approved, 2);
        QCOMPARE(stats[0].rejected, 1);
        QCOMPARE(stats[0].duplicates, 0);
        QCOMPARE(stats[1].records, 1);
        QCOMPARE(stats[1].duplicates, 2);
        // The names alone (the records filter), sorted, the same people.
        const QStringList names = *s.contributors(d.id);
        QCOMPARE(names.size(), 2);
        QVERIFY(names.contains(stats[0].contributor) && names.contains(stats[1].contributor));
        QVERIFY(names[0] < names[1]);
    }

    void searchesPagesAndSortsRecords()
    {
        test::DatanetFixture& f = *m_f;
        const Datanet d = f.makeDatanet("search", RecordKind::Instruction);
        QVERIFY(SearchIndex(*f.ws).catchUp().ok()); // earlier tests' hand-typed records
        QVERIFY(f.import(d.id, "s.jsonl", test::alpacaLines(30)).ok());
        DatanetService s(*f.ws);
        QCOMPARE(*SearchIndex(*f.ws).pending(), 0); // the import indexed its own records

        // "plus" is in every output; "17" only in records 17 and the one whose sum or operand is 17.
        RecordQuery q;
        q.search = "plus";
        QCOMPARE(*s.countRecords(d.id, q), 30);
        q.search = "Add 17";
        const QList<RecordInfo> hits = *s.records(d.id, q);
        QVERIFY(!hits.isEmpty());
        for (const RecordInfo& r : hits)
            QVERIFY(QString::fromUtf8(r.content).contains("17"));
        q.search = "zebra";
        QCOMPARE(*s.countRecords(d.id, q), 0);
        // Field names of the JSON are not words of the record.
        q.search = "instruction";
        QCOMPARE(*s.countRecords(d.id, q), 0);

        // Key-based pages walk every record exactly once, in both directions.
        for (bool descending : {false, true}) {
            RecordQuery page;
            page.limit = 7;
            page.descending = descending;
            QList<qint64> seen;
            for (;;) {
                const QList<RecordInfo> rows = *s.records(d.id, page);
                for (const RecordInfo& r : rows)
                    seen << r.id;
                if (rows.size() < page.limit)
                    break;
                page.afterId = rows.last().id;
            }
            QCOMPARE(seen.size(), 30);
            QVERIFY(std::is_sorted(seen.begin(), seen.end(), [descending](qint64 a, qint64 b) {
                return descending ? a > b : a < b;
            }));
        }

        RecordQuery byTokens;
        byTokens.sort = RecordQuery::Sort::Tokens;
        byTokens.descending = true;
        const QList<RecordInfo> sorted = *s.records(d.id, byTokens);
        QVERIFY(std::is_sorted(sorted.begin(), sorted.end(),
                               [](const RecordInfo& a, const RecordInfo& b) { return a.tokens > b.tokens; }));

        // recordsById reads the current state and ignores ids of other datanets.
        QVERIFY(s.review(d.id, {sorted[0].id}, RecordStatus::Flagged).ok());
        const QList<RecordInfo> fresh = *s.recordsById(d.id, {sorted[0].id, sorted[1].id, 999999});
        QCOMPARE(fresh.size(), 2);
        for (const RecordInfo& r : fresh)
            QCOMPARE(r.status, r.id == sorted[0].id ? RecordStatus::Flagged : RecordStatus::Pending);
    }

    void timelineCountsSubmissionsAndApprovals()
    {
        test::DatanetFixture& f = *m_f;
        const Datanet d = f.makeDatanet("timeline", RecordKind::Instruction);
        DatanetService s(*f.ws);
        QVERIFY(s.timeline(d.id)->isEmpty());
        QVERIFY(f.import(d.id, "t.jsonl", test::alpacaLines(5)).ok());
        const QList<RecordInfo> rows = *s.records(d.id);
        QVERIFY(s.review(d.id, {rows[0].id, rows[1].id, rows[2].id}, RecordStatus::Approved).ok());
        QVERIFY(s.review(d.id, {rows[3].id}, RecordStatus::Approved).ok());
        QVERIFY(s.undoLastReview(d.id).ok()); // an undone approval does not count
        const QList<TimelineDay> days = *s.timeline(d.id);
        QCOMPARE(days.size(), 1);
        QCOMPARE(days[0].day, QDateTime::currentDateTimeUtc().date());
        QCOMPARE(days[0].submitted, 5);
        QCOMPARE(days[0].approved, 3);
    }

    void requirementGating_data()
    {
        QTest::addColumn<qint64>("minApproved");
        QTest::addColumn<qint64>("minContributors");
        QTest::addColumn<qint64>("minTokens");
        QTest::addColumn<double>("maxDuplicateRate");
        QTest::addColumn<double>("minApprovalRate");
        QTest::addColumn<QString>("missing"); // keys of unmet checks
        // The fixture: 8 records from 2 people + 2 exact duplicates; 6 approved, 2 rejected.
        QTest::newRow("all met") << qint64(6) << qint64(2) << qint64(10) << 0.2 << 0.75 << "";
        QTest::newRow("too few approved") << qint64(7) << qint64(0) << qint64(0) << 1.0 << 0.0 << "minApproved";
        QTest::newRow("one contributor short") << qint64(0) << qint64(3) << qint64(0) << 1.0 << 0.0 << "minContributors";
        QTest::newRow("too few tokens") << qint64(0) << qint64(0) << qint64(100000) << 1.0 << 0.0 << "minTokens";
        QTest::newRow("too many duplicates") << qint64(0) << qint64(0) << qint64(0) << 0.1 << 0.0 << "maxDuplicateRate";
        QTest::newRow("approval rate low") << qint64(0) << qint64(0) << qint64(0) << 1.0 << 0.8 << "minApprovalRate";
        QTest::newRow("several") << qint64(100) << qint64(5) << qint64(0) << 1.0 << 0.0 << "minApproved,minContributors";
    }

    void requirementGating()
    {
        QFETCH(qint64, minApproved);
        QFETCH(qint64, minContributors);
        QFETCH(qint64, minTokens);
        QFETCH(double, maxDuplicateRate);
        QFETCH(double, minApprovalRate);
        QFETCH(QString, missing);
        test::DatanetFixture& f = *m_f;
        const Datanet d = f.makeDatanet("d", RecordKind::Instruction);
        QVERIFY(f.import(d.id, "a.jsonl", test::alpacaLines(5), false, 0).ok());
        QVERIFY(f.import(d.id, "b.jsonl", test::alpacaLines(5, 3), false, 1).ok());
        DatanetService s(*f.ws);
        const QList<RecordInfo> all = *s.records(d.id);
        QVERIFY(s.approveAllPending(d.id).ok());
        QVERIFY(s.review(d.id, {all[0].id, all[7].id}, RecordStatus::Rejected, "r").ok());

        QVERIFY(s.setRequirements(d.id, {minApproved, minContributors, minTokens, maxDuplicateRate, minApprovalRate}).ok());
        const RequirementReport r = *s.evaluateRequirements(d.id);
        QCOMPARE(r.checks.size(), 5);
        QStringList unmet;
        for (const RequirementCheck& c : r.checks) {
            if (!c.met)
                unmet << c.key;
            QVERIFY(c.progress >= 0.0 && c.progress <= 1.0);
            QCOMPARE(c.progress == 1.0, c.met);
            QVERIFY(!c.label.isEmpty());
        }
        QCOMPARE(unmet.join(','), missing);
        QCOMPARE(r.ready, missing.isEmpty());
        QCOMPARE(r.missing().size(), unmet.size());
        QCOMPARE(s.setRequirements(d.id, {0, 0, 0, 2.0, 0}).error().code, ErrorCode::InvalidArgument);
    }

    void evaluateIsPure()
    {
        DatanetCounts c;
        c.approved = 5;
        c.rejected = 5;
        c.records = 10;
        RequirementReport r = DatanetService::evaluate({10, 0, 0, 1.0, 0.6}, c);
        QVERIFY(!r.ready);
        QCOMPARE(r.checks[0].progress, 0.5);
        QCOMPARE(r.checks[4].current, 0.5);
        QVERIFY(DatanetService::evaluate({}, DatanetCounts{}).ready);
    }

    void tamperedContributionFailsVerification()
    {
        test::DatanetFixture& f = *m_f;
        const Datanet d = f.makeDatanet("d", RecordKind::Instruction);
        Result<ImportReport> r = f.import(d.id, "a.jsonl", test::alpacaLines(5));
        QVERIFY(r.ok());
        DatanetService s(*f.ws);
        QVERIFY(s.verifyContribution(r->contributionId).ok());
        QCOMPARE(s.verifyContribution(999).error().code, ErrorCode::NotFound);
        auto connection = f.ws->requireDatabase();
        QVERIFY(connection.ok());
        store::Database& db = **connection;
        const QString target = QString::number(s.records(d.id)->at(1).id);
        // The trigger refuses edits; an attacker with the key could drop it, so verification must catch it.
        QVERIFY(!db.exec("UPDATE records SET content = 'x' WHERE id = " + target).ok());
        QVERIFY(db.exec("DROP TRIGGER records_content_immutable").ok());
        QVERIFY(db.exec("UPDATE records SET content = replace(content, 'plus', 'minus') WHERE id = " + target).ok());
        Status bad = s.verifyContribution(r->contributionId);
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, ErrorCode::Corrupt);
        QVERIFY(bad.error().message.contains("hash"));
        QVERIFY(db.exec("UPDATE records SET content = replace(content, 'minus', 'plus') WHERE id = " + target).ok());
        QVERIFY(s.verifyContribution(r->contributionId).ok());
        QVERIFY(db.exec("UPDATE contributions SET signature = zeroblob(64) WHERE id = " + QString::number(r->contributionId)).ok());
        QVERIFY(s.verifyContribution(r->contributionId).error().message.contains("signature"));
    }

    void signedMessageBindsEveryPart()
    {
        const QByteArray uid(16, 'u');
        const QByteArray root(32, 'r');
        const QByteArray m = ContributionWriter::signedMessage(uid, root, 7);
        QVERIFY(m != ContributionWriter::signedMessage(QByteArray(16, 'v'), root, 7));
        QVERIFY(m != ContributionWriter::signedMessage(uid, QByteArray(32, 's'), 7));
        QVERIFY(m != ContributionWriter::signedMessage(uid, root, 8));
        QVERIFY(m.startsWith("flywheel.datanet.contribution.v1"));
    }
};

QTEST_GUILESS_MAIN(DatanetServiceTest)
#include "datanet_service_test.moc"

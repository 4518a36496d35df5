// LabelStore over a real workspace: labels signed by their labelers, pairs as signed contributions
// of the preference datanet, one record for a pair two labelers agree on, ties kept as labels only.
#include "crypto/Address.h"
#include "crypto/Ed25519.h"
#include "feedback/AgreementReport.h"
#include "feedback/LabelStore.h"
#include "unit/datanet/DatanetTestSupport.h"

#include <QtTest>

using namespace fw;
using namespace fw::feedback;

class FeedbackStoreTest : public QObject
{
    Q_OBJECT
    std::unique_ptr<test::DatanetFixture> m_f;

    Label pairwise(int person, const QString& item, Choice c) const
    {
        Label l;
        l.campaign = QStringLiteral("sky");
        l.item = item;
        l.labeler = m_f->people.at(person).address;
        l.prompt = QStringLiteral("Why is the sky blue? (%1)").arg(item);
        l.answers = {Answer{QStringLiteral("base"), QStringLiteral("Rayleigh scattering.")},
                     Answer{QStringLiteral("tuned"), QStringLiteral("Because of paint.")}};
        l.shown = {1, 0};
        l.choice = c;
        l.createdAt = 1700000000000;
        return l;
    }

private slots:
    void initTestCase() { m_f = std::make_unique<test::DatanetFixture>(2); }

    void labelsBecomeSignedPreferenceRecords()
    {
        const datanet::Datanet d =
            m_f->makeDatanet(QStringLiteral("prefs"), datanet::RecordKind::Preference);
        LabelStore store(*m_f->ws);
        // Both choose a on item 1 (one pair, stored once), person 0 says tie on item 2.
        Result<SubmitReport> r =
            store.submit(d.id, {pairwise(0, "1", Choice::A), pairwise(1, "1", Choice::A),
                                pairwise(0, "2", Choice::Tie)});
        QVERIFY2(r.ok(), qPrintable(r.error().message));
        QCOMPARE(r->labelIds.size(), 3);
        QCOMPARE(r->pairs, qint64(1));
        QCOMPARE(r->duplicates, qint64(1));

        datanet::DatanetService datanets(*m_f->ws);
        const QList<datanet::RecordInfo> records = *datanets.records(d.id);
        QCOMPARE(records.size(), 1);
        const QJsonObject content = QJsonDocument::fromJson(records[0].content).object();
        QCOMPARE(content.value("chosen").toString(), QStringLiteral("Rayleigh scattering."));
        QCOMPARE(content.value("rejected").toString(), QStringLiteral("Because of paint."));
        QCOMPARE(records[0].contributor, m_f->people.at(0).address);
        // Each labeler's contribution verifies through the datanet's own path.
        const QList<datanet::ContributionInfo> contributions = *datanets.contributions(d.id);
        QCOMPARE(contributions.size(), 2);
        for (const datanet::ContributionInfo& c : contributions)
            QVERIFY2(datanets.verifyContribution(c.id).ok(),
                     qPrintable(datanets.verifyContribution(c.id).error().message));
        // The record is linked to both labels that gave it; the tie to none.
        QCOMPARE(*store.recordsOf(r->labelIds[0]), QList<qint64>{records[0].id});
        QCOMPARE(*store.recordsOf(r->labelIds[1]), QList<qint64>{records[0].id});
        QVERIFY(store.recordsOf(r->labelIds[2])->isEmpty());
        // The campaign's count names each record once, however many labels gave it.
        QCOMPARE(*store.recordCount(d.id, pairwise(0, "1", Choice::A).campaign), qint64(1));
        QCOMPARE(*store.recordCount(d.id, QStringLiteral("another campaign")), qint64(0));
    }

    void storedLabelsKeepMetadataAndSignatures()
    {
        const datanet::Datanet d =
            m_f->makeDatanet(QStringLiteral("signed"), datanet::RecordKind::Preference);
        LabelStore store(*m_f->ws);
        QVERIFY(store.submit(d.id, {pairwise(1, "9", Choice::B)}).ok());
        Result<QList<StoredLabel>> labels = store.labels(d.id);
        QVERIFY2(labels.ok(), qPrintable(labels.error().message));
        QCOMPARE(labels->size(), 1);
        StoredLabel s = labels->first();
        QCOMPARE(s.label.labeler, m_f->people.at(1).address);
        QCOMPARE(s.label.campaign, QStringLiteral("sky"));
        QCOMPARE(s.label.item, QStringLiteral("9"));
        QCOMPARE(s.label.shown, (QList<int>{1, 0}));
        QCOMPARE(s.label.answers[1].source, QStringLiteral("tuned"));
        QVERIFY(LabelStore::verify(s));
        s.signature[5] = char(s.signature[5] ^ 1);
        QVERIFY(!LabelStore::verify(s));
        s = labels->first();
        s.canonical.replace("\"b\"", "\"a\"");
        QVERIFY(!LabelStore::verify(s));
    }

    void agreementFromStoredLabels()
    {
        const datanet::Datanet d =
            m_f->makeDatanet(QStringLiteral("agree"), datanet::RecordKind::Preference);
        LabelStore store(*m_f->ws);
        QList<Label> labels;
        for (int i = 0; i < 6; ++i) {
            labels << pairwise(0, QString::number(i), i % 2 ? Choice::A : Choice::B);
            labels << pairwise(1, QString::number(i),
                               i == 5 ? Choice::Tie : (i % 2 ? Choice::A : Choice::B));
        }
        QVERIFY(store.submit(d.id, labels).ok());
        QList<Label> back;
        const Result<QList<StoredLabel>> stored = store.labels(d.id);
        QVERIFY(stored.ok());
        for (const StoredLabel& s : *stored)
            back << s.label;
        const AgreementReport r = agreementReport(back);
        QCOMPARE(r.labels, qint64(12));
        QCOMPARE(r.items, qint64(6));
        QCOMPARE(r.labelers, qint64(2));
        QCOMPARE(r.disagreed.first().unit, QStringLiteral("sky/5"));
        QVERIFY(r.kappa.has_value() && *r.kappa > 0.7 && *r.kappa < 1.0);
    }

    void refusesWhatItCannotSign()
    {
        LabelStore store(*m_f->ws);
        const datanet::Datanet text =
            m_f->makeDatanet(QStringLiteral("text"), datanet::RecordKind::Text);
        QCOMPARE(store.submit(text.id, {pairwise(0, "1", Choice::A)}).error().code,
                 ErrorCode::InvalidArgument);
        const datanet::Datanet d =
            m_f->makeDatanet(QStringLiteral("refuse"), datanet::RecordKind::Preference);
        Label stranger = pairwise(0, "1", Choice::A);
        stranger.labeler = crypto::addressFromPublicKey(crypto::SigningKey::generate().publicKey());
        const Result<SubmitReport> r = store.submit(d.id, {pairwise(0, "2", Choice::A), stranger});
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.startsWith(QStringLiteral("label 2:")),
                 qPrintable(r.error().message));
        QVERIFY(store.labels(d.id)->isEmpty()); // all or nothing
        QCOMPARE(*datanet::DatanetService(*m_f->ws).countRecords(d.id), qint64(0));
    }
};

QTEST_GUILESS_MAIN(FeedbackStoreTest)
#include "feedback_store_test.moc"

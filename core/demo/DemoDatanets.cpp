// Demo datanet generator. Every record comes from the tables below through the templates in
// instructionRecords() / preferenceRecords(); nothing is copied from third-party datasets, so the
// demo can ship under the project's own license. Record i goes to demo identity i % 4, so
// attribution later shows four distinct shares; about one record in eleven is rejected with a
// reason so the review history is not empty.
#include "demo/DemoDatanets.h"

#include "datanet/DatanetImporter.h"
#include "datanet/DatanetService.h"
#include "datanet/VersionService.h"
#include "store/Statement.h"
#include "store/Transaction.h"
#include "store/Workspace.h"
#include "wallet/WalletService.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <vector>

namespace fw::demo {

namespace {
struct Capital
{
    const char* country;
    const char* city;
};
const Capital kCapitals[] = {
    {"France", "Paris"}, {"Germany", "Berlin"}, {"Italy", "Rome"}, {"Spain", "Madrid"},
    {"Portugal", "Lisbon"}, {"Japan", "Tokyo"}, {"Canada", "Ottawa"}, {"Australia", "Canberra"},
    {"Brazil", "Brasilia"}, {"Argentina", "Buenos Aires"}, {"Egypt", "Cairo"}, {"Kenya", "Nairobi"},
    {"India", "New Delhi"}, {"China", "Beijing"}, {"Norway", "Oslo"}, {"Sweden", "Stockholm"},
    {"Finland", "Helsinki"}, {"Poland", "Warsaw"}, {"Greece", "Athens"}, {"Turkey", "Ankara"},
    {"Mexico", "Mexico City"}, {"Peru", "Lima"}, {"Chile", "Santiago"}, {"Ireland", "Dublin"},
    {"Austria", "Vienna"}, {"Hungary", "Budapest"}, {"Vietnam", "Hanoi"}, {"Thailand", "Bangkok"},
    {"Morocco", "Rabat"}, {"Nigeria", "Abuja"}, {"Colombia", "Bogota"}, {"New Zealand", "Wellington"},
};

struct Element
{
    const char* name;
    const char* symbol;
    int number;
};
const Element kElements[] = {
    {"hydrogen", "H", 1}, {"helium", "He", 2}, {"lithium", "Li", 3}, {"carbon", "C", 6},
    {"nitrogen", "N", 7}, {"oxygen", "O", 8}, {"fluorine", "F", 9}, {"neon", "Ne", 10},
    {"sodium", "Na", 11}, {"magnesium", "Mg", 12}, {"aluminium", "Al", 13}, {"silicon", "Si", 14},
    {"phosphorus", "P", 15}, {"sulfur", "S", 16}, {"chlorine", "Cl", 17}, {"argon", "Ar", 18},
    {"potassium", "K", 19}, {"calcium", "Ca", 20}, {"iron", "Fe", 26}, {"copper", "Cu", 29},
    {"zinc", "Zn", 30}, {"silver", "Ag", 47}, {"tin", "Sn", 50}, {"gold", "Au", 79},
};

struct Unit
{
    const char* from;
    const char* to;
    int factor;
};
const Unit kUnits[] = {
    {"kilometres", "metres", 1000}, {"kilograms", "grams", 1000}, {"hours", "minutes", 60},
    {"minutes", "seconds", 60}, {"metres", "centimetres", 100}, {"litres", "millilitres", 1000},
};

QJsonObject alpaca(const QString& instruction, const QString& output)
{
    return {{"instruction", instruction}, {"input", ""}, {"output", output}};
}

std::vector<QJsonObject> instructionRecords()
{
    std::vector<QJsonObject> out;
    for (const Capital& c : kCapitals) {
        out.push_back(alpaca(QStringLiteral("What is the capital of %1?").arg(c.country),
                             QStringLiteral("%1 is the capital of %2.").arg(c.city, c.country)));
        out.push_back(alpaca(QStringLiteral("Which country has %1 as its capital city?").arg(c.city),
                             QStringLiteral("%1 has its seat of government in %2.").arg(c.country, c.city)));
    }
    for (const Element& e : kElements) {
        out.push_back(alpaca(QStringLiteral("Give the chemical symbol for %1.").arg(e.name),
                             QStringLiteral("The symbol for %1 is %2.").arg(e.name, e.symbol)));
        out.push_back(alpaca(QStringLiteral("Which element has atomic number %1?").arg(e.number),
                             QStringLiteral("Atomic number %1 belongs to %2 (%3).").arg(e.number).arg(e.name, e.symbol)));
        out.push_back(alpaca(QStringLiteral("How many protons does an atom of %1 have?").arg(e.name),
                             QStringLiteral("An atom of %1 has %2 protons in its nucleus.").arg(e.name).arg(e.number)));
    }
    for (const Unit& u : kUnits)
        for (int v : {2, 3, 5, 7, 12, 25, 40, 75, 150, 480})
            out.push_back(alpaca(QStringLiteral("Convert %1 %2 to %3.").arg(v).arg(u.from, u.to),
                                 QStringLiteral("%1 %2 equal %3 %4.").arg(v).arg(u.from).arg(v * u.factor).arg(u.to)));
    for (int a = 3; a <= 12; ++a)
        for (int b : {4, 9, 13, 17, 28, 36}) {
            out.push_back(alpaca(QStringLiteral("Multiply %1 by %2.").arg(a).arg(b),
                                 QStringLiteral("%1 times %2 makes %3.").arg(a).arg(b).arg(a * b)));
            out.push_back(alpaca(QStringLiteral("Add %1 and %2.").arg(a * 11).arg(b),
                                 QStringLiteral("The sum of %1 and %2 is %3.").arg(a * 11).arg(b).arg(a * 11 + b)));
        }
    return out;
}

std::vector<QJsonObject> preferenceRecords()
{
    std::vector<QJsonObject> out;
    const int capitals = int(std::size(kCapitals));
    for (int i = 0; i < capitals; ++i) {
        const Capital& c = kCapitals[i];
        const Capital& wrong = kCapitals[(i + 7) % capitals];
        out.push_back({{"prompt", QStringLiteral("What is the capital of %1?").arg(c.country)},
                       {"chosen", QStringLiteral("The capital of %1 is %2.").arg(c.country, c.city)},
                       {"rejected", QStringLiteral("I believe it is %1.").arg(wrong.city)}});
    }
    for (const Element& e : kElements)
        out.push_back({{"prompt", QStringLiteral("What is the symbol of %1?").arg(e.name)},
                       {"chosen", QStringLiteral("%1 has the symbol %2 and atomic number %3.").arg(e.name, e.symbol).arg(e.number)},
                       {"rejected", QStringLiteral("Its symbol is %1.").arg(QString(e.name).left(2).toUpper())}});
    for (int a = 6; a <= 13; ++a)
        for (int b : {7, 8, 19}) {
            out.push_back({{"prompt", QStringLiteral("What is %1 plus %2?").arg(a).arg(b)},
                           {"chosen", QStringLiteral("%1 plus %2 equals %3.").arg(a).arg(b).arg(a + b)},
                           {"rejected", QStringLiteral("It is %1, roughly.").arg(a + b + 1)}});
        }
    return out;
}

QByteArray toJsonl(const std::vector<QJsonObject>& records, int part = -1, int parts = 1)
{
    QByteArray out;
    for (size_t i = 0; i < records.size(); ++i)
        if (part < 0 || int(i) % parts == part)
            out += QJsonDocument(records[i]).toJson(QJsonDocument::Compact) + '\n';
    return out;
}

// Demo records arrive over six weeks, more of them as the datanet gets known, and are approved a
// day or two later: "Records and approvals over time" then shows growth, not a line between two
// dates. Only times change; no hash or signature covers them.
Status spreadOverWeeks(store::Workspace& ws, qint64 datanetId)
{
    Result<store::Connection> db = ws.requireDatabase();
    if (!db)
        return db.error();
    store::Transaction tx(**db);
    if (!tx.began())
        return tx.began().error();
    Result<store::Statement> select = (*db)->prepare("SELECT id FROM records WHERE datanet_id = ? ORDER BY id");
    Result<store::Statement> record = (*db)->prepare("UPDATE records SET created_at = ? WHERE id = ?");
    Result<store::Statement> review =
        (*db)->prepare("UPDATE review_log SET at = ? WHERE record_id = ? AND datanet_id = ?");
    Result<store::Statement> datanet = (*db)->prepare("UPDATE datanets SET created_at = ? WHERE id = ?");
    if (!select || !record || !review || !datanet)
        return !select ? select.error() : !record ? record.error() : !review ? review.error() : datanet.error();
    QList<qint64> ids;
    select->bind(1, datanetId);
    if (Status s = store::forEachRow(*select, [&ids](const store::Statement& row) { ids << row.int64(0); }); !s)
        return s;
    constexpr qint64 kDay = 86'400'000;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 start = now - 42 * kDay;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const double share = std::sqrt(double(i + 1) / double(ids.size())); // slow start, then faster
        const qint64 jitter = qint64(i * 7919 % 36'000) * 1000;               // up to ten hours, fixed
        const qint64 created = start + qint64(share * 40 * kDay) + jitter;
        const qint64 reviewed = std::min(now - kDay / 24, created + kDay + qint64(i % 3) * kDay / 2);
        record->reset();
        record->bind(1, created).bind(2, ids[i]);
        review->reset();
        review->bind(1, reviewed).bind(2, ids[i]).bind(3, datanetId);
        if (Status s = record->run(); !s)
            return s;
        if (Status s = review->run(); !s)
            return s;
    }
    datanet->bind(1, start - kDay).bind(2, datanetId);
    if (Status s = datanet->run(); !s)
        return s;
    return tx.commit();
}

Status buildDatanet(store::Workspace& ws, const QString& name, datanet::RecordKind kind, const QString& domain,
                    const std::vector<QJsonObject>& records, const datanet::Requirements& requirements)
{
    datanet::DatanetService service(ws);
    datanet::Datanet spec;
    spec.name = name;
    spec.kind = kind;
    spec.domain = domain;
    spec.description = QCoreApplication::translate("fw::datanet", "Generated from facts tables for the demo.");
    spec.license = QStringLiteral("CC0-1.0");
    spec.requirements = requirements;
    Result<datanet::Datanet> d = service.create(spec);
    if (!d)
        return d.error();
    Result<QList<wallet::Identity>> people = wallet::WalletService(ws).identities();
    if (!people)
        return people.error();
    const int parts = int(people->size());
    for (int p = 0; p < parts; ++p) {
        QByteArray bytes = toJsonl(records, p, parts);
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        datanet::ImportOptions options;
        options.identityId = people->at(p).id;
        options.format = kind == datanet::RecordKind::Preference ? datanet::ImportFormat::Preference
                                                                 : datanet::ImportFormat::Alpaca;
        Result<datanet::ImportReport> r =
            datanet::DatanetImporter(ws).importDevice(d->id, buffer, QStringLiteral("demo-%1.jsonl").arg(p + 1), options);
        if (!r)
            return r.error();
    }
    Result<QList<datanet::RecordInfo>> all = service.records(d->id);
    if (!all)
        return all.error();
    QList<qint64> approve;
    QList<qint64> reject;
    for (qsizetype i = 0; i < all->size(); ++i)
        (i % 11 == 10 ? reject : approve) << all->at(i).id;
    if (Result<qint64> n = service.review(d->id, approve, datanet::RecordStatus::Approved); !n)
        return n.error();
    if (Result<qint64> n = service.review(d->id, reject, datanet::RecordStatus::Rejected,
                                          QCoreApplication::translate("fw::datanet", "Phrasing too close to another record"));
        !n)
        return n.error();
    if (Status s = spreadOverWeeks(ws, d->id); !s)
        return s;
    Result<datanet::VersionInfo> v = datanet::VersionService(ws).freeze(d->id);
    if (!v)
        return v.error();
    return {};
}
} // namespace

QByteArray demoInstructionJsonl()
{
    return toJsonl(instructionRecords());
}

QByteArray demoPreferenceJsonl()
{
    return toJsonl(preferenceRecords());
}

Status addDemoDatanets(store::Workspace& workspace)
{
    if (Status s = buildDatanet(workspace, kDemoInstructionDatanet, datanet::RecordKind::Instruction,
                                QStringLiteral("general knowledge"), instructionRecords(),
                                {200, 4, 2000, 0.25, 0.8});
        !s)
        return s;
    return buildDatanet(workspace, kDemoPreferenceDatanet, datanet::RecordKind::Preference,
                        QStringLiteral("answer quality"), preferenceRecords(), {50, 4, 500, 0.25, 0.8});
}

Result<DemoFacts> loadDemoFacts(store::Workspace& workspace)
{
    datanet::DatanetService datanets(workspace);
    Result<datanet::Datanet> facts = datanets.datanetByName(QLatin1String(kDemoInstructionDatanet));
    if (!facts)
        return facts.error();
    datanet::RecordQuery approved;
    approved.status = datanet::RecordStatus::Approved;
    Result<QList<datanet::RecordInfo>> records = datanets.records(facts->id, approved);
    if (!records)
        return records.error();
    if (records->isEmpty())
        return makeError(ErrorCode::NotFound, QStringLiteral("The demo datanet has no records."));
    return DemoFacts{std::move(facts).value(), std::move(records).value()};
}

} // namespace fw::demo

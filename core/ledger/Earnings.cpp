// Slicing receipts into earnings, and the group-bys over the slices.
#include "ledger/Earnings.h"

#include <QDateTime>
#include <QTimeZone>
#include <algorithm>

namespace fw::ledger {

namespace {
bool isDataRole(Role role)
{
    return role == Role::Contributor || role == Role::Labeler;
}

EarningSlice baseSlice(const Receipt& r, const QByteArray& hash, const SplitLine& line)
{
    EarningSlice s;
    s.party = line.party;
    s.role = line.role;
    s.amount = line.amount;
    s.day = QDateTime::fromMSecsSinceEpoch(r.at, QTimeZone::utc()).date();
    s.deployment = r.deployment;
    s.node = r.node;
    s.requestId = r.requestId;
    s.receiptHash = hash;
    return s;
}

void sliceDataLine(const Receipt& r, const EarningSlice& whole, std::vector<EarningSlice>& out)
{
    std::vector<const AttributionLine*> lines;
    std::vector<quint64> weights;
    quint64 weightSum = 0;
    for (const AttributionLine& a : r.attribution)
        if (a.contributor == whole.party && a.share > 0) {
            lines.push_back(&a);
            weights.push_back(quint64(a.share));
            weightSum += quint64(a.share);
        }
    if (weightSum == 0) {
        out.push_back(whole);
        return;
    }
    const std::vector<Amount> parts = apportion(whole.amount, weights);
    for (size_t i = 0; i < lines.size(); ++i) {
        EarningSlice s = whole;
        s.amount = parts[i];
        s.recordHash = lines[i]->recordHash;
        s.datanetVersion = lines[i]->datanetVersion;
        out.push_back(s);
    }
}

template <typename Key, typename KeyOf>
std::map<Key, Amount> totalBy(const std::vector<EarningSlice>& slices, KeyOf keyOf)
{
    std::map<Key, Amount> totals;
    for (const EarningSlice& s : slices)
        totals[keyOf(s)] += s.amount;
    return totals;
}
} // namespace

std::vector<EarningSlice> earningSlices(const std::vector<Receipt>& receipts,
                                        const std::set<QString>& parties)
{
    std::vector<EarningSlice> out;
    for (const Receipt& r : receipts) {
        const QByteArray hash = r.hash();
        for (const SplitLine& line : r.split) {
            if (!parties.count(line.party) || line.amount <= 0)
                continue;
            const EarningSlice whole = baseSlice(r, hash, line);
            if (isDataRole(line.role))
                sliceDataLine(r, whole, out);
            else
                out.push_back(whole);
        }
    }
    return out;
}

Amount totalOf(const std::vector<EarningSlice>& slices)
{
    Amount total = 0;
    for (const EarningSlice& s : slices)
        total += s.amount;
    return total;
}

std::map<Role, Amount> totalByRole(const std::vector<EarningSlice>& slices)
{
    return totalBy<Role>(slices, [](const EarningSlice& s) { return s.role; });
}

std::map<QString, Amount> totalByParty(const std::vector<EarningSlice>& slices)
{
    return totalBy<QString>(slices, [](const EarningSlice& s) { return s.party; });
}

std::map<QString, Amount> totalByDeployment(const std::vector<EarningSlice>& slices)
{
    return totalBy<QString>(slices, [](const EarningSlice& s) { return s.deployment; });
}

std::map<QByteArray, Amount> totalByDatanetVersion(const std::vector<EarningSlice>& slices)
{
    std::map<QByteArray, Amount> totals;
    for (const EarningSlice& s : slices)
        if (isDataRole(s.role))
            totals[s.datanetVersion] += s.amount;
    return totals;
}

std::map<QDate, std::map<Role, Amount>> totalByDayAndRole(const std::vector<EarningSlice>& slices)
{
    std::map<QDate, std::map<Role, Amount>> totals;
    for (const EarningSlice& s : slices)
        totals[s.day][s.role] += s.amount;
    return totals;
}

std::vector<RecordTotal> topRecords(const std::vector<EarningSlice>& slices, int count)
{
    std::map<std::pair<QByteArray, QByteArray>, Amount> byRecord;
    for (const EarningSlice& s : slices)
        if (!s.recordHash.isEmpty())
            byRecord[{s.recordHash, s.datanetVersion}] += s.amount;
    std::vector<RecordTotal> out;
    for (const auto& [key, amount] : byRecord)
        out.push_back({key.first, key.second, amount});
    std::stable_sort(out.begin(), out.end(), [](const RecordTotal& a, const RecordTotal& b) {
        return a.amount > b.amount;
    });
    if (count >= 0 && out.size() > size_t(count))
        out.resize(size_t(count));
    return out;
}

} // namespace fw::ledger

// Largest-remainder apportionment in 128-bit integers: no double ever touches a fee.
#include "ledger/RevenueSplit.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <tuple>

namespace fw::ledger {

namespace {
__extension__ typedef unsigned __int128 Wide; // products of two 64-bit numbers

Error invalid(const QString& why)
{
    return makeError(ErrorCode::InvalidArgument,
                     RevenueSplit::tr("Cannot split the fee: %1").arg(why));
}

bool hasWeight(const std::vector<WeightedParty>& parties)
{
    return std::any_of(parties.begin(), parties.end(),
                       [](const WeightedParty& p) { return p.weight > 0; });
}

void appendParties(std::vector<SplitLine>& lines, Amount amount, std::vector<WeightedParty> parties)
{
    // Sorted on every field first, so the result never depends on the caller's order: the
    // tie-break (lower index) means "lower address", and equal keys are interchangeable lines.
    std::sort(parties.begin(), parties.end(), [](const WeightedParty& a, const WeightedParty& b) {
        return std::tie(a.party, a.role, a.weight) < std::tie(b.party, b.role, b.weight);
    });
    std::vector<quint64> weights;
    for (const WeightedParty& p : parties)
        weights.push_back(p.weight);
    const std::vector<Amount> parts = apportion(amount, weights);
    for (size_t i = 0; i < parties.size(); ++i)
        lines.push_back({parties[i].party, parties[i].role, parts[i]});
}
} // namespace

QString roleName(Role role)
{
    switch (role) {
    case Role::Node:
        return QStringLiteral("node");
    case Role::Builder:
        return QStringLiteral("builder");
    case Role::Contributor:
        return QStringLiteral("contributor");
    case Role::Labeler:
        return QStringLiteral("labeler");
    }
    return {};
}

Result<Role> roleFromName(const QString& name)
{
    for (Role r : {Role::Node, Role::Builder, Role::Contributor, Role::Labeler})
        if (roleName(r) == name)
            return r;
    return invalid(RevenueSplit::tr("unknown role \"%1\"").arg(name));
}

std::vector<Amount> apportion(Amount total, const std::vector<quint64>& weights)
{
    std::vector<Amount> parts(weights.size(), 0);
    Wide sum = 0;
    for (quint64 w : weights)
        sum += w;
    if (sum == 0 || total <= 0)
        return parts;
    std::vector<Wide> remainders(weights.size());
    Amount given = 0;
    for (size_t i = 0; i < weights.size(); ++i) {
        const Wide product = Wide(quint64(total)) * weights[i];
        parts[i] = Amount(product / sum); // <= total
        remainders[i] = product % sum;
        given += parts[i];
    }
    // Fewer units are left than there are parties: one each to the largest remainders.
    std::vector<size_t> order(weights.size());
    std::iota(order.begin(), order.end(), size_t(0));
    std::stable_sort(order.begin(), order.end(),
                     [&](size_t a, size_t b) { return remainders[a] > remainders[b]; });
    for (size_t k = 0; given < total; ++k, ++given)
        ++parts[order[k]];
    return parts;
}

Result<std::vector<quint64>> weightsFromShares(const std::vector<double>& shares)
{
    // Up to 1e9 per share keeps a thousand shares' sum far below 2^64.
    constexpr double kScale = 1e9;
    std::vector<quint64> weights;
    for (double s : shares) {
        if (!std::isfinite(s) || s < 0 || s > 1e6)
            return invalid(RevenueSplit::tr("a share must be a finite number from 0 to 1e6"));
        weights.push_back(quint64(std::llround(s * kScale)));
    }
    return weights;
}

Result<std::vector<SplitLine>> splitFee(Amount fee, const SplitPolicy& policy, const QString& node,
                                        const QString& builder,
                                        const std::vector<WeightedParty>& attributed,
                                        const std::vector<WeightedParty>& fallback)
{
    if (!amountInRange(fee))
        return invalid(RevenueSplit::tr("the fee %1 is out of range").arg(fee));
    if (policy.nodeBps < 0 || policy.builderBps < 0 || policy.dataBps < 0 ||
        policy.nodeBps + policy.builderBps + policy.dataBps != SplitPolicy::kBasisPoints)
        return invalid(
            RevenueSplit::tr("the basis points must be non-negative and add up to 10000"));
    for (const auto* list : {&attributed, &fallback})
        for (const WeightedParty& p : *list)
            if (p.party.isEmpty() || p.role == Role::Node || p.role == Role::Builder)
                return invalid(RevenueSplit::tr("a data party needs an address and a data role"));
    const std::vector<Amount> top = apportion(
        fee, {quint64(policy.nodeBps), quint64(policy.builderBps), quint64(policy.dataBps)});
    std::vector<SplitLine> lines;
    lines.push_back({node, Role::Node, top[0]});
    Amount builderPart = top[1];
    if (hasWeight(attributed))
        appendParties(lines, top[2], attributed);
    else if (hasWeight(fallback))
        appendParties(lines, top[2], fallback);
    else
        builderPart += top[2]; // nobody to pay for the data: the model's owner answered alone
    lines.insert(lines.begin() + 1, SplitLine{builder, Role::Builder, builderPart});
    lines.erase(std::remove_if(lines.begin(), lines.end(),
                               [](const SplitLine& l) { return l.amount == 0; }),
                lines.end());
    return lines;
}

Amount sumOf(const std::vector<SplitLine>& lines)
{
    Amount sum = 0;
    for (const SplitLine& l : lines) {
        if (!amountInRange(l.amount) || sum > kMaxAmount - l.amount)
            return -1;
        sum += l.amount;
    }
    return sum;
}

} // namespace fw::ledger

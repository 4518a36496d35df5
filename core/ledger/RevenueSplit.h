// Splits a fee between the node, the model's builder and the data's people, in exact base units:
// every split adds up to the fee, always (largest remainder, deterministic tie-break).
#pragma once

#include "common/Result.h"
#include "ledger/Amount.h"

#include <QCoreApplication>
#include <QString>
#include <vector>

namespace fw::ledger {

enum class Role { Node, Builder, Contributor, Labeler };
QString roleName(Role role); // "node", "builder", "contributor", "labeler"
Result<Role> roleFromName(const QString& name);

struct SplitLine
{
    QString party; // fw1... address
    Role role = Role::Node;
    Amount amount = 0;

    friend bool operator==(const SplitLine& a, const SplitLine& b)
    {
        return a.party == b.party && a.role == b.role && a.amount == b.amount;
    }
};

// A party of the data part with an exact integer weight (a share, a record count...).
struct WeightedParty
{
    QString party;
    Role role = Role::Contributor;
    quint64 weight = 0;
};

struct SplitPolicy
{
    static constexpr int kBasisPoints = 10'000;
    int nodeBps = 1'000;
    int builderBps = 3'000;
    int dataBps = 6'000; // the three add up to kBasisPoints
};

// total * weights[i] / sum(weights), floors, then one more unit each to the largest remainders
// (ties: the lower index). The result adds up to total exactly. Needs a positive weight sum.
std::vector<Amount> apportion(Amount total, const std::vector<quint64>& weights);

// Shares given as doubles become integer weights the same way on every machine: round(share * 1e9).
// Refuses negative, non-finite and over-large shares.
Result<std::vector<quint64>> weightsFromShares(const std::vector<double>& shares);

// The whole split. The data part goes to `attributed` by weight; when nothing is attributed (empty
// or all weights zero) to `fallback` by weight (their record counts); when neither has weight, to
// the builder. Lines of zero are left out; lines keep the parties' order with the data sorted by
// address (then role and weight) so every node writes the same receipt.
Result<std::vector<SplitLine>> splitFee(Amount fee, const SplitPolicy& policy, const QString& node,
                                        const QString& builder,
                                        const std::vector<WeightedParty>& attributed,
                                        const std::vector<WeightedParty>& fallback);

Amount sumOf(const std::vector<SplitLine>& lines); // -1 on overflow or a negative line

struct RevenueSplit
{
    Q_DECLARE_TR_FUNCTIONS(fw::ledger::RevenueSplit)
};

} // namespace fw::ledger

// OPEN amounts as integer base units (1 OPEN = 10^6 units): never floating point, range-checked
// at every boundary (as Bitcoin Core's CAmount and MoneyRange).
#pragma once

#include "common/Result.h"

#include <QString>
#include <cstdint>

namespace fw::ledger {

using Amount = int64_t;

inline constexpr Amount kUnitsPerOpen = 1'000'000;
// Far above any supply we mint; keeps sums of many amounts far from int64 overflow.
inline constexpr Amount kMaxAmount = Amount(1'000'000'000'000) * kUnitsPerOpen;

inline bool amountInRange(Amount a)
{
    return a >= 0 && a <= kMaxAmount;
}

// "12", "0.5", "0.000001" (OPEN, at most 6 decimals) -> base units. Refuses signs, exponents,
// more than 6 decimals, and anything over kMaxAmount, with a message naming the problem.
Result<Amount> parseOpen(const QString& text);
// Base units -> "0.5", "12", "0.000001" (no trailing zeros).
QString formatOpen(Amount units);

} // namespace fw::ledger

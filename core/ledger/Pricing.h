// What tokens cost at a deployment's price: the fee a node charges and the tokens a credit buys,
// in exact base units (a price is per 1,000 tokens; fees round up to the next unit).
#pragma once

#include "ledger/Amount.h"

namespace fw::ledger {

// ceil(tokens * pricePer1k / 1000); -1 when negative inputs or the product would overflow.
Amount feeForTokens(qint64 tokens, Amount pricePer1k);
// The most tokens `credit` pays for: the largest n with feeForTokens(n) <= credit (capped at
// 2^40, far above any context).
qint64 tokensForCredit(Amount credit, Amount pricePer1k);

} // namespace fw::ledger

// Fee and token arithmetic without overflow.
#include "ledger/Pricing.h"

#include <limits>

namespace fw::ledger {

Amount feeForTokens(qint64 tokens, Amount pricePer1k)
{
    if (tokens < 0 || pricePer1k < 0)
        return -1;
    if (tokens == 0 || pricePer1k == 0)
        return 0;
    if (pricePer1k > (std::numeric_limits<qint64>::max() - 999) / tokens)
        return -1;
    return (tokens * pricePer1k + 999) / 1000;
}

qint64 tokensForCredit(Amount credit, Amount pricePer1k)
{
    if (credit <= 0 || pricePer1k <= 0)
        return 0;
    // n * price <= credit * 1000, without overflowing for any credit the ledger allows.
    const qint64 whole = credit / pricePer1k;
    const qint64 rest = credit % pricePer1k;
    constexpr qint64 kCap = qint64(1) << 40;
    if (whole >= kCap / 1000)
        return kCap;
    return whole * 1000 + (rest * 1000) / pricePer1k;
}

} // namespace fw::ledger

// Channel totals over all lanes.
#include "ledger/Channel.h"

namespace fw::ledger {

Amount Channel::authorizedTotal() const
{
    Amount total = 0;
    for (const auto& [lane, state] : lanes)
        total += state.authorized; // each is <= deposit <= kMaxAmount, at most kMaxLanes of them
    return total;
}

Amount Channel::chargedTotal() const
{
    Amount total = 0;
    for (const auto& [lane, state] : lanes)
        total += state.charged;
    return total;
}

} // namespace fw::ledger

// Fuzz target: the revenue split over arbitrary fees, basis points and weights. Whatever the
// input, an accepted split adds up exactly to the fee, has no negative line and does not depend
// on the parties' order. Layout: fee (8 bytes), node and builder basis points (2 bytes each), then
// up to 64 weights of 8 bytes (every fourth a fallback party).
#include "ledger/RevenueSplit.h"

#include <QtEndian>
#include <cstdint>
#include <cstring>

using namespace fw::ledger;

namespace {
template <typename T> T take(const uint8_t*& data, size_t& size)
{
    T value = 0;
    const size_t n = size < sizeof(T) ? size : sizeof(T);
    std::memcpy(&value, data, n);
    data += n;
    size -= n;
    return qFromLittleEndian(value);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const Amount fee = Amount(take<quint64>(data, size) % quint64(kMaxAmount + 2)) - 1;
    const int nodeBps = int(take<quint16>(data, size) % 10'001);
    const int builderBps = int(take<quint16>(data, size) % 10'001);
    const SplitPolicy policy{nodeBps, builderBps, 10'000 - nodeBps - builderBps};
    std::vector<WeightedParty> attributed, fallback;
    for (int i = 0; size > 0 && i < 64; ++i) {
        const quint64 weight = take<quint64>(data, size) >> (i % 3 == 0 ? 0 : 8);
        auto& list = i % 4 == 3 ? fallback : attributed;
        // Repeated addresses on purpose: the lines must not depend on the order even then.
        list.push_back({QStringLiteral("fw1p%1").arg(i % 7), Role::Contributor, weight});
    }
    const auto lines = splitFee(fee, policy, "fw1node", "fw1builder", attributed, fallback);
    const bool shouldFail = fee < 0 || policy.dataBps < 0;
    if (lines.ok() == shouldFail)
        __builtin_trap();
    if (!lines.ok())
        return 0;
    if (sumOf(*lines) != fee)
        __builtin_trap();
    std::reverse(attributed.begin(), attributed.end());
    std::reverse(fallback.begin(), fallback.end());
    const auto again = splitFee(fee, policy, "fw1node", "fw1builder", attributed, fallback);
    if (!again.ok() || !(*again == *lines))
        __builtin_trap();
    return 0;
}

// Fuzz target: the X-Flywheel-Voucher header (what a node parses before any work), then the
// channel book's acceptance of whatever parsed.
#include "ledger/ChannelBook.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray header(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto voucher = fw::ledger::Voucher::fromHeader(header);
    if (!voucher.ok())
        return 0;
    if (voucher->toHeader() != header)
        __builtin_trap(); // the canonical form is the only accepted form
    fw::ledger::ChannelBook book(voucher->node);
    fw::ledger::Channel channel;
    channel.id = voucher->channelId;
    channel.payer = voucher->payer;
    channel.deposit = fw::ledger::kMaxAmount;
    if (!book.open(channel).ok())
        __builtin_trap();
    const auto decision = book.accept(*voucher, 0);
    // Accepted exactly when the signature holds (the rest of the voucher is what the book expects).
    if (decision.ok() != voucher->verify().ok())
        __builtin_trap();
    return 0;
}

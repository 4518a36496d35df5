// The node's ledger: database first, memory after, under one write lock.
#include "ledger/NodeLedger.h"

#include "crypto/Address.h"
#include "ledger/ReceiptChain.h"

#include <algorithm>
#include <map>

namespace fw::ledger {

NodeLedger::NodeLedger(store::Workspace& workspace, crypto::SigningKey nodeKey, Clock clock)
    : m_store(workspace), m_key(std::move(nodeKey)),
      m_nodeAddress(crypto::addressFromPublicKey(m_key.publicKey())), m_clock(std::move(clock)),
      m_book(m_key.publicKey()), m_journal(m_key.publicKey()), m_receiptHead(Receipt::genesisHash())
{
}

Result<std::unique_ptr<NodeLedger>> NodeLedger::open(store::Workspace& workspace,
                                                     crypto::SigningKey nodeKey, Clock clock)
{
    std::unique_ptr<NodeLedger> ledger(
        new NodeLedger(workspace, std::move(nodeKey), std::move(clock)));
    Result<std::vector<JournalEntry>> entries = ledger->m_store.loadJournal();
    if (!entries)
        return entries.error();
    Result<Journal> journal = Journal::fromEntries(std::move(*entries), ledger->m_key.publicKey());
    if (!journal)
        return journal.error();
    ledger->m_journal = std::move(*journal);
    Result<std::vector<Receipt>> receipts = ledger->m_store.loadReceipts();
    if (!receipts)
        return receipts.error();
    const ChainCheck chain = verifyReceiptChain(*receipts, ledger->m_nodeAddress);
    if (!chain.ok())
        return makeError(ErrorCode::Corrupt,
                         tr("The stored receipts do not verify: %1").arg(chain.message));
    if (!receipts->empty()) {
        ledger->m_receiptHead = receipts->back().hash();
        ledger->m_receiptAt = receipts->back().at;
    }
    Result<std::vector<Channel>> channels = ledger->m_store.loadChannels();
    if (!channels)
        return channels.error();
    for (const Channel& c : *channels)
        if (Status s = ledger->m_book.open(c); !s)
            return s.error();
    return ledger;
}

Status NodeLedger::syncJournalLocked() const
{
    Result<qint64> stored = m_store.journalLength();
    if (!stored)
        return stored.error();
    if (*stored == qint64(m_journal.entries().size()))
        return Status::success();
    Result<std::vector<JournalEntry>> entries = m_store.loadJournal();
    if (!entries)
        return entries.error();
    Result<Journal> journal = Journal::fromEntries(std::move(*entries), m_key.publicKey());
    if (!journal)
        return journal.error();
    m_journal = std::move(*journal);
    return Status::success();
}

Status NodeLedger::appendLocked(EntryKind kind, const QString& party, Amount amount,
                                const QByteArray& channelId, const QByteArray& evidence)
{
    if (Status s = syncJournalLocked(); !s)
        return s;
    Result<JournalEntry> entry =
        m_journal.prepare(kind, party, amount, m_clock(), m_key, channelId, evidence);
    if (!entry)
        return entry.error();
    if (Status s = m_store.appendEntry(*entry); !s)
        return s;
    return m_journal.commit(*entry);
}

Status NodeLedger::mint(const QString& party, Amount amount)
{
    std::lock_guard lock(m_mutex);
    return appendLocked(EntryKind::Mint, party, amount);
}

Status NodeLedger::deposit(const QString& payer, const QByteArray& channelId, Amount amount)
{
    Result<crypto::PublicKey> payerKey = crypto::publicKeyFromAddress(payer);
    if (!payerKey)
        return payerKey.error();
    Channel channel;
    channel.id = channelId;
    channel.payer = *payerKey;
    channel.deposit = amount;
    std::lock_guard lock(m_mutex);
    if (m_book.channel(channelId))
        return makeError(ErrorCode::AlreadyExists, tr("This channel is already open."));
    if (Status s = syncJournalLocked(); !s)
        return s;
    Result<JournalEntry> entry =
        m_journal.prepare(EntryKind::Deposit, payer, amount, m_clock(), m_key, channelId);
    if (!entry)
        return entry.error();
    if (Status s = m_store.openChannel(channel, *entry); !s)
        return s;
    if (Status s = m_journal.commit(*entry); !s)
        return s;
    return m_book.open(channel);
}

Status NodeLedger::redeem(const Voucher& voucher, Amount amount)
{
    std::lock_guard lock(m_mutex);
    return appendLocked(EntryKind::Redeem, m_nodeAddress, amount, voucher.channelId,
                        voucher.toHeader());
}

Status NodeLedger::payout(const QString& party, Amount amount)
{
    std::lock_guard lock(m_mutex);
    return appendLocked(EntryKind::Payout, party, amount);
}

Result<Amount> NodeLedger::closeChannel(const QByteArray& channelId, const QString& requester)
{
    std::lock_guard lock(m_mutex);
    const std::optional<Channel> channel = m_book.channel(channelId);
    if (!channel || channel->closed)
        return makeError(ErrorCode::NotFound, tr("No open channel has this id."));
    if (crypto::addressFromPublicKey(channel->payer) != requester)
        return makeError(ErrorCode::InvalidArgument, tr("Only the channel's payer can close it."));
    if (Status s = syncJournalLocked(); !s)
        return s.error();
    const Amount unused = channel->deposit - channel->chargedTotal();
    std::optional<JournalEntry> refund;
    if (unused > 0) {
        Result<JournalEntry> entry = m_journal.prepare(EntryKind::Refund, requester, unused,
                                                       m_clock(), m_key, channelId);
        if (!entry)
            return entry.error();
        refund = *entry;
    }
    if (Status s = m_store.closeChannel(channelId, refund); !s)
        return s.error();
    if (refund)
        if (Status s = m_journal.commit(*refund); !s)
            return s.error();
    if (Status s = m_book.close(channelId); !s)
        return s.error();
    return unused;
}

Result<std::vector<JournalEntry>> NodeLedger::payOwed()
{
    Result<std::vector<Receipt>> receipts = m_store.loadReceipts();
    if (!receipts)
        return receipts.error();
    std::lock_guard lock(m_mutex);
    if (Status s = syncJournalLocked(); !s)
        return s.error();
    std::map<QString, Amount> owed; // sorted: every node pays in the same order
    for (const Receipt& r : *receipts)
        for (const SplitLine& line : r.split)
            if (line.party != m_nodeAddress)
                owed[line.party] += line.amount;
    for (const JournalEntry& e : m_journal.entries())
        if (e.kind == EntryKind::Payout)
            owed[e.party] -= e.amount;
    std::vector<JournalEntry> paid;
    for (const auto& [party, amount] : owed) {
        if (amount <= 0)
            continue;
        if (Status s = appendLocked(EntryKind::Payout, party, amount); !s)
            return s.error();
        paid.push_back(m_journal.entries().back());
    }
    return paid;
}

Result<Amount> NodeLedger::balance(const QString& party) const
{
    std::lock_guard lock(m_mutex);
    if (Status s = syncJournalLocked(); !s)
        return s.error();
    return m_journal.balances().balance(party);
}

Decision NodeLedger::accept(const Voucher& voucher)
{
    return m_book.accept(voucher, m_clock());
}

Result<Receipt> NodeLedger::charge(const ChargeRequest& request,
                                   const std::function<bool(ChargeStep)>& stopAfter)
{
    std::lock_guard lock(m_mutex);
    const std::optional<Channel> channel = m_book.channel(request.channelId);
    if (!channel)
        return makeError(ErrorCode::NotFound, tr("No open channel for this request."));
    const auto lane = channel->lanes.find(request.lane);
    if (lane == channel->lanes.end() || request.fee < 0 || request.fee > lane->second.credit())
        return makeError(ErrorCode::InvalidArgument,
                         tr("The fee is above the credit the payer's voucher left on this lane."));
    ChargeRecord record;
    record.channelId = request.channelId;
    record.lane = request.lane;
    record.laneAfter = lane->second;
    record.laneAfter.charged += request.fee;
    record.answer = request.answer;
    Receipt& r = record.receipt;
    r.requestId = request.requestId;
    r.deployment = request.deployment;
    r.manifestHash = request.manifestHash;
    r.tokensIn = request.tokensIn;
    r.tokensOut = request.tokensOut;
    r.fee = request.fee;
    r.split = request.split;
    r.attribution = request.attribution;
    r.previousHash = m_receiptHead;
    // A clock stepped back (or another machine's) must not break the chain's time order.
    r.at = std::max(m_clock(), m_receiptAt);
    r.sign(m_key);
    if (Status valid = r.verify(); !valid)
        return valid.error();
    if (request.fee > 0) {
        if (Status s = syncJournalLocked(); !s)
            return s.error();
        Result<JournalEntry> entry =
            m_journal.prepare(EntryKind::Redeem, m_nodeAddress, request.fee, r.at, m_key,
                              request.channelId, lane->second.voucher);
        if (!entry)
            return entry.error();
        record.redemption = *entry;
    }
    if (Status s = m_store.recordCharge(record, stopAfter); !s)
        return s.error();
    // Stored: memory follows. Only this lock charges, and accept() only raises credit, so the
    // book's charge cannot fail here.
    const Decision charged = m_book.charge(request.channelId, request.lane, request.fee);
    if (!charged.ok())
        return makeError(ErrorCode::Internal, charged.message);
    if (record.redemption)
        if (Status s = m_journal.commit(*record.redemption); !s)
            return s.error();
    m_receiptHead = r.hash();
    m_receiptAt = r.at;
    return r;
}

JournalCheck NodeLedger::verifyJournalNow() const
{
    std::lock_guard lock(m_mutex);
    return verifyJournal(m_journal.entries(), m_key.publicKey());
}

QByteArray NodeLedger::receiptHead() const
{
    std::lock_guard lock(m_mutex);
    return m_receiptHead;
}

} // namespace fw::ledger

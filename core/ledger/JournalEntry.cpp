// Journal entries: signed bytes, signature and hash.
#include "ledger/JournalEntry.h"

#include "crypto/Blake2b.h"

#include <QtEndian>

namespace fw::ledger {

namespace {
template <typename T> void appendBigEndian(QByteArray& out, T value)
{
    char bytes[sizeof(T)];
    qToBigEndian(value, bytes);
    out.append(bytes, sizeof(T));
}
} // namespace

QString entryKindName(EntryKind kind)
{
    switch (kind) {
    case EntryKind::Mint:
        return QStringLiteral("mint");
    case EntryKind::Deposit:
        return QStringLiteral("deposit");
    case EntryKind::Redeem:
        return QStringLiteral("redeem");
    case EntryKind::Payout:
        return QStringLiteral("payout");
    case EntryKind::Withdraw:
        return QStringLiteral("withdraw");
    case EntryKind::Refund:
        return QStringLiteral("refund");
    }
    return QStringLiteral("unknown");
}

QByteArray JournalEntry::signedMessage() const
{
    const QByteArray partyBytes = party.toUtf8();
    QByteArray m(kSignatureTag);
    m.append('\0');
    appendBigEndian<quint64>(m, sequence);
    m.append(char(kind));
    appendBigEndian<quint16>(m, quint16(partyBytes.size()));
    m.append(partyBytes.left(0xffff));
    m.append(char(quint8(channelId.size())));
    m.append(channelId.left(0xff));
    appendBigEndian<qint64>(m, amount);
    appendBigEndian<quint16>(m, quint16(evidence.size()));
    m.append(evidence.left(0xffff));
    appendBigEndian<qint64>(m, at);
    m.append(previousHash);
    return m;
}

void JournalEntry::sign(const crypto::SigningKey& keeper)
{
    signature = keeper.sign(signedMessage());
}

bool JournalEntry::signatureValid(const crypto::PublicKey& keeper) const
{
    // Lengths that do not fit their prefix would make two entries share signed bytes.
    if (party.toUtf8().size() > 0xffff || channelId.size() > 0xff || evidence.size() > 0xffff ||
        previousHash.size() != 32)
        return false;
    return keeper.verify(signedMessage(), signature);
}

QByteArray JournalEntry::hash() const
{
    QByteArray m(kHashTag);
    m.append('\0');
    m.append(signedMessage());
    m.append(signature);
    return crypto::blake2b(m);
}

} // namespace fw::ledger

// Signing and verifying node requests; the nonce memory is bounded by the time window.
#include "node/SignedRequest.h"

#include "crypto/Address.h"
#include "crypto/Blake2b.h"

#include <sodium.h>

namespace fw::node {

namespace {

QByteArray signedMessage(const QByteArray& method, const QByteArray& path, qint64 timeMs,
                         const QByteArray& nonce, const QByteArray& body)
{
    return QByteArrayLiteral("flywheel/node-request/v1\n") + method + '\n' + path + '\n' +
           QByteArray::number(timeMs) + '\n' + nonce.toHex() + '\n' + crypto::blake2b(body).toHex();
}

Error refused(const QString& message)
{
    return makeError(ErrorCode::InvalidArgument, message);
}

} // namespace

QByteArray nodeChallengeMessage(const QByteArray& challenge)
{
    return QByteArrayLiteral("flywheel/node-challenge/v1\n") + challenge.toHex();
}

QHash<QByteArray, QByteArray> RequestSignature::headers() const
{
    return {{kSignerHeader, signer.toLatin1()},
            {kTimeHeader, QByteArray::number(timeMs)},
            {kNonceHeader, nonce.toHex()},
            {kSignatureHeader, signature.toHex()}};
}

RequestSignature signRequest(const crypto::SigningKey& key, const QByteArray& method,
                             const QByteArray& path, const QByteArray& body, qint64 nowMs)
{
    RequestSignature s;
    s.signer = crypto::addressFromPublicKey(key.publicKey());
    s.timeMs = nowMs;
    s.nonce.resize(16);
    randombytes_buf(s.nonce.data(), size_t(s.nonce.size()));
    s.signature = key.sign(signedMessage(method, path, s.timeMs, s.nonce, body));
    return s;
}

Result<QString> RequestVerifier::verify(const std::function<QByteArray(const char*)>& header,
                                        const QByteArray& method, const QByteArray& path,
                                        const QByteArray& body, qint64 nowMs)
{
    const QString signer = QString::fromLatin1(header(kSignerHeader));
    if (signer.isEmpty())
        return makeError(ErrorCode::Locked,
                         tr("this request must be signed (%1 and the other X-Flywheel headers)")
                             .arg(QLatin1String(kSignerHeader)));
    Result<crypto::PublicKey> key = crypto::publicKeyFromAddress(signer);
    if (!key)
        return refused(tr("%1 is not a valid address").arg(QLatin1String(kSignerHeader)));
    bool timeOk = false;
    const qint64 timeMs = header(kTimeHeader).toLongLong(&timeOk);
    if (!timeOk || std::llabs(nowMs - timeMs) > kWindowMs)
        return refused(
            tr("the request's time is missing or more than 5 minutes from the node's clock"));
    const QByteArray nonce = QByteArray::fromHex(header(kNonceHeader));
    const QByteArray signature = QByteArray::fromHex(header(kSignatureHeader));
    if (nonce.size() != 16 || signature.size() != crypto::kSignatureBytes ||
        !key->verify(signedMessage(method, path, timeMs, nonce, body), signature))
        return refused(tr("the request's signature does not verify for %1").arg(signer));
    std::lock_guard lock(m_mutex);
    // Forget nonces whose time can no longer be accepted; a replay of one would fail the time
    // check.
    while (!m_byTime.empty() && m_byTime.begin()->first < nowMs - kWindowMs) {
        m_seen.remove(m_byTime.begin()->second);
        m_byTime.erase(m_byTime.begin());
    }
    if (m_seen.contains(nonce))
        return refused(tr("this request was already received (replayed nonce)"));
    m_seen.insert(nonce, timeMs);
    m_byTime.emplace(timeMs, nonce);
    return signer;
}

} // namespace fw::node

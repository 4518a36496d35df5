// Requests that change a node (deploy, undeploy) carry the sender's address, a time, a nonce and
// a signature over method, path, time, nonce and the body's hash. A captured request cannot be
// replayed: the node refuses a time outside its window and a nonce it has already seen.
#pragma once

#include "common/Result.h"
#include "crypto/Ed25519.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <map>
#include <mutex>

namespace fw::node {

inline constexpr const char* kSignerHeader = "X-Flywheel-Signer";
inline constexpr const char* kTimeHeader = "X-Flywheel-Time";
inline constexpr const char* kNonceHeader = "X-Flywheel-Nonce";
inline constexpr const char* kSignatureHeader = "X-Flywheel-Signature";

struct RequestSignature
{
    QString signer;    // fw1... address
    qint64 timeMs = 0; // the sender's clock
    QByteArray nonce;  // 16 random bytes
    QByteArray signature;

    // Header name -> value, ready to send.
    QHash<QByteArray, QByteArray> headers() const;
};

// What a node signs to prove its address to a client that sent `challenge` (random bytes).
QByteArray nodeChallengeMessage(const QByteArray& challenge);

RequestSignature signRequest(const crypto::SigningKey& key, const QByteArray& method,
                             const QByteArray& path, const QByteArray& body, qint64 nowMs);

// The node's side: checks signatures and remembers nonces for as long as their time is accepted.
class RequestVerifier
{
public:
    static constexpr qint64 kWindowMs = 5 * 60 * 1000;

    // `header` returns a request header's value (empty when absent). Returns the signer's address.
    Result<QString> verify(const std::function<QByteArray(const char*)>& header,
                           const QByteArray& method, const QByteArray& path, const QByteArray& body,
                           qint64 nowMs);

    Q_DECLARE_TR_FUNCTIONS(fw::node::RequestVerifier)

private:
    std::mutex m_mutex;
    std::multimap<qint64, QByteArray>
        m_byTime;                     // guarded by m_mutex: when each nonce can be forgotten
    QHash<QByteArray, qint64> m_seen; // guarded by m_mutex
};

} // namespace fw::node

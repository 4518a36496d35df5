// A client of a node's HTTP API for the CLI, the workbench and tests: plain requests, signed
// requests (deploy, undeploy), and the API's JSON errors turned into readable ones.
#pragma once

#include "common/Result.h"
#include "crypto/Ed25519.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <functional>
#include <memory>

namespace fw::node {

struct ClientReply
{
    int status = 0;
    QByteArray body;
};

class NodeClient
{
public:
    // "http://127.0.0.1:8088" (a trailing slash or "/v1" is fine). Only http: a node listens on
    // loopback or behind the operator's TLS proxy.
    static Result<NodeClient> connect(const QString& url, int timeoutS = 600);
    NodeClient(NodeClient&&) noexcept;
    ~NodeClient();

    Result<ClientReply> get(const QByteArray& path);
    Result<ClientReply> post(const QByteArray& path, const QByteArray& body,
                             const QHash<QByteArray, QByteArray>& headers = {});
    Result<ClientReply> signedPost(const QByteArray& path, const QByteArray& body,
                                   const crypto::SigningKey& key);
    Result<ClientReply> signedDelete(const QByteArray& path, const crypto::SigningKey& key);

    // The reply's JSON object when the status is 2xx; else an error carrying the node's message.
    static Result<QJsonObject> jsonOf(const Result<ClientReply>& reply);
    // GET /flywheel/v1/node with a fresh challenge; fails unless the node proves `address` (when
    // given; else the address it claims) by signing it.
    Result<QJsonObject> nodeInfo(const QString& expectedAddress = {});

    // POST /v1/chat/completions (or /v1/completions) with "stream": true added to `request`; each
    // piece of text goes to `onDelta` as it arrives (return false to hang up, which cancels the
    // generation on the node). Returns the whole answer, or the node's error.
    struct StreamedAnswer
    {
        QString text;
        QString finishReason; // "stop", "length"; empty when the client hung up
        int promptTokens = 0;
        int completionTokens = 0;
        QJsonObject flywheel; // a paid answer's receipt and fee (the stream's last chunk)
        // Request sent to its first server-sent event, as this client saw it: the node sends it
        // at the first token (a chat stream's role chunk), so this is the time to first token.
        double firstEventMs = -1.0;
    };
    Result<StreamedAnswer> streamCompletion(const QByteArray& path, QJsonObject request,
                                            const std::function<bool(const QString&)>& onDelta,
                                            const QHash<QByteArray, QByteArray>& headers = {});

    QString url() const { return m_url; }

    Q_DECLARE_TR_FUNCTIONS(fw::node::NodeClient)

private:
    struct Impl;
    explicit NodeClient(std::unique_ptr<Impl> impl, QString url);
    std::unique_ptr<Impl> m_impl;
    QString m_url;
};

} // namespace fw::node

// cpp-httplib's client behind NodeClient; the second and last file that includes the library.
#include "node/NodeClient.h"

#include "crypto/Address.h"
#include "node/SignedRequest.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <httplib.h>
#include <sodium.h>

namespace fw::node {

struct NodeClient::Impl
{
    httplib::Client client;
};

namespace {

Result<ClientReply> toReply(const httplib::Result& r, const QString& url)
{
    if (!r)
        return makeError(ErrorCode::Io,
                         NodeClient::tr("Cannot reach the node at %1 (%2).")
                             .arg(url, QString::fromStdString(httplib::to_string(r.error()))));
    return ClientReply{r->status, QByteArray::fromStdString(r->body)};
}

httplib::Headers toHeaders(const QHash<QByteArray, QByteArray>& headers)
{
    httplib::Headers out;
    for (auto it = headers.begin(); it != headers.end(); ++it)
        out.emplace(it.key().toStdString(), it.value().toStdString());
    return out;
}

ErrorCode codeForStatus(int status)
{
    switch (status) {
    case 400:
        return ErrorCode::InvalidArgument;
    case 401:
    case 403:
        return ErrorCode::Locked;
    case 404:
        return ErrorCode::NotFound;
    case 409:
        return ErrorCode::AlreadyExists;
    case 413:
        return ErrorCode::InvalidArgument;
    case 429:
    case 503:
        return ErrorCode::Busy;
    default:
        return ErrorCode::Internal;
    }
}

} // namespace

NodeClient::NodeClient(std::unique_ptr<Impl> impl, QString url)
    : m_impl(std::move(impl)), m_url(std::move(url))
{
}
NodeClient::NodeClient(NodeClient&&) noexcept = default;
NodeClient::~NodeClient() = default;

Result<NodeClient> NodeClient::connect(const QString& text, int timeoutS)
{
    QUrl url(text.trimmed());
    if (!url.isValid() || url.scheme() != QLatin1String("http") || url.host().isEmpty() ||
        url.port() <= 0)
        return makeError(ErrorCode::InvalidArgument,
                         tr("\"%1\" is not a node URL; write it as http://HOST:PORT").arg(text));
    auto impl = std::make_unique<Impl>(Impl{httplib::Client(url.host().toStdString(), url.port())});
    impl->client.set_connection_timeout(10, 0);
    impl->client.set_read_timeout(timeoutS, 0);
    impl->client.set_write_timeout(timeoutS, 0);
    // The library writes a request's headers and body separately: with Nagle's algorithm the
    // body waits for the node's delayed ACK, up to 40 ms a request.
    impl->client.set_tcp_nodelay(true);
    return NodeClient(std::move(impl),
                      QStringLiteral("http://%1:%2").arg(url.host()).arg(url.port()));
}

Result<ClientReply> NodeClient::get(const QByteArray& path)
{
    return toReply(m_impl->client.Get(path.toStdString()), m_url);
}

Result<ClientReply> NodeClient::post(const QByteArray& path, const QByteArray& body,
                                     const QHash<QByteArray, QByteArray>& headers)
{
    return toReply(m_impl->client.Post(path.toStdString(), toHeaders(headers), body.constData(),
                                       size_t(body.size()), "application/json"),
                   m_url);
}

Result<ClientReply> NodeClient::signedPost(const QByteArray& path, const QByteArray& body,
                                           const crypto::SigningKey& key)
{
    const RequestSignature s =
        signRequest(key, "POST", path, body, QDateTime::currentMSecsSinceEpoch());
    return post(path, body, s.headers());
}

Result<ClientReply> NodeClient::signedDelete(const QByteArray& path, const crypto::SigningKey& key)
{
    const RequestSignature s =
        signRequest(key, "DELETE", path, {}, QDateTime::currentMSecsSinceEpoch());
    return toReply(m_impl->client.Delete(path.toStdString(), toHeaders(s.headers())), m_url);
}

Result<QJsonObject> NodeClient::jsonOf(const Result<ClientReply>& reply)
{
    if (!reply)
        return reply.error();
    const QJsonObject o = QJsonDocument::fromJson(reply->body).object();
    if (reply->status >= 200 && reply->status < 300)
        return o;
    QString message =
        o.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString();
    if (message.isEmpty())
        message = tr("the node answered HTTP %1").arg(reply->status);
    return makeError(codeForStatus(reply->status), message);
}

Result<NodeClient::StreamedAnswer>
NodeClient::streamCompletion(const QByteArray& path, QJsonObject request,
                             const std::function<bool(const QString&)>& onDelta,
                             const QHash<QByteArray, QByteArray>& headers)
{
    request.insert(QStringLiteral("stream"), true);
    request.insert(QStringLiteral("stream_options"),
                   QJsonObject{{QStringLiteral("include_usage"), true}});
    StreamedAnswer answer;
    QElapsedTimer sent;
    QByteArray pending;   // bytes of an event not complete yet
    QByteArray errorBody; // a non-200 reply's JSON
    std::optional<Error> streamError;
    bool hungUp = false;
    int status = 0;
    httplib::Request req;
    req.method = "POST";
    req.path = path.toStdString();
    req.body = QJsonDocument(request).toJson(QJsonDocument::Compact).toStdString();
    req.headers.emplace("Content-Type", "application/json");
    for (auto it = headers.begin(); it != headers.end(); ++it)
        req.headers.emplace(it.key().toStdString(), it.value().toStdString());
    req.response_handler = [&](const httplib::Response& response) {
        status = response.status;
        return true;
    };
    req.content_receiver = [&](const char* data, size_t size, uint64_t, uint64_t) {
        if (status != 200) {
            errorBody.append(data, qsizetype(size));
            return true;
        }
        pending.append(data, qsizetype(size));
        // Server-sent events: "data: {...}" lines, events ended by a blank line.
        for (qsizetype end; (end = pending.indexOf("\n\n")) >= 0;) {
            const QByteArray event = pending.left(end);
            pending.remove(0, end + 2);
            if (!event.startsWith("data: "))
                continue; // a comment (": waiting") keeps the connection alive
            if (answer.firstEventMs < 0)
                answer.firstEventMs = double(sent.nsecsElapsed()) / 1e6;
            const QByteArray payload = event.mid(6);
            if (payload == "[DONE]")
                continue;
            const QJsonObject o = QJsonDocument::fromJson(payload).object();
            if (o.contains(QLatin1String("error"))) {
                streamError = makeError(ErrorCode::Internal, o.value(QLatin1String("error"))
                                                                 .toObject()
                                                                 .value(QLatin1String("message"))
                                                                 .toString());
                continue;
            }
            if (const QJsonObject usage = o.value(QLatin1String("usage")).toObject();
                !usage.isEmpty()) {
                answer.promptTokens = usage.value(QLatin1String("prompt_tokens")).toInt();
                answer.completionTokens = usage.value(QLatin1String("completion_tokens")).toInt();
            }
            if (o.value(QLatin1String("flywheel")).isObject())
                answer.flywheel = o.value(QLatin1String("flywheel")).toObject();
            const QJsonArray choices = o.value(QLatin1String("choices")).toArray();
            if (choices.isEmpty())
                continue;
            const QJsonObject choice = choices.first().toObject();
            const QString text = choice.contains(QLatin1String("delta"))
                                     ? choice.value(QLatin1String("delta"))
                                           .toObject()
                                           .value(QLatin1String("content"))
                                           .toString()
                                     : choice.value(QLatin1String("text")).toString();
            if (choice.value(QLatin1String("finish_reason")).isString())
                answer.finishReason = choice.value(QLatin1String("finish_reason")).toString();
            if (text.isEmpty())
                continue;
            answer.text += text;
            if (onDelta && !onDelta(text)) {
                hungUp = true;
                return false;
            }
        }
        return true;
    };
    sent.start();
    const httplib::Result result = m_impl->client.send(req);
    if (hungUp) {
        answer.finishReason.clear();
        return answer;
    }
    if (!result)
        return makeError(ErrorCode::Io, tr("Cannot reach the node at %1 (%2).")
                                            .arg(m_url, QString::fromStdString(
                                                            httplib::to_string(result.error()))));
    if (status != 200)
        return jsonOf(ClientReply{status, errorBody}).error();
    if (streamError)
        return *streamError;
    return answer;
}

Result<QJsonObject> NodeClient::nodeInfo(const QString& expectedAddress)
{
    QByteArray challenge(32, Qt::Uninitialized);
    randombytes_buf(challenge.data(), size_t(challenge.size()));
    Result<QJsonObject> info = jsonOf(get("/flywheel/v1/node?challenge=" + challenge.toHex()));
    if (!info)
        return info;
    const QString address = info->value(QLatin1String("address")).toString();
    // Without an expected address the node must still prove the one it claims: payments sign
    // vouchers for it.
    Result<crypto::PublicKey> key =
        crypto::publicKeyFromAddress(expectedAddress.isEmpty() ? address : expectedAddress);
    if (!key)
        return key.error();
    const QByteArray signature = QByteArray::fromHex(
        info->value(QLatin1String("challenge_signature")).toString().toLatin1());
    if ((!expectedAddress.isEmpty() && address != expectedAddress.trimmed().toLower()) ||
        !key->verify(nodeChallengeMessage(challenge), signature))
        return makeError(ErrorCode::InvalidArgument,
                         tr("The node at %1 does not prove the address %2 (it says it is %3).")
                             .arg(m_url, expectedAddress, address));
    return info;
}

} // namespace fw::node

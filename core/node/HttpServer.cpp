// cpp-httplib glue: every route translates to a NodeService call and back; nothing else here.
#include "node/HttpServer.h"

#include "node/ApiError.h"
#include "node/NodeService.h"

#include <QCoreApplication>
#include <QUrl>
#include <httplib.h>
#include <sys/socket.h>

namespace fw::node {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("fw::node::HttpServer", text);
}

HttpRequest toRequest(const httplib::Request& req)
{
    HttpRequest r;
    r.method = QByteArray::fromStdString(req.method);
    r.path = QByteArray::fromStdString(req.path);
    for (const auto& [key, value] : req.params)
        r.query.insert(QByteArray::fromStdString(key), QByteArray::fromStdString(value));
    r.header = [&req](const char* name) {
        return QByteArray::fromStdString(req.get_header_value(name));
    };
    r.body = QByteArray::fromStdString(req.body);
    return r;
}

void send(const HttpReply& reply, httplib::Response& res)
{
    res.status = reply.status;
    if (!reply.stream) {
        res.set_content(reply.body.constData(), size_t(reply.body.size()),
                        reply.contentType.constData());
        return;
    }
    res.set_header("Cache-Control", "no-cache");
    res.set_chunked_content_provider(
        reply.contentType.toStdString(), [stream = reply.stream](size_t, httplib::DataSink& sink) {
            stream([&sink](const QByteArray& bytes) {
                return sink.write(bytes.constData(), size_t(bytes.size()));
            });
            sink.done();
            return true;
        });
}

void sendError(const ApiError& error, httplib::Response& res)
{
    send(NodeService::errorReply(error), res);
}

} // namespace

struct HttpServer::Impl
{
    explicit Impl(NodeOptions o) : options(std::move(o)) {}
    NodeOptions options;
    httplib::Server server;
    int listenSocket = -1; // seen in the socket-options hook, before bind()
};

HttpServer::HttpServer(NodeService& service, const NodeOptions& options)
    : m_impl(std::make_unique<Impl>(options))
{
    httplib::Server& s = m_impl->server;
    NodeService* node = &service;
    const int httpThreads = options.httpThreads;
    s.new_task_queue = [httpThreads] { return new httplib::ThreadPool(size_t(httpThreads)); };
    s.set_read_timeout(options.readTimeoutS, 0);
    s.set_write_timeout(options.readTimeoutS, 0);
    s.set_keep_alive_timeout(5);
    // Each event of a stream is a small write: with Nagle's algorithm it waits for the client's
    // ACK of the previous one, which the client delays up to 40 ms. Accepted sockets inherit the
    // option from the listening one.
    s.set_tcp_nodelay(true);
    s.set_socket_options([impl = m_impl.get()](socket_t sock) {
        httplib::default_socket_options(sock);
        impl->listenSocket = int(sock);
    });
    // The largest body anything accepts; smaller limits per route are checked from the headers
    // below, before the body is read.
    s.set_payload_max_length(size_t(options.maxDeployBytes));
    const qint64 maxRequest = options.maxRequestBytes, maxDeploy = options.maxDeployBytes;
    s.set_pre_routing_handler([maxRequest, maxDeploy](const httplib::Request& req,
                                                      httplib::Response& res) {
        const bool deploy = req.path == "/flywheel/v1/deployments" && req.method == "POST";
        const qint64 limit = deploy ? maxDeploy : maxRequest;
        // A chunked body has no length to check up front; only deploys (large, signed) may use one.
        if (!deploy &&
            req.get_header_value("Transfer-Encoding").find("chunked") != std::string::npos) {
            sendError({411, QStringLiteral("invalid_request_error"),
                       QStringLiteral("length_required"),
                       tr("Send the request body with a Content-Length.")},
                      res);
            return httplib::Server::HandlerResponse::Handled;
        }
        if (req.has_header("Content-Length") &&
            QByteArray::fromStdString(req.get_header_value("Content-Length")).toLongLong() >
                limit) {
            sendError(
                ApiError::tooLarge(
                    tr("The request body is larger than this node accepts (%1 bytes).").arg(limit)),
                res);
            return httplib::Server::HandlerResponse::Handled;
        }
        return httplib::Server::HandlerResponse::Unhandled;
    });
    // Every handler below sits behind this barrier: the node answers 500 and keeps serving.
    s.set_exception_handler(
        [](const httplib::Request&, httplib::Response& res, std::exception_ptr ep) {
            QString what = tr("unknown exception");
            try {
                std::rethrow_exception(ep);
            } catch (const std::exception& e) {
                what = QString::fromLocal8Bit(e.what());
            } catch (...) {
            }
            sendError({500, QStringLiteral("server_error"), QStringLiteral("internal_error"),
                       tr("The node failed on this request: %1").arg(what)},
                      res);
        });
    // Statuses the library sets itself (no route, a malformed request, a body over the limit)
    // get an OpenAI-shaped body too.
    s.set_error_handler([](const httplib::Request& req, httplib::Response& res) {
        if (!res.body.empty())
            return;
        if (res.status == 404)
            sendError(ApiError::notFound(tr("No endpoint %1 %2.")
                                             .arg(QString::fromStdString(req.method),
                                                  QString::fromStdString(req.path)),
                                         QStringLiteral("unknown_endpoint")),
                      res);
        else if (res.status == 413)
            sendError(ApiError::tooLarge(tr("The request body is larger than this node accepts.")),
                      res);
        else
            sendError({res.status, QStringLiteral("invalid_request_error"),
                       QStringLiteral("http_error"),
                       tr("The HTTP request was refused (status %1).").arg(res.status)},
                      res);
    });
    const auto route = [node](HttpReply (NodeService::*method)(const HttpRequest&)) {
        return [node, method](const httplib::Request& req, httplib::Response& res) {
            send((node->*method)(toRequest(req)), res);
        };
    };
    s.Get("/v1/models",
          [node](const httplib::Request&, httplib::Response& res) { send(node->models(), res); });
    s.Post("/v1/chat/completions", route(&NodeService::chatCompletions));
    s.Post("/v1/completions", route(&NodeService::completions));
    s.Get("/flywheel/v1/node", route(&NodeService::nodeInfo));
    s.Get("/flywheel/v1/deployments", [node](const httplib::Request&, httplib::Response& res) {
        send(node->deployments(), res);
    });
    s.Post("/flywheel/v1/deployments", route(&NodeService::deploy));
    s.Delete(R"(/flywheel/v1/deployments/([^/]+))",
             [node](const httplib::Request& req, httplib::Response& res) {
                 const QString name =
                     QUrl::fromPercentEncoding(QByteArray::fromStdString(req.matches[1].str()));
                 send(node->undeploy(toRequest(req), name), res);
             });
    s.Post("/flywheel/v1/channels", route(&NodeService::openChannel));
    s.Post(R"(/flywheel/v1/channels/([0-9a-fA-F]+)/close)",
           [node](const httplib::Request& req, httplib::Response& res) {
               send(node->closeChannel(toRequest(req), QByteArray::fromStdString(req.matches[1].str())),
                    res);
           });
    s.Get(R"(/flywheel/v1/channels/([0-9a-fA-F]+))",
          [node](const httplib::Request& req, httplib::Response& res) {
              send(node->channel(QByteArray::fromStdString(req.matches[1].str())), res);
          });
    s.Get(R"(/flywheel/v1/accounts/([A-Za-z0-9]+))",
          [node](const httplib::Request& req, httplib::Response& res) {
              send(node->account(QString::fromStdString(req.matches[1].str())), res);
          });
    s.Get("/flywheel/v1/receipts", route(&NodeService::receipts));
}

HttpServer::~HttpServer()
{
    stop();
}

Result<int> HttpServer::bind()
{
    httplib::Server& s = m_impl->server;
    const std::string host = m_impl->options.host.toStdString();
    const int port = m_impl->options.port == 0                    ? s.bind_to_any_port(host)
                     : s.bind_to_port(host, m_impl->options.port) ? m_impl->options.port
                                                                  : -1;
    if (port <= 0)
        return makeError(ErrorCode::Io,
                         tr("Cannot listen on %1:%2 (in use, or not an address of this machine).")
                             .arg(m_impl->options.host)
                             .arg(m_impl->options.port));
    // cpp-httplib 0.11 listens with a backlog of 5: a burst of clients connecting at once would
    // see resets. listen() again on the same socket raises it to the system's maximum.
    if (m_impl->listenSocket >= 0)
        ::listen(m_impl->listenSocket, SOMAXCONN);
    return port;
}

void HttpServer::serve()
{
    m_impl->server.listen_after_bind();
}

void HttpServer::stop()
{
    if (m_impl->server.is_running())
        m_impl->server.stop();
}

} // namespace fw::node

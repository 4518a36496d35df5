// The node's HTTP server: routes, limits and the exception barrier over NodeService. The only
// place that includes the HTTP library (cpp-httplib), behind a private implementation.
#pragma once

#include "common/Result.h"
#include "node/NodeOptions.h"

#include <memory>

namespace fw::node {

class NodeService;

class HttpServer
{
public:
    HttpServer(NodeService& service, const NodeOptions& options);
    ~HttpServer();

    // Binds to options.host:port (port 0: a free one). Returns the bound port.
    Result<int> bind();
    // Serves until stop(); call from a thread of its own.
    void serve();
    // Stops accepting and returns once every running handler has finished.
    void stop();

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace fw::node

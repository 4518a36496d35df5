// The node's HTTP requests and replies as plain values, so the API logic never sees the HTTP
// library (only node/HttpServer.cpp includes it) and can be tested without a socket.
#pragma once

#include <QByteArray>
#include <QMap>
#include <functional>

namespace fw::node {

struct HttpRequest
{
    QByteArray method;
    QByteArray path;                               // without the query
    QMap<QByteArray, QByteArray> query;            // decoded parameters
    std::function<QByteArray(const char*)> header; // a header's value, empty when absent
    QByteArray body;
};

// Writes one piece of a streamed body; false when the client has gone.
using BodyWriter = std::function<bool(const QByteArray&)>;

struct HttpReply
{
    int status = 200;
    QByteArray contentType = "application/json";
    QByteArray body;
    // Set for a streamed reply (server-sent events): runs once on the connection's thread and
    // returns when the stream is over or the client has gone.
    std::function<void(const BodyWriter&)> stream;
};

} // namespace fw::node

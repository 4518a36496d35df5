// What the node's integration tests share: request bodies, server-sent event parsing, a raw
// socket for requests no HTTP library would send, and streamed POSTs that can hang up.
#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <arpa/inet.h>
#include <functional>
#include <httplib.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace nodetest {

// POST with the response body handed to `receive` as it arrives (false: hang up).
inline httplib::Result postStreaming(httplib::Client& http, const std::string& path,
                                     const std::string& body,
                                     std::function<bool(const char*, size_t)> receive)
{
    httplib::Request req;
    req.method = "POST";
    req.path = path;
    req.body = body;
    req.headers.emplace("Content-Type", "application/json");
    req.content_receiver = [receive](const char* data, size_t n, uint64_t, uint64_t) {
        return receive(data, n);
    };
    return http.send(req);
}

// The question every chat test asks.
inline const QString kPrompt = QStringLiteral("What is the capital of France?");

inline QJsonObject jsonOf(const std::string& body)
{
    return QJsonDocument::fromJson(QByteArray::fromStdString(body)).object();
}

inline std::string chatBody(const QString& model, int maxTokens, bool stream,
                            const QString& prompt = kPrompt)
{
    QJsonObject o{{"model", model},
                  {"messages", QJsonArray{QJsonObject{{"role", "user"}, {"content", prompt}}}},
                  {"temperature", 0},
                  {"max_tokens", maxTokens}};
    if (stream) {
        o.insert("stream", true);
        o.insert("stream_options", QJsonObject{{"include_usage", true}});
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString();
}

// The data lines of a server-sent event stream.
inline QStringList sseData(const std::string& body)
{
    QStringList out;
    for (const QString& event :
         QString::fromStdString(body).split(QStringLiteral("\n\n"), Qt::SkipEmptyParts))
        if (event.startsWith(QStringLiteral("data: ")))
            out.append(event.mid(6));
    return out;
}

// Concatenated content of a chat stream's chunks.
inline QString streamedText(const QStringList& data)
{
    QString text;
    for (const QString& d : data) {
        const QJsonArray choices =
            QJsonDocument::fromJson(d.toUtf8()).object().value("choices").toArray();
        if (!choices.isEmpty())
            text +=
                choices.first().toObject().value("delta").toObject().value("content").toString();
    }
    return text;
}

// A raw TCP connection to the node, for requests no HTTP library would send.
class RawSocket
{
public:
    explicit RawSocket(int port)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_port = htons(uint16_t(port));
        a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        timeval tv{15, 0};
        setsockopt(m_fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
        m_connected = ::connect(m_fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0;
    }
    ~RawSocket() { ::close(m_fd); }
    bool connected() const { return m_connected; }
    void send(const QByteArray& bytes)
    {
        (void)!::send(m_fd, bytes.constData(), size_t(bytes.size()), MSG_NOSIGNAL);
    }
    // Everything until the node closes the connection (or 15 s pass).
    QByteArray readAll()
    {
        QByteArray out;
        char buffer[4096];
        for (ssize_t n; (n = ::recv(m_fd, buffer, sizeof buffer, 0)) > 0;)
            out.append(buffer, n);
        return out;
    }

private:
    int m_fd = -1;
    bool m_connected = false;
};

inline int portOf(const QString& url)
{
    return url.section(QLatin1Char(':'), -1).toInt();
}

// The assistant's message in a chat completion's body.
inline QString chatContent(const std::string& body)
{
    return jsonOf(body)
        .value("choices")
        .toArray()
        .first()
        .toObject()
        .value("message")
        .toObject()
        .value("content")
        .toString();
}

} // namespace nodetest

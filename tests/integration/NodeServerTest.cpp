// flywheel-node as its users meet it: a real process on a loopback port serving a model and two
// LoRA adapters trained and deployed with flywheel-cli; OpenAI-style requests (plain and
// streamed) answered exactly as `flywheel-cli generate` answers; hostile requests and deploys
// refused with the right status while the node keeps serving; 64 concurrent clients; a drain on
// SIGTERM; a kill -9 in the middle of a deploy.
#include "CliRunner.h"
#include "NodeProcess.h"
#include "NodeTestSupport.h"
#include "crypto/Address.h"
#include "node/DeployPackage.h"
#include "node/SignedRequest.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>
#include <arpa/inet.h>
#include <atomic>
#include <csignal>
#include <httplib.h>
#include <mutex>
#include <netinet/in.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace fw;

using namespace nodetest;

namespace {
const QString kPass = QStringLiteral("node-test");
const QMap<QString, QString> kEnv{{QStringLiteral("FLYWHEEL_PASSPHRASE"), kPass}};
} // namespace

class NodeServerTest : public QObject
{
    Q_OBJECT
private:
    CliRun cli(const QString& workspace, const QStringList& args) const
    {
        return m_cli.run(QStringList{"--workspace", workspace} + args, kEnv);
    }
    CliRun builder(const QStringList& args) const { return cli(m_builder, args); }
    httplib::Client client() const
    {
        httplib::Client c("127.0.0.1", portOf(m_node->url()));
        c.set_read_timeout(120, 0);
        return c;
    }
    // The CLI's own greedy answer: what the node must return for the same request.
    QString cliAnswer(const QString& model, int maxTokens) const
    {
        const CliRun run =
            builder({"generate", model, "--prompt", kPrompt, "--chat", "--max-tokens",
                     QString::number(maxTokens), "--json", "--threads", "1"});
        return QJsonDocument::fromJson(run.out).object().value("text").toString();
    }
    bool train(const QString& name, const QJsonObject& config) const
    {
        const QString path = writeJsonFile(m_tmp.filePath(name + ".json"), config);
        const CliRun run = builder({"train", path, "--threads", "1"});
        if (run.exitCode != 0)
            qWarning("%s", run.err.constData());
        return run.exitCode == 0;
    }
    QString deployments() const
    {
        return QString::fromUtf8(
            cli(m_builder, {"node", "deployments", "--node", m_node->url(), "--json"}).out);
    }

    QTemporaryDir m_tmp;
    CliRunner m_cli{m_tmp.filePath(QStringLiteral("home"))};
    QString m_builder = m_tmp.filePath(QStringLiteral("builder"));
    QString m_nodeWorkspace = m_tmp.filePath(QStringLiteral("node"));
    std::unique_ptr<NodeProcess> m_node;
    QMap<QString, QString> m_reference; // model -> the CLI's answer to kPrompt, 16 tokens

private slots:
    void initTestCase()
    {
        // A node may close a connection while a client still writes (a refused body): an error
        // value for the client, not a signal that kills the test.
        std::signal(SIGPIPE, SIG_IGN);
        QVERIFY(m_tmp.isValid());
        QCOMPARE(
            m_cli.run({"--workspace", m_builder, "workspace", "init", "--demo"}, kEnv).exitCode, 0);
        QCOMPARE(m_cli.run({"--workspace", m_nodeWorkspace, "workspace", "init"}, kEnv).exitCode,
                 0);
        QVERIFY(train("base", {{"datanet", "World facts (demo)"},
                               {"base", "nano"},
                               {"method", "full"},
                               {"steps", 30},
                               {"batch_size", 8},
                               {"seq_len", 64},
                               {"learning_rate", 5e-3},
                               {"eval_fraction", 0.0},
                               {"output", "base"}}));
        for (const QString& name : {QStringLiteral("ad-a"), QStringLiteral("ad-b")})
            QVERIFY(train(name, {{"datanet", "World facts (demo)"},
                                 {"base", "base"},
                                 {"method", "lora"},
                                 {"steps", name == "ad-a" ? 6 : 12},
                                 {"batch_size", 4},
                                 {"seq_len", 64},
                                 {"learning_rate", 2e-2},
                                 {"eval_fraction", 0.0},
                                 {"output", name},
                                 {"lora", QJsonObject{{"r", 8}, {"lora_alpha", 16}}}}));
        for (const QString& model :
             {QStringLiteral("base"), QStringLiteral("ad-a"), QStringLiteral("ad-b")})
            m_reference.insert(model, cliAnswer(model, 16));
        m_node = std::make_unique<NodeProcess>(m_nodeWorkspace, kPass,
                                               QStringList{"--max-queue", "256"});
        QVERIFY2(m_node->start(), qPrintable(m_node->output()));
        qInfo("node at %s, address %s", qPrintable(m_node->url()), qPrintable(m_node->address()));
    }

    void deploysAnAdapterWithItsBaseOnce()
    {
        // Free deployments (paid ones are NodePaymentsTest's): any OpenAI client, no voucher.
        const CliRun a = builder({"deploy", "ad-a", "--node", m_node->url(), "--price-per-1k",
                                  "0", "--node-address", m_node->address()});
        QVERIFY2(a.exitCode == 0, a.err.constData());
        QVERIFY(a.outLine().contains("ad-a (adapter)"));
        QCOMPARE(builder({"deploy", "ad-b", "--node", m_node->url()}).exitCode, 0);
        const QJsonArray list =
            QJsonDocument::fromJson(deployments().toUtf8()).object().value("data").toArray();
        QStringList names;
        for (const QJsonValue& d : list)
            names << d.toObject().value("name").toString() + "/" +
                         d.toObject().value("kind").toString();
        QCOMPARE(names, QStringList({"ad-a/adapter", "ad-b/adapter", "base/model"}));
        const QJsonObject adA = list.at(0).toObject();
        QCOMPARE(adA.value("price_per_1k").toString(), QStringLiteral("0"));
        QCOMPARE(adA.value("base_hash").toString(),
                 list.at(2).toObject().value("base_hash").toString());
        QVERIFY(!adA.value("lineage").toArray().isEmpty());
        QCOMPARE(adA.value("lineage").toArray().first().toObject().value("datanet").toString(),
                 QStringLiteral("World facts (demo)"));
        // A node that cannot prove the address it is expected to have gets nothing.
        const QString stranger =
            crypto::addressFromPublicKey(crypto::SigningKey::generate().publicKey());
        const CliRun refused =
            builder({"deploy", "ad-a", "--node", m_node->url(), "--node-address", stranger});
        QVERIFY(refused.exitCode != 0);
        QVERIFY(refused.err.contains("does not prove"));
    }

    void listsModelsAndStatus()
    {
        const auto r = client().Get("/v1/models");
        QVERIFY(r && r->status == 200);
        QCOMPARE(jsonOf(r->body).value("data").toArray().size(), 3);
        const CliRun status = cli(m_builder, {"node", "status", "--node", m_node->url(),
                                              "--address", m_node->address(), "--json"});
        QVERIFY2(status.exitCode == 0, status.err.constData());
        const QJsonObject s = QJsonDocument::fromJson(status.out).object();
        QCOMPARE(s.value("base").toString(), QStringLiteral("base"));
        QCOMPARE(s.value("adapters").toArray().size(), 2);
        const CliRun readable = cli(m_builder, {"node", "status", "--node", m_node->url()});
        QVERIFY2(readable.exitCode == 0, readable.err.constData());
        QVERIFY2(readable.out.contains("to the first token"), readable.out.constData());
    }

    // --int8: the same deployments served from int8 weights (a second node on the same workspace).
    void servesInt8WeightsWhenAsked()
    {
        QCOMPARE(jsonOf(client().Get("/flywheel/v1/node")->body).value("weights").toString(), QStringLiteral("f32"));
        NodeProcess int8(m_nodeWorkspace, kPass, {"--int8"});
        QVERIFY2(int8.start(), qPrintable(int8.output()));
        httplib::Client http("127.0.0.1", portOf(int8.url()));
        http.set_read_timeout(120, 0);
        QCOMPARE(jsonOf(http.Get("/flywheel/v1/node")->body).value("weights").toString(), QStringLiteral("int8"));
        for (const QString& model : {QStringLiteral("base"), QStringLiteral("ad-a")}) {
            const auto r = http.Post("/v1/chat/completions", chatBody(model, 16, false), "application/json");
            QVERIFY(r);
            QVERIFY2(r->status == 200, r->body.c_str());
            const QString text = chatContent(r->body);
            QVERIFY(!text.isEmpty());
            // Adapter rows decode on the int8 base too (their own update in F32): like the base's,
            // their answers are printed against F32's, not required to equal them.
            qInfo("%s from int8 weights: \"%s\" (%s F32's)", qPrintable(model), qPrintable(text),
                  text == m_reference.value(model) ? "equals" : "differs from");
        }
        QCOMPARE(int8.terminate(), 0);
    }

    void answersExactlyAsTheCliDoes_data()
    {
        QTest::addColumn<QString>("model");
        QTest::newRow("base") << "base";
        QTest::newRow("adapter a") << "ad-a";
        QTest::newRow("adapter b") << "ad-b";
    }
    void answersExactlyAsTheCliDoes()
    {
        QFETCH(QString, model);
        const auto r =
            client().Post("/v1/chat/completions", chatBody(model, 16, false), "application/json");
        QVERIFY(r);
        QVERIFY2(r->status == 200, r->body.c_str());
        const QJsonObject o = jsonOf(r->body);
        const QJsonObject choice = o.value("choices").toArray().first().toObject();
        QCOMPARE(choice.value("message").toObject().value("content").toString(),
                 m_reference.value(model));
        const QJsonObject usage = o.value("usage").toObject();
        QVERIFY(usage.value("prompt_tokens").toInt() > 0);
        QCOMPARE(usage.value("total_tokens").toInt(),
                 usage.value("prompt_tokens").toInt() + usage.value("completion_tokens").toInt());
        QCOMPARE(o.value("model").toString(), model);
        QVERIFY(o.value("id").toString().startsWith("chatcmpl-"));
        // The same answer streamed, chunk by chunk, ending with usage and [DONE].
        std::string body;
        const auto s =
            client().Post("/v1/chat/completions", chatBody(model, 16, true), "application/json");
        QVERIFY(s && s->status == 200);
        QCOMPARE(QString::fromStdString(s->get_header_value("Content-Type")),
                 QStringLiteral("text/event-stream"));
        const QStringList data = sseData(s->body);
        QVERIFY(data.size() >= 3);
        QCOMPARE(data.last(), QStringLiteral("[DONE]"));
        QCOMPARE(streamedText(data), m_reference.value(model));
        QCOMPARE(QJsonDocument::fromJson(data.at(data.size() - 2).toUtf8())
                     .object()
                     .value("usage")
                     .toObject()
                     .value("completion_tokens")
                     .toInt(),
                 usage.value("completion_tokens").toInt());
    }

    void textCompletions()
    {
        const std::string body =
            R"({"model": "base", "prompt": "The capital of France", "max_tokens": 8,
                                     "temperature": 0})";
        const auto r = client().Post("/v1/completions", body, "application/json");
        QVERIFY(r && r->status == 200);
        const QJsonObject o = jsonOf(r->body);
        QCOMPARE(o.value("object").toString(), QStringLiteral("text_completion"));
        const CliRun cliRun = builder({"generate", "base", "--prompt", "The capital of France",
                                       "--max-tokens", "8", "--json", "--threads", "1"});
        QCOMPARE(o.value("choices").toArray().first().toObject().value("text").toString(),
                 QJsonDocument::fromJson(cliRun.out).object().value("text").toString());
    }

    // Most clients accept gzip (Python's httpx, browsers): the stream must still arrive event by
    // event, not compressed and held back until the answer is complete.
    void streamsEventByEventToClientsThatAcceptCompression()
    {
        httplib::Client http = client();
        http.set_default_headers({{"Accept-Encoding", "gzip, deflate, br"}});
        int pieces = 0;
        std::string body;
        const auto r = postStreaming(http, "/v1/chat/completions", chatBody("ad-b", 16, true),
                                     [&](const char* data, size_t n) {
                                         ++pieces;
                                         body.append(data, n);
                                         return true;
                                     });
        QVERIFY(r && r->status == 200);
        QCOMPARE(QString::fromStdString(r->get_header_value("Content-Encoding")), QString());
        const QStringList events = sseData(body);
        QCOMPARE(events.last(), QStringLiteral("[DONE]"));
        qInfo("%d events arrived in %d pieces", int(events.size()), pieces);
        QVERIFY2(pieces >= 3, "the stream arrived in one piece");
    }

    void refusesBadRequestsWithTheRightStatus_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::newRow("unknown model") << QByteArray("/v1/chat/completions")
                                       << QByteArray(chatBody("nope", 4, false).c_str()) << 404;
        QTest::newRow("malformed json")
            << QByteArray("/v1/chat/completions") << QByteArray("{\"model\": [") << 400;
        QTest::newRow("wrong type")
            << QByteArray("/v1/chat/completions")
            << QByteArray(R"({"model": "base", "messages": "hello"})") << 400;
        QTest::newRow("unknown field")
            << QByteArray("/v1/chat/completions")
            << QByteArray(
                   R"({"model": "base", "messages": [{"role": "user", "content": "x"}], "foo": 1})")
            << 400;
        QTest::newRow("huge max_tokens")
            << QByteArray("/v1/chat/completions")
            << QByteArray(chatBody("base", 1000000, false).c_str()) << 400;
        QTest::newRow("max_tokens over the context")
            << QByteArray("/v1/chat/completions")
            << QByteArray(chatBody("base", 4000, false).c_str()) << 400;
        QTest::newRow("empty messages")
            << QByteArray("/v1/chat/completions")
            << QByteArray(R"({"model": "base", "messages": []})") << 400;
        QTest::newRow("prompt over the context")
            << QByteArray("/v1/completions")
            << QByteArray("{\"model\": \"base\", \"prompt\": \"" + QByteArray(20000, 'z') + "\"}")
            << 400;
        QTest::newRow("unsigned deploy")
            << QByteArray("/flywheel/v1/deployments") << QByteArray("{}") << 401;
        QTest::newRow("no such endpoint")
            << QByteArray("/v1/embeddings") << QByteArray("{}") << 404;
    }
    void refusesBadRequestsWithTheRightStatus()
    {
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        const auto r = client().Post(path.toStdString(), body.toStdString(), "application/json");
        QVERIFY(r);
        QCOMPARE(r->status, status);
        const QJsonObject error = jsonOf(r->body).value("error").toObject();
        QVERIFY2(!error.value("message").toString().isEmpty(), r->body.c_str());
        QVERIFY(!error.value("type").toString().isEmpty());
        // ...and the node goes on serving.
        QCOMPARE(client().Get("/v1/models")->status, 200);
    }

    void refusesBodiesOverTheLimitBeforeReadingThem()
    {
        // The node answers from the headers: a client that waits for the answer (as with
        // "Expect: 100-continue") learns it at once and never has to send the 2 MiB.
        RawSocket s(portOf(m_node->url()));
        s.send("POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
               "Content-Length: 2097152\r\n\r\n");
        const QByteArray answer = s.readAll();
        QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.left(200).constData());
        QVERIFY(answer.contains("\"request_too_large\""));
        // A chunked body has no length to check: refused too, on inference routes.
        RawSocket chunked(portOf(m_node->url()));
        chunked.send("POST /v1/completions HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: "
                     "chunked\r\n\r\n5\r\nhello\r\n");
        QVERIFY(chunked.readAll().startsWith("HTTP/1.1 411"));
        QCOMPARE(client().Get("/v1/models")->status, 200);
    }

    void refusesForgedAlteredAndReplayedDeploys()
    {
        const QString before = deployments();
        const crypto::SigningKey owner = crypto::SigningKey::generate();
        const crypto::SigningKey mallory = crypto::SigningKey::generate();
        node::DeployManifest m;
        m.name = QStringLiteral("forged");
        m.release = 1;
        m.kind = node::DeployKind::Adapter;
        m.baseHash = QByteArray::fromHex(QJsonDocument::fromJson(before.toUtf8())
                                             .object()
                                             .value("data")
                                             .toArray()
                                             .at(2)
                                             .toObject()
                                             .value("base_hash")
                                             .toString()
                                             .toLatin1());
        const node::DeployPackage package = node::DeployPackage::create(
            m, ModelFiles{{"adapter_config.json", "{}"}, {"adapter_model.safetensors", "x"}},
            owner);
        const auto post = [&](const QByteArray& body, const crypto::SigningKey& signer) {
            const auto headers = node::signRequest(signer, "POST", "/flywheel/v1/deployments", body,
                                                   QDateTime::currentMSecsSinceEpoch())
                                     .headers();
            httplib::Headers h;
            for (auto it = headers.begin(); it != headers.end(); ++it)
                h.emplace(it.key().toStdString(), it.value().toStdString());
            return client().Post("/flywheel/v1/deployments", h, body.toStdString(),
                                 "application/json");
        };
        // Signed by someone who does not own the package: 403.
        auto r = post(package.encode(), mallory);
        QVERIFY(r);
        QCOMPARE(r->status, 403);
        // A file altered after signing: 400, naming the file.
        QByteArray altered = package.encode();
        altered.replace(QByteArray("x").toBase64(), QByteArray("y").toBase64());
        r = post(altered, owner);
        QCOMPARE(r->status, 400);
        QVERIFY2(QString::fromStdString(r->body).contains("adapter_model.safetensors"),
                 r->body.c_str());
        // The exact same signed request sent twice: the second is a replay.
        const QByteArray path = "/flywheel/v1/deployments/ad-a";
        const auto headers =
            node::signRequest(mallory, "DELETE", path, {}, QDateTime::currentMSecsSinceEpoch())
                .headers();
        httplib::Headers h;
        for (auto it = headers.begin(); it != headers.end(); ++it)
            h.emplace(it.key().toStdString(), it.value().toStdString());
        r = client().Delete(path.toStdString(), h);
        QCOMPARE(r->status, 403); // a valid signature, but not ad-a's owner
        r = client().Delete(path.toStdString(), h);
        QCOMPARE(r->status, 400);
        QVERIFY(QString::fromStdString(r->body).contains("already received"));
        // Nothing was stored or removed.
        QCOMPARE(deployments(), before);
        // Only the owner undeploys; the CLI signs with the builder's identity.
        QVERIFY(cli(m_builder, {"undeploy", "nope", "--node", m_node->url()}).exitCode != 0);
    }

    void survivesHostileConnections()
    {
        const int port = portOf(m_node->url());
        // A half-sent request holds a connection until the read timeout; others are served
        // meanwhile.
        RawSocket half(port);
        QVERIFY(half.connected());
        half.send("POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Length: "
                  "500\r\n\r\n{\"model\"");
        // Garbage, a request line with no version, a header bomb.
        for (const QByteArray& junk :
             {QByteArray("\x16\x03\x01\x02\x00 not http\r\n\r\n"), QByteArray("GET\r\n\r\n"),
              QByteArray("GET /v1/models HTTP/1.1\r\n") + QByteArray(300 * 1024, 'h') +
                  "\r\n\r\n"}) {
            RawSocket s(port);
            s.send(junk);
            const QByteArray answer = s.readAll();
            QVERIFY2(answer.isEmpty() || answer.startsWith("HTTP/1.1 4"),
                     answer.left(80).constData());
        }
        // A client that disconnects in the middle of a stream.
        {
            RawSocket s(port);
            const QByteArray body = QByteArray::fromStdString(chatBody("ad-a", 200, true));
            s.send("POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Type: "
                   "application/json\r\nContent-Length: " +
                   QByteArray::number(body.size()) + "\r\n\r\n" + body);
        }
        const auto r =
            client().Post("/v1/chat/completions", chatBody("ad-b", 16, false), "application/json");
        QVERIFY(r && r->status == 200);
        QCOMPARE(chatContent(r->body), m_reference.value("ad-b"));
    }

    void aBurstOfNewConnectionsIsServed()
    {
        // Many clients connecting in the same instant: none may be reset (a listen backlog of a
        // few connections drops the rest, which their clients see as a reset after sending).
        constexpr int kClients = 256;
        std::atomic_int ready{0}, answered{0};
        std::atomic_bool go{false};
        std::vector<std::thread> threads;
        for (int c = 0; c < kClients; ++c)
            threads.emplace_back([&] {
                ++ready;
                while (!go.load())
                    std::this_thread::yield();
                RawSocket s(portOf(m_node->url()));
                s.send("GET /v1/models HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
                if (s.readAll().startsWith("HTTP/1.1 200"))
                    ++answered;
            });
        while (ready.load() < kClients)
            std::this_thread::yield();
        go = true;
        for (auto& t : threads)
            t.join();
        QCOMPARE(answered.load(), kClients);
    }

    void carriesSixtyFourConcurrentClients()
    {
        const qint64 rssBefore = m_node->rssKiB();
        constexpr int kClients = 64, kRequests = 20;
        std::atomic_int completed{0}, disconnected{0}, wrong{0}, errors{0};
        std::mutex latencyMutex;
        std::vector<double> latencies;
        QStringList errorNotes; // guarded by latencyMutex
        const auto noteError = [&](const httplib::Result& r, bool afterHangUp,
                                   const QString& which) {
            std::lock_guard lock(latencyMutex);
            errorNotes << which + QString(afterHangUp ? " after a hang-up, " : " ") +
                              (r ? QStringLiteral("HTTP %1: %2")
                                       .arg(r->status)
                                       .arg(QString::fromStdString(r->body).left(200))
                                 : QStringLiteral("client error: %1")
                                       .arg(QString::fromStdString(httplib::to_string(r.error()))));
        };
        QElapsedTimer wall;
        wall.start();
        std::vector<std::thread> threads;
        const QStringList models{"base", "ad-a", "ad-b"};
        for (int c = 0; c < kClients; ++c)
            threads.emplace_back([&, c] {
                auto http = std::make_unique<httplib::Client>("127.0.0.1", portOf(m_node->url()));
                http->set_read_timeout(300, 0);
                bool afterHangUp = false;
                for (int i = 0; i < kRequests; ++i) {
                    const QString model = models.at((c + i) % 3);
                    const bool stream = (c + i) % 2 == 0;
                    const bool hangUp = stream && (c + i) % 4 == 0; // a quarter of all requests
                    QElapsedTimer clock;
                    clock.start();
                    if (!stream) {
                        const auto r = http->Post("/v1/chat/completions",
                                                  chatBody(model, 16, false), "application/json");
                        if (!r || r->status != 200) {
                            ++errors;
                            noteError(r, afterHangUp,
                                      QStringLiteral("%1 request %2 of client %3")
                                          .arg(stream ? "streamed" : "plain")
                                          .arg(i)
                                          .arg(c));
                            continue;
                        }
                        const QString text = chatContent(r->body);
                        (text == m_reference.value(model) ? completed : wrong)++;
                    } else {
                        std::string body;
                        int chunks = 0;
                        const auto r =
                            postStreaming(*http, "/v1/chat/completions", chatBody(model, 16, true),
                                          [&](const char* data, size_t n) {
                                              body.append(data, n);
                                              return !(hangUp && ++chunks >= 2);
                                          });
                        if (hangUp) {
                            ++disconnected;
                            http->stop();
                            afterHangUp = true;
                            continue;
                        }
                        if (!r || r->status != 200) {
                            ++errors;
                            noteError(r, afterHangUp,
                                      QStringLiteral("%1 request %2 of client %3")
                                          .arg(stream ? "streamed" : "plain")
                                          .arg(i)
                                          .arg(c));
                            continue;
                        }
                        const QStringList data = sseData(body);
                        (!data.isEmpty() && data.last() == "[DONE]" &&
                                 streamedText(data) == m_reference.value(model)
                             ? completed
                             : wrong)++;
                    }
                    afterHangUp = false;
                    std::lock_guard lock(latencyMutex);
                    latencies.push_back(double(clock.nsecsElapsed()) / 1e6);
                }
            });
        for (auto& t : threads)
            t.join();
        const double seconds = wall.elapsed() / 1000.0;
        std::sort(latencies.begin(), latencies.end());
        const auto pct = [&](double p) {
            return latencies.empty() ? 0.0 : latencies[size_t(p * (latencies.size() - 1))];
        };
        const qint64 rssAfter = m_node->rssKiB();
        qInfo("load: %d clients x %d requests in %.1f s: %d complete, %d disconnected on purpose, "
              "%d wrong, %d errors; "
              "latency p50 %.0f ms, p99 %.0f ms; node RSS %lld -> %lld KiB",
              kClients, kRequests, seconds, completed.load(), disconnected.load(), wrong.load(),
              errors.load(), pct(0.5), pct(0.99), rssBefore, rssAfter);
        QVERIFY2(errors.load() == 0, qPrintable(errorNotes.join(QStringLiteral("; "))));
        QCOMPARE(wrong.load(), 0);
        QCOMPARE(completed.load() + disconnected.load(), kClients * kRequests);
        // Bounded memory: the load adds connections and KV caches, not a leak per request.
        QVERIFY2(rssAfter < rssBefore + 512 * 1024,
                 qPrintable(QString::number(rssAfter - rssBefore)));
        // Every disconnected stream was cancelled: nothing is left running.
        QTRY_COMPARE_WITH_TIMEOUT(
            jsonOf(client().Get("/flywheel/v1/node")->body).value("running").toInt(), 0, 30000);
        // The node's own view of the load: its first tokens come before its whole answers.
        const QJsonObject status = jsonOf(client().Get("/flywheel/v1/node")->body);
        const double firstToken = status.value("first_token_ms_p50").toDouble();
        const double answer = status.value("latency_ms_p50").toDouble();
        qInfo("node: first token p50 %.0f ms, p99 %.0f ms; whole answer p50 %.0f ms", firstToken,
              status.value("first_token_ms_p99").toDouble(), answer);
        QVERIFY(firstToken > 0.0 && firstToken <= answer);
    }

    void drainsOnSigterm()
    {
        // A stream in flight when SIGTERM arrives finishes; the process exits 0.
        std::string body;
        std::atomic_bool firstChunk{false};
        std::thread streaming([&] {
            httplib::Client http("127.0.0.1", portOf(m_node->url()));
            http.set_read_timeout(120, 0);
            postStreaming(http, "/v1/chat/completions", chatBody("ad-a", 48, true),
                          [&](const char* data, size_t n) {
                              body.append(data, n);
                              firstChunk = true;
                              return true;
                          });
        });
        QTRY_VERIFY_WITH_TIMEOUT(firstChunk.load(), 60000);
        const int exitCode = m_node->terminate();
        streaming.join();
        QCOMPARE(exitCode, 0);
        const QStringList data = sseData(body);
        QVERIFY(!data.isEmpty());
        QCOMPARE(data.last(), QStringLiteral("[DONE]"));
        QVERIFY(m_node->output().contains("draining"));
    }

    void aKillDuringADeployLeavesItWholeOrAbsent()
    {
        const QString workspace = m_tmp.filePath(QStringLiteral("crash-node"));
        QCOMPARE(m_cli.run({"--workspace", workspace, "workspace", "init"}, kEnv).exitCode, 0);
        int whole = 0, absent = 0;
        for (int trial = 0; trial < 4; ++trial) {
            NodeProcess node(workspace, kPass);
            QVERIFY2(node.start(), qPrintable(node.output()));
            QProcess deploy;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert("FLYWHEEL_PASSPHRASE", kPass);
            deploy.setProcessEnvironment(env);
            deploy.start(QStringLiteral(FLYWHEEL_CLI_PATH),
                         {"--workspace", m_builder, "deploy", "base", "--node", node.url()});
            QTest::qWait(150 + trial * 250);
            node.kill();
            deploy.waitForFinished(60000);
            NodeProcess again(workspace, kPass);
            QVERIFY2(again.start(), qPrintable(again.output()));
            const QJsonArray list =
                QJsonDocument::fromJson(
                    QByteArray::fromStdString(httplib::Client("127.0.0.1", portOf(again.url()))
                                                  .Get("/flywheel/v1/deployments")
                                                  ->body))
                    .object()
                    .value("data")
                    .toArray();
            if (list.isEmpty()) {
                ++absent;
            } else {
                ++whole;
                // Whole means usable: the restarted node loaded it and answers with it.
                httplib::Client http("127.0.0.1", portOf(again.url()));
                http.set_read_timeout(120, 0);
                const auto r = http.Post("/v1/chat/completions", chatBody("base", 16, false),
                                         "application/json");
                QVERIFY(r && r->status == 200);
                QCOMPARE(chatContent(r->body), m_reference.value("base"));
                QCOMPARE(
                    m_cli
                        .run({"--workspace", m_builder, "undeploy", "base", "--node", again.url()},
                             kEnv)
                        .exitCode,
                    0);
            }
            QCOMPARE(again.terminate(), 0);
            QCOMPARE(m_cli.run({"--workspace", workspace, "workspace", "check"}, kEnv).exitCode, 0);
        }
        qInfo("kill -9 during a deploy: %d whole, %d absent, 0 broken", whole, absent);
    }
};

QTEST_GUILESS_MAIN(NodeServerTest)
#include "NodeServerTest.moc"

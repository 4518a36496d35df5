// OpenAI request bodies: what clients send is understood; malformed, mistyped, unsupported and
// oversized requests are 400s naming the field; responses have the shapes clients parse.
#include "node/ApiError.h"
#include "node/CompletionRequest.h"
#include "node/CompletionResponse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace fw;
using namespace fw::node;

namespace {

QJsonObject parseJson(const QByteArray& bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

} // namespace

class ApiRequestTest : public QObject
{
    Q_OBJECT
private slots:
    void chatRequestAsOpenAiClientsSendIt()
    {
        const QByteArray body = R"({"model": "helpful", "messages": [
            {"role": "system", "content": "Be brief."},
            {"role": "user", "content": [{"type": "text", "text": "Capital of "}, {"type": "text", "text": "France?"}]}],
            "temperature": 0, "top_p": 0.9, "max_tokens": 32, "stop": ["\n\n", "END"], "seed": 42,
            "stream": true, "stream_options": {"include_usage": true}, "n": 1, "user": "u1"})";
        const auto parsed = parseCompletionRequest(body, true);
        QVERIFY(std::holds_alternative<CompletionRequest>(parsed));
        const CompletionRequest& r = std::get<CompletionRequest>(parsed);
        QCOMPARE(r.model, QStringLiteral("helpful"));
        QCOMPARE(int(r.messages.size()), 2);
        QCOMPARE(r.messages[1].content, QStringLiteral("Capital of France?"));
        QCOMPARE(r.options.temperature, 0.0);
        QCOMPARE(r.options.topP, 0.9);
        QCOMPARE(r.options.maxNewTokens, 32);
        QVERIFY(r.maxTokensGiven);
        QCOMPARE(r.options.stopStrings, QStringList({"\n\n", "END"}));
        QCOMPARE(r.options.seed, uint64_t(42));
        QVERIFY(r.stream && r.streamUsage);
    }
    void defaultsAreOpenAis()
    {
        const auto parsed =
            parseCompletionRequest(R"({"model": "m", "prompt": "Once upon"})", false);
        const CompletionRequest& r = std::get<CompletionRequest>(parsed);
        QCOMPARE(r.prompt, QStringLiteral("Once upon"));
        QCOMPARE(r.options.temperature, 1.0);
        QCOMPARE(r.options.topP, 1.0);
        QVERIFY(!r.maxTokensGiven);
        QVERIFY(!r.stream);
        // A one-element prompt list is a prompt; max_completion_tokens is the newer name.
        const auto listed = parseCompletionRequest(R"({"model": "m", "prompt": ["x"]})", false);
        QCOMPARE(std::get<CompletionRequest>(listed).prompt, QStringLiteral("x"));
        const auto newer = parseCompletionRequest(
            R"({"model": "m", "messages": [{"role": "developer", "content": "x"}, {"role": "user", "content": "y"}],
                "max_completion_tokens": 5})",
            true);
        QCOMPARE(std::get<CompletionRequest>(newer).options.maxNewTokens, 5);
        QCOMPARE(std::get<CompletionRequest>(newer).messages[0].role, QStringLiteral("system"));
    }
    void refusals_data()
    {
        QTest::addColumn<bool>("chat");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("mentions");
        const QByteArray msgs = R"("messages": [{"role": "user", "content": "hi"}])";
        QTest::newRow("not json") << true << QByteArray("{\"model\": ") << "invalid_json"
                                  << "JSON";
        QTest::newRow("array body") << true << QByteArray("[1, 2]") << "invalid_json"
                                    << "object";
        QTest::newRow("empty body") << true << QByteArray() << "invalid_json"
                                    << "JSON";
        QTest::newRow("no model") << true << QByteArray("{" + msgs + "}") << "invalid_request"
                                  << "model";
        QTest::newRow("model a number")
            << true << QByteArray("{\"model\": 5, " + msgs + "}") << "invalid_request"
            << "model";
        QTest::newRow("unknown field")
            << true << QByteArray("{\"model\": \"m\", \"tempreature\": 1, " + msgs + "}")
            << "unknown_parameter"
            << "tempreature";
        QTest::newRow("empty messages")
            << true << QByteArray(R"({"model": "m", "messages": []})") << "invalid_request"
            << "messages";
        QTest::newRow("messages not list")
            << true << QByteArray(R"({"model": "m", "messages": "hi"})") << "invalid_request"
            << "messages";
        QTest::newRow("bad role")
            << true
            << QByteArray(R"({"model": "m", "messages": [{"role": "root", "content": "x"}]})")
            << "invalid_request"
            << "role";
        QTest::newRow("content number")
            << true << QByteArray(R"({"model": "m", "messages": [{"role": "user", "content": 3}]})")
            << "invalid_request"
            << "content";
        QTest::newRow("image part")
            << true
            << QByteArray(
                   R"({"model": "m", "messages": [{"role": "user", "content": [{"type": "image_url"}]}]})")
            << "invalid_request"
            << "content";
        QTest::newRow("ends with assistant")
            << true
            << QByteArray(R"({"model": "m", "messages": [{"role": "assistant", "content": "x"}]})")
            << "invalid_request"
            << "assistant";
        QTest::newRow("temperature string")
            << true << QByteArray("{\"model\": \"m\", \"temperature\": \"hot\", " + msgs + "}")
            << "invalid_request"
            << "temperature";
        QTest::newRow("temperature 3")
            << true << QByteArray("{\"model\": \"m\", \"temperature\": 3, " + msgs + "}")
            << "invalid_request"
            << "temperature";
        QTest::newRow("top_p 0") << true
                                 << QByteArray("{\"model\": \"m\", \"top_p\": 0, " + msgs + "}")
                                 << "invalid_request"
                                 << "top_p";
        QTest::newRow("huge max_tokens")
            << true << QByteArray("{\"model\": \"m\", \"max_tokens\": 100000000, " + msgs + "}")
            << "invalid_request"
            << "max_tokens";
        QTest::newRow("zero max_tokens")
            << true << QByteArray("{\"model\": \"m\", \"max_tokens\": 0, " + msgs + "}")
            << "invalid_request"
            << "max_tokens";
        QTest::newRow("fractional max_tokens")
            << true << QByteArray("{\"model\": \"m\", \"max_tokens\": 2.5, " + msgs + "}")
            << "invalid_request"
            << "max_tokens";
        QTest::newRow("five stops")
            << true
            << QByteArray("{\"model\": \"m\", \"stop\": [\"a\",\"b\",\"c\",\"d\",\"e\"], " + msgs +
                          "}")
            << "invalid_request"
            << "stop";
        QTest::newRow("empty stop")
            << true << QByteArray("{\"model\": \"m\", \"stop\": \"\", " + msgs + "}")
            << "invalid_request"
            << "stop";
        QTest::newRow("n 2") << true << QByteArray("{\"model\": \"m\", \"n\": 2, " + msgs + "}")
                             << "unsupported_parameter"
                             << "\"n\"";
        QTest::newRow("presence_penalty")
            << true << QByteArray("{\"model\": \"m\", \"presence_penalty\": 1, " + msgs + "}")
            << "unsupported_parameter"
            << "presence_penalty";
        QTest::newRow("logprobs") << true
                                  << QByteArray("{\"model\": \"m\", \"logprobs\": true, " + msgs +
                                                "}")
                                  << "unsupported_parameter"
                                  << "logprobs";
        QTest::newRow("json mode")
            << true
            << QByteArray("{\"model\": \"m\", \"response_format\": {\"type\": \"json_object\"}, " +
                          msgs + "}")
            << "unsupported_parameter"
            << "response_format";
        QTest::newRow("stream string")
            << true << QByteArray("{\"model\": \"m\", \"stream\": \"yes\", " + msgs + "}")
            << "invalid_request"
            << "stream";
        QTest::newRow("stream_options without stream")
            << true << QByteArray("{\"model\": \"m\", \"stream_options\": {}, " + msgs + "}")
            << "invalid_request"
            << "stream_options";
        QTest::newRow("prompt batch")
            << false << QByteArray(R"({"model": "m", "prompt": ["a", "b"]})") << "invalid_request"
            << "prompt";
        QTest::newRow("prompt missing")
            << false << QByteArray(R"({"model": "m"})") << "invalid_request"
            << "prompt";
        QTest::newRow("messages on completions")
            << false << QByteArray("{\"model\": \"m\", " + msgs + "}") << "unknown_parameter"
            << "messages";
        QTest::newRow("prompt too long")
            << false
            << QByteArray("{\"model\": \"m\", \"prompt\": \"" + QByteArray(300 * 1024, 'a') + "\"}")
            << "invalid_request"
            << "characters";
    }
    void refusals()
    {
        QFETCH(bool, chat);
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        QFETCH(QString, mentions);
        const auto parsed = parseCompletionRequest(body, chat);
        QVERIFY(std::holds_alternative<ApiError>(parsed));
        const ApiError& e = std::get<ApiError>(parsed);
        QCOMPARE(e.status, 400);
        QCOMPARE(e.code, code);
        QVERIFY2(e.message.contains(mentions), qPrintable(e.message));
        // The body is OpenAI's error shape.
        const QJsonObject error = parseJson(e.json()).value("error").toObject();
        QCOMPARE(error.value("message").toString(), e.message);
        QCOMPARE(error.value("type").toString(), QStringLiteral("invalid_request_error"));
        QCOMPARE(error.value("code").toString(), code);
    }
    void errorStatuses_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("status");
        QTest::newRow("bad input") << int(ErrorCode::InvalidArgument) << 400;
        QTest::newRow("unknown model") << int(ErrorCode::NotFound) << 404;
        QTest::newRow("unsigned") << int(ErrorCode::Locked) << 401;
        QTest::newRow("conflict") << int(ErrorCode::AlreadyExists) << 409;
        QTest::newRow("queue full") << int(ErrorCode::Busy) << 429;
        QTest::newRow("bug") << int(ErrorCode::Internal) << 500;
    }
    void errorStatuses()
    {
        QFETCH(int, code);
        QFETCH(int, status);
        QCOMPARE(ApiError::fromError(makeError(ErrorCode(code), "x")).status, status);
    }
    void chatResponseShapes()
    {
        const CompletionResponse r(true, "chatcmpl-1", "helpful", 1700000000);
        const QJsonObject full = parseJson(r.complete("Paris.", ml::FinishReason::Stop, {12, 3}));
        QCOMPARE(full.value("object").toString(), QStringLiteral("chat.completion"));
        const QJsonObject choice = full.value("choices").toArray().first().toObject();
        QCOMPARE(choice.value("message").toObject().value("content").toString(),
                 QStringLiteral("Paris."));
        QCOMPARE(choice.value("message").toObject().value("role").toString(),
                 QStringLiteral("assistant"));
        QCOMPARE(choice.value("finish_reason").toString(), QStringLiteral("stop"));
        QCOMPARE(full.value("usage").toObject().value("total_tokens").toInt(), 15);
        QVERIFY(r.firstChunk().startsWith("data: {"));
        QVERIFY(r.firstChunk().endsWith("\n\n"));
        const QJsonObject delta = parseJson(r.deltaChunk("Par").mid(6));
        QCOMPARE(delta.value("object").toString(), QStringLiteral("chat.completion.chunk"));
        QCOMPARE(delta.value("choices")
                     .toArray()
                     .first()
                     .toObject()
                     .value("delta")
                     .toObject()
                     .value("content")
                     .toString(),
                 QStringLiteral("Par"));
        QVERIFY(
            delta.value("choices").toArray().first().toObject().value("finish_reason").isNull());
        const QJsonObject last = parseJson(r.finalChunk(ml::FinishReason::Length).mid(6));
        QCOMPARE(
            last.value("choices").toArray().first().toObject().value("finish_reason").toString(),
            QStringLiteral("length"));
        const QJsonObject usage = parseJson(r.usageChunk({4, 5}).mid(6));
        QVERIFY(usage.value("choices").toArray().isEmpty());
        QCOMPARE(usage.value("usage").toObject().value("completion_tokens").toInt(), 5);
        QCOMPARE(CompletionResponse::doneEvent(), QByteArray("data: [DONE]\n\n"));
    }
    void textResponseShapes()
    {
        const CompletionResponse r(false, "cmpl-1", "base", 1700000000);
        const QJsonObject full = parseJson(r.complete(" there", ml::FinishReason::Length, {2, 1}));
        QCOMPARE(full.value("object").toString(), QStringLiteral("text_completion"));
        QCOMPARE(full.value("choices").toArray().first().toObject().value("text").toString(),
                 QStringLiteral(" there"));
        QVERIFY(r.firstChunk().isEmpty()); // text streams start with text
        QCOMPARE(parseJson(r.deltaChunk("a").mid(6))
                     .value("choices")
                     .toArray()
                     .first()
                     .toObject()
                     .value("text")
                     .toString(),
                 QStringLiteral("a"));
    }
};

QTEST_GUILESS_MAIN(ApiRequestTest)
#include "api_request_test.moc"

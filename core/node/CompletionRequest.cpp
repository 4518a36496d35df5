// Field-by-field checks of OpenAI request bodies.
#include "node/CompletionRequest.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <cmath>

namespace fw::node {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("fw::node", text);
}

ApiError invalid(const QString& message, const QString& code = QStringLiteral("invalid_request"))
{
    return ApiError::badRequest(message, code);
}

// Accepted fields. Options we do not implement are accepted only at the value that means "off",
// so a client never silently gets something other than what it asked for.
const QSet<QString>& knownFields(bool chat)
{
    static const QSet<QString> common{"model",
                                      "stream",
                                      "stream_options",
                                      "temperature",
                                      "top_p",
                                      "max_tokens",
                                      "stop",
                                      "seed",
                                      "n",
                                      "user",
                                      "presence_penalty",
                                      "frequency_penalty",
                                      "logprobs",
                                      "echo",
                                      "best_of",
                                      "logit_bias"};
    static const QSet<QString> chatFields =
        common + QSet<QString>{"messages", "max_completion_tokens", "top_logprobs",
                               "response_format", "parallel_tool_calls"};
    static const QSet<QString> textFields = common + QSet<QString>{"prompt", "suffix"};
    return chat ? chatFields : textFields;
}

std::optional<ApiError> checkUnsupported(const QJsonObject& o)
{
    const auto off = [&](const char* key, const QJsonValue& offValue) -> std::optional<ApiError> {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isNull() && v != offValue)
            return invalid(
                tr("\"%1\" is not supported by this node; leave it out").arg(QLatin1String(key)),
                QStringLiteral("unsupported_parameter"));
        return std::nullopt;
    };
    for (const auto& [key, value] : {std::pair{"n", QJsonValue(1)},
                                     {"presence_penalty", QJsonValue(0)},
                                     {"frequency_penalty", QJsonValue(0)},
                                     {"logprobs", QJsonValue(false)},
                                     {"echo", QJsonValue(false)},
                                     {"best_of", QJsonValue(1)},
                                     {"top_logprobs", QJsonValue(0)},
                                     {"suffix", QJsonValue(QString())},
                                     {"parallel_tool_calls", QJsonValue(false)}})
        if (auto e = off(key, value))
            return e;
    if (const QJsonValue bias = o.value(QLatin1String("logit_bias"));
        bias.isObject() && !bias.toObject().isEmpty())
        return invalid(tr("\"logit_bias\" is not supported by this node; leave it out"),
                       QStringLiteral("unsupported_parameter"));
    if (const QJsonValue format = o.value(QLatin1String("response_format"));
        !format.isUndefined() && !format.isNull() &&
        format.toObject().value(QLatin1String("type")).toString() != QLatin1String("text"))
        return invalid(tr("only \"response_format\": {\"type\": \"text\"} is supported"),
                       QStringLiteral("unsupported_parameter"));
    return std::nullopt;
}

std::optional<ApiError> number(const QJsonObject& o, const char* key, double min, double max,
                               double* out)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isDouble() || !std::isfinite(v.toDouble()) || v.toDouble() < min || v.toDouble() > max)
        return invalid(
            tr("\"%1\" must be a number from %2 to %3").arg(QLatin1String(key)).arg(min).arg(max));
    *out = v.toDouble();
    return std::nullopt;
}

std::optional<ApiError> integer(const QJsonObject& o, const char* key, double min, double max,
                                double* out)
{
    if (auto e = number(o, key, min, max, out))
        return invalid(tr("\"%1\" must be a whole number from %2 to %3")
                           .arg(QLatin1String(key))
                           .arg(qint64(min))
                           .arg(qint64(max)));
    if (std::floor(*out) != *out)
        return invalid(tr("\"%1\" must be a whole number").arg(QLatin1String(key)));
    return std::nullopt;
}

// OpenAI accepts content as a string or as a list of parts; we take the text parts.
std::optional<QString> messageText(const QJsonValue& content)
{
    if (content.isString())
        return content.toString();
    if (!content.isArray())
        return std::nullopt;
    QString text;
    for (const QJsonValue& part : content.toArray()) {
        const QJsonObject p = part.toObject();
        if (p.value(QLatin1String("type")).toString() != QLatin1String("text") ||
            !p.value(QLatin1String("text")).isString())
            return std::nullopt;
        text += p.value(QLatin1String("text")).toString();
    }
    return text;
}

std::optional<ApiError> parseMessages(const QJsonObject& o, const CompletionLimits& limits,
                                      CompletionRequest& r)
{
    const QJsonValue v = o.value(QLatin1String("messages"));
    if (!v.isArray() || v.toArray().isEmpty())
        return invalid(tr("\"messages\" must be a non-empty list"));
    if (v.toArray().size() > limits.maxMessages)
        return invalid(tr("at most %1 messages are accepted").arg(limits.maxMessages));
    qsizetype chars = 0;
    for (const QJsonValue& item : v.toArray()) {
        const QJsonObject m = item.toObject();
        QString role = m.value(QLatin1String("role")).toString();
        if (role == QLatin1String("developer"))
            role = QStringLiteral("system"); // OpenAI's newer name for the system role
        if (role != QLatin1String("system") && role != QLatin1String("user") &&
            role != QLatin1String("assistant"))
            return invalid(tr("each message needs a \"role\" of system, user or assistant"));
        const std::optional<QString> text = messageText(m.value(QLatin1String("content")));
        if (!text)
            return invalid(tr("each message needs a \"content\" string (or a list of text parts)"));
        chars += text->size();
        r.messages.push_back({role, *text});
    }
    if (chars > limits.maxPromptChars)
        return invalid(tr("the messages hold %1 characters; at most %2 are accepted")
                           .arg(chars)
                           .arg(limits.maxPromptChars));
    if (r.messages.back().role == QLatin1String("assistant"))
        return invalid(
            tr("the last message must not be the assistant's: the node writes that one"));
    return std::nullopt;
}

std::optional<ApiError> parsePrompt(const QJsonObject& o, const CompletionLimits& limits,
                                    CompletionRequest& r)
{
    QJsonValue v = o.value(QLatin1String("prompt"));
    if (v.isArray() && v.toArray().size() == 1)
        v = v.toArray().first(); // a batch of one
    if (!v.isString())
        return invalid(tr("\"prompt\" must be a string (batches of prompts are not supported)"));
    r.prompt = v.toString();
    if (r.prompt.size() > limits.maxPromptChars)
        return invalid(tr("the prompt holds %1 characters; at most %2 are accepted")
                           .arg(r.prompt.size())
                           .arg(limits.maxPromptChars));
    return std::nullopt;
}

std::optional<ApiError> parseStop(const QJsonObject& o, CompletionRequest& r)
{
    const QJsonValue v = o.value(QLatin1String("stop"));
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    const QJsonArray list = v.isString() ? QJsonArray{v} : v.toArray();
    if ((!v.isString() && !v.isArray()) || list.size() > 4)
        return invalid(tr("\"stop\" must be a string or a list of up to 4 strings"));
    for (const QJsonValue& s : list) {
        if (!s.isString() || s.toString().isEmpty() || s.toString().size() > 256)
            return invalid(tr("each stop sequence must be a string of 1 to 256 characters"));
        r.options.stopStrings.append(s.toString());
    }
    return std::nullopt;
}

std::optional<ApiError> parseSampling(const QJsonObject& o, const CompletionLimits& limits,
                                      CompletionRequest& r)
{
    double temperature = 1.0, topP = 1.0, maxTokens = 0.0, seed = 0.0;
    if (auto e = number(o, "temperature", 0.0, 2.0, &temperature))
        return e;
    if (auto e = number(o, "top_p", 0.0, 1.0, &topP))
        return e;
    if (topP <= 0.0)
        return invalid(tr("\"top_p\" must be above 0"));
    for (const char* key : {"max_tokens", "max_completion_tokens"}) {
        if (auto e = integer(o, key, 1, limits.maxTokens, &maxTokens))
            return e;
        r.maxTokensGiven = r.maxTokensGiven || maxTokens > 0.0;
    }
    if (auto e = integer(o, "seed", -9007199254740991.0, 9007199254740991.0, &seed))
        return e;
    r.options.temperature = temperature;
    r.options.topP = topP;
    r.options.maxNewTokens = r.maxTokensGiven ? int(maxTokens) : 0;
    r.options.seed = uint64_t(int64_t(seed));
    return parseStop(o, r);
}

std::optional<ApiError> parseStream(const QJsonObject& o, CompletionRequest& r)
{
    const QJsonValue stream = o.value(QLatin1String("stream"));
    if (!stream.isUndefined() && !stream.isNull() && !stream.isBool())
        return invalid(tr("\"stream\" must be true or false"));
    r.stream = stream.toBool(false);
    const QJsonValue options = o.value(QLatin1String("stream_options"));
    if (!options.isUndefined() && !options.isNull()) {
        if (!options.isObject() || !r.stream)
            return invalid(
                tr("\"stream_options\" is an object, allowed only with \"stream\": true"));
        r.streamUsage = options.toObject().value(QLatin1String("include_usage")).toBool(false);
    }
    return std::nullopt;
}

} // namespace

std::variant<CompletionRequest, ApiError> parseCompletionRequest(const QByteArray& body, bool chat,
                                                                 const CompletionLimits& limits)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalid(tr("the body is not valid JSON: %1 at byte %2")
                           .arg(parseError.errorString())
                           .arg(parseError.offset),
                       QStringLiteral("invalid_json"));
    if (!doc.isObject())
        return invalid(tr("the body must be a JSON object"), QStringLiteral("invalid_json"));
    const QJsonObject o = doc.object();
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!knownFields(chat).contains(it.key()))
            return invalid(tr("unknown field \"%1\"").arg(it.key()),
                           QStringLiteral("unknown_parameter"));
    CompletionRequest r;
    r.chat = chat;
    r.model = o.value(QLatin1String("model")).toString();
    if (r.model.isEmpty())
        return invalid(tr("\"model\" must name a deployed model or adapter"));
    if (auto e = checkUnsupported(o))
        return *e;
    if (auto e = chat ? parseMessages(o, limits, r) : parsePrompt(o, limits, r))
        return *e;
    if (auto e = parseSampling(o, limits, r))
        return *e;
    if (auto e = parseStream(o, r))
        return *e;
    return r;
}

} // namespace fw::node

// JSON of OpenAI's chat.completion / text_completion objects and their streamed chunks.
#include "node/CompletionResponse.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fw::node {

namespace {

QJsonObject usageJson(const Usage& u)
{
    return {{QStringLiteral("prompt_tokens"), u.promptTokens},
            {QStringLiteral("completion_tokens"), u.completionTokens},
            {QStringLiteral("total_tokens"), u.promptTokens + u.completionTokens}};
}

QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

QString finishReasonName(ml::FinishReason reason)
{
    return reason == ml::FinishReason::Length ? QStringLiteral("length") : QStringLiteral("stop");
}

CompletionResponse::CompletionResponse(bool chat, QString id, QString model, qint64 created)
    : m_chat(chat), m_id(std::move(id)), m_model(std::move(model)), m_created(created)
{
}

QByteArray CompletionResponse::complete(const QString& text, ml::FinishReason reason,
                                        const Usage& usage, const QJsonObject& flywheel) const
{
    QJsonObject choice{{QStringLiteral("index"), 0},
                       {QStringLiteral("finish_reason"), finishReasonName(reason)}};
    if (m_chat) {
        choice.insert(QStringLiteral("message"),
                      QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                  {QStringLiteral("content"), text}});
    } else {
        choice.insert(QStringLiteral("text"), text);
        choice.insert(QStringLiteral("logprobs"), QJsonValue::Null);
    }
    QJsonObject o{{QStringLiteral("id"), m_id},
                  {QStringLiteral("object"), m_chat ? QStringLiteral("chat.completion")
                                                    : QStringLiteral("text_completion")},
                  {QStringLiteral("created"), double(m_created)},
                  {QStringLiteral("model"), m_model},
                  {QStringLiteral("choices"), QJsonArray{choice}},
                  {QStringLiteral("usage"), usageJson(usage)}};
    if (!flywheel.isEmpty())
        o.insert(QStringLiteral("flywheel"), flywheel);
    return compact(o);
}

QByteArray CompletionResponse::chunk(const QJsonObject& choice) const
{
    return event(
        compact({{QStringLiteral("id"), m_id},
                 {QStringLiteral("object"), m_chat ? QStringLiteral("chat.completion.chunk")
                                                   : QStringLiteral("text_completion")},
                 {QStringLiteral("created"), double(m_created)},
                 {QStringLiteral("model"), m_model},
                 {QStringLiteral("choices"), QJsonArray{choice}}}));
}

QByteArray CompletionResponse::firstChunk() const
{
    if (!m_chat)
        return {};
    return chunk({{QStringLiteral("index"), 0},
                  {QStringLiteral("delta"),
                   QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                               {QStringLiteral("content"), QString()}}},
                  {QStringLiteral("finish_reason"), QJsonValue::Null}});
}

QByteArray CompletionResponse::deltaChunk(const QString& text) const
{
    QJsonObject choice{{QStringLiteral("index"), 0},
                       {QStringLiteral("finish_reason"), QJsonValue::Null}};
    if (m_chat)
        choice.insert(QStringLiteral("delta"), QJsonObject{{QStringLiteral("content"), text}});
    else
        choice.insert(QStringLiteral("text"), text);
    return chunk(choice);
}

QByteArray CompletionResponse::finalChunk(ml::FinishReason reason) const
{
    QJsonObject choice{{QStringLiteral("index"), 0},
                       {QStringLiteral("finish_reason"), finishReasonName(reason)}};
    if (m_chat)
        choice.insert(QStringLiteral("delta"), QJsonObject{});
    else
        choice.insert(QStringLiteral("text"), QString());
    return chunk(choice);
}

QByteArray CompletionResponse::choicelessChunk(const QString& field, const QJsonValue& value) const
{
    return event(
        compact({{QStringLiteral("id"), m_id},
                 {QStringLiteral("object"), m_chat ? QStringLiteral("chat.completion.chunk")
                                                   : QStringLiteral("text_completion")},
                 {QStringLiteral("created"), double(m_created)},
                 {QStringLiteral("model"), m_model},
                 {QStringLiteral("choices"), QJsonArray{}},
                 {field, value}}));
}

QByteArray CompletionResponse::usageChunk(const Usage& usage) const
{
    return choicelessChunk(QStringLiteral("usage"), usageJson(usage));
}

QByteArray CompletionResponse::flywheelChunk(const QJsonObject& flywheel) const
{
    return choicelessChunk(QStringLiteral("flywheel"), flywheel);
}

QByteArray CompletionResponse::doneEvent()
{
    return QByteArrayLiteral("data: [DONE]\n\n");
}

QByteArray CompletionResponse::event(const QByteArray& json)
{
    return QByteArrayLiteral("data: ") + json + QByteArrayLiteral("\n\n");
}

} // namespace fw::node

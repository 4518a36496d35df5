// OpenAI response bodies: a whole completion, the chunks of a stream (server-sent events) and
// the model list, for chat and text completions alike.
#pragma once

#include "ml/GenerationOptions.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace fw::node {

struct Usage
{
    int promptTokens = 0;
    int completionTokens = 0;
};

// "stop" / "length"; a cancelled generation never reaches a client.
QString finishReasonName(ml::FinishReason reason);

class CompletionResponse
{
public:
    // `id` is unique per request ("chatcmpl-..." / "cmpl-..."), `created` in seconds.
    CompletionResponse(bool chat, QString id, QString model, qint64 created);

    // `flywheel`, when not empty, is added as the "flywheel" field (the paid request's receipt).
    QByteArray complete(const QString& text, ml::FinishReason reason, const Usage& usage,
                        const QJsonObject& flywheel = {}) const;

    // One "data: {...}\n\n" event each. The first chat chunk carries the role.
    QByteArray firstChunk() const;
    QByteArray deltaChunk(const QString& text) const;
    QByteArray finalChunk(ml::FinishReason reason) const;
    QByteArray usageChunk(const Usage& usage) const; // choices: [] and usage (stream_options)
    // The last chunk of a paid stream: choices: [] and the "flywheel" field with the receipt.
    QByteArray flywheelChunk(const QJsonObject& flywheel) const;
    static QByteArray doneEvent();                   // "data: [DONE]\n\n"
    static QByteArray event(const QByteArray& json);

    const QString& id() const { return m_id; }

private:
    QByteArray chunk(const QJsonObject& choice) const;
    // A chunk with `choices: []` and one more field (usage, the receipt).
    QByteArray choicelessChunk(const QString& field, const QJsonValue& value) const;

    bool m_chat;
    QString m_id;
    QString m_model;
    qint64 m_created;
};

} // namespace fw::node

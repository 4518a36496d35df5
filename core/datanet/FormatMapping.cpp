// Field mapping per format.
#include "datanet/FormatMapping.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace fw::datanet {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("fw::datanet", text);
}

// ShareGPT speakers -> OpenAI roles.
Result<QJsonObject> fromShareGpt(const QJsonObject& line)
{
    for (auto it = line.begin(); it != line.end(); ++it)
        if (it.key() != "conversations" && it.key() != "id")
            return makeError(ErrorCode::InvalidArgument, tr("unexpected field \"%1\"").arg(it.key()));
    const QJsonValue conv = line.value("conversations");
    if (!conv.isArray())
        return makeError(ErrorCode::InvalidArgument, tr("field \"conversations\" must be an array"));
    QJsonArray messages;
    const QJsonArray turns = conv.toArray();
    for (qsizetype i = 0; i < turns.size(); ++i) {
        const QJsonObject t = turns.at(i).toObject();
        const QString from = t.value("from").toString();
        QString role;
        if (from == "human" || from == "user")
            role = "user";
        else if (from == "gpt" || from == "assistant" || from == "model")
            role = "assistant";
        else if (from == "system")
            role = "system";
        else
            return makeError(ErrorCode::InvalidArgument,
                             tr("turn %1: unknown speaker \"%2\"").arg(i + 1).arg(from));
        messages.append(QJsonObject{{"role", role}, {"content", t.value("value")}});
    }
    return QJsonObject{{"messages", messages}};
}

QString userText(const QJsonObject& instruction)
{
    const QString input = instruction.value("input").toString();
    const QString text = instruction.value("instruction").toString();
    return input.isEmpty() ? text : text + "\n\n" + input;
}

// The single (user, assistant) exchange a non-chat record stands for.
std::optional<std::pair<QString, QString>> exchange(const RecordContent& c)
{
    const QJsonObject& j = c.json();
    switch (c.kind()) {
    case RecordKind::Instruction:
        return std::make_pair(userText(j), j.value("output").toString());
    case RecordKind::Preference:
        return std::make_pair(j.value("prompt").toString(), j.value("chosen").toString());
    case RecordKind::Chat: {
        const QJsonArray m = j.value("messages").toArray();
        QJsonArray turns;
        for (const QJsonValue& v : m)
            if (v.toObject().value("role") != "system")
                turns.append(v);
        if (turns.size() == 2 && turns[0].toObject().value("role") == "user")
            return std::make_pair(turns[0].toObject().value("content").toString(),
                                  turns[1].toObject().value("content").toString());
        return std::nullopt;
    }
    case RecordKind::Text:
        break;
    }
    return std::nullopt;
}

QJsonArray chatMessages(const RecordContent& c)
{
    if (c.kind() == RecordKind::Chat)
        return c.json().value("messages").toArray();
    const auto ex = exchange(c);
    return QJsonArray{QJsonObject{{"role", "user"}, {"content", ex->first}},
                      QJsonObject{{"role", "assistant"}, {"content", ex->second}}};
}

Error cannotExport(const RecordContent& c, ImportFormat f)
{
    return makeError(ErrorCode::Unsupported, tr("%1 records cannot be exported as %2")
                                                 .arg(kindName(c.kind()), formatName(f)));
}
} // namespace

Result<RecordContent> contentFromFormat(ImportFormat format, RecordKind kind, const QJsonObject& line)
{
    const std::optional<RecordKind> produced = formatKind(format);
    if (produced && *produced != kind)
        return makeError(ErrorCode::InvalidArgument,
                         tr("the %1 format holds %2 records, but this datanet takes %3 records")
                             .arg(formatName(format), kindName(*produced), kindName(kind)));
    if (format == ImportFormat::ShareGpt) {
        Result<QJsonObject> chat = fromShareGpt(line);
        if (!chat)
            return chat.error();
        return RecordContent::fromJson(kind, *chat);
    }
    return RecordContent::fromJson(kind, line);
}

Result<QJsonObject> contentToFormat(const RecordContent& c, ImportFormat format)
{
    switch (format) {
    case ImportFormat::Alpaca: {
        if (c.kind() == RecordKind::Instruction)
            return c.json();
        const auto ex = exchange(c);
        if (!ex)
            return cannotExport(c, format);
        return QJsonObject{{"instruction", ex->first}, {"input", ""}, {"output", ex->second}};
    }
    case ImportFormat::OpenAi:
    case ImportFormat::ShareGpt: {
        if (c.kind() == RecordKind::Text)
            return cannotExport(c, format);
        const QJsonArray messages = chatMessages(c);
        if (format == ImportFormat::OpenAi)
            return QJsonObject{{"messages", messages}};
        QJsonArray turns;
        for (const QJsonValue& v : messages) {
            const QString role = v.toObject().value("role").toString();
            turns.append(QJsonObject{{"from", role == "user" ? "human" : role == "assistant" ? "gpt" : role},
                                     {"value", v.toObject().value("content")}});
        }
        return QJsonObject{{"conversations", turns}};
    }
    case ImportFormat::Preference:
        if (c.kind() != RecordKind::Preference)
            return cannotExport(c, format);
        return c.json();
    case ImportFormat::TextJsonl:
    case ImportFormat::PlainText:
        return QJsonObject{{"text", c.plainText()}};
    case ImportFormat::Csv:
        break;
    }
    return cannotExport(c, format);
}

} // namespace fw::datanet

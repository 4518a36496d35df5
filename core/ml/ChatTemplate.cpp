// The four chat formats written out exactly as their reference Jinja templates produce them.
#include "ml/ChatTemplate.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace fw::ml {

namespace {

const QString kAlpacaPreamble = QStringLiteral(
    "Below is an instruction that describes a task. Write a response that appropriately completes the request.");

} // namespace

ChatTemplate::ChatTemplate(Format format, QString bosText, QString eosText)
    : m_format(format), m_bos(std::move(bosText)), m_eos(std::move(eosText))
{
}

ChatTemplate ChatTemplate::forTokenizerConfig(const QByteArray& json, QString bosText,
                                              QString eosText)
{
    const QJsonObject config = QJsonDocument::fromJson(json).object();
    const auto format = detect(config.value(QStringLiteral("chat_template")).toString());
    return ChatTemplate(format.value_or(Format::ChatML), std::move(bosText), std::move(eosText));
}

std::optional<ChatTemplate::Format> ChatTemplate::detect(const QString& t)
{
    if (t.contains(QLatin1String("<|im_start|>")))
        return Format::ChatML;
    if (t.contains(QLatin1String("<|start_header_id|>")))
        return Format::Llama3;
    if (t.contains(QLatin1String("[INST]")))
        return Format::Llama2;
    if (t.contains(QLatin1String("### Instruction")))
        return Format::Alpaca;
    return std::nullopt;
}

std::optional<ChatTemplate::Format> ChatTemplate::fromName(const QString& n)
{
    for (Format f : {Format::ChatML, Format::Llama2, Format::Llama3, Format::Alpaca})
        if (name(f) == n.toLower())
            return f;
    return std::nullopt;
}

QString ChatTemplate::name(Format format)
{
    switch (format) {
    case Format::ChatML: return QStringLiteral("chatml");
    case Format::Llama2: return QStringLiteral("llama2");
    case Format::Llama3: return QStringLiteral("llama3");
    case Format::Alpaca: return QStringLiteral("alpaca");
    }
    return QString();
}

QStringList ChatTemplate::names()
{
    return {name(Format::ChatML), name(Format::Llama2), name(Format::Llama3), name(Format::Alpaca)};
}

QString ChatTemplate::endOfTurn() const
{
    switch (m_format) {
    case Format::ChatML: return QStringLiteral("<|im_end|>");
    case Format::Llama3: return QStringLiteral("<|eot_id|>");
    case Format::Llama2:
    case Format::Alpaca: return m_eos;
    }
    return m_eos;
}

QString ChatTemplate::render(const std::vector<ChatMessage>& messages, bool addGenerationPrompt) const
{
    QString out;
    QString system;
    size_t first = 0;
    if (!messages.empty() && messages[0].role == QLatin1String("system")) {
        system = messages[0].content;
        first = 1;
    }
    switch (m_format) {
    case Format::ChatML:
        if (!system.isEmpty())
            out += QStringLiteral("<|im_start|>system\n%1<|im_end|>\n").arg(system);
        for (size_t i = first; i < messages.size(); ++i)
            out += QStringLiteral("<|im_start|>%1\n%2<|im_end|>\n").arg(messages[i].role, messages[i].content);
        if (addGenerationPrompt)
            out += QStringLiteral("<|im_start|>assistant\n");
        return out;
    case Format::Llama3:
        out += m_bos;
        if (!system.isEmpty())
            out += QStringLiteral("<|start_header_id|>system<|end_header_id|>\n\n%1<|eot_id|>").arg(system);
        for (size_t i = first; i < messages.size(); ++i)
            out += QStringLiteral("<|start_header_id|>%1<|end_header_id|>\n\n%2<|eot_id|>")
                       .arg(messages[i].role, messages[i].content.trimmed());
        if (addGenerationPrompt)
            out += QStringLiteral("<|start_header_id|>assistant<|end_header_id|>\n\n");
        return out;
    case Format::Llama2:
        // The system prompt rides inside the first [INST] block, as Meta's template does.
        for (size_t i = first; i < messages.size(); ++i) {
            const ChatMessage& m = messages[i];
            if (m.role == QLatin1String("user")) {
                QString content = m.content.trimmed();
                if (i == first && !system.isEmpty())
                    content = QStringLiteral("<<SYS>>\n%1\n<</SYS>>\n\n%2").arg(system.trimmed(), content);
                out += QStringLiteral("%1[INST] %2 [/INST]").arg(m_bos, content);
            } else {
                out += QStringLiteral(" %1 %2").arg(m.content.trimmed(), m_eos);
            }
        }
        return out;
    case Format::Alpaca:
        out += (system.isEmpty() ? kAlpacaPreamble : system) + QStringLiteral("\n\n");
        for (size_t i = first; i < messages.size(); ++i) {
            if (messages[i].role == QLatin1String("user"))
                out += QStringLiteral("### Instruction:\n%1\n\n### Response:\n").arg(messages[i].content);
            else
                out += messages[i].content + m_eos + QStringLiteral("\n\n");
        }
        if (!addGenerationPrompt && out.endsWith(QLatin1String("### Response:\n")))
            out.chop(int(QStringLiteral("### Response:\n").size()));
        return out;
    }
    return out;
}

QString ChatTemplate::prompt(const QString& user, const QString& system) const
{
    std::vector<ChatMessage> messages;
    if (!system.isEmpty())
        messages.push_back({QStringLiteral("system"), system});
    messages.push_back({QStringLiteral("user"), user});
    return render(messages, /*addGenerationPrompt=*/true);
}

QString ChatTemplate::reply(const QString& assistant) const
{
    switch (m_format) {
    case Format::ChatML: return assistant + QStringLiteral("<|im_end|>\n");
    case Format::Llama3: return assistant.trimmed() + QStringLiteral("<|eot_id|>");
    case Format::Llama2: return QStringLiteral(" %1 %2").arg(assistant.trimmed(), m_eos);
    case Format::Alpaca: return assistant + m_eos;
    }
    return assistant;
}

} // namespace fw::ml

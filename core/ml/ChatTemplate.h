// Chat formats (ChatML, Llama 2, Llama 3, Alpaca): conversation -> the text a model was tuned on.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace fw::ml {

struct ChatMessage
{
    QString role; // "system", "user" or "assistant"
    QString content;
};

class ChatTemplate
{
public:
    enum class Format { ChatML, Llama2, Llama3, Alpaca };

    explicit ChatTemplate(Format format = Format::ChatML, QString bosText = {}, QString eosText = {});

    // Recognises the format of a tokenizer_config.json "chat_template" string; nullopt when unknown.
    static std::optional<Format> detect(const QString& jinjaTemplate);
    // The template a model was tuned with, from its tokenizer_config.json bytes: the detected
    // format, ChatML when there is none or it is not recognised (our own models).
    static ChatTemplate forTokenizerConfig(const QByteArray& tokenizerConfigJson, QString bosText,
                                           QString eosText);
    static std::optional<Format> fromName(const QString& name); // "chatml", "llama2", "llama3", "alpaca"
    static QString name(Format format);
    static QStringList names();

    // The conversation as text; with addGenerationPrompt it ends where the assistant's reply starts.
    QString render(const std::vector<ChatMessage>& messages, bool addGenerationPrompt) const;
    // One training example: the prompt part (no loss) and the reply part with its end marker.
    QString prompt(const QString& user, const QString& system = {}) const;
    QString reply(const QString& assistant) const;
    // Text that ends an assistant turn: generation stops on it.
    QString endOfTurn() const;

    Format format() const { return m_format; }

private:
    Format m_format;
    QString m_bos;
    QString m_eos;
};

} // namespace fw::ml

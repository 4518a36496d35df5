// Fuzz target: chat template detection from a tokenizer_config.json "chat_template", then rendering
// of a conversation read from the input (line 1: BOS, line 2: EOS, then "role: content" lines).
#include "ml/ChatTemplate.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using fw::ml::ChatTemplate;
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    (void)ChatTemplate::detect(text);
    (void)ChatTemplate::fromName(text);

    const QStringList lines = text.split(QLatin1Char('\n'));
    std::vector<fw::ml::ChatMessage> messages;
    for (qsizetype i = 2; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(QLatin1Char(':'));
        messages.push_back({lines[i].left(colon), colon < 0 ? lines[i] : lines[i].mid(colon + 1)});
    }
    const QString bos = lines.value(0), eos = lines.value(1);
    for (const QString& name : ChatTemplate::names()) {
        const ChatTemplate chat(*ChatTemplate::fromName(name), bos, eos);
        (void)chat.render(messages, true);
        (void)chat.render(messages, false);
        const QString user = messages.empty() ? QString() : messages.front().content;
        (void)(chat.prompt(user, bos) + chat.reply(eos) + chat.endOfTurn());
    }
    return 0;
}

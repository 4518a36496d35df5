// Fuzz target: Hugging Face tokenizer.json (byte-level BPE) loading, then encode/decode of sample
// text.
#include "ml/ByteLevelBpeTokenizer.h"

#include <QJsonDocument>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(
        QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size)));
    if (!doc.isObject())
        return 0;
    auto tokenizer = fw::ml::ByteLevelBpeTokenizer::fromJson(doc.object());
    if (!tokenizer.ok())
        return 0;
    // A loaded tokenizer meets user text at once: the model page encodes a preview.
    const fw::ml::Tokenizer& t = **tokenizer;
    for (const QString& text :
         {QStringLiteral("Hello, wörld! 你好 🚀 12345\n\t<|eot|> it's"), QString()}) {
        const std::vector<int> ids = t.encodeDocument(text);
        for (int id : ids)
            if (id < 0 || id >= t.vocabSize())
                __builtin_trap(); // an id the model has no embedding for
        (void)t.decode(ids);
        (void)t.decode(ids, true);
    }
    return 0;
}

// Fuzz target: SentencePiece tokenizer.model (serialized ModelProto) parsing, then encode/decode.
#include "ml/SentencePieceTokenizer.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray model(reinterpret_cast<const char*>(data), qsizetype(size));
    auto tokenizer = fw::ml::SentencePieceTokenizer::fromSerialized(model);
    if (!tokenizer.ok())
        return 0;
    const fw::ml::Tokenizer& t = **tokenizer;
    for (const QString& text :
         {QStringLiteral("Hello  wörld! 你好 🚀 12345\n\t</s> é"), QString()}) {
        const std::vector<int> ids = t.encodeDocument(text);
        for (int id : ids)
            if (id < 0 || id >= t.vocabSize())
                __builtin_trap(); // an id the model has no embedding for
        (void)t.decode(ids);
        (void)t.decode(ids, true);
    }
    return 0;
}

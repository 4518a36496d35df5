// BPE training: count GPT-2 pre-tokenised words, merge the most frequent adjacent pair repeatedly.
#include "ml/ByteLevelBpeTrainer.h"

#include "ml/ByteLevelBpeTokenizer.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>

#include <map>
#include <vector>

namespace fw::ml {

namespace {

struct Word
{
    std::vector<QString> symbols;
    int count = 0;
};

std::vector<Word> countWords(const QStringList& texts)
{
    const QRegularExpression re(ByteLevelBpeTokenizer::gpt2Pattern(), QRegularExpression::UseUnicodePropertiesOption);
    QHash<QString, int> counts;
    for (const QString& text : texts) {
        auto it = re.globalMatch(text);
        while (it.hasNext())
            counts[it.next().captured()] += 1;
    }
    std::map<QString, int> sorted; // stable order, stable result
    for (auto it = counts.begin(); it != counts.end(); ++it)
        sorted.emplace(it.key(), it.value());
    std::vector<Word> words;
    for (const auto& [text, count] : sorted) {
        Word w;
        w.count = count;
        for (uchar b : text.toUtf8())
            w.symbols.push_back(ByteLevelBpeTokenizer::byteToUnicode(b));
        words.push_back(std::move(w));
    }
    return words;
}

} // namespace

Result<QJsonObject> ByteLevelBpeTrainer::train(const QStringList& texts, const BpeTrainingOptions& options)
{
    const int base = 256 + int(options.specialTokens.size());
    if (options.vocabSize < base)
        return makeError(ErrorCode::InvalidArgument,
                         QCoreApplication::translate("fw::ml::ByteLevelBpeTrainer",
                                                     "A byte-level vocabulary needs at least %1 entries").arg(base));
    QJsonObject vocab;
    QJsonArray added;
    int nextId = 0;
    for (const QString& s : options.specialTokens) {
        added.append(QJsonObject{{QStringLiteral("id"), nextId}, {QStringLiteral("content"), s},
                                 {QStringLiteral("single_word"), false}, {QStringLiteral("lstrip"), false},
                                 {QStringLiteral("rstrip"), false}, {QStringLiteral("normalized"), false},
                                 {QStringLiteral("special"), true}});
        vocab[s] = nextId++;
    }
    for (int b = 0; b < 256; ++b)
        vocab[ByteLevelBpeTokenizer::byteToUnicode(uchar(b))] = nextId++;
    std::vector<Word> words = countWords(texts);
    QJsonArray merges;
    while (nextId < options.vocabSize) {
        std::map<std::pair<QString, QString>, int> pairs;
        for (const Word& w : words)
            for (size_t i = 0; i + 1 < w.symbols.size(); ++i)
                pairs[{w.symbols[i], w.symbols[i + 1]}] += w.count;
        auto best = pairs.end();
        for (auto it = pairs.begin(); it != pairs.end(); ++it)
            if (best == pairs.end() || it->second > best->second)
                best = it;
        if (best == pairs.end() || best->second < options.minFrequency)
            break;
        const auto [left, right] = best->first;
        const QString joined = left + right;
        for (Word& w : words) {
            std::vector<QString> merged;
            for (size_t i = 0; i < w.symbols.size(); ++i) {
                if (i + 1 < w.symbols.size() && w.symbols[i] == left && w.symbols[i + 1] == right) {
                    merged.push_back(joined);
                    ++i;
                } else {
                    merged.push_back(w.symbols[i]);
                }
            }
            w.symbols = std::move(merged);
        }
        merges.append(QJsonArray{left, right});
        if (!vocab.contains(joined))
            vocab[joined] = nextId++;
    }
    const QJsonObject byteLevel{{QStringLiteral("type"), QStringLiteral("ByteLevel")},
                                {QStringLiteral("add_prefix_space"), false},
                                {QStringLiteral("trim_offsets"), true},
                                {QStringLiteral("use_regex"), true}};
    QJsonObject model{{QStringLiteral("type"), QStringLiteral("BPE")},       {QStringLiteral("dropout"), QJsonValue()},
                      {QStringLiteral("unk_token"), QJsonValue()},            {QStringLiteral("fuse_unk"), false},
                      {QStringLiteral("byte_fallback"), false},               {QStringLiteral("ignore_merges"), false},
                      {QStringLiteral("vocab"), vocab},                       {QStringLiteral("merges"), merges}};
    return QJsonObject{{QStringLiteral("version"), QStringLiteral("1.0")},
                       {QStringLiteral("truncation"), QJsonValue()},
                       {QStringLiteral("padding"), QJsonValue()},
                       {QStringLiteral("added_tokens"), added},
                       {QStringLiteral("normalizer"), QJsonValue()},
                       {QStringLiteral("pre_tokenizer"), byteLevel},
                       {QStringLiteral("post_processor"), byteLevel},
                       {QStringLiteral("decoder"), byteLevel},
                       {QStringLiteral("model"), model}};
}

} // namespace fw::ml

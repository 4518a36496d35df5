// Hugging Face tokenizer.json byte-level BPE (GPT-2, Llama 3, Qwen2, SmolLM families).
#pragma once

#include "ml/Tokenizer.h"

#include <QHash>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QCoreApplication>

namespace fw::ml {

class ByteLevelBpeTokenizer : public Tokenizer
{
public:
    static Result<std::shared_ptr<ByteLevelBpeTokenizer>> fromJson(const QJsonObject& tokenizerJson);
    static Result<std::shared_ptr<ByteLevelBpeTokenizer>> fromFile(const QString& path);
    // tokenizer.json's bytes; `name` says where they came from in error messages.
    static Result<std::shared_ptr<ByteLevelBpeTokenizer>> fromJsonBytes(const QByteArray& json,
                                                                        const QString& name);

    std::vector<int> encode(const QString& text, bool allowSpecial = true) const override;
    QString decode(const std::vector<int>& ids, bool skipSpecial = false) const override;
    int vocabSize() const override { return int(m_idToToken.size()); }
    int tokenId(const QString& token) const override { return m_vocab.value(token, -1); }
    QString tokenText(int id) const override;
    bool isSpecial(int id) const override { return m_special.contains(id); }
    QString kind() const override { return QStringLiteral("byte-level-bpe"); }

    // GPT-2's reversible byte -> printable character table.
    static QString byteToUnicode(uchar byte);
    // The GPT-2 pre-tokenizer pattern (contractions, letters, numbers, punctuation, spaces).
    static QString gpt2Pattern();

    // tr() in the context lupdate files this class's strings under.
    Q_DECLARE_TR_FUNCTIONS(fw::ml::ByteLevelBpeTokenizer)
private:
    enum class SplitKind { Regex, Digits };
    struct Splitter
    {
        SplitKind kind = SplitKind::Regex;
        QRegularExpression regex;
    };

    Status readPreTokenizer(const QJsonObject& pre);
    std::vector<QString> preTokenize(const QString& text) const;
    void bpe(const QString& word, std::vector<int>& out) const;

    QHash<QString, int> m_vocab;
    std::vector<QString> m_idToToken;
    QHash<QString, int> m_mergeRank; // "left right" -> rank
    std::vector<std::pair<QString, int>> m_addedAll;     // every added token, longest first
    std::vector<std::pair<QString, int>> m_addedPlain;   // only the non-special ones
    QHash<int, QString> m_addedContent;
    QSet<int> m_special;
    std::vector<Splitter> m_splitters;
    bool m_addPrefixSpace = false;
    bool m_ignoreMerges = false;
    bool m_nfc = false;
    QHash<QChar, uchar> m_unicodeToByte;
};

} // namespace fw::ml

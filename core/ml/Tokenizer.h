// What every tokenizer offers (byte-level BPE, SentencePiece); torch-free for the UI and the node.
#pragma once

#include "common/ModelFiles.h"
#include "common/Result.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <utility>
#include <vector>

namespace fw::ml {

class Tokenizer
{
public:
    virtual ~Tokenizer() = default;

    // The largest token id a loader accepts: id tables are sized by the largest id, so a hostile
    // file must not make them gigabytes. Real vocabularies stay far below (Gemma: 256,000).
    static constexpr int kMaxTokenId = (1 << 22) - 1;

    // Text -> ids, without BOS. Added tokens written in the text ("<|im_end|>") become their ids;
    // with allowSpecial false, special ones are encoded as plain text instead.
    virtual std::vector<int> encode(const QString& text, bool allowSpecial = true) const = 0;
    // Ids -> text; invalid UTF-8 (a character cut between tokens) comes out as U+FFFD.
    virtual QString decode(const std::vector<int>& ids, bool skipSpecial = false) const = 0;
    virtual int vocabSize() const = 0;
    virtual int tokenId(const QString& token) const = 0; // -1 when unknown
    virtual QString tokenText(int id) const = 0;
    virtual bool isSpecial(int id) const = 0;
    virtual QString kind() const = 0; // "byte-level-bpe" or "sentencepiece"

    // A whole document: BOS first when the model was trained with one.
    std::vector<int> encodeDocument(const QString& text) const;

    int bosId() const { return m_bosId; }
    int eosId() const { return m_eosId; }
    bool addsBos() const { return m_addBos; }
    QString bosText() const { return m_bosId >= 0 ? tokenText(m_bosId) : QString(); }
    QString eosText() const { return m_eosId >= 0 ? tokenText(m_eosId) : QString(); }
    void setSpecialIds(int bos, int eos, bool addBos);

    // tokenizer.json (byte-level BPE) or tokenizer.model (SentencePiece) from a model's files, with
    // BOS/EOS and add_bos_token from tokenizer_config.json when it is there.
    static Result<std::shared_ptr<Tokenizer>> load(const ModelFiles& files);
    // The names of a model's files that make up its tokenizer (what load() may read, and more).
    static QStringList fileNames();
    // The same rules on a folder's files (a user's folder, tests).
    static Result<std::shared_ptr<Tokenizer>> loadFolder(const QString& dir);

protected:
    struct Piece
    {
        QString text;
        int id = -1; // >= 0 for an added token matched in the text
    };
    // Splits text around the given added tokens (longest match first, left to right).
    static std::vector<Piece> splitAddedTokens(const QString& text,
                                               const std::vector<std::pair<QString, int>>& tokens);

private:
    int m_bosId = -1;
    int m_eosId = -1;
    bool m_addBos = false;
};

} // namespace fw::ml

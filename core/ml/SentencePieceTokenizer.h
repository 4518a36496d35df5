// SentencePiece tokenizer.model (Llama 2, TinyLlama, Mistral): our own reader and BPE encoder.
// Debian's libsentencepiece embeds its own protobuf and crashes when loaded beside libtorch's
// libprotobuf, so the model file is parsed here and the BPE algorithm is re-implemented.
#pragma once

#include "ml/Tokenizer.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QCoreApplication>

namespace fw::ml {

class SentencePieceTokenizer : public Tokenizer
{
public:
    enum class PieceType { Normal = 1, Unknown = 2, Control = 3, UserDefined = 4, Unused = 5, Byte = 6 };

    static Result<std::shared_ptr<SentencePieceTokenizer>> fromFile(const QString& path);
    // A serialized ModelProto; only BPE models are supported (unigram ones are refused).
    static Result<std::shared_ptr<SentencePieceTokenizer>> fromSerialized(const QByteArray& model);

    std::vector<int> encode(const QString& text, bool allowSpecial = true) const override;
    QString decode(const std::vector<int>& ids, bool skipSpecial = false) const override;
    int vocabSize() const override { return int(m_pieces.size()); }
    int tokenId(const QString& token) const override { return m_ids.value(token, -1); }
    QString tokenText(int id) const override;
    bool isSpecial(int id) const override;
    QString kind() const override { return QStringLiteral("sentencepiece"); }

    // tr() in the context lupdate files this class's strings under.
    Q_DECLARE_TR_FUNCTIONS(fw::ml::SentencePieceTokenizer)
private:
    struct Piece
    {
        QString text;
        float score = 0.0f;
        PieceType type = PieceType::Normal;
    };

    Status parse(const QByteArray& bytes);
    QString normalize(const QString& text) const;
    void encodeSegment(const QString& text, std::vector<int>& out) const;

    std::vector<Piece> m_pieces;
    QHash<QString, int> m_ids;
    std::vector<std::pair<QString, int>> m_control;     // control pieces, longest first
    std::vector<std::pair<QString, int>> m_userDefined; // matched whole inside text
    int m_unkId = 0;
    int m_byteIds[256];
    bool m_byteFallback = false;
    bool m_addDummyPrefix = true;
    bool m_removeExtraWhitespaces = true;
    bool m_escapeWhitespaces = true;
    bool m_nfkc = false;
};

} // namespace fw::ml

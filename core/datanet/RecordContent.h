// A record's content in its normalised form: validated per kind, text cleaned, JSON with sorted
// keys. Equal content always gives equal bytes, so the BLAKE2b hash of the bytes finds exact duplicates.
#pragma once

#include "common/Result.h"
#include "datanet/DatanetTypes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QCoreApplication>

#include <optional>

namespace fw::datanet {

class RecordContent
{
public:
    // `object` is in the canonical shape of its kind:
    //   instruction {"instruction", "input" (optional), "output"}
    //   chat        {"messages": [{"role": "system"|"user"|"assistant", "content"}...]}
    //   text        {"text"}
    //   preference  {"prompt", "chosen", "rejected"}
    // Unknown keys are refused so nothing the contributor wrote is silently dropped.
    static Result<RecordContent> fromJson(RecordKind kind, const QJsonObject& object);
    // The import's fast path for the common line (RecordContentFastPath.cpp): one flat JSON object
    // of printable-ASCII strings for an instruction, text or preference record. It gives exactly
    // what parsing the line and fromJson() give, byte for byte, or nothing when the line is
    // anything else (Unicode, \u escapes, other value types, missing, unknown, empty or repeated
    // fields); the caller then takes the general path, which also words the errors.
    static std::optional<RecordContent> fromFlatJsonLine(RecordKind kind, QByteArrayView line);
    // Parses stored bytes again (export, verification).
    static Result<RecordContent> fromCanonical(RecordKind kind, const QByteArray& canonical);

    RecordKind kind() const { return m_kind; }
    // The object; a fast-path record builds it from canonical() when asked (an import never asks).
    QJsonObject json() const;
    const QByteArray& canonical() const { return m_canonical; }
    QByteArray hash() const; // BLAKE2b-256 of canonical()
    // All the record's text joined by newlines, for near-duplicate detection and rendering.
    QString plainText() const;
    // plainText() in UTF-8 when the fast path had it at hand (ASCII), else empty.
    const QByteArray& plainTextUtf8IfKnown() const { return m_plainTextUtf8; }
    // About four bytes of UTF-8 per token, the usual rule of thumb for BPE tokenizers.
    qint64 estimatedTokens() const;
    // The same estimate for a plainText() already at hand.
    static qint64 estimateTokens(const QString& plainText);

    // Trims (leading byte order marks too), turns CRLF and CR into LF and composes Unicode (NFC).
    static QString normaliseText(const QString& text);

    // tr() in the context lupdate files this class's strings under.
    Q_DECLARE_TR_FUNCTIONS(fw::datanet::RecordContent)
private:
    RecordContent(RecordKind kind, QJsonObject json);
    RecordContent(RecordKind kind, QJsonObject json, QByteArray canonical);

    RecordKind m_kind = RecordKind::Text;
    QJsonObject m_json; // empty for a fast-path record: json() parses canonical() instead
    QByteArray m_canonical;
    QByteArray m_plainTextUtf8; // plainText() in UTF-8 (ASCII), from the fast path only
};

} // namespace fw::datanet

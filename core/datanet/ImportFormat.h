// The file formats datanets import and export, their names, and detection from a file's start.
#pragma once

#include "common/Result.h"
#include "datanet/DatanetTypes.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace fw::datanet {

enum class ImportFormat {
    Alpaca,     // JSONL {"instruction", "input", "output"}
    ShareGpt,   // JSONL {"conversations": [{"from", "value"}]}
    OpenAi,     // JSONL {"messages": [{"role", "content"}]}
    Preference, // JSONL {"prompt", "chosen", "rejected"}
    TextJsonl,  // JSONL {"text"}
    Csv,        // CSV with a header row and a column mapping
    PlainText,  // paragraphs separated by blank lines
};

QString formatName(ImportFormat format); // "alpaca", ..., "text-jsonl", "csv", "text"
std::optional<ImportFormat> parseFormat(const QString& name);
// Export writes JSONL only: "text" means TextJsonl there.
std::optional<ImportFormat> parseExportFormat(const QString& name);
bool isJsonl(ImportFormat format);
// The record kind a format yields; CSV and plain text follow the datanet.
std::optional<RecordKind> formatKind(ImportFormat format);

// Guesses from the file name and the first bytes (the first non-empty line for JSONL). Fails when
// the start is JSON but matches no known shape, so the user picks the format explicitly.
Result<ImportFormat> detectFormat(const QString& fileName, const QByteArray& head);

} // namespace fw::datanet

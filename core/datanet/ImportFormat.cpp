// Format names and detection.
#include "datanet/ImportFormat.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

namespace fw::datanet {

namespace {
const QStringList kNames = {"alpaca", "sharegpt", "openai", "preference", "text-jsonl", "csv", "text"};
}

QString formatName(ImportFormat format)
{
    return kNames.at(int(format));
}

std::optional<ImportFormat> parseFormat(const QString& name)
{
    const qsizetype i = kNames.indexOf(name.trimmed().toLower());
    return i < 0 ? std::nullopt : std::optional<ImportFormat>(ImportFormat(i));
}

std::optional<ImportFormat> parseExportFormat(const QString& name)
{
    std::optional<ImportFormat> f = parseFormat(name);
    if (f == ImportFormat::PlainText)
        return ImportFormat::TextJsonl;
    if (f && !isJsonl(*f))
        return std::nullopt;
    return f;
}

bool isJsonl(ImportFormat format)
{
    return format != ImportFormat::Csv && format != ImportFormat::PlainText;
}

std::optional<RecordKind> formatKind(ImportFormat format)
{
    switch (format) {
    case ImportFormat::Alpaca:
        return RecordKind::Instruction;
    case ImportFormat::ShareGpt:
    case ImportFormat::OpenAi:
        return RecordKind::Chat;
    case ImportFormat::Preference:
        return RecordKind::Preference;
    case ImportFormat::TextJsonl:
        return RecordKind::Text;
    case ImportFormat::Csv:
    case ImportFormat::PlainText:
        break;
    }
    return std::nullopt;
}

Result<ImportFormat> detectFormat(const QString& fileName, const QByteArray& head)
{
    const QString lower = fileName.toLower();
    if (lower.endsWith(".csv") || lower.endsWith(".tsv"))
        return ImportFormat::Csv;
    if (lower.endsWith(".txt") || lower.endsWith(".md"))
        return ImportFormat::PlainText;
    QByteArray line;
    for (const QByteArray& l : head.split('\n')) {
        if (!l.trimmed().isEmpty()) {
            line = l.trimmed();
            break;
        }
    }
    if (line.startsWith("\xEF\xBB\xBF"))
        line.remove(0, 3);
    if (!line.startsWith('{'))
        return ImportFormat::PlainText;
    const QJsonObject o = QJsonDocument::fromJson(line).object();
    if (o.contains("conversations"))
        return ImportFormat::ShareGpt;
    if (o.contains("messages"))
        return ImportFormat::OpenAi;
    if (o.contains("chosen") && o.contains("rejected"))
        return ImportFormat::Preference;
    if (o.contains("instruction"))
        return ImportFormat::Alpaca;
    if (o.contains("text"))
        return ImportFormat::TextJsonl;
    return makeError(ErrorCode::InvalidArgument,
                     QCoreApplication::translate("fw::datanet",
                                                 "Cannot tell the format of %1 from its first line; "
                                                 "choose one (alpaca, sharegpt, openai, preference, "
                                                 "text-jsonl, csv, text).")
                         .arg(fileName));
}

} // namespace fw::datanet

// Names of kinds and statuses as stored in the database and typed on the command line.
#include "datanet/DatanetTypes.h"

#include <QStringList>

namespace fw::datanet {

namespace {
const QStringList kKinds = {"instruction", "chat", "text", "preference"};
const QStringList kStatuses = {"pending", "approved", "rejected", "flagged"};
} // namespace

QString kindName(RecordKind kind)
{
    return kKinds.at(int(kind));
}

std::optional<RecordKind> parseKind(const QString& name)
{
    const qsizetype i = kKinds.indexOf(name.trimmed().toLower());
    return i < 0 ? std::nullopt : std::optional<RecordKind>(RecordKind(i));
}

QString statusName(RecordStatus status)
{
    return kStatuses.at(int(status));
}

std::optional<RecordStatus> parseStatus(const QString& name)
{
    const qsizetype i = kStatuses.indexOf(name.trimmed().toLower());
    return i < 0 ? std::nullopt : std::optional<RecordStatus>(RecordStatus(i));
}

QStringList RequirementReport::missing() const
{
    QStringList out;
    for (const RequirementCheck& c : checks)
        if (!c.met)
            out << c.label;
    return out;
}

} // namespace fw::datanet

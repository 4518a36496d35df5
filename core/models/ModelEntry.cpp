// Names of model kinds as stored in the database and typed on the command line.
#include "models/ModelEntry.h"

#include <QStringList>

namespace fw::models {

namespace {
const QStringList kKinds = {"model", "adapter"};
} // namespace

QString kindName(ModelKind kind)
{
    return kKinds.at(int(kind));
}

std::optional<ModelKind> parseModelKind(const QString& name)
{
    const qsizetype i = kKinds.indexOf(name.trimmed().toLower());
    return i < 0 ? std::nullopt : std::optional<ModelKind>(ModelKind(i));
}

bool trainedOnSingleTurns(const ModelEntry& entry)
{
    const QString turns = entry.lineage.value(QLatin1String("chat_turns")).toString();
    if (!turns.isEmpty())
        return turns == QLatin1String("single");
    return entry.source == QLatin1String("training"); // runs registered before the lineage said so
}

} // namespace fw::models

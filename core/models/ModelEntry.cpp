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

} // namespace fw::models

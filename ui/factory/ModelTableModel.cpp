// Registry rows: name, kind, what it was built from, size and how training ended.
#include "ui/factory/ModelTableModel.h"

#include "ui/common/LossText.h"

#include "models/ModelStore.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace fw::ui {

ModelTableModel::ModelTableModel(WorkspaceSession* session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session)
{
}

int ModelTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ModelTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int ModelTableModel::rowOf(const QString& name) const
{
    for (int row = 0; row < m_entries.size(); ++row)
        if (m_entries.at(row).name == name)
            return row;
    return -1;
}

QString ModelTableModel::reload()
{
    beginResetModel();
    m_entries.clear();
    QString problem;
    if (m_session->hasWorkspace() && !m_session->isLocked()) {
        Result<QList<models::ModelEntry>> all = models::ModelStore(*m_session->workspace()).models();
        if (all)
            m_entries = *all;
        else
            problem = all.error().message;
    }
    endResetModel();
    return problem;
}

QString ModelTableModel::lineageText(const models::ModelEntry& e) const
{
    const QJsonObject& l = e.lineage;
    if (e.source == QLatin1String("import"))
        return tr("imported from %1").arg(l.value(QStringLiteral("imported_from")).toString());
    // The base by its entry when it has one, so a renamed base shows its current name.
    QString base = l.value(QStringLiteral("base")).toString();
    for (const models::ModelEntry& other : m_entries)
        if (e.baseModelId && other.id == e.baseModelId)
            base = other.name;
    QString from = l.value(QStringLiteral("from_scratch")).toBool() ? tr("%1 from scratch").arg(base)
                                                                    : tr("on %1").arg(base);
    // Preference runs say what they learned: the pairs taught a scorer, or the policy itself.
    const QString objective = l.value(QStringLiteral("objective")).toString();
    if (objective == QLatin1String("dpo"))
        from = tr("DPO %1").arg(from);
    else if (objective == QLatin1String("reward"))
        from = tr("reward model %1").arg(from);
    // Every datanet version it was trained on (older entries name only one, at the top level).
    QStringList data;
    for (const QJsonValue& source : l.value(QStringLiteral("data")).toArray())
        data << tr("%1 @ %2").arg(source[QStringLiteral("datanet")].toString(),
                                  source[QStringLiteral("version")].toString().left(8));
    if (data.isEmpty())
        data << tr("%1 @ %2").arg(l.value(QStringLiteral("datanet")).toString(),
                                  l.value(QStringLiteral("version")).toString().left(8));
    QString text = tr("%1 · %2").arg(data.join(QStringLiteral(" + ")), from);
    if (const qint64 run = l.value(QStringLiteral("run")).toInteger(); run > 0)
        text += tr(" · run %1").arg(run);
    // The number format it was trained in ("bf16", "fp32"); older entries do not say.
    if (const QString precision = l.value(QStringLiteral("precision")).toString(); !precision.isEmpty())
        text += QStringLiteral(" · ") + precision;
    return text;
}

QVariant ModelTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const models::ModelEntry& e = m_entries.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name: return e.name;
        case Kind: return e.kind == models::ModelKind::Adapter ? tr("LoRA adapter") : tr("Model");
        case Lineage: return lineageText(e);
        case Parameters: return QLocale().toString(e.parameterCount);
        case Size: return QLocale().formattedDataSize(e.sizeBytes);
        case FinalLoss: {
            const QJsonObject metrics = e.lineage.value(QStringLiteral("metrics")).toObject();
            return metrics.isEmpty() ? QString()
                                     : lossText(metrics.value(QStringLiteral("final_loss")).toDouble());
        }
        case Created: return QLocale().toString(e.createdAt.toLocalTime(), QLocale::ShortFormat);
        }
    } else if (role == Qt::ToolTipRole && index.column() == Lineage) {
        return lineageText(e);
    } else if (role == Qt::TextAlignmentRole &&
               (index.column() == Parameters || index.column() == Size || index.column() == FinalLoss)) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant ModelTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Kind: return tr("Kind");
    case Lineage: return tr("Built from");
    case Parameters: return tr("Parameters");
    case Size: return tr("Size");
    case FinalLoss: return tr("Final loss");
    case Created: return tr("Created");
    }
    return {};
}

} // namespace fw::ui

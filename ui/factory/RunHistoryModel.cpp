// Run history rows, formatted for people.
#include "ui/factory/RunHistoryModel.h"

#include "ui/common/LossText.h"

#include "ui/workspace/WorkspaceSession.h"

#include <QLocale>

namespace fw::ui {

namespace {
QString duration(qint64 ms)
{
    const qint64 s = ms / 1000;
    if (s >= 3600)
        return QStringLiteral("%1 h %2 min").arg(s / 3600).arg(s / 60 % 60);
    if (s >= 60)
        return QStringLiteral("%1 min %2 s").arg(s / 60).arg(s % 60);
    return QStringLiteral("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
}

QString loss(double value)
{
    return value >= 0 ? lossText(value) : QString();
}
} // namespace

RunHistoryModel::RunHistoryModel(WorkspaceSession* session, QObject* parent)
    : QAbstractTableModel(parent), m_session(session)
{
}

int RunHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int RunHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int RunHistoryModel::rowOfRun(qint64 id) const
{
    for (int row = 0; row < m_runs.size(); ++row)
        if (m_runs.at(row).id == id)
            return row;
    return -1;
}

QString RunHistoryModel::reload()
{
    beginResetModel();
    m_runs.clear();
    QString problem;
    if (m_session->hasWorkspace() && !m_session->isLocked()) {
        Result<QList<models::RunRecord>> all = models::RunHistory(*m_session->workspace()).runs();
        if (all)
            m_runs = *all;
        else
            problem = all.error().message;
    }
    endResetModel();
    return problem;
}

QString RunHistoryModel::statusText(const models::RunRecord& run)
{
    switch (run.status) {
    case models::RunStatus::Running: return tr("Running");
    case models::RunStatus::Finished: return tr("Finished");
    case models::RunStatus::Failed: return run.canResume() ? tr("Failed (can resume)") : tr("Failed");
    case models::RunStatus::Cancelled: return run.canResume() ? tr("Cancelled (can resume)") : tr("Cancelled");
    case models::RunStatus::Interrupted: return run.canResume() ? tr("Interrupted (can resume)") : tr("Interrupted");
    }
    return {};
}

QVariant RunHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_runs.size())
        return {};
    const models::RunRecord& r = m_runs.at(index.row());
    if (role == Qt::DisplayRole) {
        const QLocale l;
        switch (index.column()) {
        case Output: return r.plan.output;
        case Status: return statusText(r);
        case Data: {
            const QString& datanet = r.plan.datanet;
            QString text = r.version.isEmpty() ? datanet : tr("%1 @ %2").arg(datanet, r.version.left(8));
            for (const models::DataSource& more : r.plan.moreData)
                text += QStringLiteral(" + ") + more.datanet;
            return text;
        }
        case Base: return r.plan.fromScratch() ? tr("%1 (from scratch)").arg(r.plan.base) : r.plan.base;
        case Method: return r.plan.config.method == ml::TrainingConfig::Method::Lora ? tr("LoRA") : tr("Full");
        case Steps: return r.totalSteps > 0 ? tr("%1 / %2").arg(l.toString(r.stepsDone), l.toString(r.totalSteps))
                                            : l.toString(r.stepsDone);
        case FinalLoss: return loss(r.finalLoss);
        case EvalLoss: return loss(r.evalLoss);
        case Duration: return r.elapsedMs > 0 ? duration(r.elapsedMs) : QString();
        case Started: return l.toString(r.startedAt.toLocalTime(), QLocale::ShortFormat);
        }
    } else if (role == Qt::ToolTipRole && index.column() == Status && !r.message.isEmpty()) {
        return r.message;
    } else if (role == Qt::TextAlignmentRole && index.column() >= Steps && index.column() <= Duration) {
        return int(Qt::AlignRight | Qt::AlignVCenter);
    }
    return {};
}

QVariant RunHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Output: return tr("Output");
    case Status: return tr("Status");
    case Data: return tr("Data");
    case Base: return tr("Base");
    case Method: return tr("Method");
    case Steps: return tr("Steps");
    case FinalLoss: return tr("Final loss");
    case EvalLoss: return tr("Eval loss");
    case Duration: return tr("Duration");
    case Started: return tr("Started");
    }
    return {};
}

void RunHistoryModel::setLiveSteps(qint64 runId, int stepsDone, int totalSteps)
{
    const int row = rowOfRun(runId);
    if (row < 0)
        return;
    m_runs[row].stepsDone = stepsDone;
    m_runs[row].totalSteps = totalSteps;
    emit dataChanged(index(row, Steps), index(row, Steps));
}

} // namespace fw::ui

// Plain rows of text; the view wraps them.
#include "ui/factory/EvaluationTableModel.h"

namespace fw::ui {

int EvaluationTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EvaluationTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EvaluationTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const QString& text = m_rows.at(index.row()).at(size_t(index.column()));
    if (role == Qt::DisplayRole)
        return text;
    if (role == Qt::ToolTipRole && !text.isEmpty())
        return text;
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignLeft | Qt::AlignTop);
    return {};
}

QVariant EvaluationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    if (m_trainedName.isEmpty()) // no model chosen yet
        return std::array{tr("Prompt"), tr("Reference"), tr("Base model"), tr("Fine-tuned")}.at(size_t(section));
    switch (section) {
    case Prompt:
        return tr("Prompt");
    case Reference:
        return tr("Reference");
    case Base:
        return m_baseName.isEmpty() ? tr("Base model: none") : tr("Base model: %1").arg(m_baseName);
    case FineTuned: // without a base, it was trained from scratch: "fine-tuned" would be wrong
        return m_baseName.isEmpty() ? tr("Trained: %1").arg(m_trainedName)
                                    : tr("Fine-tuned: %1").arg(m_trainedName);
    }
    return {};
}

void EvaluationTableModel::setModelNames(const QString& base, const QString& trained)
{
    m_baseName = base;
    m_trainedName = trained;
    emit headerDataChanged(Qt::Horizontal, Base, FineTuned);
}

void EvaluationTableModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int EvaluationTableModel::addRow(const QString& prompt, const QString& reference)
{
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append(Row{prompt, reference, QString(), QString()});
    endInsertRows();
    return row;
}

void EvaluationTableModel::setText(int row, Column column, const QString& text)
{
    if (row < 0 || row >= m_rows.size())
        return;
    m_rows[row][size_t(column)] = text;
    emit dataChanged(index(row, column), index(row, column), {Qt::DisplayRole});
}

void EvaluationTableModel::appendText(int row, Column column, const QString& text)
{
    if (row >= 0 && row < m_rows.size())
        setText(row, column, m_rows.at(row).at(size_t(column)) + text);
}

QString EvaluationTableModel::text(int row, Column column) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).at(size_t(column)) : QString();
}

} // namespace fw::ui

// The Evaluation panel's rows: a prompt, its reference answer, and what the base model and the
// fine-tuned model answered; answers grow as they stream in.
#pragma once

#include <QAbstractTableModel>
#include <QList>

#include <array>

namespace fw::ui {

class EvaluationTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Prompt, Reference, Base, FineTuned, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Header names of the two answer columns: "Base model: nano-base"; no base: trained from scratch.
    void setModelNames(const QString& base, const QString& trained);
    void clear();
    // Returns the new row.
    int addRow(const QString& prompt, const QString& reference);
    void setText(int row, Column column, const QString& text);
    void appendText(int row, Column column, const QString& text);
    QString text(int row, Column column) const;

private:
    using Row = std::array<QString, ColumnCount>;
    QList<Row> m_rows;
    QString m_baseName;
    QString m_trainedName;
};

} // namespace fw::ui

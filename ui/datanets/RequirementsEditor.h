// Spin boxes for a datanet's requirements (minimum approved, contributors, tokens, rates).
#pragma once

#include "datanet/DatanetTypes.h"

#include <QWidget>

class QDoubleSpinBox;
class QSpinBox;

namespace fw::ui {

class RequirementsEditor : public QWidget
{
    Q_OBJECT
public:
    explicit RequirementsEditor(QWidget* parent = nullptr);

    void setRequirements(const datanet::Requirements& requirements);
    datanet::Requirements requirements() const;

private:
    QSpinBox* m_minApproved;
    QSpinBox* m_minContributors;
    QSpinBox* m_minTokens;
    QDoubleSpinBox* m_maxDuplicatePercent;
    QDoubleSpinBox* m_minApprovalPercent;
};

} // namespace fw::ui

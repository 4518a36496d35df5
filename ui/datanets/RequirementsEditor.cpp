// Requirements form; rates are edited as percentages, stored as fractions.
#include "ui/datanets/RequirementsEditor.h"

#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QSpinBox>

namespace fw::ui {

RequirementsEditor::RequirementsEditor(QWidget* parent)
    : QWidget(parent), m_minApproved(new QSpinBox(this)), m_minContributors(new QSpinBox(this)),
      m_minTokens(new QSpinBox(this)), m_maxDuplicatePercent(new QDoubleSpinBox(this)),
      m_minApprovalPercent(new QDoubleSpinBox(this))
{
    m_minApproved->setRange(0, 100'000'000);
    m_minContributors->setRange(0, 100'000);
    m_minTokens->setRange(0, 2'000'000'000);
    m_minTokens->setSingleStep(1000);
    for (QDoubleSpinBox* box : {m_maxDuplicatePercent, m_minApprovalPercent}) {
        box->setRange(0, 100);
        box->setDecimals(1);
        box->setSuffix(QStringLiteral(" %"));
    }
    m_maxDuplicatePercent->setValue(100);
    m_minApproved->setToolTip(tr("A version can be trained on only with at least this many approved records."));
    m_minContributors->setToolTip(tr("Distinct contributors of approved records, so one person cannot make a datanet alone."));
    m_minTokens->setToolTip(tr("Estimated tokens of the approved records (about four bytes of text each)."));
    m_maxDuplicatePercent->setToolTip(tr("Exact and near duplicates as a share of everything submitted."));
    m_minApprovalPercent->setToolTip(tr("Approved records as a share of those reviewed (approved or rejected)."));
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Minimum approved records:"), m_minApproved);
    form->addRow(tr("Minimum distinct contributors:"), m_minContributors);
    form->addRow(tr("Minimum tokens:"), m_minTokens);
    form->addRow(tr("Maximum duplicate rate:"), m_maxDuplicatePercent);
    form->addRow(tr("Minimum approval rate:"), m_minApprovalPercent);
}

void RequirementsEditor::setRequirements(const datanet::Requirements& r)
{
    m_minApproved->setValue(int(r.minApproved));
    m_minContributors->setValue(int(r.minContributors));
    m_minTokens->setValue(int(qMin<qint64>(r.minTokens, m_minTokens->maximum())));
    m_maxDuplicatePercent->setValue(r.maxDuplicateRate * 100);
    m_minApprovalPercent->setValue(r.minApprovalRate * 100);
}

datanet::Requirements RequirementsEditor::requirements() const
{
    datanet::Requirements r;
    r.minApproved = m_minApproved->value();
    r.minContributors = m_minContributors->value();
    r.minTokens = m_minTokens->value();
    r.maxDuplicateRate = m_maxDuplicatePercent->value() / 100;
    r.minApprovalRate = m_minApprovalPercent->value() / 100;
    return r;
}

} // namespace fw::ui

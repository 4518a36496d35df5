// The deploy form's fields and their checks.
#include "ui/nodes/DeployForm.h"

#include "models/ModelStore.h"
#include "ui/common/Retranslate.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace fw::ui {

DeployForm::DeployForm(WorkspaceSession* session, QWidget* parent)
    : QWidget(parent), m_session(session), m_model(new QComboBox(this)),
      m_name(new QLineEdit(this)), m_price(new QLineEdit(QStringLiteral("0"), this)),
      m_nodeShare(new QSpinBox(this)), m_builderShare(new QSpinBox(this)),
      m_dataShare(new QSpinBox(this)), m_deploy(new QPushButton(this))
{
    const node::RevenueSplit defaults;
    auto* splitRow = new QWidget(this);
    auto* split = new QHBoxLayout(splitRow);
    split->setContentsMargins(0, 0, 0, 0);
    auto* nodeLabel = new QLabel(splitRow);
    auto* builderLabel = new QLabel(splitRow);
    auto* dataLabel = new QLabel(splitRow);
    for (auto [label, box, value] :
         {std::tuple{nodeLabel, m_nodeShare, defaults.nodeBps / 100},
          std::tuple{builderLabel, m_builderShare, defaults.builderBps / 100},
          std::tuple{dataLabel, m_dataShare, defaults.dataBps / 100}}) {
        box->setRange(0, 100);
        box->setSuffix(QStringLiteral(" %"));
        box->setValue(value);
        label->setBuddy(box);
        split->addWidget(label);
        split->addWidget(box);
        connect(box, &QSpinBox::valueChanged, this, &DeployForm::updateState);
    }
    split->addStretch();
    m_model->setMinimumContentsLength(24);
    m_model->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    auto* modelLabel = new QLabel(this);
    auto* nameLabel = new QLabel(this);
    auto* priceLabel = new QLabel(this);
    auto* splitLabel = new QLabel(this);
    form->addRow(modelLabel, m_model);
    form->addRow(nameLabel, m_name);
    form->addRow(priceLabel, m_price);
    form->addRow(splitLabel, splitRow);
    form->addRow(QString(), m_deploy);
    modelLabel->setBuddy(m_model);
    nameLabel->setBuddy(m_name);
    priceLabel->setBuddy(m_price);
    connect(m_deploy, &QPushButton::clicked, this, &DeployForm::deployRequested);
    connect(m_price, &QLineEdit::textChanged, this, &DeployForm::updateState);
    connect(m_model, &QComboBox::currentIndexChanged, this, [this] {
        m_name->setPlaceholderText(modelName());
        updateState();
    });
    retranslated(this, [=] {
        modelLabel->setText(tr("&Model or adapter:"));
        nameLabel->setText(tr("Name on the &node:"));
        priceLabel->setText(tr("&Price (OPEN per 1,000 tokens):"));
        splitLabel->setText(tr("Revenue split:"));
        nodeLabel->setText(tr("node"));
        builderLabel->setText(tr("builder"));
        dataLabel->setText(tr("data"));
        m_deploy->setText(tr("&Deploy"));
        m_name->setToolTip(
            tr("Clients put this name in the \"model\" field. Empty: the registry's name."));
        updateState();
    });
}

void DeployForm::reload()
{
    const QString selected = modelName();
    m_model->clear();
    if (m_session->hasWorkspace() && !m_session->isLocked()) {
        Result<QList<models::ModelEntry>> all =
            models::ModelStore(*m_session->workspace()).models();
        if (all)
            for (const models::ModelEntry& e : *all)
                m_model->addItem(
                    e.kind == models::ModelKind::Adapter ? tr("%1 (adapter)").arg(e.name) : e.name,
                    e.name);
    }
    if (const int i = m_model->findData(selected); i >= 0)
        m_model->setCurrentIndex(i);
    updateState();
}

void DeployForm::setNodeAvailable(bool available)
{
    m_nodeAvailable = available;
    updateState();
}

void DeployForm::setBusy(bool busy)
{
    m_busy = busy;
    updateState();
}

QString DeployForm::modelName() const
{
    return m_model->currentData().toString();
}

QString DeployForm::deployedName() const
{
    return m_name->text().trimmed();
}

Result<ledger::Amount> DeployForm::price() const
{
    return ledger::parseOpen(m_price->text());
}

node::RevenueSplit DeployForm::split() const
{
    return {m_nodeShare->value() * 100, m_builderShare->value() * 100, m_dataShare->value() * 100};
}

void DeployForm::updateState()
{
    const bool splitOk =
        m_nodeShare->value() + m_builderShare->value() + m_dataShare->value() == 100;
    const bool priceOk = price().ok();
    m_deploy->setEnabled(m_nodeAvailable && !m_busy && m_model->count() > 0 && splitOk && priceOk);
    QString why;
    if (!m_nodeAvailable)
        why = tr("Start the local node or pick a reachable node first.");
    else if (m_model->count() == 0)
        why = tr("The registry is empty: train or import a model in ModelFactory first.");
    else if (!splitOk)
        why = tr("The split must add up to 100 %.");
    else if (!priceOk)
        why = price().error().message;
    m_deploy->setToolTip(why);
}

} // namespace fw::ui

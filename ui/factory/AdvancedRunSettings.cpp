// Advanced run settings: the knobs, their texts, which rows show, and reading them into a config.
#include "ui/factory/AdvancedRunSettings.h"

#include "ml/Precision.h"
#include "ui/common/ElidingComboBox.h"
#include "ui/common/Retranslate.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <algorithm>
#include <utility>

namespace fw::ui {

AdvancedRunSettings::AdvancedRunSettings(QWidget* parent) : QWidget(parent)
{
    auto spin = [this](int lo, int hi) {
        auto* s = new QSpinBox(this);
        s->setRange(lo, hi);
        return s;
    };
    m_steps = spin(1, 1'000'000);
    m_batch = spin(1, 512);
    m_seqLen = spin(16, 8192);
    m_warmup = spin(0, 100'000);
    m_loraRank = spin(1, 256);
    m_seed = spin(0, 2'000'000'000);
    m_learningRate = new QDoubleSpinBox(this);
    m_learningRate->setDecimals(6);
    m_learningRate->setRange(1e-6, 0.1);
    m_learningRate->setSingleStep(1e-4);
    m_evalPercent = new QDoubleSpinBox(this);
    m_evalPercent->setRange(0, 50);
    m_evalPercent->setSuffix(QStringLiteral(" %"));
    m_loraAlpha = new QDoubleSpinBox(this);
    m_loraAlpha->setRange(1, 1024);
    m_beta = new QDoubleSpinBox(this);
    m_beta->setDecimals(3);
    m_beta->setRange(0.001, 100);
    m_beta->setSingleStep(0.05);
    m_beta->setValue(ml::TrainingConfig().beta);
    m_preferenceLoss = new ElidingComboBox(this);
    m_preferenceLoss->addItem(QString(), int(ml::TrainingConfig::PreferenceLoss::Sigmoid));
    m_preferenceLoss->addItem(QString(), int(ml::TrainingConfig::PreferenceLoss::Ipo));
    m_preferenceLoss->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_preferenceLoss->setMinimumContentsLength(24);
    m_precision = new QComboBox(this);
    for (ml::Precision precision : {ml::Precision::Auto, ml::Precision::Fp32, ml::Precision::Bf16})
        m_precision->addItem(QString(), int(precision));

    // Names for tests and style sheets; the labels carry what a person reads.
    const std::pair<QWidget*, const char*> names[] = {{m_steps, "steps"},
                                                      {m_batch, "batch"},
                                                      {m_seqLen, "seqLen"},
                                                      {m_warmup, "warmup"},
                                                      {m_loraRank, "loraRank"},
                                                      {m_seed, "seed"},
                                                      {m_learningRate, "learningRate"},
                                                      {m_evalPercent, "evalPercent"},
                                                      {m_loraAlpha, "loraAlpha"},
                                                      {m_beta, "beta"},
                                                      {m_preferenceLoss, "preferenceLoss"},
                                                      {m_precision, "precision"}};
    for (const auto& [field, name] : names)
        field->setObjectName(QLatin1String(name));

    m_layout = new QFormLayout(this);
    m_layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget* field : std::initializer_list<QWidget*>{
             m_steps, m_batch, m_seqLen, m_learningRate, m_warmup, m_evalPercent, m_loraRank,
             m_loraAlpha, m_seed, m_beta, m_preferenceLoss, m_precision})
        m_layout->addRow(new QLabel(this), field);
    setObjective(ml::TrainingConfig::Objective::Sft);
    retranslated(this, [this] { retranslate(); });

    connect(m_steps, &QSpinBox::valueChanged, this, [this] {
        if (!m_quiet)
            emit stepsEdited();
        emit stepsChanged();
    });
    for (QSpinBox* box : {m_batch, m_seqLen, m_loraRank})
        connect(box, &QSpinBox::valueChanged, this, [this] {
            if (!m_quiet)
                emit shapeChanged();
        });
    connect(m_evalPercent, &QDoubleSpinBox::valueChanged, this, [this] {
        if (!m_quiet)
            emit evalShareChanged();
    });
}

void AdvancedRunSettings::retranslate()
{
    auto label = [this](QWidget* field, const QString& text) {
        auto* label = static_cast<QLabel*>(m_layout->labelForField(field));
        label->setText(text);
        label->setBuddy(field);
    };
    label(m_steps, tr("Steps:"));
    label(m_batch, tr("Batch size:"));
    label(m_seqLen, tr("Sequence length:"));
    label(m_learningRate, tr("Learning rate:"));
    label(m_warmup, tr("Warm-up steps:"));
    label(m_evalPercent, tr("Held out for evaluation:"));
    label(m_loraRank, tr("LoRA rank:"));
    label(m_loraAlpha, tr("LoRA alpha:"));
    label(m_seed, tr("Seed:"));
    label(m_beta, tr("DPO beta:"));
    label(m_preferenceLoss, tr("DPO loss:"));
    label(m_precision, tr("Precision:"));
    m_precision->setItemText(0, ml::automaticCpuPrecision() == ml::Precision::Bf16
                                    ? tr("Automatic (bf16 on this machine)")
                                    : tr("Automatic (fp32 on this machine)"));
    m_precision->setItemText(1, tr("fp32 (full precision)"));
    m_precision->setItemText(2, tr("bf16 (mixed precision)"));
    m_precision->setToolTip(
        tr("bf16 multiplies the weights in half the bits and keeps fp32 master weights: "
           "much faster on processors with AVX-512 BF16 or AMX, slower than fp32 on others."));
    m_beta->setToolTip(
        tr("How far DPO may move the model from its base: smaller lets it move further "
           "(0.1 is common)."));
    m_preferenceLoss->setItemText(0, tr("Sigmoid (the DPO paper's)"));
    m_preferenceLoss->setItemText(1, tr("IPO (squared, steadier on small data)"));
    m_steps->setToolTip(
        tr("Optimizer steps. More steps learn more and take longer (1 to 1,000,000)."));
    m_batch->setToolTip(tr("Examples per step. Larger batches give smoother updates and need more "
                           "memory (1 to 512)."));
    m_seqLen->setToolTip(tr("Tokens per example; longer examples are cut (16 to 8,192)."));
    m_warmup->setToolTip(
        tr("Steps over which the learning rate rises from zero, for a stable start."));
    m_loraRank->setToolTip(
        tr("LoRA rank: the size of the adapter's low-rank matrices (1 to 256; 8 is common)."));
    m_seed->setToolTip(tr("Random seed: the same seed gives the same run on the CPU."));
    m_learningRate->setToolTip(
        tr("Peak learning rate after warm-up; it decays along a cosine (0.000001 to 0.1)."));
    m_evalPercent->setToolTip(
        tr("Share of the examples held out to measure eval loss and perplexity (0 to 50 %)."));
    m_loraAlpha->setToolTip(
        tr("LoRA alpha: scales the adapter's contribution (alpha / rank); often twice the rank."));
}

void AdvancedRunSettings::setValues(const ml::TrainingConfig& p)
{
    m_quiet = true;
    m_steps->setValue(p.steps);
    m_learningRate->setValue(p.learningRate);
    m_batch->setValue(p.batchSize);
    m_seqLen->setValue(p.seqLen);
    m_warmup->setValue(p.warmupSteps);
    m_evalPercent->setValue(p.evalFraction * 100.0);
    m_loraRank->setValue(p.lora.rank);
    m_loraAlpha->setValue(p.lora.alpha);
    m_seed->setValue(int(p.seed));
    m_quiet = false;
}

void AdvancedRunSettings::fitSteps(int steps)
{
    m_quiet = true;
    m_steps->setValue(steps);
    m_quiet = false;
}

void AdvancedRunSettings::setMethod(ml::TrainingConfig::Method method)
{
    // Rank and alpha shape a LoRA adapter; full fine-tuning has none, so they are not offered.
    const bool lora = method == ml::TrainingConfig::Method::Lora;
    m_layout->setRowVisible(m_loraRank, lora);
    m_layout->setRowVisible(m_loraAlpha, lora);
}

void AdvancedRunSettings::setObjective(ml::TrainingConfig::Objective objective)
{
    const bool dpo = objective == ml::TrainingConfig::Objective::Dpo;
    m_layout->setRowVisible(m_beta, dpo);
    m_layout->setRowVisible(m_preferenceLoss, dpo);
}

void AdvancedRunSettings::writeInto(ml::TrainingConfig& c) const
{
    c.beta = m_beta->value();
    c.preferenceLoss = ml::TrainingConfig::PreferenceLoss(m_preferenceLoss->currentData().toInt());
    c.steps = m_steps->value();
    c.batchSize = m_batch->value();
    c.seqLen = m_seqLen->value();
    c.learningRate = m_learningRate->value();
    c.warmupSteps = std::min(m_warmup->value(), std::max(0, c.steps - 1));
    c.lora.rank = m_loraRank->value();
    c.lora.alpha = m_loraAlpha->value();
    c.seed = uint64_t(m_seed->value());
    c.precision = ml::Precision(m_precision->currentData().toInt());
}

double AdvancedRunSettings::evalPercent() const
{
    return m_evalPercent->value();
}

int AdvancedRunSettings::steps() const
{
    return m_steps->value();
}

int AdvancedRunSettings::batchSize() const
{
    return m_batch->value();
}

QString AdvancedRunSettings::shapeKey() const
{
    return QStringList{QString::number(m_batch->value()), QString::number(m_seqLen->value()),
                       QString::number(m_loraRank->value())}
        .join(QLatin1Char('\n'));
}

} // namespace fw::ui

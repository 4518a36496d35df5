// The new-run form's advanced settings: every training knob (steps, batch, sequence length,
// learning rate, warm-up, held-out share, LoRA rank and alpha, seed, DPO's beta and loss,
// precision) with its label, tooltip and range. A preset fills them; the form reads them back into
// the run's config. LoRA rows show for LoRA runs only, DPO rows for DPO only.
#pragma once

#include "ml/TrainingConfig.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QSpinBox;

namespace fw::ui {

class AdvancedRunSettings : public QWidget
{
    Q_OBJECT
public:
    explicit AdvancedRunSettings(QWidget* parent = nullptr);

    // A preset's values into every knob, without the signals below (the caller updates after).
    void setValues(const ml::TrainingConfig& preset);
    // Steps the form fitted to the data: stepsChanged() follows, stepsEdited() does not.
    void fitSteps(int steps);
    void setMethod(ml::TrainingConfig::Method method);          // LoRA rows for LoRA only
    void setObjective(ml::TrainingConfig::Objective objective); // DPO rows for DPO only

    // Every knob into `c`, except the held-out share (the form sizes it to the data: evalPercent).
    void writeInto(ml::TrainingConfig& c) const;
    double evalPercent() const;
    int steps() const;
    int batchSize() const;
    // What decides the time per step, besides the data and the base.
    QString shapeKey() const;

    QSpinBox* stepsBox() const { return m_steps; }
    QDoubleSpinBox* betaBox() const { return m_beta; }
    QComboBox* preferenceLossBox() const { return m_preferenceLoss; }
    QComboBox* precisionBox() const { return m_precision; }

signals:
    void stepsEdited();      // the user set the steps: the preset's epochs no longer decide them
    void stepsChanged();     // by anyone
    void shapeChanged();     // batch, sequence length or LoRA rank: memory and time per step
    void evalShareChanged(); // the held-out share

private:
    void retranslate();

    QFormLayout* m_layout = nullptr;
    bool m_quiet = false; // setValues() or fitSteps() is setting the knobs, not the user
    QSpinBox* m_steps = nullptr;
    QSpinBox* m_batch = nullptr;
    QSpinBox* m_seqLen = nullptr;
    QDoubleSpinBox* m_learningRate = nullptr;
    QSpinBox* m_warmup = nullptr;
    QDoubleSpinBox* m_evalPercent = nullptr;
    QSpinBox* m_loraRank = nullptr;
    QDoubleSpinBox* m_loraAlpha = nullptr;
    QSpinBox* m_seed = nullptr;
    QDoubleSpinBox* m_beta = nullptr;
    QComboBox* m_preferenceLoss = nullptr;
    QComboBox* m_precision = nullptr;
};

} // namespace fw::ui

// The "new training run" form: a ready datanet version (older versions too) with its train/eval split, what to learn
// (SFT, a reward model or DPO, the last two from preference pairs), a base (a size preset trained from scratch
// or a registered model), LoRA or full, a preset (Quick / Balanced / Thorough) and, under Advanced,
// every knob with a tooltip and a range. It builds the TrainingPlan the page hands to a job.
#pragma once

#include "datanet/DatanetTypes.h"
#include "models/TrainingPlan.h"
#include "models/Warmup.h"

#include <QJsonObject>
#include <QMap>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QFormLayout;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QSpinBox;

namespace fw::ui {

class AdvancedRunSettings;
class WorkspaceSession;

class NewRunForm : public QWidget
{
    Q_OBJECT
public:
    enum class Preset { Quick, Balanced, Thorough };

    explicit NewRunForm(WorkspaceSession* session, QWidget* parent = nullptr);

    // Reads datanets, versions and registered models again (keeps the choices that still exist).
    void reload();
    // Empty `error` means the plan can be started.
    models::TrainingPlan plan(QString* error = nullptr) const;

    QComboBox* datanetBox() const { return m_datanet; }
    QComboBox* versionBox() const { return m_version; }
    // Other datanets to train on together with the chosen one (their newest ready version), checkable.
    QListWidget* moreDataList() const { return m_moreData; }
    QLabel* splitLabel() const { return m_split; }
    QComboBox* baseBox() const { return m_base; }
    QComboBox* methodBox() const { return m_method; }
    // SFT, Reward model, DPO (item data: ml::TrainingConfig::Objective); DPO's beta and loss sit
    // under Advanced, shown for DPO only.
    QComboBox* objectiveBox() const { return m_objective; }
    QDoubleSpinBox* betaBox() const;
    QComboBox* preferenceLossBox() const;
    QComboBox* presetBox() const { return m_preset; }
    QSpinBox* stepsBox() const;
    QComboBox* precisionBox() const;
    QLineEdit* outputEdit() const { return m_output; }
    QLabel* readinessLabel() const { return m_readiness; }
    QLabel* estimateLabel() const { return m_estimate; }
    QLabel* timeLabel() const { return m_time; }
    QPushButton* measureButton() const { return m_measure; }

    // The page measures (WarmupJob) and hands the result back; it holds while the settings that
    // decide the time per step stay the same, and the total follows the number of steps.
    void setMeasuring(bool measuring, bool allowed = true);
    // Names queued or training now: the suggested name skips them as it skips registered models.
    void setReservedNames(const QStringList& names) { m_reserved = names; }
    void setTiming(const models::WarmupTiming& timing);

signals:
    void changed();
    void measureRequested();

private:
    void buildForm();
    void fillVersions();  // the chosen datanet's frozen versions, newest first
    void describeDatanetItem(int index); // its text and tooltip, from m_versions
    bool isUsableDatanet(int index) const; // has a ready version
    int suggestedDatanet() const;           // the best ready one for SFT; -1 when none is ready
    void selectFocusedDatanet(const QString& name);
    void retranslateChoices();           // the texts made from data, after a language change
    void updateSplit();
    void fillMoreData(); // every other datanet's newest ready version
    QList<QListWidgetItem*> checkedMoreData() const;
    void applyPreset();
    void fitPresetSteps(); // steps = the preset's epochs over the chosen data
    void onBaseChanged();
    void onObjectiveChanged();
    // Why the chosen data cannot feed the chosen objective; empty when it can.
    QString objectiveProblem() const;
    void suggestOutputName();
    void updateEstimate();
    void updateTime();
    QString timingKey() const; // what the time per step depends on
    bool fromScratch() const;
    qint64 recordCount() const;                // the chosen version's and the ticked ones'
    double evalFraction(qint64 records) const; // the held-out share the run will use

    WorkspaceSession* m_session;
    QComboBox* m_datanet = nullptr;
    QComboBox* m_version = nullptr;
    QMap<QString, QList<datanet::VersionInfo>> m_versions; // datanet name -> its versions
    QLabel* m_readiness = nullptr;
    QLabel* m_split = nullptr;
    QListWidget* m_moreData = nullptr;
    QFormLayout* m_formLayout = nullptr;
    QLabel* m_estimate = nullptr;
    QLabel* m_time = nullptr;
    QPushButton* m_measure = nullptr;
    std::optional<models::WarmupTiming> m_timing;
    QString m_timingKey;
    QStringList m_reserved;
    bool m_measuring = false;
    QMap<QString, QJsonObject> m_baseConfigs; // registered model -> its Hugging Face config
    QComboBox* m_base = nullptr;
    QComboBox* m_method = nullptr;
    QComboBox* m_objective = nullptr;
    QComboBox* m_preset = nullptr;
    int m_presetEpochs = 0; // > 0: the preset counts epochs, and the steps follow the data
    QLineEdit* m_output = nullptr;
    QCheckBox* m_showAdvanced = nullptr;
    AdvancedRunSettings* m_advanced = nullptr;
};

} // namespace fw::ui

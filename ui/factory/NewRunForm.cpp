// New-run form: choices, presets and the plan they make.
#include "ui/factory/NewRunForm.h"

#include "ui/factory/AdvancedRunSettings.h"

#include "datanet/DatanetService.h"
#include "datanet/VersionService.h"
#include "ml/MemoryEstimate.h"
#include "ml/ModelConfig.h"
#include "ml/TrainingPresets.h"
#include "models/ModelStore.h"
#include "ui/common/ElidingComboBox.h"
#include "ui/common/Retranslate.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QLocale>
#include <QStandardItemModel>
#include <QVBoxLayout>

#include <QRegularExpression>

#include <algorithm>
#include <array>
#include <cmath>

namespace fw::ui {

namespace {
// Item data of the datanet box: the datanet's name; disabled items carry why in their tooltip.
constexpr int kPresetRole = Qt::UserRole + 1; // base box: true for a size preset
constexpr int kKindRole = Qt::UserRole + 2;   // datanet box: its datanet::RecordKind

// Memory the system could hand out now (MemAvailable), or -1 where /proc/meminfo is not there.
qint64 availableMemoryBytes()
{
    QFile meminfo(QStringLiteral("/proc/meminfo"));
    if (!meminfo.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : meminfo.readAll().split('\n'))
        if (line.startsWith("MemAvailable:"))
            return line.mid(13).trimmed().split(' ').first().toLongLong() * 1024;
    return -1;
}

QString presetDescription(const QString& name)
{
    if (name == QLatin1String("nano"))
        return NewRunForm::tr("nano: about 1M parameters, from scratch (seconds per hundred steps)");
    if (name == QLatin1String("micro"))
        return NewRunForm::tr("micro: about 6M parameters, from scratch");
    if (name == QLatin1String("mini"))
        return NewRunForm::tr("mini: about 25M parameters, from scratch (a GPU helps)");
    return name;
}
} // namespace

NewRunForm::NewRunForm(WorkspaceSession* session, QWidget* parent) : QWidget(parent), m_session(session)
{
    buildForm();
    reload();
    connect(session, &WorkspaceSession::focusedDatanetChanged, this, &NewRunForm::selectFocusedDatanet);
}

void NewRunForm::buildForm()
{
    m_datanet = new ElidingComboBox(this);
    m_version = new ElidingComboBox(this);
    m_readiness = new QLabel(this);
    m_readiness->setWordWrap(true);
    m_split = new QLabel(this);
    m_split->setWordWrap(true);
    m_moreData = new QListWidget(this);
    m_moreData->setMaximumHeight(m_moreData->fontMetrics().height() * 4 + 8);
    m_base = new ElidingComboBox(this);
    m_method = new ElidingComboBox(this);
    m_method->addItem(QString(), int(ml::TrainingConfig::Method::Lora));
    m_method->addItem(QString(), int(ml::TrainingConfig::Method::Full));
    m_objective = new ElidingComboBox(this);
    for (auto objective : {ml::TrainingConfig::Objective::Sft, ml::TrainingConfig::Objective::Reward,
                           ml::TrainingConfig::Objective::Dpo})
        m_objective->addItem(QString(), int(objective));
    m_preset = new ElidingComboBox(this);
    for (Preset preset : {Preset::Quick, Preset::Balanced, Preset::Thorough})
        m_preset->addItem(QString(), int(preset));
    // Long choices (a translated base description, a datanet's name) elide in the closed box
    // (ElidingComboBox) instead of widening the form past the window; the open list shows them whole.
    for (QComboBox* box : {m_datanet, m_version, m_base, m_method, m_objective, m_preset}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(24);
    }
    // A choice the closed box cuts short (a base's description in Spanish) shows whole on hover.
    for (QComboBox* box : {m_datanet, m_version, m_base, m_method})
        connect(box, &QComboBox::currentTextChanged, box, &QComboBox::setToolTip);
    m_output = new QLineEdit(this);
    m_estimate = new QLabel(this);
    m_estimate->setWordWrap(true);
    m_time = new QLabel(this);
    m_time->setWordWrap(true);
    m_measure = new QPushButton(this);
    connect(m_measure, &QPushButton::clicked, this, &NewRunForm::measureRequested);
    m_showAdvanced = new QCheckBox(this);
    m_advanced = new AdvancedRunSettings(this);

    // Rows: (label, field); the labels' texts are set with the others below.
    auto* form = new QFormLayout;
    m_formLayout = form;
    for (QWidget* field : std::initializer_list<QWidget*>{m_datanet, m_version})
        form->addRow(new QLabel(this), field);
    form->addRow(QString(), m_readiness);
    form->addRow(new QLabel(this), m_moreData);
    form->addRow(QString(), m_split);
    for (QWidget* field : std::initializer_list<QWidget*>{m_objective, m_base, m_method, m_preset, m_output})
        form->addRow(new QLabel(this), field);
    form->addRow(QString(), m_estimate);
    auto* timeRow = new QHBoxLayout;
    timeRow->addWidget(m_time, 1);
    timeRow->addWidget(m_measure, 0, Qt::AlignTop);
    form->addRow(QString(), timeRow);

    retranslated(this, [this, form] {
        auto label = [](QFormLayout* layout, QWidget* field, const QString& text) {
            auto* label = static_cast<QLabel*>(layout->labelForField(field));
            label->setText(text);
            label->setBuddy(field); // the & in the text focuses the field
        };
        label(form, m_datanet, tr("&Data:"));
        label(form, m_version, tr("&Version:"));
        label(form, m_moreData, tr("Also &train on:"));
        label(form, m_base, tr("&Base:"));
        label(form, m_method, tr("&Method:"));
        label(form, m_preset, tr("&Preset:"));
        label(form, m_output, tr("&Name:"));
        label(form, m_objective, tr("&Objective:"));
        m_objective->setItemText(0, tr("Supervised fine-tuning (learn the answers)"));
        m_objective->setItemText(1, tr("Reward model (learn to score answers)"));
        m_objective->setItemText(2, tr("DPO (learn to prefer the chosen answers)"));
        m_objective->setToolTip(tr("Reward models and DPO learn from a preference datanet: pairs of a better and a "
                                   "worse answer to the same prompt."));
        m_datanet->setAccessibleName(tr("Datanet version to train on"));
        m_version->setAccessibleName(tr("Frozen version of the datanet"));
        m_moreData->setAccessibleName(tr("Other datanets to train on as well"));
        m_moreData->setToolTip(tr("Tick other datanets to train on their newest ready version too; the examples of "
                                  "every ticked version are trained on together."));
        m_base->setAccessibleName(tr("Base model"));
        m_method->setItemText(0, tr("LoRA adapter (small, base stays untouched)"));
        m_method->setItemText(1, tr("Full fine-tuning (every weight)"));
        m_preset->setItemText(0, tr("Quick"));
        m_preset->setItemText(1, tr("Balanced"));
        m_preset->setItemText(2, tr("Thorough"));
        m_preset->setToolTip(tr("Sets the number of steps and the learning rate; Advanced shows every value."));
        m_output->setAccessibleName(tr("Name of the new model"));
        m_measure->setText(tr("&Measure Time"));
        m_measure->setToolTip(tr("Runs the first few steps of this run on this machine to time them; nothing is saved."));
        m_showAdvanced->setText(tr("Show &advanced settings"));
        // Texts made from the data: the choices stay as they are.
        retranslateChoices();
    });

    // Hidden, the knobs keep their values (the preset's); shown, every one can be changed.
    m_advanced->setVisible(false);
    connect(m_showAdvanced, &QCheckBox::toggled, m_advanced, &QWidget::setVisible);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_showAdvanced);
    layout->addWidget(m_advanced);
    layout->addStretch();

    connect(m_datanet, &QComboBox::currentIndexChanged, this, [this] {
        fillVersions();
        suggestOutputName();
        emit changed();
    });
    connect(m_version, &QComboBox::currentIndexChanged, this, [this] {
        m_readiness->setText(m_version->currentIndex() >= 0 ? m_version->currentData(Qt::ToolTipRole).toString()
                                                            : m_datanet->currentData(Qt::ToolTipRole).toString());
        updateSplit();
        emit changed();
    });
    connect(m_advanced, &AdvancedRunSettings::evalShareChanged, this, [this] {
        updateSplit();
        fitPresetSteps();
    });
    connect(m_moreData, &QListWidget::itemChanged, this, [this] {
        updateSplit();
        emit changed();
    });
    connect(m_base, &QComboBox::currentIndexChanged, this, &NewRunForm::onBaseChanged);
    connect(m_objective, &QComboBox::currentIndexChanged, this, &NewRunForm::onObjectiveChanged);
    connect(m_method, &QComboBox::currentIndexChanged, this, &NewRunForm::applyPreset);
    connect(m_preset, &QComboBox::currentIndexChanged, this, &NewRunForm::applyPreset);
    connect(m_advanced, &AdvancedRunSettings::shapeChanged, this, [this] {
        fitPresetSteps(); // epochs are counted in batches
        updateEstimate();
        updateTime();
    });
    connect(this, &NewRunForm::changed, this, &NewRunForm::updateEstimate);
    // Only a change of data refits the steps, and only until the user sets them: a value typed into
    // the steps box stays through any later change of data (until a preset is chosen again).
    connect(m_advanced, &AdvancedRunSettings::stepsEdited, this, [this] { m_presetEpochs = 0; });
    connect(m_advanced, &AdvancedRunSettings::stepsChanged, this, &NewRunForm::updateTime);
    connect(m_version, &QComboBox::currentIndexChanged, this, &NewRunForm::fitPresetSteps);
    connect(m_moreData, &QListWidget::itemChanged, this, &NewRunForm::fitPresetSteps);
    connect(this, &NewRunForm::changed, this, &NewRunForm::updateTime);
}

QSpinBox* NewRunForm::stepsBox() const
{
    return m_advanced->stepsBox();
}

QDoubleSpinBox* NewRunForm::betaBox() const
{
    return m_advanced->betaBox();
}

QComboBox* NewRunForm::preferenceLossBox() const
{
    return m_advanced->preferenceLossBox();
}

QComboBox* NewRunForm::precisionBox() const
{
    return m_advanced->precisionBox();
}

void NewRunForm::reload()
{
    const QString datanet = m_datanet->currentData().toString();
    const QString base = m_base->currentData().toString();
    QSignalBlocker blockData(m_datanet);
    QSignalBlocker blockBase(m_base);
    m_datanet->clear();
    m_versions.clear();
    m_base->clear();
    for (const QString& preset : ml::ModelConfig::presetNames()) {
        m_base->addItem(presetDescription(preset), preset);
        m_base->setItemData(m_base->count() - 1, true, kPresetRole);
    }
    if (m_session->hasWorkspace() && !m_session->isLocked()) {
        store::Workspace& ws = *m_session->workspace();
        if (auto all = datanet::DatanetService(ws).datanets(); all) {
            auto* items = qobject_cast<QStandardItemModel*>(m_datanet->model());
            for (const datanet::Datanet& d : *all) {
                if (d.kind == datanet::RecordKind::Text)
                    continue; // nothing to answer: SFT needs prompts
                Result<QList<datanet::VersionInfo>> versions = datanet::VersionService(ws).versions(d.id);
                const QList<datanet::VersionInfo> list = versions ? *versions : QList<datanet::VersionInfo>();
                m_versions.insert(d.name, list);
                m_datanet->addItem(QString(), d.name);
                m_datanet->setItemData(m_datanet->count() - 1, int(d.kind), kKindRole);
                describeDatanetItem(m_datanet->count() - 1);
                items->item(m_datanet->count() - 1)->setEnabled(
                    std::any_of(list.begin(), list.end(), [](const auto& v) { return v.ready; }));
            }
        }
        m_baseConfigs.clear();
        if (auto registered = models::ModelStore(ws).models(); registered)
            for (const models::ModelEntry& e : *registered)
                if (e.kind == models::ModelKind::Model) {
                    m_base->addItem(tr("%1 (registered model)").arg(e.name), e.name);
                    m_baseConfigs.insert(e.name, e.lineage.value(QStringLiteral("model_config")).toObject());
                }
    }
    // Keep the previous choice; else the one the user looked at last, else the best ready one.
    int pick = m_datanet->findData(datanet);
    if (!isUsableDatanet(pick))
        pick = m_datanet->findData(m_session->focusedDatanet());
    if (!isUsableDatanet(pick))
        pick = suggestedDatanet();
    m_datanet->setCurrentIndex(pick);
    fillVersions();
    if (m_datanet->currentIndex() < 0)
        m_readiness->setText(tr("No datanet has a frozen version to train on yet."));
    m_base->setCurrentIndex(qMax(0, m_base->findData(base)));
    onBaseChanged();
}

bool NewRunForm::isUsableDatanet(int index) const
{
    auto* items = qobject_cast<QStandardItemModel*>(m_datanet->model());
    return index >= 0 && index < m_datanet->count() && items->item(index)->isEnabled();
}

int NewRunForm::suggestedDatanet() const
{
    // Instruction data teaches a model to answer, as the README's first run does; chat data next;
    // preference pairs are for reward models and DPO, so last. Among equals, the most records.
    auto rank = [](int kind) {
        switch (datanet::RecordKind(kind)) {
        case datanet::RecordKind::Instruction: return 0;
        case datanet::RecordKind::Chat: return 1;
        case datanet::RecordKind::Text: return 2;
        case datanet::RecordKind::Preference: return 3;
        }
        return 3;
    };
    auto records = [this](int index) {
        const QList<datanet::VersionInfo> list = m_versions.value(m_datanet->itemData(index).toString());
        const auto ready = std::find_if(list.begin(), list.end(), [](const auto& v) { return v.ready; });
        return ready == list.end() ? qint64(0) : ready->recordCount;
    };
    int best = -1;
    for (int i = 0; i < m_datanet->count(); ++i) {
        if (!isUsableDatanet(i))
            continue;
        const int r = rank(m_datanet->itemData(i, kKindRole).toInt());
        const int b = best < 0 ? 4 : rank(m_datanet->itemData(best, kKindRole).toInt());
        if (r < b || (r == b && records(i) > records(best)))
            best = i;
    }
    return best;
}

void NewRunForm::selectFocusedDatanet(const QString& name)
{
    if (const int index = m_datanet->findData(name); isUsableDatanet(index))
        m_datanet->setCurrentIndex(index); // not-ready datanets stay a look, not a choice
}

void NewRunForm::describeDatanetItem(int index)
{
    const QString name = m_datanet->itemData(index).toString();
    const QList<datanet::VersionInfo> list = m_versions.value(name);
    const bool usable = std::any_of(list.begin(), list.end(), [](const auto& v) { return v.ready; });
    m_datanet->setItemText(index, list.isEmpty() ? tr("%1 · no version yet").arg(name)
                                                 : tr("%1 · %n version(s)", nullptr, int(list.size())).arg(name));
    m_datanet->setItemData(index,
                           list.isEmpty() ? tr("No version yet: freeze one on the Datanets page.")
                           : usable       ? tr("Has a ready version to train on.")
                                          : tr("Not ready: no version met the datanet's requirements when it was "
                                               "frozen. Review more records and freeze again."),
                           Qt::ToolTipRole);
}

void NewRunForm::retranslateChoices()
{
    for (int i = 0; i < m_datanet->count(); ++i)
        describeDatanetItem(i);
    for (int i = 0; i < m_base->count(); ++i) {
        const QString name = m_base->itemData(i).toString();
        m_base->setItemText(i, m_base->itemData(i, kPresetRole).toBool() ? presetDescription(name)
                                                                          : tr("%1 (registered model)").arg(name));
    }
    fillVersions(); // keeps the chosen version and the ticked datanets
    updateEstimate();
    updateTime();
}

void NewRunForm::fillVersions()
{
    const QString previous = m_version->currentData().toString();
    QSignalBlocker block(m_version);
    m_version->clear();
    auto* items = qobject_cast<QStandardItemModel*>(m_version->model());
    const QList<datanet::VersionInfo> versions = m_versions.value(m_datanet->currentData().toString());
    const QLocale l;
    for (const datanet::VersionInfo& v : versions) {
        QString text = tr("%1 · %n record(s) · %2", nullptr, int(v.recordCount))
                           .arg(v.idHex().left(8), l.toString(v.createdAt.toLocalTime().date(), QLocale::ShortFormat));
        if (m_version->count() == 0)
            text += tr(" (newest)");
        m_version->addItem(text, v.idHex());
        m_version->setItemData(m_version->count() - 1, QVariant::fromValue(v.recordCount), Qt::UserRole + 1);
        m_version->setItemData(m_version->count() - 1,
                               v.ready ? tr("Ready: this version meets the datanet's requirements.")
                                       : tr("Not ready: this version did not meet the datanet's requirements when it "
                                            "was frozen."),
                               Qt::ToolTipRole);
        items->item(m_version->count() - 1)->setEnabled(v.ready);
    }
    int pick = m_version->findData(previous);
    if (pick < 0 || !items->item(pick)->isEnabled())
        for (pick = 0; pick < m_version->count() && !items->item(pick)->isEnabled(); ++pick) {
        }
    m_version->setCurrentIndex(pick < m_version->count() ? pick : -1);
    m_readiness->setText(m_version->currentIndex() >= 0 ? m_version->currentData(Qt::ToolTipRole).toString()
                                                        : m_datanet->currentData(Qt::ToolTipRole).toString());
    fillMoreData();
    updateSplit();
}

QList<QListWidgetItem*> NewRunForm::checkedMoreData() const
{
    QList<QListWidgetItem*> checked;
    for (int row = 0; row < m_moreData->count(); ++row)
        if (m_moreData->item(row)->checkState() == Qt::Checked)
            checked << m_moreData->item(row);
    return checked;
}

void NewRunForm::fillMoreData()
{
    QStringList ticked;
    for (const QListWidgetItem* item : checkedMoreData())
        ticked << item->data(Qt::UserRole).toString();
    QSignalBlocker block(m_moreData);
    m_moreData->clear();
    const QString chosen = m_datanet->currentData().toString();
    for (int i = 0; i < m_datanet->count(); ++i) {
        const QString name = m_datanet->itemData(i).toString();
        if (name == chosen)
            continue;
        const QList<datanet::VersionInfo> versions = m_versions.value(name);
        const auto ready = std::find_if(versions.begin(), versions.end(), [](const auto& v) { return v.ready; });
        auto* item = new QListWidgetItem(m_moreData);
        item->setData(Qt::UserRole, name);
        if (ready == versions.end()) {
            item->setText(name);
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            item->setToolTip(m_datanet->itemData(i, Qt::ToolTipRole).toString());
            continue;
        }
        item->setText(tr("%1 · %2 · %n record(s)", nullptr, int(ready->recordCount)).arg(name, ready->idHex().left(8)));
        item->setData(Qt::UserRole + 1, ready->idHex());
        item->setData(Qt::UserRole + 2, QVariant::fromValue(ready->recordCount));
        item->setToolTip(tr("Its newest ready version, %1.").arg(ready->idHex().left(16)));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(ticked.contains(name) ? Qt::Checked : Qt::Unchecked);
    }
    m_formLayout->setRowVisible(m_moreData, m_moreData->count() > 0);
}

void NewRunForm::updateSplit()
{
    const qint64 records = recordCount();
    if (records <= 0)
        return m_split->clear();
    // Counted as the engine splits: records are a close stand-in for examples (a chat record can
    // hold several turns, so the engine's count may be higher).
    const qint64 held = qint64(ml::heldOutCount(size_t(records), evalFraction(records)));
    const QLocale l;
    m_split->setText(held == 0 ? tr("Split: all %1 examples train; none held out for evaluation (see Advanced).")
                                     .arg(l.toString(records))
                               : tr("Split: %1 examples train, %2 held out for evaluation.")
                                     .arg(l.toString(records - held), l.toString(held)));
}

qint64 NewRunForm::recordCount() const
{
    qint64 records = m_version->currentIndex() >= 0 ? m_version->currentData(Qt::UserRole + 1).toLongLong() : 0;
    for (const QListWidgetItem* item : checkedMoreData())
        records += records > 0 ? item->data(Qt::UserRole + 2).toLongLong() : 0;
    return records;
}

double NewRunForm::evalFraction(qint64 records) const
{
    // A few held-out examples at least, so that eval loss means something on a small datanet; never
    // more than half of them, and none when the user asked for none.
    constexpr qint64 kMinHeldOut = 3;
    const double asked = m_advanced->evalPercent() / 100.0;
    if (asked <= 0 || records < 2 * kMinHeldOut)
        return asked;
    return std::min(0.5, std::max(asked, double(kMinHeldOut) / double(records)));
}

bool NewRunForm::fromScratch() const
{
    return m_base->currentData(kPresetRole).toBool();
}

void NewRunForm::onBaseChanged()
{
    // A preset's weights are random: LoRA has nothing to adapt, so full training is the only way.
    auto* items = qobject_cast<QStandardItemModel*>(m_method->model());
    items->item(0)->setEnabled(!fromScratch());
    m_method->setCurrentIndex(fromScratch() ? 1 : 0);
    applyPreset();
    suggestOutputName();
    emit changed();
}

void NewRunForm::onObjectiveChanged()
{
    m_advanced->setObjective(ml::TrainingConfig::Objective(m_objective->currentData().toInt()));
    applyPreset();
}

QString NewRunForm::objectiveProblem() const
{
    if (m_objective->currentData().toInt() == int(ml::TrainingConfig::Objective::Sft))
        return {};
    const int preference = int(datanet::RecordKind::Preference);
    QStringList others;
    if (m_datanet->currentIndex() >= 0 && m_datanet->currentData(kKindRole).toInt() != preference)
        others << m_datanet->currentData().toString();
    for (const QListWidgetItem* item : checkedMoreData()) {
        const int index = m_datanet->findData(item->data(Qt::UserRole));
        if (index >= 0 && m_datanet->itemData(index, kKindRole).toInt() != preference)
            others << m_datanet->itemData(index).toString();
    }
    if (others.isEmpty())
        return {};
    const QString names = others.join(QStringLiteral(", "));
    return m_objective->currentData().toInt() == int(ml::TrainingConfig::Objective::Dpo)
               ? tr("DPO learns from preference pairs, but %1 holds other records: choose a preference datanet, "
                    "or supervised fine-tuning.")
                     .arg(names)
               : tr("A reward model learns from preference pairs, but %1 holds other records: choose a preference "
                    "datanet, or supervised fine-tuning.")
                     .arg(names);
}

void NewRunForm::applyPreset()
{
    m_advanced->setMethod(ml::TrainingConfig::Method(m_method->currentData().toInt()));
    const ml::TrainingConfig p = ml::presetConfig(
        ml::RunPreset(m_preset->currentData().toInt()),
        {fromScratch() ? m_base->currentData().toString() : QString(),
         ml::TrainingConfig::Method(m_method->currentData().toInt()),
         ml::TrainingConfig::Objective(m_objective->currentData().toInt())});
    m_advanced->setValues(p);
    m_presetEpochs = p.epochs;
    fitPresetSteps();
    updateSplit(); // the preset's held-out share
    emit changed();
}

void NewRunForm::fitPresetSteps()
{
    // A preset that counts epochs sets the steps the chosen data needs; a count the user set stays.
    if (m_presetEpochs <= 0)
        return;
    const qint64 records = recordCount();
    const qint64 train = records - qint64(ml::heldOutCount(size_t(std::max<qint64>(0, records)), evalFraction(records)));
    m_advanced->fitSteps(ml::stepsForEpochs(m_presetEpochs, train, m_advanced->batchSize(), 1));
}

void NewRunForm::suggestOutputName()
{
    if (m_datanet->currentIndex() < 0)
        return;
    QString stem = m_datanet->currentData().toString().toLower();
    stem.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    stem = stem.section(QLatin1Char('-'), 0, 1, QString::SectionSkipEmpty);
    const QString base = m_base->currentData().toString();
    QString name = QStringLiteral("%1-%2").arg(stem, base);
    QStringList taken = m_reserved;
    if (m_session->hasWorkspace() && !m_session->isLocked())
        if (auto all = models::ModelStore(*m_session->workspace()).models(); all)
            for (const models::ModelEntry& e : *all)
                taken << e.name;
    for (int n = 2; taken.contains(name); ++n)
        name = QStringLiteral("%1-%2-%3").arg(stem, base).arg(n);
    m_output->setText(name);
}

void NewRunForm::updateEstimate()
{
    const QString base = m_base->currentData().toString();
    Result<ml::ModelConfig> model = fromScratch() ? ml::ModelConfig::preset(base)
                                                  : ml::ModelConfig::fromHfJson(m_baseConfigs.value(base));
    if (!model) {
        m_estimate->setText(tr("Memory needed: unknown for this base."));
        m_estimate->setStyleSheet(QString());
        return;
    }
    const ml::MemoryEstimate need = ml::MemoryEstimate::forTraining(*model, plan().config);
    const QLocale l;
    QString text = tr("Needs about %1 while training (weights %2, gradients %3, optimizer %4, activations %5).")
                       .arg(l.formattedDataSize(need.total()), l.formattedDataSize(need.weights),
                            l.formattedDataSize(need.gradients), l.formattedDataSize(need.optimizer),
                            l.formattedDataSize(need.activations));
    const qint64 available = availableMemoryBytes();
    const bool tooBig = available > 0 && need.total() > available;
    if (available > 0)
        text += tooBig ? tr(" This machine has only %1 free: the run will likely fail; lower the batch size or the "
                            "sequence length, or use LoRA.")
                             .arg(l.formattedDataSize(available))
                       : tr(" This machine has %1 free.").arg(l.formattedDataSize(available));
    m_estimate->setText(text);
    m_estimate->setStyleSheet(tooBig ? QStringLiteral("color: #b91c1c;") : QString());
}

QString NewRunForm::timingKey() const
{
    return QStringList{m_datanet->currentData().toString(), m_version->currentData().toString(),
                       m_base->currentData().toString(), QString::number(checkedMoreData().size()),
                       m_method->currentData().toString(), m_objective->currentData().toString(),
                       m_advanced->shapeKey()}
        .join(QLatin1Char('\n'));
}

void NewRunForm::setMeasuring(bool measuring, bool allowed)
{
    m_measuring = measuring;
    m_measure->setEnabled(allowed && !measuring);
    updateTime();
}

void NewRunForm::setTiming(const models::WarmupTiming& timing)
{
    m_timing = timing;
    m_timingKey = timingKey();
    updateTime();
}

void NewRunForm::updateTime()
{
    m_time->setStyleSheet(QString());
    if (m_measuring)
        return m_time->setText(tr("Measuring the first steps on this machine…"));
    if (!m_timing || m_timingKey != timingKey())
        return m_time->setText(tr("Time: not measured yet for these settings."));
    const QLocale l;
    auto span = [&l](qint64 ms) {
        const qint64 s = (ms + 500) / 1000;
        return s >= 3600 ? tr("%1 h %2 min").arg(s / 3600).arg(s / 60 % 60)
               : s >= 60 ? tr("%1 min %2 s").arg(s / 60).arg(s % 60)
                         : tr("%1 s").arg(std::max<qint64>(1, s));
    };
    const int steps = m_advanced->steps();
    const qint64 total = m_timing->setupMs + qint64(m_timing->msPerStep * steps);
    QString text = tr("About %1 on this machine: %2 steps at %3 ms each, plus %4 to prepare (measured).")
                       .arg(span(total), l.toString(steps), l.toString(m_timing->msPerStep, 'f', 0),
                            span(m_timing->setupMs));
    if (m_timing->threads > 0)
        text += QLatin1Char(' ') + tr("Training uses %n thread(s).", nullptr, m_timing->threads);
    // Another job on the same cores can double the time per step: say so rather than mislead.
    if (m_timing->cpuWasBusy())
        text += QLatin1Char(' ') + tr("Other programs used %1% of the CPU while it was measured: the run will be "
                                      "faster once they stop. Measure again when the CPU is idle.")
                                       .arg(qRound(m_timing->othersCpuShare * 100));
    m_time->setText(text);
    m_time->setStyleSheet(m_timing->cpuWasBusy() ? QStringLiteral("color: #b45309;") : QString());
}

models::TrainingPlan NewRunForm::plan(QString* error) const
{
    models::TrainingPlan p;
    p.datanet = m_datanet->currentData().toString();
    p.version = m_version->currentData().toString();
    for (const QListWidgetItem* item : checkedMoreData())
        p.moreData << models::DataSource{item->data(Qt::UserRole).toString(), item->data(Qt::UserRole + 1).toString()};
    p.base = m_base->currentData().toString();
    p.output = m_output->text().trimmed();
    ml::TrainingConfig& c = p.config;
    c.method = ml::TrainingConfig::Method(m_method->currentData().toInt());
    c.objective = ml::TrainingConfig::Objective(m_objective->currentData().toInt());
    m_advanced->writeInto(c);
    c.minLrRatio = 0.05;
    c.evalFraction = evalFraction(recordCount());
    // Ten evaluations along the run draw the Eval loss curve; one at the end gives the final figure.
    c.evalEvery = c.evalFraction > 0 ? std::max(10, c.steps / 10) : 0;
    c.packing = false; // whole examples from position 0, as the model sees them when answering
    QString problem;
    if (p.datanet.isEmpty() || p.version.isEmpty())
        problem = tr("Choose a datanet with a ready version (freeze one on the Datanets page).");
    else if (p.output.isEmpty())
        problem = tr("Give the new model a name.");
    else if (const QString unfit = objectiveProblem(); !unfit.isEmpty())
        problem = unfit;
    else if (Status s = c.validate(); !s)
        problem = s.error().message;
    if (error)
        *error = problem;
    return p;
}

} // namespace fw::ui

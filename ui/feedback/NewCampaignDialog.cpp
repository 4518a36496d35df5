// Campaign form: lists what the workspace offers, reads the prompts and creates the campaign.
#include "ui/feedback/NewCampaignDialog.h"

#include "ui/common/Async.h"

#include "datanet/DatanetService.h"
#include "datanet/VersionService.h"
#include "feedback/CampaignPrompts.h"
#include "feedback/CampaignStore.h"
#include "models/EvalSet.h"
#include "models/ModelStore.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace fw::ui {

NewCampaignDialog::NewCampaignDialog(WorkspaceSession* session, QWidget* parent)
    : QDialog(parent), m_session(session), m_name(new QLineEdit(this)), m_mode(new QComboBox(this)),
      m_models(new QListWidget(this)), m_source(new QComboBox(this)),
      m_sourcePages(new QStackedWidget(this)), m_typed(new QPlainTextEdit(this)),
      m_sourceDatanet(new QComboBox(this)), m_heldOutModel(new QComboBox(this)),
      m_limit(new QSpinBox(this)), m_target(new QComboBox(this)), m_overlap(new QSpinBox(this)),
      m_blind(new QCheckBox(this)), m_error(new QLabel(this))
{
    setWindowTitle(tr("New Feedback Campaign"));
    m_name->setPlaceholderText(tr("e.g. tuned vs base, March"));
    m_mode->addItem(tr("Pairwise A/B (two models)"), int(feedback::LabelMode::Pairwise));
    m_mode->addItem(tr("Rating 1-5 with flags (one to four models)"),
                    int(feedback::LabelMode::Rating));
    m_mode->addItem(tr("Rewrite into a better answer (one to four models)"),
                    int(feedback::LabelMode::Rewrite));
    m_mode->addItem(tr("Ranking (two to four models)"), int(feedback::LabelMode::Ranking));
    m_models->setMaximumHeight(110);
    m_models->setToolTip(tr("The registered models and adapters that answer the prompts."));
    m_source->addItem(tr("Typed prompts"), Typed);
    m_source->addItem(tr("A datanet version's prompts"), DatanetVersion);
    m_source->addItem(tr("A trained model's held-out prompts"), HeldOut);
    m_typed->setPlaceholderText(tr("One prompt a line"));
    m_typed->setMaximumHeight(90);
    m_sourcePages->addWidget(m_typed);
    m_sourcePages->addWidget(m_sourceDatanet);
    m_sourcePages->addWidget(m_heldOutModel);
    m_sourcePages->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    connect(m_source, &QComboBox::currentIndexChanged, m_sourcePages,
            &QStackedWidget::setCurrentIndex);
    m_limit->setRange(1, 100000);
    m_limit->setValue(50);
    m_overlap->setRange(1, 10);
    m_overlap->setToolTip(tr("Labels wanted per item, each from a different labeler."));
    m_blind->setText(tr("&Blind: shuffle the answers per item and name the models only after "
                        "each submit"));
    m_blind->setChecked(true);
    m_error->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Mode:"), m_mode);
    form->addRow(tr("Mo&dels:"), m_models);
    form->addRow(tr("&Prompts from:"), m_source);
    form->addRow(QString(), m_sourcePages);
    form->addRow(tr("At &most:"), m_limit);
    form->addRow(tr("&Labels go to:"), m_target);
    form->addRow(tr("Labels per &item:"), m_overlap);
    form->addRow(QString(), m_blind);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Create and Generate Answers"));
    connect(buttons, &QDialogButtonBox::accepted, this, &NewCampaignDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewCampaignDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    fillLists();
}

void NewCampaignDialog::fillLists()
{
    store::Workspace& ws = *m_session->workspace();
    if (Result<QList<models::ModelEntry>> all = models::ModelStore(ws).models(); all) {
        for (const models::ModelEntry& m : *all) {
            auto* item = new QListWidgetItem(m.name, m_models);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
            if (models::trainedRun(m))
                m_heldOutModel->addItem(m.name);
        }
    }
    if (Result<QList<datanet::Datanet>> all = datanet::DatanetService(ws).datanets(); all) {
        for (const datanet::Datanet& d : *all) {
            if (d.kind == datanet::RecordKind::Preference)
                m_target->addItem(d.name, d.id);
            const Result<QList<datanet::VersionInfo>> versions =
                datanet::VersionService(ws).versions(d.id);
            if (d.kind != datanet::RecordKind::Text && versions && !versions->isEmpty())
                m_sourceDatanet->addItem(tr("%1 (latest version)").arg(d.name), d.id);
        }
    }
}

QJsonObject NewCampaignDialog::source() const
{
    switch (m_source->currentData().toInt()) {
    case DatanetVersion:
        return feedback::CampaignPrompts::datanetVersion(
            m_sourceDatanet->currentData().toLongLong(), QStringLiteral("latest"));
    case HeldOut:
        return feedback::CampaignPrompts::heldOut(m_heldOutModel->currentText());
    default:
        return feedback::CampaignPrompts::typed(m_typed->toPlainText().split(QLatin1Char('\n')));
    }
}

void NewCampaignDialog::fail(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

void NewCampaignDialog::accept()
{
    if (m_creating)
        return;
    if (m_target->count() == 0)
        return fail(tr("Labels go into a preference datanet: create one on the Datanets page "
                       "first."));
    feedback::Campaign spec;
    spec.name = m_name->text().trimmed();
    spec.mode = feedback::LabelMode(m_mode->currentData().toInt());
    for (int i = 0; i < m_models->count(); ++i)
        if (m_models->item(i)->checkState() == Qt::Checked)
            spec.models << m_models->item(i)->text();
    spec.source = source();
    spec.datanetId = m_target->currentData().toLongLong();
    spec.overlap = m_overlap->value();
    spec.blind = m_blind->isChecked();
    m_creating = true;
    m_ok->setEnabled(false);
    m_error->setText(tr("Reading the prompts and creating the campaign…"));
    m_error->show();
    m_session->beginBackgroundWork();
    runInBackground(
        this,
        [workspace = m_session->workspace(), spec, limit = m_limit->value()]() mutable -> Result<feedback::Campaign> {
            Result<QStringList> prompts = feedback::CampaignPrompts::read(*workspace, spec.source, limit);
            if (!prompts)
                return prompts.error();
            // Typed prompts are kept in the campaign's rows, not twice in its source.
            if (spec.source.value("kind").toString() == QLatin1String("typed"))
                spec.source.remove("prompts");
            return feedback::CampaignStore(*workspace).create(spec, *prompts);
        },
        [this](Result<feedback::Campaign> created) {
            m_session->endBackgroundWork();
            m_creating = false;
            m_ok->setEnabled(true);
            if (!created)
                return fail(created.error().message);
            m_created = *created;
            QDialog::accept();
        });
}

void NewCampaignDialog::reject()
{
    if (!m_creating)
        QDialog::reject();
}

} // namespace fw::ui

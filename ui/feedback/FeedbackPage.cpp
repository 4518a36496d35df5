// Feedback page layout, the campaign list, the labeler, and answer generation.
#include "ui/feedback/FeedbackPage.h"

#include "datanet/DatanetService.h"
#include "feedback/CampaignStore.h"
#include "feedback/ModelAnswers.h"
#include "ui/common/Async.h"
#include "ui/common/MessageLabel.h"
#include "ui/common/MlEngine.h"
#include "ui/feedback/AgreementPanel.h"
#include "ui/feedback/AnswerGenerationJob.h"
#include "ui/feedback/LabelingController.h"
#include "ui/feedback/LabelingView.h"
#include "ui/feedback/NewCampaignDialog.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

namespace fw::ui {

namespace {
QString modeText(feedback::LabelMode mode)
{
    switch (mode) {
    case feedback::LabelMode::Pairwise:
        return FeedbackPage::tr("pairwise A/B");
    case feedback::LabelMode::Rating:
        return FeedbackPage::tr("rating 1-5");
    case feedback::LabelMode::Rewrite:
        return FeedbackPage::tr("rewrite");
    case feedback::LabelMode::Ranking:
        return FeedbackPage::tr("ranking");
    }
    return {};
}
} // namespace

FeedbackPage::FeedbackPage(const PageContext& context, QWidget* parent)
    : Page(parent), m_session(context.session), m_engine(context.engine),
      m_controller(new LabelingController(context.session, this)), m_heading(new QLabel(this)),
      m_list(new QListWidget(this)), m_empty(new QLabel(this)), m_summary(new QLabel(this)),
      m_labeler(new QComboBox(this)), m_generationBar(new QProgressBar(this)),
      m_generationLabel(new QLabel(this)), m_generate(new QPushButton(this)),
      m_tabs(new QTabWidget(this)), m_view(new LabelingView(m_controller, this)),
      m_agreement(new AgreementPanel(context.session, this)), m_message(new MessageLabel(this))
{
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.4);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_tabs->addTab(m_view, QString());
    m_tabs->addTab(m_agreement, QString());

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_empty);
    rightLayout->addWidget(makeHeader());
    rightLayout->addWidget(m_tabs, 1);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(makeLeft());
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 900});
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);

    connect(m_list, &QListWidget::currentRowChanged, this, &FeedbackPage::onCampaignChanged);
    connect(m_labeler, &QComboBox::currentIndexChanged, this, &FeedbackPage::startSession);
    connect(m_generate, &QPushButton::clicked, this, [this] {
        if (isGenerating())
            m_job->cancel();
        else
            generateAnswers();
    });
    connect(m_controller, &LabelingController::stateChanged, this, &FeedbackPage::showGeneration);
    connect(m_view, &LabelingView::openDatanetRequested, this, &Page::datanetRequested);
    connect(m_controller, &LabelingController::flushed, m_agreement, &AgreementPanel::reload);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        // The held-back label is written first, so the numbers include it.
        if (m_tabs->widget(index) == m_agreement)
            m_controller->isActive() ? m_controller->flush() : m_agreement->reload();
    });
    connect(m_session, &WorkspaceSession::workspaceChanged, this, [this] { reload(); });
    // The label held back for undo is written before the lock closes the database: once locked,
    // writing it would fail and the labeler's last judgement would be lost.
    connect(m_session, &WorkspaceSession::aboutToLock, m_controller, &LabelingController::stop);
    connect(m_session, &WorkspaceSession::lockedChanged, this, [this] { reload(); });
    retranslateUi();
    reload();
}

QWidget* FeedbackPage::makeLeft()
{
    auto* left = new QWidget(this);
    m_new = new QPushButton(left);
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto* layout = new QVBoxLayout(left);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_new);
    connect(m_new, &QPushButton::clicked, this, &FeedbackPage::newCampaign);
    return left;
}

QWidget* FeedbackPage::makeHeader()
{
    auto* header = new QWidget(this);
    m_summary->setWordWrap(true);
    m_labelerTitle = new QLabel(header);
    m_labelerTitle->setBuddy(m_labeler);
    m_labeler->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_generationBar->setMaximumWidth(220);
    m_generationBar->setTextVisible(false);
    auto* row = new QHBoxLayout;
    row->addWidget(m_labelerTitle);
    row->addWidget(m_labeler);
    row->addSpacing(16);
    row->addWidget(m_generationLabel, 1);
    row->addWidget(m_generationBar);
    row->addWidget(m_generate);
    auto* layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addLayout(row);
    return header;
}

void FeedbackPage::retranslateUi()
{
    m_heading->setText(tr("Feedback"));
    m_new->setText(tr("&New Campaign…"));
    m_list->setAccessibleName(tr("Feedback campaigns"));
    m_labelerTitle->setText(tr("La&beler:"));
    m_labeler->setToolTip(tr("The identity that gives and signs the labels."));
    m_empty->setText(tr("A feedback campaign puts prompts to two to four models and asks people "
                        "which answer is better. Its labels become preference pairs, signed by "
                        "each labeler, in a preference datanet. Create one with \"New "
                        "Campaign…\"."));
    m_tabs->setTabText(0, tr("&Label"));
    m_tabs->setTabText(1, tr("&Agreement"));
    // The list's mode names follow the language too (they were written when it was filled).
    for (int i = 0; i < m_list->count() && i < m_snapshot.campaigns.size(); ++i)
        m_list->item(i)->setText(listText(m_snapshot.campaigns[i]));
    if (const std::optional<feedback::Campaign> c = selectedCampaign())
        m_summary->setText(summaryOf(*c));
    showGeneration();
}

QString FeedbackPage::listText(const feedback::Campaign& c) const
{
    return tr("%1\n%2 · %3").arg(c.name, modeText(c.mode), c.models.join(tr(", ")));
}

QString FeedbackPage::unfinishedWork() const
{
    return isGenerating() ? tr("Answers are being generated for a feedback campaign.") : QString();
}

bool FeedbackPage::isGenerating() const
{
    return m_job && m_job->isRunning();
}

Result<FeedbackPage::Snapshot> FeedbackPage::load(store::Workspace& workspace)
{
    Snapshot s;
    Result<QList<feedback::Campaign>> campaigns = feedback::CampaignStore(workspace).campaigns();
    if (!campaigns)
        return campaigns.error();
    s.campaigns = *campaigns;
    Result<QList<datanet::Datanet>> datanets = datanet::DatanetService(workspace).datanets();
    if (!datanets)
        return datanets.error();
    for (const datanet::Datanet& d : *datanets)
        s.datanetNames.insert(d.id, d.name);
    Result<QList<wallet::Identity>> ids = wallet::WalletService(workspace).identities();
    if (!ids)
        return ids.error();
    // Only identities whose keys are here can sign labels; the default comes first.
    for (const wallet::Identity& id : *ids)
        if (!id.external)
            id.isDefault ? s.labelers.prepend(id) : s.labelers.append(id);
    return s;
}

void FeedbackPage::reload(qint64 selectId)
{
    if (!selectId)
        if (const std::optional<feedback::Campaign> c = selectedCampaign())
            selectId = c->id;
    const int generation = ++m_generation;
    if (!m_session->hasWorkspace() || m_session->isLocked()) {
        m_controller->stop();
        if (m_job)
            m_job->cancel();
        apply({}, 0);
        return;
    }
    std::shared_ptr<store::Workspace> workspace = m_session->workspace();
    m_session->beginBackgroundWork();
    runInBackground(
        this, [workspace] { return load(*workspace); },
        [this, generation, selectId](Result<Snapshot> s) {
            m_session->endBackgroundWork();
            if (generation != m_generation)
                return;
            if (!s)
                m_message->showMessage(s.error().message, true);
            else
                apply(*s, selectId);
            emit loaded();
        });
}

void FeedbackPage::apply(const Snapshot& snapshot, qint64 selectId)
{
    const QScopedValueRollback<bool> reloading(m_reloading, true);
    const QString labeler = m_labeler->currentData().toString();
    m_snapshot = snapshot;
    m_list->clear();
    int row = snapshot.campaigns.isEmpty() ? -1 : 0;
    for (int i = 0; i < snapshot.campaigns.size(); ++i) {
        const feedback::Campaign& c = snapshot.campaigns[i];
        auto* item = new QListWidgetItem(listText(c), m_list);
        item->setData(Qt::UserRole, c.id);
        if (c.id == selectId)
            row = i;
    }
    m_labeler->clear();
    for (const wallet::Identity& id : snapshot.labelers)
        m_labeler->addItem(id.name, id.address);
    if (const int keep = m_labeler->findData(labeler); keep >= 0)
        m_labeler->setCurrentIndex(keep);
    m_empty->setVisible(snapshot.campaigns.isEmpty());
    m_tabs->setVisible(!snapshot.campaigns.isEmpty());
    m_list->setCurrentRow(row);
    m_reloading = false;
    onCampaignChanged();
}

std::optional<feedback::Campaign> FeedbackPage::selectedCampaign() const
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_snapshot.campaigns.size())
        return std::nullopt;
    return m_snapshot.campaigns[row];
}

QString FeedbackPage::summaryOf(const feedback::Campaign& c) const
{
    const QString blind = c.blind ? tr("blind") : tr("models shown");
    return tr("%1: %2 of %3 · %4 · labels per item: %5 · labels go to %6")
        .arg(c.name, modeText(c.mode), c.models.join(tr(", ")), blind, QString::number(c.overlap),
             m_snapshot.datanetNames.value(c.datanetId));
}

void FeedbackPage::onCampaignChanged()
{
    if (m_reloading)
        return;
    const std::optional<feedback::Campaign> c = selectedCampaign();
    m_summary->setVisible(c.has_value());
    if (!c) {
        m_controller->stop();
        showGeneration();
        return;
    }
    m_summary->setText(summaryOf(*c));
    m_view->setCampaign(*c, m_snapshot.datanetNames.value(c->datanetId));
    m_agreement->setCampaign(*c);
    startSession();
}

void FeedbackPage::startSession()
{
    if (m_reloading)
        return;
    const std::optional<feedback::Campaign> c = selectedCampaign();
    const QString labeler = m_labeler->currentData().toString();
    if (!c || labeler.isEmpty())
        return m_controller->stop();
    m_controller->start(*c, labeler);
    m_view->setCampaign(*c, m_snapshot.datanetNames.value(c->datanetId));
}

void FeedbackPage::selectCampaign(qint64 id)
{
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(Qt::UserRole).toLongLong() == id)
            m_list->setCurrentRow(i);
}

void FeedbackPage::selectLabeler(const QString& address)
{
    m_labeler->setCurrentIndex(m_labeler->findData(address));
}

void FeedbackPage::newCampaign()
{
    if (!m_session->hasWorkspace() || m_session->isLocked())
        return;
    NewCampaignDialog dialog(m_session, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    openCampaign(dialog.created().id);
}

void FeedbackPage::openCampaign(qint64 id)
{
    // Once listed and selected, its answers start.
    connect(
        this, &FeedbackPage::loaded, this,
        [this, id] {
            selectCampaign(id);
            generateAnswers();
        },
        Qt::SingleShotConnection);
    reload(id);
}

void FeedbackPage::generateAnswers()
{
    const std::optional<feedback::Campaign> c = selectedCampaign();
    if (!c || isGenerating() || !m_session->hasWorkspace())
        return;
    GeneratorFactory factory = m_generatorFactory;
    if (!factory) {
        if (!m_engine || !m_engine->isReady()) {
            m_message->showMessage(tr("The ML engine is still loading; answers start as soon as "
                                      "it is ready."));
            if (m_engine)
                connect(m_engine, &MlEngine::ready, this, &FeedbackPage::generateAnswers,
                        Qt::SingleShotConnection);
            return;
        }
        ml::MlRuntime* runtime = m_engine->runtime();
        factory = [runtime](store::Workspace& ws) {
            ml::GenerationOptions options;
            options.maxNewTokens = 96;
            return feedback::registeredModelAnswers(ws, *runtime, options);
        };
    }
    delete m_job;
    m_job = new AnswerGenerationJob(m_session, factory(*m_session->workspace()), c->id, this);
    connect(m_job, &AnswerGenerationJob::progress, this, &FeedbackPage::onGenerationProgress);
    connect(m_job, &AnswerGenerationJob::finished, this, [this](qint64 stored) {
        m_message->showMessage(tr("Answers generated and cached: %1.").arg(stored));
        onGenerationEnded();
        emit generationFinished(stored);
    });
    connect(m_job, &AnswerGenerationJob::failed, this, [this](int, const QString& message) {
        m_message->showMessage(message, true);
        onGenerationEnded();
    });
    m_message->showMessage({});
    m_job->start();
    m_view->setGenerating(true);
    showGeneration();
}

void FeedbackPage::onGenerationProgress(qint64 done, qint64 total)
{
    m_generationBar->setMaximum(int(qMax<qint64>(1, total)));
    m_generationBar->setValue(int(done));
    m_generationLabel->setText(tr("Generating answers: %1 of %2").arg(done).arg(total));
    // An item became labelable: show it if the labeler is waiting (never mid-item).
    if (!m_controller->state().item && !m_controller->isBusy())
        m_controller->refresh();
}

void FeedbackPage::onGenerationEnded()
{
    m_view->setGenerating(false);
    m_controller->refresh();
    showGeneration();
}

void FeedbackPage::showGeneration()
{
    const std::optional<feedback::Campaign> c = selectedCampaign();
    const bool running = isGenerating() && c && m_job->campaignId() == c->id;
    const feedback::CampaignProgress& p = m_controller->state().progress;
    m_generate->setText(running ? tr("S&top Generating") : tr("&Generate Missing Answers"));
    m_generate->setVisible(c.has_value() && (running || (p.items > 0 && p.answered < p.items)));
    m_generate->setEnabled(running || !isGenerating());
    m_generationBar->setVisible(running);
    if (!running)
        m_generationLabel->setText(
            c && p.items > 0 ? tr("Answers cached for %1 of %2 items.").arg(p.answered).arg(p.items)
                             : QString());
}

} // namespace fw::ui

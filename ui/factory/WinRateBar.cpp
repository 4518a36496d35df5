// Judging off the GUI thread with the reward model loaded from the registry; the A/B campaign
// through core/feedback/AbCampaign.
#include "ui/factory/WinRateBar.h"

#include "feedback/AbCampaign.h"
#include "mlruntime/MlRuntime.h"
#include "models/RegisteredModel.h"
#include "ui/common/Async.h"
#include "ui/common/MlEngine.h"
#include "ui/common/Retranslate.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace fw::ui {

namespace {
bool isRewardModel(const models::ModelEntry& e)
{
    return e.lineage.value(QStringLiteral("objective")).toString() == QLatin1String("reward");
}
} // namespace

WinRateBar::WinRateBar(WorkspaceSession* session, MlEngine* engine, QWidget* parent)
    : QWidget(parent), m_session(session), m_engine(engine), m_judge(new QComboBox(this)),
      m_judgeButton(new QPushButton(this)), m_abButton(new QPushButton(this)), m_result(new QLabel(this))
{
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* judgeLabel = new QLabel(this);
    judgeLabel->setBuddy(m_judge);
    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(judgeLabel);
    row->addWidget(m_judge, 1);
    row->addWidget(m_judgeButton);
    row->addSpacing(12);
    row->addWidget(m_abButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_result);
    retranslated(this, [this, judgeLabel] {
        judgeLabel->setText(tr("&Judge:"));
        m_judge->setAccessibleName(tr("Reward model that judges the answers"));
        m_judgeButton->setText(tr("&Win Rate"));
        m_judgeButton->setToolTip(tr("The reward model scores both answers to every prompt in the table; the "
                                     "higher score wins, a tie counts half."));
        m_abButton->setText(tr("Blind &A/B Campaign"));
        m_abButton->setToolTip(tr("A pairwise campaign between the two models on the run's held-out prompts, "
                                  "sides shuffled, names hidden: people judge them on the Feedback page."));
        updateButtons();
    });
    connect(m_judgeButton, &QPushButton::clicked, this, &WinRateBar::judge);
    connect(m_abButton, &QPushButton::clicked, this, &WinRateBar::startAbCampaign);
    connect(m_judge, &QComboBox::currentIndexChanged, this, &WinRateBar::updateButtons);
    if (m_engine)
        connect(m_engine, &MlEngine::ready, this, &WinRateBar::updateButtons);
}

void WinRateBar::setEntries(const QList<models::ModelEntry>& entries)
{
    const QString current = m_judge->currentData().toString();
    QSignalBlocker block(m_judge);
    m_judge->clear();
    for (const models::ModelEntry& e : entries)
        if (isRewardModel(e))
            m_judge->addItem(e.name, e.name);
    m_judge->setCurrentIndex(qMax(0, m_judge->findData(current)));
    updateButtons();
}

void WinRateBar::setModels(const QString& policy, const QString& baseline)
{
    m_policy = policy;
    m_baseline = baseline;
    m_pairs.clear();
    m_judged.clear();
    m_result->clear();
    updateButtons();
}

void WinRateBar::setAnswers(const QList<AnswerPair>& pairs, bool busy)
{
    m_pairs = pairs;
    m_answersBusy = busy;
    updateButtons();
}

void WinRateBar::judge()
{
    const QString judgeName = m_judge->currentData().toString();
    if (m_working || m_pairs.isEmpty() || judgeName.isEmpty() || !m_engine || !m_engine->isReady() ||
        !m_session->hasWorkspace() || m_session->isLocked())
        return;
    m_working = true;
    m_result->setText(tr("%1 is judging %n pair(s) of answers…", nullptr, int(m_pairs.size())).arg(judgeName));
    updateButtons();
    m_session->beginBackgroundWork();
    runInBackground(
        this,
        [workspace = m_session->workspace(), runtime = m_engine->runtime(), judgeName,
         pairs = m_pairs]() -> Result<QList<feedback::JudgedPrompt>> {
            Result<models::RegisteredModel> judge =
                models::loadRegisteredModel(models::ModelStore(*workspace), judgeName, *runtime);
            if (!judge)
                return judge.error();
            const feedback::RewardFunction reward = [&judge](const QString& p, const QString& r) {
                return judge->model->reward(p, r);
            };
            QList<feedback::JudgedPrompt> judged;
            for (const AnswerPair& pair : pairs) {
                Result<feedback::JudgedPrompt> j = feedback::judgePrompt(pair.prompt, pair.policy, pair.baseline, reward);
                if (!j)
                    return j.error();
                judged << *j;
            }
            return judged;
        },
        [this, judgeName](Result<QList<feedback::JudgedPrompt>> result) {
            m_session->endBackgroundWork();
            m_working = false;
            if (result) {
                m_judged = *result;
                m_result->setText(tr("<b>%1</b> against <b>%2</b>, judged by %3: %4")
                                      .arg(m_policy.toHtmlEscaped(), m_baseline.toHtmlEscaped(),
                                           judgeName.toHtmlEscaped(),
                                           feedback::describe(feedback::summarize(m_judged)).toHtmlEscaped()));
            } else {
                m_judged.clear();
                m_result->setText(tr("%1 cannot judge: %2").arg(judgeName, result.error().message).toHtmlEscaped());
            }
            updateButtons();
            emit verdictShown();
        });
}

void WinRateBar::startAbCampaign()
{
    if (m_working || m_policy.isEmpty() || m_baseline.isEmpty() || !m_session->hasWorkspace() ||
        m_session->isLocked())
        return;
    m_working = true;
    m_result->setText(tr("Making a blind A/B campaign of %1 against %2…").arg(m_policy, m_baseline).toHtmlEscaped());
    updateButtons();
    m_session->beginBackgroundWork();
    // Reading the held-out split can take seconds on a large datanet: not on the GUI thread.
    runInBackground(
        this,
        [workspace = m_session->workspace(), spec = feedback::AbCampaignSpec{m_policy, m_baseline}] {
            return feedback::AbCampaign::create(*workspace, spec);
        },
        [this](Result<feedback::Campaign> created) {
            m_session->endBackgroundWork();
            m_working = false;
            m_result->setText(
                (created ? tr("Campaign \"%1\" is on the Feedback page: its answers are being generated.").arg(created->name)
                         : created.error().message)
                    .toHtmlEscaped());
            updateButtons();
            if (created)
                emit campaignCreated(created->id);
        });
}

void WinRateBar::updateButtons()
{
    const bool engine = m_engine && m_engine->isReady();
    const bool hasBase = !m_policy.isEmpty() && !m_baseline.isEmpty();
    QString why;
    if (m_judge->count() == 0)
        why = tr("No reward model yet: train one with the Reward model objective on a preference datanet.");
    else if (!hasBase)
        why = tr("This model has no base to compare with (trained from scratch).");
    else if (m_pairs.isEmpty())
        why = tr("Compare on held-out prompts first: the judge scores the answers in the table.");
    m_judgeButton->setEnabled(engine && why.isEmpty() && !m_working && !m_answersBusy);
    m_judgeButton->setToolTip(why.isEmpty() ? tr("The reward model scores both answers to every prompt in the "
                                                 "table; the higher score wins, a tie counts half.")
                                            : why);
    m_judge->setEnabled(m_judge->count() > 0 && !m_working);
    m_abButton->setEnabled(hasBase && !m_working);
}

} // namespace fw::ui

// The held-back label, skips and pace of one labeling session.
#include "feedback/LabelingSession.h"

#include "feedback/LabelStore.h"

#include <QDateTime>

namespace fw::feedback {

LabelingSession::LabelingSession(store::Workspace& workspace, Campaign campaign, QString labeler)
    : m_workspace(workspace), m_campaign(std::move(campaign)), m_labeler(std::move(labeler))
{
}

LabelingSession::~LabelingSession()
{
    if (Status s = flush(); !s)
        qWarning("feedback: the last label was not saved: %s", qPrintable(s.error().message));
}

Result<std::optional<PresentedItem>> LabelingSession::current() const
{
    QList<qint64> passOver = m_skipped;
    if (m_pending)
        passOver << m_pending->item.toLongLong();
    return CampaignStore(m_workspace).nextItem(m_campaign.id, m_labeler, passOver);
}

Label LabelingSession::labelFor(const PresentedItem& item) const
{
    Label l;
    l.campaign = m_campaign.name;
    l.item = QString::number(item.item.id);
    l.labeler = m_labeler;
    l.mode = m_campaign.mode;
    l.prompt = item.item.prompt;
    l.answers = item.item.answers;
    l.shown = item.shown;
    l.ratings = QList<int>(item.item.answers.size(), 0);
    l.flags = QList<int>(item.item.answers.size(), 0);
    return l;
}

Status LabelingSession::submit(const Label& label)
{
    Label l = label;
    l.createdAt = QDateTime::currentMSecsSinceEpoch();
    if (Status s = l.validate(); !s)
        return s;
    if (Status s = flush(); !s)
        return s;
    m_pending = std::move(l);
    if (m_submitted++ == 0)
        m_sinceFirst.start();
    return {};
}

Result<Label> LabelingSession::undo()
{
    if (!m_pending)
        return makeError(ErrorCode::NotFound,
                         tr("Nothing to undo: earlier labels are in the datanet already."));
    Label l = std::move(*m_pending);
    m_pending.reset();
    --m_submitted;
    return l;
}

Status LabelingSession::flush()
{
    if (!m_pending)
        return {};
    Result<SubmitReport> r = LabelStore(m_workspace).submit(m_campaign.datanetId, {*m_pending});
    if (!r)
        return r.error();
    m_pending.reset();
    return {};
}

Result<CampaignProgress> LabelingSession::progress() const
{
    Result<CampaignProgress> p = CampaignStore(m_workspace).progress(m_campaign.id, m_labeler);
    if (p && m_pending) {
        ++p->labels;
        ++p->mine;
    }
    return p;
}

double LabelingSession::pace() const
{
    if (m_submitted < 2 || !m_sinceFirst.isValid())
        return 0;
    const double seconds = double(m_sinceFirst.nsecsElapsed()) / 1e9;
    return seconds > 0 ? double(m_submitted - 1) / seconds : 0;
}

Choice choiceAtPosition(const QList<int>& shown, int position)
{
    const int answer = shown.isEmpty() ? position : shown.value(position, position);
    return answer == 0 ? Choice::A : Choice::B;
}

} // namespace fw::feedback

// One labeler working through a campaign: the item to label, submit, skip, one step of undo and
// the pace. The last submitted label is held back until the next submit (or flush()), so Ctrl+Z
// takes it back before it ever reaches the datanet, whose records and signatures are never deleted.
#pragma once

#include "common/Result.h"
#include "feedback/CampaignStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <optional>

namespace fw::feedback {

class LabelingSession
{
public:
    LabelingSession(store::Workspace& workspace, Campaign campaign, QString labeler);
    ~LabelingSession(); // flushes; call flush() first to see its error

    const Campaign& campaign() const { return m_campaign; }
    const QString& labeler() const { return m_labeler; }

    // The next item to label (not the held-back one, not a skipped one); nullopt when done.
    Result<std::optional<PresentedItem>> current() const;
    // A label for the item with everything but the judgement filled in (mode, shuffle, answers).
    Label labelFor(const PresentedItem& item) const;
    // Writes the held-back label, then holds this one back.
    Status submit(const Label& label);
    // Passes over the item for this session.
    void skip(qint64 itemId) { m_skipped << itemId; }
    // Takes back the held-back label; NotFound when there is none.
    Result<Label> undo();
    // Writes the held-back label into the datanet (signed, through LabelStore).
    Status flush();
    bool hasPending() const { return m_pending.has_value(); }

    // Progress with the held-back label counted as given.
    Result<CampaignProgress> progress() const;
    qint64 submitted() const { return m_submitted; }
    // Labels per second since the session's first submit; 0 before the second.
    double pace() const;

    // tr() in the context lupdate files this class's strings under.
    Q_DECLARE_TR_FUNCTIONS(fw::feedback::LabelingSession)
private:
    store::Workspace& m_workspace;
    Campaign m_campaign;
    QString m_labeler;
    std::optional<Label> m_pending;
    QList<qint64> m_skipped;
    qint64 m_submitted = 0;
    QElapsedTimer m_sinceFirst;
};

// Pairwise: the choice of the answer shown at `position` (0: left) under the shuffle `shown`.
Choice choiceAtPosition(const QList<int>& shown, int position);

} // namespace fw::feedback

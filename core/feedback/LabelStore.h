// Labels kept in the workspace beside the preference datanet they feed: each label signed by its
// labeler, its preference pairs written as that labeler's signed contribution, both linked.
#pragma once

#include "common/Result.h"
#include "feedback/FeedbackLabel.h"

#include <QCoreApplication>
#include <QList>

namespace fw::store {
class Workspace;
}

namespace fw::feedback {

struct StoredLabel
{
    qint64 id = 0;
    Label label;
    QByteArray canonical; // the bytes the labeler signed
    QByteArray signature;
};

struct SubmitReport
{
    QList<qint64> labelIds; // in the order given
    qint64 pairs = 0;       // preference records added to the datanet
    qint64 duplicates = 0;  // pairs the datanet already held (from another labeler, say)
};

class LabelStore
{
public:
    explicit LabelStore(store::Workspace& workspace) : m_workspace(workspace) {}

    // In one transaction: signs every label with its labeler's key (from the wallet), stores it,
    // and writes its preference pairs into the datanet as one signed contribution per labeler, so
    // the datanet's review, requirements, freeze and proofs apply to them unchanged.
    Result<SubmitReport> submit(qint64 datanetId, const QList<Label>& labels);
    // Every label given for the datanet, oldest first.
    Result<QList<StoredLabel>> labels(qint64 datanetId) const;
    // The ids of the preference records a label gave.
    Result<QList<qint64>> recordsOf(qint64 labelId) const;
    // How many distinct preference records the labels of one campaign gave the datanet.
    Result<qint64> recordCount(qint64 datanetId, const QString& campaign) const;
    // The signature against the labeler's address, and the parsed label against the signed bytes.
    static bool verify(const StoredLabel& stored);

    // tr() in the context lupdate files this class's strings under.
    Q_DECLARE_TR_FUNCTIONS(fw::feedback::LabelStore)
private:
    store::Workspace& m_workspace;
};

} // namespace fw::feedback

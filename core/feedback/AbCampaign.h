// One-click blind A/B campaign between a trained model and its base on the prompts its run held
// out, so that people judge the pair as the reward model did (Evaluation tab, `feedback ab`).
#pragma once

#include "common/Result.h"
#include "feedback/Campaign.h"

#include <QCoreApplication>

namespace fw::store {
class Workspace;
}

namespace fw::feedback {

struct AbCampaignSpec
{
    QString policy;       // the trained model or adapter
    QString baseline;     // what it is compared with: usually its base
    int maxPrompts = 50;  // held-out prompts, in the run's order
    int overlap = 2;      // labels per item, so that agreement can be measured
};

class AbCampaign
{
public:
    // The preference datanet that receives the labels: the policy's own training datanet when it
    // is one (a DPO run's), else the first preference datanet; NotFound when there is none.
    static Result<qint64> labelDatanet(store::Workspace& workspace, const QString& policy);

    // A pairwise, blind campaign named "A/B: POLICY vs BASELINE" (numbered when taken) over the
    // policy's held-out prompts. Its answers are generated as for any campaign.
    static Result<Campaign> create(store::Workspace& workspace, const AbCampaignSpec& spec);

    Q_DECLARE_TR_FUNCTIONS(fw::feedback::AbCampaign)
};

} // namespace fw::feedback

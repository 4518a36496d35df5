// Preference losses; the logged numbers are read without gradient, once per batch.
#include "ml/PreferenceLoss.h"

namespace fw::ml {

namespace {
double meanOf(const torch::Tensor& t)
{
    return t.detach().to(torch::kDouble).mean().item<double>();
}
} // namespace

BradleyTerry bradleyTerryLoss(const torch::Tensor& chosenRewards,
                              const torch::Tensor& rejectedRewards)
{
    const torch::Tensor diff = chosenRewards - rejectedRewards;
    BradleyTerry out;
    // logsigmoid, not log(sigmoid()): stays finite when the difference is very negative.
    out.loss = -torch::log_sigmoid(diff).mean();
    out.accuracy = meanOf(diff > 0);
    out.margin = meanOf(diff);
    return out;
}

DpoTerms dpoLoss(const torch::Tensor& policyChosen, const torch::Tensor& policyRejected,
                 const torch::Tensor& refChosen, const torch::Tensor& refRejected, double beta,
                 bool ipo)
{
    const torch::Tensor chosenRatio = policyChosen - refChosen.detach();
    const torch::Tensor rejectedRatio = policyRejected - refRejected.detach();
    const torch::Tensor h = chosenRatio - rejectedRatio;
    DpoTerms out;
    out.loss = ipo ? (h - 1.0 / (2.0 * beta)).pow(2).mean() : -torch::log_sigmoid(beta * h).mean();
    const torch::Tensor chosenRewards = beta * chosenRatio.detach();
    const torch::Tensor rejectedRewards = beta * rejectedRatio.detach();
    out.chosenReward = meanOf(chosenRewards);
    out.rejectedReward = meanOf(rejectedRewards);
    out.margin = meanOf(chosenRewards - rejectedRewards);
    out.accuracy = meanOf(chosenRewards > rejectedRewards);
    out.chosenLogp = meanOf(policyChosen);
    out.rejectedLogp = meanOf(policyRejected);
    return out;
}

torch::Tensor sequenceLogps(const torch::Tensor& logits, const torch::Tensor& targets,
                            int64_t ignore, bool average)
{
    const int64_t B = logits.size(0), T = logits.size(1);
    // cross_entropy gives -log p(target) per token, 0 where the target is ignored.
    const torch::Tensor nll = torch::nn::functional::cross_entropy(
        logits.reshape({B * T, logits.size(-1)}), targets.reshape({-1}),
        torch::nn::functional::CrossEntropyFuncOptions().ignore_index(ignore).reduction(
            torch::kNone));
    const torch::Tensor sums = -nll.view({B, T}).sum(1); // (B)
    if (!average)
        return sums;
    return sums / (targets != ignore).sum(1).clamp_min(1).to(sums.scalar_type());
}

} // namespace fw::ml

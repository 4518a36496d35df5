// The preference losses on plain tensors: Bradley-Terry for reward models, DPO (sigmoid or IPO),
// and the per-sequence log-probabilities DPO compares. Shapes: one value per pair, (B).
#pragma once

#include <torch/torch.h>

namespace fw::ml {

struct BradleyTerry
{
    torch::Tensor loss;    // mean of -log sigmoid(r_chosen - r_rejected), with autograd
    double accuracy = 0.0; // share of pairs with r_chosen > r_rejected
    double margin = 0.0;   // mean r_chosen - r_rejected
};
BradleyTerry bradleyTerryLoss(const torch::Tensor& chosenRewards,
                              const torch::Tensor& rejectedRewards);

struct DpoTerms
{
    torch::Tensor loss; // mean over pairs, with autograd
    // TRL's logged values: beta * (log pi - log ref) of each answer, averaged over the batch.
    double chosenReward = 0.0;
    double rejectedReward = 0.0;
    double margin = 0.0;
    double accuracy = 0.0;
    double chosenLogp = 0.0; // mean log pi(chosen)
    double rejectedLogp = 0.0;
};
// sigmoid: -log sigmoid(beta * h); ipo: (h - 1 / (2 beta))^2, where
// h = (log pi(c) - log ref(c)) - (log pi(r) - log ref(r)). The reference terms carry no gradient.
DpoTerms dpoLoss(const torch::Tensor& policyChosen, const torch::Tensor& policyRejected,
                 const torch::Tensor& refChosen, const torch::Tensor& refRejected, double beta,
                 bool ipo);

// Sum over each row of log p(target) where targets != ignore: logits (B, T, V), targets (B, T)
// -> (B). With `average` the sum is divided by the row's counted tokens (IPO compares means).
torch::Tensor sequenceLogps(const torch::Tensor& logits, const torch::Tensor& targets,
                            int64_t ignore, bool average = false);

} // namespace fw::ml

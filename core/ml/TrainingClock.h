// The time a training run has left, for its progress line: steps and evaluations timed apart, so
// that a periodic evaluation does not swing the estimate, and recent steps weigh more than old
// ones, so that a change of load on the machine shows within a few dozen steps. Pauses are the
// caller's to leave out (it feeds only working time). Torch-free.
#pragma once

#include <cstdint>

namespace fw::ml {

class TrainingClock
{
public:
    void addStep(double ms);
    void addEval(double ms);
    // Milliseconds for `steps` more steps and `evals` more evaluations; -1 before the first step.
    int64_t etaMs(int steps, int evals) const;
    double stepMs() const
    {
        return m_stepMs;
    } // the current estimate of one step; -1 before the first

    // Evaluations still to come after `step` of `total`, every `evalEvery` steps, plus the final
    // one.
    static int evalsLeft(int step, int total, int evalEvery);

private:
    double m_stepMs = -1.0;
    int m_steps = 0;
    double m_evalMs = 0.0;
    int m_evals = 0;
};

} // namespace fw::ml

// Step and evaluation times -> time left (see TrainingClock.h).
#include "ml/TrainingClock.h"

#include <algorithm>

namespace fw::ml {

namespace {
// The plain mean for the first steps (the first one carries warm-up costs that the mean dilutes),
// then an exponential average over roughly the last 20 steps.
constexpr int kWindow = 20;
} // namespace

void TrainingClock::addStep(double ms)
{
    ++m_steps;
    const double weight = 1.0 / double(std::min(m_steps, kWindow));
    m_stepMs = m_steps == 1 ? ms : m_stepMs + weight * (ms - m_stepMs);
}

void TrainingClock::addEval(double ms)
{
    ++m_evals;
    m_evalMs += (ms - m_evalMs) / double(m_evals);
}

int64_t TrainingClock::etaMs(int steps, int evals) const
{
    if (m_stepMs < 0)
        return -1;
    return int64_t(m_stepMs * std::max(0, steps) + m_evalMs * std::max(0, evals) + 0.5);
}

int TrainingClock::evalsLeft(int step, int total, int evalEvery)
{
    int periodic = 0;
    if (evalEvery > 0 && total > step)
        periodic =
            (total - 1) / evalEvery - step / evalEvery; // multiples of evalEvery in (step, total)
    return std::max(0, periodic) + 1;                   // and the one after the last step
}

} // namespace fw::ml

// Which number of training threads is fastest on this machine: measured once on a small run,
// then remembered by the caller. More threads are not always faster: on shared or hyper-threaded
// cores a second thread can make a small model train several times slower.
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>

namespace fw::ml {
class MlRuntime;
class TrainingControl;
} // namespace fw::ml

namespace fw::models {

struct ThreadTiming
{
    int threads = 0;
    double msPerStep = 0;
};

// Counts worth trying on a machine with `cores` logical cores: 1, 2, 4, ... and `cores` itself.
QList<int> threadCandidates(int cores);
// The count with the shortest step; a larger count must beat a smaller one by more than 5% to be
// chosen (threads cost memory and leave less CPU to everything else). 1 when `timings` is empty.
int fastestThreads(const QList<ThreadTiming>& timings);

struct ThreadMeasurement
{
    QList<ThreadTiming> timings;
    double othersCpuShare = 0; // how much of the machine other programs used meanwhile (0..1)
    bool cpuWasBusy() const;
};

// Times `steps` optimizer steps (after two untimed ones) of a small from-scratch model, the demo's
// Quick settings, with each of `counts`. A few seconds in all; cancelled through `control`.
Result<ThreadMeasurement> measureThreadTimings(const ml::MlRuntime& engine,
                                               const QList<int>& counts,
                                               ml::TrainingControl& control, int steps = 6);

} // namespace fw::models

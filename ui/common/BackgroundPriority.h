// Background work yields the processor to the GUI: a job's thread runs at a lower scheduling
// priority (nice), so on a machine whose cores are all busy (training on every core, a span index
// being built, another program) the GUI thread is still scheduled first when it has work.
#pragma once

namespace fw::ui {

// Lowers the calling thread's priority by `niceness` (Linux nice values; threads it starts, such
// as libtorch's and OpenBLAS's pools, inherit it). Call first thing in a background job's thread.
// Best effort: where the system refuses, the thread runs at its priority as before.
void runBelowTheGui(int niceness = 5);

} // namespace fw::ui

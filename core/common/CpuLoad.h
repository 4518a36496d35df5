// How busy the CPU is with other programs: /proc/stat's totals against this process's own time.
#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace fw {

// Clock ticks (USER_HZ) at one moment; -1 where /proc could not be read.
struct CpuSample
{
    qint64 busyTicks = -1;  // every core, every process, not idle
    qint64 totalTicks = -1; // every core, idle included
    qint64 ownTicks = -1;   // this process (user + system)

    bool valid() const { return busyTicks >= 0 && totalTicks > 0 && ownTicks >= 0; }
};

// `procStat` is /proc/stat, `selfStat` /proc/self/stat; an invalid sample when either is malformed.
CpuSample parseCpuSample(const QByteArray& procStat, const QByteArray& selfStat);
// Reads /proc now; invalid where there is no /proc (then nothing is ever reported busy).
CpuSample sampleCpu();
// Share of the whole machine (0..1) that other processes used between two samples; 0 when unknown.
double othersCpuShare(const CpuSample& before, const CpuSample& after);
// Above this share, a measurement says the CPU was busy: a quarter of the machine is half a core on
// two.
constexpr double kBusyCpuShare = 0.25;

} // namespace fw

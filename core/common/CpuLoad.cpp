// CPU load sampling from /proc (Linux); elsewhere samples are invalid and nothing reads as busy.
#include "common/CpuLoad.h"

#include <QFile>
#include <QList>
#include <algorithm>

namespace fw {

namespace {
QByteArray readProcFile(const QString& path)
{
    QFile file(path);
    // /proc files report size 0: read until the end rather than by size.
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

CpuSample parseCpuSample(const QByteArray& procStat, const QByteArray& selfStat)
{
    CpuSample sample;
    // "cpu  user nice system idle iowait irq softirq steal ..." summed over every core.
    const QByteArray first = procStat.left(procStat.indexOf('\n'));
    const QList<QByteArray> cpu = first.simplified().split(' ');
    if (cpu.size() < 9 || cpu[0] != "cpu")
        return {};
    qint64 total = 0;
    for (int i = 1; i <= 8; ++i) {
        bool ok = false;
        const qint64 value = cpu[i].toLongLong(&ok);
        if (!ok || value < 0)
            return {};
        total += value;
    }
    const qint64 idle = cpu[4].toLongLong() + cpu[5].toLongLong(); // idle + iowait
    // The command name sits in parentheses and may hold spaces: fields are counted after the last
    // ')'.
    const qsizetype close = selfStat.lastIndexOf(')');
    if (close < 0)
        return {};
    const QList<QByteArray> self = selfStat.mid(close + 1).simplified().split(' ');
    if (self.size() < 13)
        return {};
    bool okUser = false;
    bool okSystem = false;
    const qint64 own =
        self[11].toLongLong(&okUser) + self[12].toLongLong(&okSystem); // utime, stime
    if (!okUser || !okSystem)
        return {};
    sample.totalTicks = total;
    sample.busyTicks = total - idle;
    sample.ownTicks = own;
    return sample;
}

CpuSample sampleCpu()
{
    return parseCpuSample(readProcFile(QStringLiteral("/proc/stat")),
                          readProcFile(QStringLiteral("/proc/self/stat")));
}

double othersCpuShare(const CpuSample& before, const CpuSample& after)
{
    if (!before.valid() || !after.valid())
        return 0.0;
    const qint64 total = after.totalTicks - before.totalTicks;
    if (total <= 0)
        return 0.0;
    const qint64 others = (after.busyTicks - before.busyTicks) - (after.ownTicks - before.ownTicks);
    return std::clamp(double(others) / double(total), 0.0, 1.0);
}

} // namespace fw

// What a long attribution build (an index, a gradient store) tells its caller, and how the caller
// stops it: the workbench prepares attribution in the background after a run and must let go of
// the workspace at once when it locks or closes.
#pragma once

#include "common/Result.h"

#include <QCoreApplication>

#include <atomic>
#include <functional>

namespace fw::attribution {

struct BuildProgress
{
    std::function<void(qint64 records)> onRecords; // records done so far; may be empty
    const std::atomic_bool* stop = nullptr;         // set: the build ends, stores nothing

    void report(qint64 records) const
    {
        if (onRecords)
            onRecords(records);
    }
    // Cancelled once `stop` is set, checked between records.
    Status check() const
    {
        if (stop && stop->load())
            return makeError(ErrorCode::Cancelled,
                             QCoreApplication::translate("fw::attribution::BuildProgress",
                                                         "Preparing attribution was stopped."));
        return {};
    }
};

} // namespace fw::attribution

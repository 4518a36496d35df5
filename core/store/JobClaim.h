// Which process is working on a long job recorded in the workspace (a training run): it holds an
// open-file-description lock on one byte of workspace.lock, at the job's id, for as long as it
// works on it, and the kernel drops the lock when the process ends, however it ends. So a job the
// database still calls "running" whose claim nobody holds was cut short, and can be resumed -
// while one that another process (the CLI, the workbench, a node) is still running is left alone.
#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <memory>

namespace fw::store {

class JobClaim
{
public:
    // ErrorCode::Busy when another process (or another claim in this one) holds it.
    static Result<std::unique_ptr<JobClaim>> take(const QString& workspaceDir, qint64 jobId);
    static bool isHeld(const QString& workspaceDir, qint64 jobId);
    ~JobClaim();
    JobClaim(const JobClaim&) = delete;
    JobClaim& operator=(const JobClaim&) = delete;

    Q_DECLARE_TR_FUNCTIONS(fw::store::JobClaim)
private:
    explicit JobClaim(int fd) : m_fd(fd) {}
    int m_fd = -1;
};

} // namespace fw::store

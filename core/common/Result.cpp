// Stable names of error codes, used by the CLI's exit messages and by logs.
#include "common/Result.h"

namespace fw {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidArgument: return QStringLiteral("invalid-argument");
    case ErrorCode::NotFound: return QStringLiteral("not-found");
    case ErrorCode::AlreadyExists: return QStringLiteral("already-exists");
    case ErrorCode::WrongPassphrase: return QStringLiteral("wrong-passphrase");
    case ErrorCode::NotEncrypted: return QStringLiteral("not-encrypted");
    case ErrorCode::Corrupt: return QStringLiteral("corrupt");
    case ErrorCode::Unsupported: return QStringLiteral("unsupported");
    case ErrorCode::Io: return QStringLiteral("io");
    case ErrorCode::Locked: return QStringLiteral("locked");
    case ErrorCode::Cancelled: return QStringLiteral("cancelled");
    case ErrorCode::Busy: return QStringLiteral("busy");
    case ErrorCode::Internal: return QStringLiteral("internal");
    }
    return QStringLiteral("internal");
}

} // namespace fw

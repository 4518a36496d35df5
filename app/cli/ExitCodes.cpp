// Mapping from core error codes to process exit codes, and its documentation.
#include "ExitCodes.h"

#include <QCoreApplication>

namespace fw::cli {

ExitCode exitCodeFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidArgument: return ExitCode::InvalidArgument;
    case ErrorCode::NotFound: return ExitCode::NotFound;
    case ErrorCode::AlreadyExists: return ExitCode::AlreadyExists;
    case ErrorCode::WrongPassphrase: return ExitCode::WrongPassphrase;
    case ErrorCode::NotEncrypted: return ExitCode::NotEncrypted;
    case ErrorCode::Corrupt: return ExitCode::Corrupt;
    case ErrorCode::Unsupported: return ExitCode::Unsupported;
    case ErrorCode::Io: return ExitCode::Io;
    case ErrorCode::Locked: return ExitCode::Locked;
    case ErrorCode::Cancelled: return ExitCode::Cancelled;
    case ErrorCode::Busy: return ExitCode::Busy;
    case ErrorCode::Internal: return ExitCode::Internal;
    }
    return ExitCode::Internal;
}

QString exitCodeHelp()
{
    const struct
    {
        ExitCode code;
        const char* meaning;
    } rows[] = {
        {ExitCode::Ok, QT_TRANSLATE_NOOP("fw::cli", "success")},
        {ExitCode::Internal, QT_TRANSLATE_NOOP("fw::cli", "internal error")},
        {ExitCode::Usage, QT_TRANSLATE_NOOP("fw::cli", "usage error (unknown option, missing argument)")},
        {ExitCode::InvalidArgument, QT_TRANSLATE_NOOP("fw::cli", "invalid value (address, word, name)")},
        {ExitCode::NotFound, QT_TRANSLATE_NOOP("fw::cli", "workspace or identity not found")},
        {ExitCode::AlreadyExists, QT_TRANSLATE_NOOP("fw::cli", "already exists")},
        {ExitCode::WrongPassphrase, QT_TRANSLATE_NOOP("fw::cli", "wrong passphrase")},
        {ExitCode::NotEncrypted, QT_TRANSLATE_NOOP("fw::cli", "database not encrypted")},
        {ExitCode::Corrupt, QT_TRANSLATE_NOOP("fw::cli", "damaged file")},
        {ExitCode::Unsupported, QT_TRANSLATE_NOOP("fw::cli", "needs a newer Flywheel")},
        {ExitCode::Io, QT_TRANSLATE_NOOP("fw::cli", "read or write failed")},
        {ExitCode::Locked, QT_TRANSLATE_NOOP("fw::cli", "workspace locked")},
        {ExitCode::Cancelled, QT_TRANSLATE_NOOP("fw::cli", "cancelled")},
        {ExitCode::Busy, QT_TRANSLATE_NOOP("fw::cli", "workspace in use by another process or job")},
        {ExitCode::NotAvailable, QT_TRANSLATE_NOOP("fw::cli", "not available yet in this version")},
    };
    QString text;
    for (const auto& row : rows)
        text += QStringLiteral("  %1  %2\n")
                    .arg(int(row.code), 2)
                    .arg(QCoreApplication::translate("fw::cli", row.meaning));
    return text;
}

} // namespace fw::cli

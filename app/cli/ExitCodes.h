// Process exit codes of flywheel-cli: one distinct, documented code per fw::ErrorCode.
#pragma once

#include "common/Result.h"

#include <QString>

namespace fw::cli {

// Stable numbers: scripts test them, so never renumber; append new ones at the end.
enum class ExitCode : int {
    Ok = 0,
    Internal = 1,        // a bug or an unexpected library failure
    Usage = 2,           // the command line itself is wrong (unknown option, missing argument)
    InvalidArgument = 3, // a value is malformed: bad address, bad mnemonic word, bad name
    NotFound = 4,        // no such workspace, identity or file
    AlreadyExists = 5,   // refusing to overwrite
    WrongPassphrase = 6, // the key check failed; nothing was touched
    NotEncrypted = 7,    // SQLCipher is not active or a file is plaintext
    Corrupt = 8,         // a file fails to parse or an integrity check
    Unsupported = 9,     // a newer format than this build understands
    Io = 10,             // the operating system refused a read or write
    Locked = 11,         // the workspace is locked
    Cancelled = 12,      // the user stopped it (empty prompt, Ctrl-D)
    Busy = 13,           // another process or job holds the workspace (named in the message)
    NotAvailable = 14,   // the feature asked for is not built yet (attribute --method gradient)
};

ExitCode exitCodeFor(ErrorCode code);

// The table printed by `flywheel-cli --help`, one "  N  meaning" line per code.
QString exitCodeHelp();

} // namespace fw::cli

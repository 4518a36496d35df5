// What a command hands back: success, a core error, or a misuse of the command line.
#pragma once

#include "ExitCodes.h"
#include "common/Result.h"

#include <QString>

#include <utility>

namespace fw::cli {

class Outcome
{
public:
    Outcome() = default; // success
    Outcome(const Error& error) : m_code(exitCodeFor(error.code)), m_message(error.message) {}
    Outcome(const Status& status) : Outcome(status.ok() ? Outcome() : Outcome(status.error())) {}

    // The command line is wrong: exit 2, the way getopt-style tools do.
    static Outcome usage(const QString& message) { return Outcome(ExitCode::Usage, message); }
    // A feature that is planned but not built: an honest refusal with its own exit code (14).
    static Outcome notAvailable(const QString& message)
    {
        return Outcome(ExitCode::NotAvailable, message);
    }

    bool ok() const { return m_code == ExitCode::Ok; }
    ExitCode code() const { return m_code; }
    const QString& message() const { return m_message; }

private:
    Outcome(ExitCode code, QString message) : m_code(code), m_message(std::move(message)) {}

    ExitCode m_code = ExitCode::Ok;
    QString m_message;
};

} // namespace fw::cli

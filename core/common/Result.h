// Errors as values at the core's boundaries: every fallible core call returns Result<T> or Status.
#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace fw {

// Why an operation failed, coarse enough for the UI and the CLI to react to.
enum class ErrorCode {
    InvalidArgument, // the caller's input is malformed (bad address, bad mnemonic word...)
    NotFound,        // a file, workspace, identity... does not exist
    AlreadyExists,   // refusing to overwrite something
    WrongPassphrase, // key check failed; nothing was touched
    NotEncrypted,    // SQLCipher is not active (plain SQLite loaded) or the file is plaintext
    Corrupt,         // a file exists but cannot be parsed or fails an integrity check
    Unsupported,     // a newer format version than this build understands
    Io,              // the operating system refused a read or write (full disk, permissions)
    Locked,          // the workspace is locked; unlock first
    Cancelled,       // the user stopped it
    Busy,            // another job or process holds what this needs; try again when it is done
    Internal,        // a bug or an unexpected library failure
};

struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message; // one line, for people; already translated where it reaches the UI
};

QString errorCodeName(ErrorCode code);

// Either a value or an Error. Cheap to move; check ok() before value().
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const T* operator->() const { return &*m_value; }
    T* operator->() { return &*m_value; }
    const T& operator*() const& { return *m_value; }
    T& operator*() & { return *m_value; }

    const Error& error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

// Result of an operation that yields nothing but may fail.
class [[nodiscard]] Status
{
public:
    Status() = default;
    Status(Error error) : m_failed(true), m_error(std::move(error)) {}
    static Status success() { return {}; }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

inline Error makeError(ErrorCode code, QString message)
{
    return Error{code, std::move(message)};
}

} // namespace fw

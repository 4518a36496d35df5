// The ML engine's exception barrier: torch reports a bad shape or an exhausted allocator by
// throwing (c10::Error, std::bad_alloc); callers across the module boundary get an Error instead.
#pragma once

#include "common/Result.h"

#include <QCoreApplication>

#include <exception>
#include <new>
#include <utility>

namespace fw::ml {

// The exception being handled as an Error; call it only inside a catch block. c10::Error's
// what() carries a C++ backtrace after its first line, which nobody reading the message needs.
inline Error currentExceptionError()
{
    const auto tr = [](const char* text) {
        return QCoreApplication::translate("fw::ml", text);
    };
    try {
        throw;
    } catch (const std::bad_alloc&) {
        return makeError(ErrorCode::Internal, tr("The ML engine ran out of memory"));
    } catch (const std::exception& e) {
        const QString what = QString::fromUtf8(e.what()).trimmed();
        return makeError(ErrorCode::Internal,
                         tr("The ML engine failed: %1").arg(what.section(QLatin1Char('\n'), 0, 0)));
    } catch (...) {
        return makeError(ErrorCode::Internal, tr("The ML engine failed with an unknown exception"));
    }
}

// f() when it returns; otherwise onError(the Error) -- so an exception never leaves the engine.
template <typename F, typename OnError> auto guarded(F&& f, OnError&& onError) -> decltype(f())
{
    try {
        return std::forward<F>(f)();
    } catch (...) {
        return std::forward<OnError>(onError)(currentExceptionError());
    }
}

// The same for calls that return Result<T> or Status, which an Error converts to.
template <typename F> auto guarded(F&& f) -> decltype(f())
{
    using R = decltype(f());
    return guarded(std::forward<F>(f), [](Error e) -> R { return e; });
}

} // namespace fw::ml

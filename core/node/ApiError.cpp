// OpenAI-shaped error bodies and the mapping from the core's error codes to HTTP statuses.
#include "node/ApiError.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace fw::node {

QByteArray ApiError::json() const
{
    const QJsonObject error{{QStringLiteral("message"), message},
                            {QStringLiteral("type"), type},
                            {QStringLiteral("param"), QJsonValue::Null},
                            {QStringLiteral("code"), code}};
    return QJsonDocument(QJsonObject{{QStringLiteral("error"), error}})
        .toJson(QJsonDocument::Compact);
}

ApiError ApiError::badRequest(const QString& message, const QString& code)
{
    return {400, QStringLiteral("invalid_request_error"), code, message};
}

ApiError ApiError::notFound(const QString& message, const QString& code)
{
    return {404, QStringLiteral("not_found_error"), code, message};
}

ApiError ApiError::tooLarge(const QString& message)
{
    return {413, QStringLiteral("invalid_request_error"), QStringLiteral("request_too_large"),
            message};
}

ApiError ApiError::fromError(const Error& e)
{
    switch (e.code) {
    case ErrorCode::InvalidArgument:
    case ErrorCode::Unsupported:
        return badRequest(e.message);
    case ErrorCode::NotFound:
        return notFound(e.message);
    case ErrorCode::Locked:
    case ErrorCode::WrongPassphrase:
        return {401, QStringLiteral("authentication_error"), QStringLiteral("unauthorized"),
                e.message};
    case ErrorCode::AlreadyExists:
        return {409, QStringLiteral("conflict_error"), QStringLiteral("conflict"), e.message};
    case ErrorCode::Busy:
        return {429, QStringLiteral("rate_limit_error"), QStringLiteral("queue_full"), e.message};
    case ErrorCode::Cancelled:
        return {499, QStringLiteral("cancelled"), QStringLiteral("cancelled"), e.message};
    case ErrorCode::NotEncrypted:
    case ErrorCode::Corrupt:
    case ErrorCode::Io:
    case ErrorCode::Internal:
        break;
    }
    return {500, QStringLiteral("server_error"), QStringLiteral("internal_error"), e.message};
}

} // namespace fw::node

// Errors as OpenAI clients expect them: {"error": {"message", "type", "code"}} with the right
// HTTP status, so any OpenAI client library shows the node's reason unchanged.
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace fw::node {

struct ApiError
{
    int status = 500;
    QString type;    // "invalid_request_error", "not_found_error", ...
    QString code;    // machine-readable: "model_not_found", "queue_full", ...
    QString message; // for people

    QByteArray json() const;

    static ApiError badRequest(const QString& message,
                               const QString& code = QStringLiteral("invalid_request"));
    static ApiError notFound(const QString& message,
                             const QString& code = QStringLiteral("not_found"));
    static ApiError tooLarge(const QString& message);
    // A core error, with the status its code means (InvalidArgument 400, NotFound 404, Locked 401,
    // AlreadyExists 409, Busy 429, Cancelled 499, everything else 500).
    static ApiError fromError(const Error& error);
};

} // namespace fw::node

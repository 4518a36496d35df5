// Reads labels made elsewhere, one JSON object a line:
//   {"item": ID, "labeler": NAME_OR_ADDRESS, "prompt": P, "response_a": A, "response_b": B,
//    "choice": "a" | "b" | "tie" | "both_bad"}
//   {"item": ID, "labeler": NAME_OR_ADDRESS, "prompt": P, "response": R, "rating": 1-5}
// optionally with "campaign". Every line is checked before any is used; bad lines refuse the
// file, each named by its line number.
#pragma once

#include "common/Result.h"
#include "feedback/FeedbackLabel.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QList>
#include <functional>

namespace fw::feedback {

class LabelImport
{
public:
    static constexpr int kMaxReportedLines = 10;

    // Turns a labeler as typed (identity name or address) into an address, or says why not.
    using ResolveLabeler = std::function<Result<QString>(const QString& typed)>;

    // `campaign` is used for lines without their own.
    static Result<QList<Label>> read(QIODevice& device, const QString& campaign,
                                     const ResolveLabeler& resolve);
    // One line's label; the error message does not carry the line number.
    static Result<Label> parseLine(const QByteArray& line, const QString& campaign,
                                   const ResolveLabeler& resolve);

    // tr() in the context lupdate files this class's strings under.
    Q_DECLARE_TR_FUNCTIONS(fw::feedback::LabelImport)
};

} // namespace fw::feedback

// What a node answered to a paid request and which parts of the answer came from which training
// records: the "why" behind a receipt's attribution lines, for the Earnings page and
// `flywheel-cli receipts show`. The serving node keeps it beside the receipt, in the charge's
// transaction, but outside the signed receipt: receipts stay small and their format unchanged.
// The prompt is not kept: it is the payer's, and the records' spans are all in the answer.
// JSON: {"answer":"..","spans":[{"begin":N,"end":N,"records":["<64 hex>"..]}..]}
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <vector>

namespace fw::ledger {

struct AnswerSpan
{
    int begin = 0; // [begin, end) in the answer, UTF-16 units
    int end = 0;
    std::vector<QByteArray> records; // 32-byte record hashes of the receipt's attribution lines
};

struct AnswerTrace
{
    static constexpr int kMaxAnswerLength = 1 << 20; // characters
    static constexpr int kMaxSpans = 4'096;

    QString answer;
    std::vector<AnswerSpan> spans; // in answer order; two may overlap

    // The spans one record holds.
    std::vector<AnswerSpan> spansOf(const QByteArray& recordHash) const;

    QByteArray toJson() const;
    // Strict: every span inside the answer and non-empty, every record hash 32 bytes.
    static Result<AnswerTrace> fromJson(const QByteArray& json);

    Q_DECLARE_TR_FUNCTIONS(fw::ledger::AnswerTrace)
};

// From token spans to character spans: `textEnds[i]` is how much of the answer the first i + 1
// tokens had decoded to (ml::GenerationResult::textEnds). A half UTF-8 character, a stop string
// cut off the text and out-of-range spans are clamped; empty spans are dropped.
struct TokenSpan
{
    int tokenBegin = 0;
    int tokenEnd = 0;
    QByteArray record;
};
AnswerTrace traceAnswer(const QString& answer, const std::vector<int>& textEnds,
                        const std::vector<TokenSpan>& spans);

} // namespace fw::ledger

// AnswerTrace's JSON and the token-to-character mapping.
#include "ledger/AnswerTrace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <map>

namespace fw::ledger {

namespace {
constexpr int kHashBytes = 32;

Error corrupt(const QString& why)
{
    return makeError(ErrorCode::Corrupt, AnswerTrace::tr("The kept answer is damaged: %1").arg(why));
}
} // namespace

std::vector<AnswerSpan> AnswerTrace::spansOf(const QByteArray& recordHash) const
{
    std::vector<AnswerSpan> out;
    for (const AnswerSpan& s : spans)
        if (std::find(s.records.begin(), s.records.end(), recordHash) != s.records.end())
            out.push_back(s);
    return out;
}

QByteArray AnswerTrace::toJson() const
{
    QJsonArray spanArray;
    for (const AnswerSpan& s : spans) {
        QJsonArray records;
        for (const QByteArray& r : s.records)
            records.append(QString::fromLatin1(r.toHex()));
        spanArray.append(QJsonObject{{QStringLiteral("begin"), s.begin},
                                     {QStringLiteral("end"), s.end},
                                     {QStringLiteral("records"), records}});
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("answer"), answer},
                                     {QStringLiteral("spans"), spanArray}})
        .toJson(QJsonDocument::Compact);
}

Result<AnswerTrace> AnswerTrace::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return corrupt(tr("not a JSON object"));
    const QJsonObject o = doc.object();
    if (!o.value(QLatin1String("answer")).isString() || !o.value(QLatin1String("spans")).isArray())
        return corrupt(tr("it needs \"answer\" and \"spans\""));
    AnswerTrace trace;
    trace.answer = o.value(QLatin1String("answer")).toString();
    const QJsonArray spans = o.value(QLatin1String("spans")).toArray();
    if (trace.answer.size() > kMaxAnswerLength || spans.size() > kMaxSpans)
        return corrupt(tr("too long"));
    for (const QJsonValue& v : spans) {
        const QJsonObject s = v.toObject();
        const QJsonValue begin = s.value(QLatin1String("begin")), end = s.value(QLatin1String("end"));
        if (!v.isObject() || !begin.isDouble() || !end.isDouble() ||
            !s.value(QLatin1String("records")).isArray())
            return corrupt(tr("a span needs \"begin\", \"end\" and \"records\""));
        AnswerSpan span;
        span.begin = begin.toInt(-1);
        span.end = end.toInt(-1);
        if (span.begin < 0 || span.end <= span.begin || span.end > trace.answer.size() ||
            double(span.begin) != begin.toDouble() || double(span.end) != end.toDouble())
            return corrupt(tr("a span lies outside the answer"));
        for (const QJsonValue& r : s.value(QLatin1String("records")).toArray()) {
            const QString hex = r.toString();
            const QByteArray hash = QByteArray::fromHex(hex.toLatin1());
            if (!r.isString() || hex.size() != 2 * kHashBytes || hash.size() != kHashBytes ||
                QString::fromLatin1(hash.toHex()) != hex.toLower())
                return corrupt(tr("a record hash is not 64 hex digits"));
            span.records.push_back(hash);
        }
        trace.spans.push_back(std::move(span));
    }
    return trace;
}

AnswerTrace traceAnswer(const QString& answer, const std::vector<int>& textEnds,
                        const std::vector<TokenSpan>& spans)
{
    // How much of the final answer the first i tokens had fixed: the least any later token left
    // (a half UTF-8 character decodes longer than the whole one; a stop string's cut shortens).
    std::vector<int> ends(textEnds.size() + 1, 0);
    int later = int(answer.size());
    for (size_t i = textEnds.size(); i-- > 0;) {
        later = std::min(later, std::max(0, textEnds[i]));
        ends[i + 1] = later;
    }
    const auto at = [&](int token) {
        return token < 0 ? 0 : size_t(token) < ends.size() ? ends[size_t(token)] : int(answer.size());
    };
    std::map<std::pair<int, int>, std::vector<QByteArray>> byRange; // answer order
    for (const TokenSpan& s : spans) {
        const int begin = at(s.tokenBegin), end = at(s.tokenEnd);
        if (end <= begin || s.record.size() != kHashBytes)
            continue;
        std::vector<QByteArray>& records = byRange[{begin, end}];
        if (std::find(records.begin(), records.end(), s.record) == records.end())
            records.push_back(s.record);
    }
    AnswerTrace trace;
    trace.answer = answer.left(AnswerTrace::kMaxAnswerLength);
    for (auto& [range, records] : byRange) {
        if (int(trace.spans.size()) == AnswerTrace::kMaxSpans)
            break;
        if (range.second > trace.answer.size())
            continue;
        trace.spans.push_back({range.first, range.second, std::move(records)});
    }
    return trace;
}

} // namespace fw::ledger

// Line shapes of the label import and their checks.
#include "feedback/LabelImport.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace fw::feedback {

namespace {
Error invalid(const QString& message)
{
    return makeError(ErrorCode::InvalidArgument, message);
}

Result<QString> text(const QJsonObject& o, const char* key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return invalid(LabelImport::tr("missing field \"%1\"").arg(QLatin1String(key)));
    if (!v.isString())
        return invalid(LabelImport::tr("field \"%1\" must be a string").arg(QLatin1String(key)));
    if (v.toString().trimmed().isEmpty())
        return invalid(LabelImport::tr("field \"%1\" is empty").arg(QLatin1String(key)));
    return v.toString();
}

// Items are ids people typed: strings or whole numbers.
Result<QString> itemId(const QJsonObject& o)
{
    const QJsonValue v = o.value("item");
    if (v.isDouble() && v.toDouble() == double(qint64(v.toDouble())))
        return QString::number(qint64(v.toDouble()));
    if (v.isString() && !v.toString().trimmed().isEmpty())
        return v.toString();
    return invalid(LabelImport::tr("field \"item\" must be a string or a whole number"));
}

Status checkKeys(const QJsonObject& o, const QSet<QString>& allowed)
{
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!allowed.contains(it.key()))
            return invalid(LabelImport::tr("unexpected field \"%1\"").arg(it.key()));
    return {};
}

Status fillPairwise(const QJsonObject& o, Label& l)
{
    if (Status s = checkKeys(
            o, {"item", "labeler", "prompt", "campaign", "response_a", "response_b", "choice"});
        !s)
        return s;
    Result<QString> a = text(o, "response_a");
    Result<QString> b = a ? text(o, "response_b") : a;
    Result<QString> c = b ? text(o, "choice") : b;
    if (!c)
        return c.error();
    const std::optional<Choice> choice = parseChoice(*c);
    if (!choice)
        return invalid(
            LabelImport::tr("field \"choice\" must be a, b, tie or both_bad, not \"%1\"").arg(*c));
    l.mode = LabelMode::Pairwise;
    l.answers = {Answer{{}, *a}, Answer{{}, *b}};
    l.choice = *choice;
    return {};
}

Status fillRating(const QJsonObject& o, Label& l)
{
    if (Status s = checkKeys(o, {"item", "labeler", "prompt", "campaign", "response", "rating"});
        !s)
        return s;
    Result<QString> response = text(o, "response");
    if (!response)
        return response.error();
    const QJsonValue r = o.value("rating");
    if (!r.isDouble() || r.toDouble() != double(r.toInt()) || r.toInt() < 1 || r.toInt() > 5)
        return invalid(LabelImport::tr("field \"rating\" must be a whole number from 1 to 5"));
    l.mode = LabelMode::Rating;
    l.answers = {Answer{{}, *response}};
    l.ratings = {r.toInt()};
    l.flags = {0};
    return {};
}
} // namespace

Result<Label> LabelImport::parseLine(const QByteArray& line, const QString& campaign,
                                     const ResolveLabeler& resolve)
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        return invalid(tr("not a JSON object"));
    const QJsonObject o = doc.object();
    Label l;
    Result<QString> item = itemId(o);
    Result<QString> labeler = item ? text(o, "labeler") : item;
    Result<QString> prompt = labeler ? text(o, "prompt") : labeler;
    if (!prompt)
        return prompt.error();
    l.item = *item;
    l.prompt = *prompt;
    l.campaign = o.value("campaign").toString(campaign);
    const bool rating = o.contains("rating");
    if (rating == o.contains("choice"))
        return invalid(tr("a line needs either \"choice\" or \"rating\""));
    if (Status s = rating ? fillRating(o, l) : fillPairwise(o, l); !s)
        return s.error();
    Result<QString> address = resolve(*labeler);
    if (!address)
        return invalid(tr("labeler \"%1\": %2").arg(*labeler, address.error().message));
    l.labeler = *address;
    l.createdAt = QDateTime::currentMSecsSinceEpoch();
    if (Status s = l.validate(); !s)
        return s.error();
    return l;
}

Result<QList<Label>> LabelImport::read(QIODevice& device, const QString& campaign,
                                       const ResolveLabeler& resolve)
{
    QList<Label> labels;
    QStringList problems;
    qint64 bad = 0;
    for (qint64 number = 1; !device.atEnd(); ++number) {
        const QByteArray line = device.readLine().trimmed();
        if (line.isEmpty())
            continue;
        Result<Label> l = parseLine(line, campaign, resolve);
        if (l) {
            labels << std::move(*l);
            continue;
        }
        if (++bad <= kMaxReportedLines)
            problems << tr("line %1: %2").arg(number).arg(l.error().message);
    }
    if (bad > kMaxReportedLines)
        problems << tr("and %n more bad line(s)", nullptr, int(bad - kMaxReportedLines));
    if (bad > 0)
        return invalid(tr("%n malformed line(s), nothing imported: ", nullptr, int(bad)) +
                       problems.join(QStringLiteral("; ")));
    if (labels.isEmpty())
        return invalid(tr("no labels in the file"));
    return labels;
}

} // namespace fw::feedback

// Names, validation and the canonical JSON of labels.
#include "feedback/FeedbackLabel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace fw::feedback {

namespace {
const char* const kModes[] = {"pairwise", "rating", "rewrite", "ranking"};
const char* const kChoices[] = {"a", "b", "tie", "both_bad"};

Error invalid(const QString& message)
{
    return makeError(ErrorCode::InvalidArgument, message);
}

QJsonArray intArray(const QList<int>& values)
{
    QJsonArray a;
    for (int v : values)
        a.append(v);
    return a;
}

Result<QList<int>> intList(const QJsonObject& o, const char* key)
{
    QList<int> out;
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isUndefined())
        return out;
    if (!v.isArray())
        return invalid(
            Label::tr("field \"%1\" must be an array of numbers").arg(QLatin1String(key)));
    for (const QJsonValue& e : v.toArray()) {
        if (!e.isDouble() || e.toDouble() != double(e.toInt()))
            return invalid(
                Label::tr("field \"%1\" must hold whole numbers").arg(QLatin1String(key)));
        out << e.toInt();
    }
    return out;
}

// True when `order` holds each index below `count` exactly once.
bool isPermutation(QList<int> order, qsizetype count)
{
    if (order.size() != count)
        return false;
    std::sort(order.begin(), order.end());
    for (qsizetype i = 0; i < count; ++i)
        if (order[i] != i)
            return false;
    return true;
}

Status validateMode(const Label& l)
{
    const qsizetype n = l.answers.size();
    switch (l.mode) {
    case LabelMode::Pairwise:
        if (n != 2)
            return invalid(Label::tr("a pairwise label needs exactly two answers"));
        return {};
    case LabelMode::Rating:
        if (l.ratings.size() != n)
            return invalid(Label::tr("field \"ratings\" needs one rating per answer"));
        for (int r : l.ratings)
            if (r < 0 || r > 5)
                return invalid(
                    Label::tr("field \"ratings\": %1 is not a rating from 1 to 5").arg(r));
        if (!l.flags.isEmpty() && l.flags.size() != n)
            return invalid(Label::tr("field \"flags\" needs one entry per answer"));
        return {};
    case LabelMode::Rewrite:
        if (l.rewrite.trimmed().isEmpty())
            return invalid(Label::tr("field \"rewrite\" is empty"));
        if (l.rewrite == l.answers.first().text)
            return invalid(Label::tr("field \"rewrite\" does not change the answer"));
        return {};
    case LabelMode::Ranking:
        if (!isPermutation(l.ranking, n))
            return invalid(Label::tr("field \"ranking\" must order every answer exactly once"));
        return {};
    }
    return {};
}
} // namespace

QString modeName(LabelMode mode)
{
    return QString::fromLatin1(kModes[int(mode)]);
}

std::optional<LabelMode> parseMode(const QString& name)
{
    for (int i = 0; i < 4; ++i)
        if (name == QLatin1String(kModes[i]))
            return LabelMode(i);
    return std::nullopt;
}

QString choiceName(Choice choice)
{
    return QString::fromLatin1(kChoices[int(choice)]);
}

std::optional<Choice> parseChoice(const QString& name)
{
    for (int i = 0; i < 4; ++i)
        if (name == QLatin1String(kChoices[i]))
            return Choice(i);
    return std::nullopt;
}

Status Label::validate() const
{
    if (item.isEmpty())
        return invalid(tr("field \"item\" is empty"));
    if (prompt.trimmed().isEmpty())
        return invalid(tr("field \"prompt\" is empty"));
    if (answers.isEmpty() || answers.size() > kMaxAnswers)
        return invalid(tr("a label needs one to %1 answers").arg(kMaxAnswers));
    for (const Answer& a : answers)
        if (a.text.trimmed().isEmpty())
            return invalid(tr("an answer is empty"));
    if (!shown.isEmpty() && !isPermutation(shown, answers.size()))
        return invalid(tr("field \"shown\" must show every answer exactly once"));
    return validateMode(*this);
}

QJsonObject Label::toJson() const
{
    QJsonArray list;
    for (const Answer& a : answers)
        list.append(QJsonObject{{"source", a.source}, {"text", a.text}});
    QJsonObject o{{"campaign", campaign},     {"item", item},          {"labeler", labeler},
                  {"mode", modeName(mode)},   {"prompt", prompt},      {"answers", list},
                  {"shown", intArray(shown)}, {"createdAt", createdAt}};
    switch (mode) {
    case LabelMode::Pairwise:
        o.insert("choice", choiceName(choice));
        break;
    case LabelMode::Rating:
        o.insert("ratings", intArray(ratings));
        o.insert("flags", intArray(flags));
        break;
    case LabelMode::Rewrite:
        o.insert("rewrite", rewrite);
        break;
    case LabelMode::Ranking:
        o.insert("ranking", intArray(ranking));
        break;
    }
    return o;
}

QByteArray Label::canonical() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
}

Result<Label> Label::fromJson(const QJsonObject& o)
{
    Label l;
    l.campaign = o.value("campaign").toString();
    l.item = o.value("item").toString();
    l.labeler = o.value("labeler").toString();
    l.prompt = o.value("prompt").toString();
    l.rewrite = o.value("rewrite").toString();
    l.createdAt = qint64(o.value("createdAt").toDouble());
    const std::optional<LabelMode> mode = parseMode(o.value("mode").toString());
    if (!mode)
        return invalid(tr("unknown mode \"%1\"").arg(o.value("mode").toString()));
    l.mode = *mode;
    if (l.mode == LabelMode::Pairwise) {
        const std::optional<Choice> c = parseChoice(o.value("choice").toString());
        if (!c)
            return invalid(tr("unknown choice \"%1\"").arg(o.value("choice").toString()));
        l.choice = *c;
    }
    for (const QJsonValue& a : o.value("answers").toArray())
        l.answers << Answer{a.toObject().value("source").toString(),
                            a.toObject().value("text").toString()};
    for (auto [key, list] : {std::pair{"shown", &l.shown}, std::pair{"ratings", &l.ratings},
                             std::pair{"flags", &l.flags}, std::pair{"ranking", &l.ranking}}) {
        Result<QList<int>> values = intList(o, key);
        if (!values)
            return values.error();
        *list = *values;
    }
    if (Status s = l.validate(); !s)
        return s.error();
    return l;
}

QByteArray Label::signedMessage(const QByteArray& canonical)
{
    QByteArray m(kSignatureTag);
    m.append('\0');
    m.append(canonical);
    return m;
}

int Label::chosenPosition() const
{
    if (mode != LabelMode::Pairwise || (choice != Choice::A && choice != Choice::B))
        return -1;
    const int chosen = choice == Choice::A ? 0 : 1;
    return shown.isEmpty() ? chosen : int(shown.indexOf(chosen));
}

} // namespace fw::feedback

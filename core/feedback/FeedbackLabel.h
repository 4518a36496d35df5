// One human judgement of a feedback item: pairwise choice, ratings, a rewrite or a ranking, with
// who gave it, in which campaign, and how the answers were shuffled when shown.
#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace fw::feedback {

enum class LabelMode { Pairwise, Rating, Rewrite, Ranking };
// About answers[0] ("a") and answers[1] ("b") in the item's own order, whatever was shown where.
enum class Choice { A, B, Tie, BothBad };
// Problems a rater can tick beside a rating; bits of Label::flags.
// No ": int": lupdate 6.4 misreads it and files this namespace's strings under bare class names.
enum AnswerFlag { Wrong = 1, Harmful = 2, OffTopic = 4, IgnoresInstruction = 8 };

QString modeName(LabelMode mode); // "pairwise", "rating", "rewrite", "ranking"
std::optional<LabelMode> parseMode(const QString& name);
QString choiceName(Choice choice); // "a", "b", "tie", "both_bad"
std::optional<Choice> parseChoice(const QString& name);

struct Answer
{
    QString source; // the model or adapter that wrote it; empty when unknown (imported labels)
    QString text;
};

struct Label
{
    static constexpr int kMaxAnswers = 4;
    static constexpr const char* kSignatureTag = "flywheel.feedback.label.v1";

    QString campaign;
    QString item;
    QString labeler; // fw1... address of the identity that gave and signs the label
    LabelMode mode = LabelMode::Pairwise;
    QString prompt;
    QList<Answer> answers; // the item's order; pairwise and rewrite: answers[0] is the one edited
    // The blind shuffle: shown[position] = index into answers. Empty when shown in item order.
    QList<int> shown;
    Choice choice = Choice::Tie; // pairwise
    QList<int> ratings;          // rating: 1..5 per answer, 0 when not rated
    QList<int> flags;            // rating: AnswerFlag bits per answer
    QString rewrite;             // rewrite: the labeler's better version of answers[0]
    QList<int> ranking;          // ranking: answer indexes, best first
    qint64 createdAt = 0;        // milliseconds since the epoch, UTC

    // Checks the fields the mode needs; the message names the field.
    Status validate() const;
    // Sorted keys, so the same label always gives the same bytes (and signature).
    QJsonObject toJson() const;
    QByteArray canonical() const;
    static Result<Label> fromJson(const QJsonObject& object);
    // The tag, a zero byte and the canonical JSON: what the labeler signs.
    static QByteArray signedMessage(const QByteArray& canonical);
    // The position the chosen answer was shown at (0: first), for position bias; -1 without one.
    int chosenPosition() const;

    // tr() in the context lupdate files this class's strings under.
    Q_DECLARE_TR_FUNCTIONS(fw::feedback::Label)
};

} // namespace fw::feedback

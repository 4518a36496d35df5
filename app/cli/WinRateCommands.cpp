// `flywheel-cli feedback win-rate` and `feedback ab`: is a trained model better than its base? A
// reward model judges both on the run's held-out prompts; an A/B campaign asks people the same.
#include "CliContext.h"
#include "CommandGroups.h"
#include "CommandRegistry.h"
#include "ModelSupport.h"
#include "feedback/AbCampaign.h"
#include "feedback/CampaignPrompts.h"
#include "feedback/ModelAnswers.h"
#include "feedback/WinRate.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace fw::cli {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("fw::cli", text);
}

// --against, else the model the policy was trained from.
Result<QString> baselineOf(const models::ModelStore& store, const QString& policy, const QCommandLineParser& parser)
{
    if (parser.isSet(QStringLiteral("against")))
        return parser.value(QStringLiteral("against"));
    Result<models::ModelEntry> entry = store.model(policy);
    if (!entry)
        return entry.error();
    if (entry->baseModelId != 0)
        if (Result<models::ModelEntry> base = store.model(entry->baseModelId); base)
            return base->name;
    return makeError(ErrorCode::InvalidArgument,
                     tr("%1 has no base model in the registry (trained from scratch?); name one with --against.")
                         .arg(policy));
}

Result<int> positiveOption(const QCommandLineParser& parser, const QString& name)
{
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < 1)
        return makeError(ErrorCode::InvalidArgument, tr("--%1 must be a whole number of at least 1.").arg(name));
    return value;
}

QJsonObject toJson(const feedback::JudgedPrompt& j)
{
    const char* verdict = j.verdict == feedback::Verdict::PolicyWins ? "win"
                          : j.verdict == feedback::Verdict::Tie     ? "tie"
                                                                    : "loss";
    return {{QStringLiteral("prompt"), j.prompt},
            {QStringLiteral("policy_answer"), j.policyAnswer},
            {QStringLiteral("baseline_answer"), j.baselineAnswer},
            {QStringLiteral("policy_reward"), j.policyReward},
            {QStringLiteral("baseline_reward"), j.baselineReward},
            {QStringLiteral("verdict"), QLatin1String(verdict)}};
}

Outcome winRate(const Invocation& call)
{
    if (!call.parser.isSet(QStringLiteral("judge")))
        return Outcome::usage(tr("'feedback win-rate' needs --judge REWARD_MODEL."));
    const QString policy = call.args.at(0);
    const QString judgeName = call.parser.value(QStringLiteral("judge"));
    Result<int> limit = positiveOption(call.parser, QStringLiteral("prompts"));
    if (!limit)
        return limit.error();
    Result<int> maxTokens = positiveOption(call.parser, QStringLiteral("max-tokens"));
    if (!maxTokens)
        return maxTokens.error();
    Result<std::unique_ptr<store::Workspace>> ws = call.context.openWorkspace();
    if (!ws)
        return ws.error();
    const models::ModelStore store(**ws);
    Result<QString> baseline = baselineOf(store, policy, call.parser);
    if (!baseline)
        return baseline.error();
    Result<QStringList> prompts =
        feedback::CampaignPrompts::read(**ws, feedback::CampaignPrompts::heldOut(policy), *limit);
    if (!prompts)
        return prompts.error();
    Result<ml::MlRuntime*> engine = openEngine(call.parser);
    if (!engine)
        return engine.error();
    Result<models::RegisteredModel> judge = loadRegisteredModel(store, judgeName, **engine);
    if (!judge)
        return judge.error();
    // Greedy, as the Evaluation tab answers: the columns differ by their weights, not by sampling.
    ml::GenerationOptions options;
    options.temperature = 0.0;
    options.seed = 0;
    options.maxNewTokens = *maxTokens;
    const feedback::AnswerGenerator answer = feedback::registeredModelAnswers(**ws, **engine, options);
    const feedback::RewardFunction reward = [&judge](const QString& p, const QString& r) {
        return judge->model->reward(p, r);
    };
    QList<feedback::JudgedPrompt> judged;
    for (const QString& prompt : *prompts) {
        Result<QString> mine = answer(policy, prompt, nullptr);
        if (!mine)
            return mine.error();
        Result<QString> theirs = answer(*baseline, prompt, nullptr);
        if (!theirs)
            return theirs.error();
        Result<feedback::JudgedPrompt> j = feedback::judgePrompt(prompt, *mine, *theirs, reward);
        if (!j)
            return Error{j.error().code, tr("%1 cannot judge: %2").arg(judgeName, j.error().message)};
        judged << *j;
    }
    const feedback::WinRateSummary s = feedback::summarize(judged);
    if (call.parser.isSet(QStringLiteral("json"))) {
        QJsonArray items;
        for (const feedback::JudgedPrompt& j : judged)
            items.append(toJson(j));
        call.context.out().json(QJsonDocument(QJsonObject{{QStringLiteral("policy"), policy},
                                                          {QStringLiteral("baseline"), *baseline},
                                                          {QStringLiteral("judge"), judgeName},
                                                          {QStringLiteral("prompts"), s.total()},
                                                          {QStringLiteral("wins"), s.wins},
                                                          {QStringLiteral("ties"), s.ties},
                                                          {QStringLiteral("losses"), s.losses},
                                                          {QStringLiteral("win_rate"), s.rate()},
                                                          {QStringLiteral("mean_margin"), s.meanMargin},
                                                          {QStringLiteral("items"), items}}));
    } else {
        call.context.out().line(tr("%1 against %2, judged by %3 on held-out prompts: %4")
                                    .arg(policy, *baseline, judgeName, feedback::describe(s)));
    }
    return {};
}

Outcome abCampaign(const Invocation& call)
{
    Result<int> limit = positiveOption(call.parser, QStringLiteral("prompts"));
    if (!limit)
        return limit.error();
    Result<int> overlap = positiveOption(call.parser, QStringLiteral("overlap"));
    if (!overlap)
        return overlap.error();
    Result<std::unique_ptr<store::Workspace>> ws = call.context.openWorkspace();
    if (!ws)
        return ws.error();
    Result<QString> baseline = baselineOf(models::ModelStore(**ws), call.args.at(0), call.parser);
    if (!baseline)
        return baseline.error();
    Result<feedback::Campaign> c =
        feedback::AbCampaign::create(**ws, {call.args.at(0), *baseline, *limit, *overlap});
    if (!c)
        return c.error();
    call.context.out().line(c->name);
    return {};
}
} // namespace

void registerWinRateCommands(CommandRegistry& registry)
{
    const QString group = QStringLiteral("feedback");
    const QCommandLineOption against(QStringLiteral("against"),
                                     tr("The model to compare with (default: the one MODEL was trained from)."),
                                     tr("NAME"));
    const QCommandLineOption prompts(QStringLiteral("prompts"), tr("Held-out prompts to use at most."), tr("N"),
                                     QStringLiteral("50"));
    registry.add({group,
                  QStringLiteral("win-rate"),
                  tr("Answer the run's held-out prompts with MODEL and its base (greedy), let a reward model "
                     "judge each pair, and print the win rate (a tie counts half)."),
                  {tr("MODEL")},
                  {QCommandLineOption(QStringLiteral("judge"), tr("The reward model that judges."), tr("NAME")),
                   against, prompts,
                   QCommandLineOption(QStringLiteral("max-tokens"), tr("Tokens per answer at most."), tr("N"),
                                      QStringLiteral("64")),
                   QCommandLineOption(QStringLiteral("json"), tr("Print JSON, with every judged prompt.")),
                   threadsOption()},
                  true,
                  winRate});
    registry.add({group,
                  QStringLiteral("ab"),
                  tr("Create a blind pairwise campaign between MODEL and its base on the run's held-out "
                     "prompts, so people judge them; prints the campaign's name."),
                  {tr("MODEL")},
                  {against, prompts,
                   QCommandLineOption(QStringLiteral("overlap"), tr("Labels wanted per item."), tr("K"),
                                      QStringLiteral("2"))},
                  true,
                  abCampaign});
}

} // namespace fw::cli

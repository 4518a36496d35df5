// Train, deploy and answer: the same calls `flywheel-cli train`, `deploy` and a paying client make,
// in one process, with the node's payment logic (NodePayments) but without a socket.
#include "demo/DemoModel.h"

#include "crypto/Address.h"
#include "datanet/RecordContent.h"
#include "demo/DemoDatanets.h"
#include "demo/DemoTraffic.h"
#include "demo/DemoWorkspace.h"
#include "ledger/Voucher.h"
#include "mlruntime/MlRuntimeLoader.h"
#include "models/RecordedRun.h"
#include "models/RegisteredModel.h"
#include "node/DeploymentStore.h"
#include "node/NodePayments.h"
#include "node/RegistryDeploy.h"
#include "wallet/WalletService.h"

#include <QDateTime>
#include <QJsonObject>

namespace fw::demo {

namespace {

using Text = DemoModelText;

constexpr qint64 kDayMs = 24LL * 60 * 60 * 1000;
constexpr ledger::Amount kPricePer1k = 500'000; // as the demo traffic paid: 0.5 OPEN per 1k tokens
constexpr quint32 kLiveLane = 1;                // the demo traffic used lane 0 of the channel

// The README's run, shortened: 12 of 12 sampled facts said back word for word (360 steps at
// 5e-3; 300 steps gave 7 of 12), about 25 s of one thread on a 2-core machine.
Result<models::TrainingPlan> demoPlan()
{
    const QJsonObject json{{"datanet", QLatin1String(kDemoInstructionDatanet)},
                           {"version", "latest"},
                           {"base", "nano"},
                           {"method", "full"},
                           {"steps", 360},
                           {"batch_size", 16},
                           {"seq_len", 64},
                           {"learning_rate", 5e-3},
                           {"min_lr_ratio", 0.05},
                           {"warmup_steps", 10},
                           {"packing", false},
                           {"eval_fraction", 0.0},
                           {"threads", 1},
                           {"output", QLatin1String(kDemoDeployment)}};
    return models::TrainingPlan::fromJson(json);
}

// The question of an instruction record, as an app user would ask it.
QString questionOf(const datanet::RecordInfo& record)
{
    Result<datanet::RecordContent> content =
        datanet::RecordContent::fromCanonical(datanet::RecordKind::Instruction, record.content);
    if (!content)
        return {};
    const QJsonObject o = content->json();
    const QString input = o.value(QLatin1String("input")).toString();
    return o.value(QLatin1String("instruction")).toString() +
           (input.isEmpty() ? QString() : QStringLiteral("\n") + input);
}

node::HttpRequest withVoucher(const QByteArray& header)
{
    node::HttpRequest request;
    request.method = "POST";
    request.path = "/v1/chat/completions";
    request.header = [header](const char* name) {
        return QByteArray(name) == ledger::Voucher::kHeaderName ? header : QByteArray();
    };
    return request;
}

} // namespace

Status addDemoModel(store::Workspace& workspace, ml::MlRuntime& engine,
                    const std::function<void(const DemoModelProgress&)>& progress)
{
    const auto report = [&](const QString& step, int done, int total) {
        if (progress)
            progress({step, done, total});
    };
    wallet::WalletService wallet(workspace);
    Result<wallet::Identity> owner = wallet.defaultIdentity(); // the builder, and the node's key
    if (!owner)
        return owner.error();
    Result<crypto::SigningKey> ownerKey = wallet.signingKey(owner->id);
    Result<crypto::SigningKey> nodeKey = wallet.signingKey(owner->id);
    if (!ownerKey || !nodeKey)
        return ownerKey ? nodeKey.error() : ownerKey.error();

    // 1. Train and register, recorded in the History like any run.
    Result<models::TrainingPlan> planned = demoPlan();
    if (!planned)
        return planned.error();
    const models::TrainingPlan& plan = *planned;
    const int steps = plan.config.steps;
    models::RecordedRunHooks hooks;
    hooks.progress = [&](const ml::TrainingProgress& p) {
        report(Text::tr("Training the demo model"), p.step, steps);
    };
    report(Text::tr("Training the demo model"), 0, steps);
    Result<models::ModelEntry> model =
        models::RecordedRun::start(workspace, plan).train(engine, plan.config.threads, hooks);
    if (!model)
        return model.error();

    // 2. Deploy to this workspace's node, with its span index so answers are attributed.
    report(Text::tr("Deploying it to the local node"), 0, 1);
    node::DeploySpec spec;
    spec.model = model->name;
    spec.pricePer1k = kPricePer1k;
    Result<node::DeployPlan> deploy = node::buildDeployPlan(workspace, spec, *ownerKey);
    if (!deploy)
        return deploy.error();
    node::DeploymentStore deployments(workspace);
    Result<node::Deployment> deployment = deployments.put(deploy->package);
    if (!deployment)
        return deployment.error();

    // 3. The app user asks some of the datanet's questions and pays by voucher on a lane of its
    //    demo channel; the node attributes, splits, signs and keeps each answer.
    Result<DemoFacts> facts = loadDemoFacts(workspace);
    if (!facts)
        return facts.error();
    const QList<datanet::RecordInfo>& records = facts->approved;
    Result<models::RegisteredModel> loaded =
        models::loadRegisteredModel(models::ModelStore(workspace), model->name, engine);
    if (!loaded)
        return loaded.error();
    node::NodePayments payments(workspace, deployments);
    if (Status s = payments.open(std::move(nodeKey).value()); !s)
        return s;
    Result<crypto::PublicKey> nodePublic = crypto::publicKeyFromAddress(payments.nodeAddress());
    if (!nodePublic)
        return nodePublic.error();
    const crypto::SigningKey payer = demoAppUserKey();
    ml::GenerationOptions greedy;
    greedy.maxNewTokens = 48;
    ledger::Amount signedSoFar = 0;
    for (int i = 0; i < kDemoLiveAnswers; ++i) {
        report(Text::tr("Answering paid questions"), i, kDemoLiveAnswers);
        const QString question = questionOf(records.at(i * records.size() / kDemoLiveAnswers));
        if (question.isEmpty())
            return makeError(ErrorCode::Corrupt, Text::tr("A demo record has no question."));
        // Enough credit for the answer: the voucher raises the lane by 0.1 OPEN each time.
        ledger::Voucher voucher;
        voucher.channelId = demoChannelId();
        voucher.node = *nodePublic;
        voucher.lane = kLiveLane;
        signedSoFar += ledger::kUnitsPerOpen / 10;
        voucher.cumulative = signedSoFar;
        voucher.nonce = quint64(i + 1);
        voucher.expiresAt = QDateTime::currentMSecsSinceEpoch() + kDayMs;
        voucher.sign(payer);
        std::variant<node::PaymentGrant, node::ApiError> grant =
            payments.authorize(withVoucher(voucher.toHeader()), *deployment);
        if (const auto* refused = std::get_if<node::ApiError>(&grant))
            return makeError(ErrorCode::Internal, refused->message);
        const ml::GenerationResult answer = loaded->model->generateChat(
            {ml::ChatMessage{QStringLiteral("user"), question}}, greedy, {}, nullptr);
        if (answer.error)
            return *answer.error;
        Result<std::optional<ledger::Receipt>> receipt =
            payments.settle(std::get<node::PaymentGrant>(grant), *deployment,
                            QStringLiteral("demo-live-%1").arg(i + 1), answer);
        if (!receipt)
            return receipt.error();
    }
    report(Text::tr("Answering paid questions"), kDemoLiveAnswers, kDemoLiveAnswers);
    return Status::success();
}

Result<DemoOpening> openOrCreateDemoWithModel(
    const QString& dir, const crypto::KdfParams& kdf,
    const std::function<void(const DemoModelProgress&)>& progress)
{
    const bool creating = !store::Workspace::isWorkspace(dir);
    Result<std::unique_ptr<store::Workspace>> ws = openOrCreateDemoWorkspace(dir, kdf);
    if (!ws)
        return ws.error();
    DemoOpening opening{std::move(ws).value(), std::nullopt};
    if (!creating) // an existing demo keeps what it has: no surprise training on open
        return opening;
    Result<ml::MlRuntime*> engine = ml::loadMlRuntime();
    const Status added =
        engine ? addDemoModel(*opening.workspace, **engine, progress) : Status(engine.error());
    if (!added)
        opening.modelProblem = added.error();
    return opening;
}

} // namespace fw::demo

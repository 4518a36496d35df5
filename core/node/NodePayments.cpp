// Vouchers before generation, fee + split + attribution + receipt after, and the money endpoints.
#include "node/NodePayments.h"

#include "attribution/AttributionBundle.h"
#include "attribution/SpanQuery.h"
#include "crypto/Address.h"
#include "ledger/Pricing.h"
#include "node/SignedRequest.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fw::node {

namespace {

HttpReply json(const QJsonObject& o, int status = 200)
{
    return {status, "application/json", QJsonDocument(o).toJson(QJsonDocument::Compact), {}};
}

HttpReply error(const ApiError& e)
{
    return {e.status, "application/json", e.json(), {}};
}

ApiError paymentRequired(const QString& code, const QString& message)
{
    return {402, QStringLiteral("payment_error"), code, message};
}

// The answer's records, their shares in millionths adding up to exactly one answer, and the spans
// of the answer each came from.
struct AnswerAttribution
{
    std::vector<ledger::AttributionLine> lines;
    std::vector<ledger::TokenSpan> spans;
};

AnswerAttribution attributeAnswer(const attribution::AttributionIndex& index,
                                  const std::vector<int>& answer)
{
    const std::vector<int32_t> ids(answer.begin(), answer.end());
    const std::vector<attribution::RecordScore> scores =
        attribution::attributeSpans(index.spans, ids, attribution::SpanOptions{});
    AnswerAttribution out;
    if (scores.empty())
        return out;
    std::vector<double> shares;
    const size_t kept = std::min<size_t>(scores.size(), size_t(ledger::Receipt::kMaxLines));
    for (size_t i = 0; i < kept; ++i)
        shares.push_back(scores[i].share);
    Result<std::vector<quint64>> weights = ledger::weightsFromShares(shares);
    if (!weights || std::all_of(weights->begin(), weights->end(), [](quint64 w) { return w == 0; }))
        return out;
    const std::vector<ledger::Amount> millionths =
        ledger::apportion(ledger::AttributionLine::kShareScale, *weights);
    for (size_t i = 0; i < kept; ++i) {
        const attribution::IndexedRecord& record = index.records[size_t(scores[i].record)];
        const attribution::IndexSource& source = index.lineage.sources[record.source];
        out.lines.push_back({record.hash, QByteArray::fromHex(source.version.toLatin1()),
                             record.contributor, millionths[i]});
        for (const attribution::RecordSpan& span : scores[i].spans)
            out.spans.push_back({span.answerBegin, span.answerEnd, record.hash});
    }
    return out;
}

// The people behind a preference datanet's records gave labels: they are paid as labelers.
ledger::Role roleOf(const attribution::IndexSource& source)
{
    return source.kind == QLatin1String("preference") ? ledger::Role::Labeler : ledger::Role::Contributor;
}

// One weight per party and role, in first-seen order.
std::vector<ledger::WeightedParty> byParty(const std::vector<ledger::WeightedParty>& in)
{
    std::vector<ledger::WeightedParty> out;
    std::map<std::pair<QString, ledger::Role>, size_t> at;
    for (const ledger::WeightedParty& p : in) {
        if (!crypto::isValidAddress(p.party) || p.weight == 0)
            continue;
        const auto it = at.find({p.party, p.role});
        if (it == at.end()) {
            at.emplace(std::make_pair(p.party, p.role), out.size());
            out.push_back(p);
        } else {
            out[it->second].weight += p.weight;
        }
    }
    return out;
}

} // namespace

NodePayments::NodePayments(store::Workspace& workspace, DeploymentStore& deployments)
    : m_workspace(workspace), m_deployments(deployments)
{
}

Status NodePayments::open(crypto::SigningKey nodeKey)
{
    Result<std::unique_ptr<ledger::NodeLedger>> ledger = ledger::NodeLedger::open(
        m_workspace, std::move(nodeKey), [] { return QDateTime::currentMSecsSinceEpoch(); });
    if (!ledger)
        return ledger.error();
    m_ledger = std::move(ledger).value();
    return Status::success();
}

QString NodePayments::nodeAddress() const
{
    return m_ledger ? m_ledger->nodeAddress() : QString();
}

ledger::Amount NodePayments::feeFor(qint64 tokens, ledger::Amount pricePer1k)
{
    return ledger::feeForTokens(tokens, pricePer1k);
}

qint64 NodePayments::tokensFor(ledger::Amount credit, ledger::Amount pricePer1k)
{
    return ledger::tokensForCredit(credit, pricePer1k);
}

void LaneLease::release() const
{
    if (!m_released.exchange(true))
        m_owner.releaseLane(m_lane, m_id);
}

std::shared_ptr<LaneLease> NodePayments::leaseLane(const QByteArray& channelId, quint32 lane)
{
    std::lock_guard lock(m_mutex);
    auto key = std::make_pair(channelId, lane);
    if (m_busyLanes.count(key))
        return nullptr;
    const quint64 id = m_nextLease++;
    m_busyLanes.emplace(key, id);
    return std::make_shared<LaneLease>(*this, std::move(key), id);
}

void NodePayments::releaseLane(const std::pair<QByteArray, quint32>& lane, quint64 id)
{
    std::lock_guard lock(m_mutex);
    const auto it = m_busyLanes.find(lane);
    if (it != m_busyLanes.end() && it->second == id)
        m_busyLanes.erase(it);
}

std::variant<PaymentGrant, ApiError> NodePayments::authorize(const HttpRequest& request,
                                                             const Deployment& deployment)
{
    PaymentGrant grant;
    grant.pricePer1k = deployment.manifest.pricePer1k;
    if (grant.pricePer1k <= 0)
        return grant;
    if (!m_ledger)
        return ApiError{503, QStringLiteral("server_error"), QStringLiteral("ledger_closed"),
                        tr("The node's ledger is not open.")};
    const QByteArray header = request.header ? request.header(ledger::Voucher::kHeaderName) : "";
    if (header.isEmpty())
        return paymentRequired(
            QStringLiteral("voucher_required"),
            tr("\"%1\" costs %2 OPEN per 1,000 tokens: send a voucher for this node (%3) in the "
               "%4 header.")
                .arg(deployment.manifest.name, ledger::formatOpen(grant.pricePer1k),
                     m_ledger->nodeAddress(), QLatin1String(ledger::Voucher::kHeaderName)));
    Result<ledger::Voucher> voucher = ledger::Voucher::fromHeader(header);
    if (!voucher)
        return paymentRequired(QStringLiteral("invalid_voucher"),
                               tr("The voucher cannot be read: %1").arg(voucher.error().message));
    grant.laneLease = leaseLane(voucher->channelId, voucher->lane);
    if (!grant.laneLease)
        return ApiError{409, QStringLiteral("conflict_error"), QStringLiteral("lane_busy"),
                        tr("Lane %1 of this channel already carries a request; use another lane "
                           "for concurrent requests.")
                            .arg(voucher->lane)};
    const ledger::Decision decision = m_ledger->accept(*voucher);
    if (!decision.ok())
        return paymentRequired(ledger::verdictCode(decision.verdict), decision.message);
    grant.paid = true;
    grant.channelId = voucher->channelId;
    grant.lane = voucher->lane;
    grant.maxTotalTokens = tokensFor(decision.lane.credit(), grant.pricePer1k);
    if (grant.maxTotalTokens < 2)
        return paymentRequired(
            QStringLiteral("insufficient_credit"),
            tr("The lane's credit (%1 OPEN) does not pay for a prompt and one token at %2 OPEN "
               "per 1,000 tokens; send a voucher with a higher cumulative amount.")
                .arg(ledger::formatOpen(decision.lane.credit()),
                     ledger::formatOpen(grant.pricePer1k)));
    return grant;
}

std::shared_ptr<const attribution::AttributionIndex>
NodePayments::attributionFor(const Deployment& d)
{
    {
        std::lock_guard lock(m_mutex);
        const auto it = m_attribution.find(d.manifestHash);
        if (it != m_attribution.end())
            return it->second;
    }
    // Read outside the lock (an index can be megabytes), and only the bundle, not the weights.
    // Two first requests may both read it.
    std::shared_ptr<const attribution::AttributionIndex> index;
    const QString bundleName = QLatin1String(attribution::AttributionBundle::kPackageFileName);
    if (std::any_of(d.manifest.files.begin(), d.manifest.files.end(),
                    [&](const ManifestFile& f) { return f.name == bundleName; })) {
        if (Result<QByteArray> bundle = m_deployments.loadFile(d, bundleName); bundle) {
            Result<attribution::AttributionIndex> decoded = attribution::AttributionBundle::decode(*bundle);
            if (decoded)
                index = std::make_shared<const attribution::AttributionIndex>(std::move(decoded).value());
        }
    }
    std::lock_guard lock(m_mutex);
    return m_attribution.emplace(d.manifestHash, index).first->second;
}

Result<std::optional<ledger::Receipt>> NodePayments::settle(const PaymentGrant& grant,
                                                            const Deployment& deployment,
                                                            const QString& requestId,
                                                            const ml::GenerationResult& result)
{
    if (!grant.paid)
        return std::optional<ledger::Receipt>();
    ledger::ChargeRequest charge;
    charge.channelId = grant.channelId;
    charge.lane = grant.lane;
    charge.requestId = requestId;
    charge.deployment = deployment.manifest.name;
    charge.manifestHash = QByteArray::fromHex(deployment.manifestHash.toLatin1());
    charge.tokensIn = result.promptTokens;
    charge.tokensOut = qint64(result.tokenIds.size());
    charge.fee = feeFor(charge.tokensIn + charge.tokensOut, grant.pricePer1k);
    if (charge.fee < 0)
        return makeError(ErrorCode::Internal, tr("The fee overflows."));

    std::vector<ledger::WeightedParty> attributed, fallback;
    std::vector<ledger::TokenSpan> spans;
    if (std::shared_ptr<const attribution::AttributionIndex> index = attributionFor(deployment)) {
        AnswerAttribution answer = attributeAnswer(*index, result.tokenIds);
        charge.attribution = std::move(answer.lines);
        spans = std::move(answer.spans);
        std::map<QByteArray, ledger::Role> roleOfVersion;
        for (const attribution::IndexSource& source : index->lineage.sources)
            roleOfVersion.emplace(QByteArray::fromHex(source.version.toLatin1()), roleOf(source));
        std::vector<ledger::WeightedParty> shares, counts;
        for (const ledger::AttributionLine& line : charge.attribution) {
            const auto role = roleOfVersion.find(line.datanetVersion);
            shares.push_back({line.contributor,
                              role == roleOfVersion.end() ? ledger::Role::Contributor : role->second,
                              quint64(line.share)});
        }
        // Nothing matched: the data part goes to everyone whose records trained the model.
        for (const attribution::IndexedRecord& record : index->records)
            counts.push_back({record.contributor, roleOf(index->lineage.sources[record.source]), 1});
        attributed = byParty(shares);
        fallback = byParty(counts);
    }
    const RevenueSplit& s = deployment.manifest.split;
    Result<std::vector<ledger::SplitLine>> split =
        ledger::splitFee(charge.fee, ledger::SplitPolicy{s.nodeBps, s.builderBps, s.dataBps},
                         m_ledger->nodeAddress(), deployment.manifest.owner, attributed, fallback);
    if (!split)
        return split.error();
    charge.split = std::move(split).value();
    if (m_keepAnswers)
        charge.answer = ledger::traceAnswer(result.text, result.textEnds, spans);
    Result<ledger::Receipt> receipt = m_ledger->charge(charge);
    // The lane is free as soon as it is charged: the client may send its next request before
    // this reply's last bytes are even flushed.
    if (grant.laneLease)
        grant.laneLease->release();
    if (!receipt)
        return receipt.error();
    return std::optional<ledger::Receipt>(std::move(receipt).value());
}

HttpReply NodePayments::openChannel(const HttpRequest& request, RequestVerifier& verifier)
{
    Result<QString> payer = verifier.verify(request.header, request.method, request.path,
                                            request.body, QDateTime::currentMSecsSinceEpoch());
    if (!payer)
        return error(ApiError::fromError(payer.error()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    const QJsonObject o = doc.object();
    const QByteArray id =
        QByteArray::fromHex(o.value(QLatin1String("channel")).toString().toLatin1());
    if (parseError.error != QJsonParseError::NoError || !doc.isObject() || o.size() != 2 ||
        !o.value(QLatin1String("amount")).isString() ||
        o.value(QLatin1String("channel")).toString().size() !=
            2 * ledger::Voucher::kChannelIdBytes ||
        id.size() != ledger::Voucher::kChannelIdBytes)
        return error(ApiError::badRequest(tr(
            "A channel is opened with {\"channel\": 32 hex digits, \"amount\": \"base units\"}.")));
    bool isNumber = false;
    const ledger::Amount amount = o.value(QLatin1String("amount")).toString().toLongLong(&isNumber);
    if (!isNumber || amount <= 0 || !ledger::amountInRange(amount))
        return error(
            ApiError::badRequest(tr("The deposit must be a positive amount of base units.")));
    if (!m_ledger)
        return error({503, QStringLiteral("server_error"), QStringLiteral("ledger_closed"),
                      tr("The node's ledger is not open.")});
    if (Status s = m_ledger->deposit(*payer, id, amount); !s)
        return error(s.error().code == ErrorCode::InvalidArgument
                         ? paymentRequired(QStringLiteral("insufficient_funds"), s.error().message)
                         : ApiError::fromError(s.error()));
    return json({{QStringLiteral("channel"), QString::fromLatin1(id.toHex())},
                 {QStringLiteral("payer"), *payer},
                 {QStringLiteral("node"), m_ledger->nodeAddress()},
                 {QStringLiteral("deposit"), QString::number(amount)}},
                201);
}

HttpReply NodePayments::closeChannel(const HttpRequest& request, const QByteArray& idHex,
                                     RequestVerifier& verifier)
{
    Result<QString> payer = verifier.verify(request.header, request.method, request.path,
                                            request.body, QDateTime::currentMSecsSinceEpoch());
    if (!payer)
        return error(ApiError::fromError(payer.error()));
    const QByteArray id = QByteArray::fromHex(idHex);
    if (!m_ledger)
        return error({503, QStringLiteral("server_error"), QStringLiteral("ledger_closed"),
                      tr("The node's ledger is not open.")});
    // Held through the close: a request either leased its lane before (and the close waits for
    // it to end) or finds the channel closed when its voucher is checked.
    std::lock_guard lock(m_mutex);
    for (const auto& [lane, lease] : m_busyLanes)
        if (lane.first == id)
            return error({409, QStringLiteral("conflict_error"), QStringLiteral("channel_busy"),
                          tr("A request is running on lane %1 of this channel; close it when it "
                             "is answered.")
                              .arg(lane.second)});
    Result<ledger::Amount> refunded = m_ledger->closeChannel(id, *payer);
    if (!refunded)
        return error(refunded.error().code == ErrorCode::InvalidArgument
                         ? ApiError{403, QStringLiteral("permission_error"),
                                    QStringLiteral("not_payer"), refunded.error().message}
                         : ApiError::fromError(refunded.error()));
    return json({{QStringLiteral("channel"), QString::fromLatin1(id.toHex())},
                 {QStringLiteral("closed"), true},
                 {QStringLiteral("refunded"), QString::number(*refunded)}});
}

HttpReply NodePayments::channel(const QByteArray& idHex) const
{
    const QByteArray id = QByteArray::fromHex(idHex);
    const std::optional<ledger::Channel> c =
        m_ledger && id.size() == ledger::Voucher::kChannelIdBytes ? m_ledger->channels().channel(id)
                                                                  : std::nullopt;
    if (!c)
        return error(ApiError::notFound(tr("No open channel has this id."),
                                        QStringLiteral("unknown_channel")));
    QJsonArray lanes;
    for (const auto& [lane, state] : c->lanes)
        lanes.append(QJsonObject{{QStringLiteral("lane"), double(lane)},
                                 {QStringLiteral("authorized"), QString::number(state.authorized)},
                                 {QStringLiteral("charged"), QString::number(state.charged)}});
    return json({{QStringLiteral("channel"), QString::fromLatin1(id.toHex())},
                 {QStringLiteral("payer"), crypto::addressFromPublicKey(c->payer)},
                 {QStringLiteral("deposit"), QString::number(c->deposit)},
                 {QStringLiteral("closed"), c->closed},
                 {QStringLiteral("lanes"), lanes}});
}

HttpReply NodePayments::account(const QString& address) const
{
    if (!crypto::isValidAddress(address))
        return error(ApiError::badRequest(tr("\"%1\" is not a Flywheel address.").arg(address)));
    if (!m_ledger)
        return error({503, QStringLiteral("server_error"), QStringLiteral("ledger_closed"),
                      tr("The node's ledger is not open.")});
    Result<ledger::Amount> balance = m_ledger->balance(address);
    if (!balance)
        return error(ApiError::fromError(balance.error()));
    return json({{QStringLiteral("address"), address},
                 {QStringLiteral("balance"), QString::number(*balance)},
                 {QStringLiteral("balance_open"), ledger::formatOpen(*balance)}});
}

HttpReply NodePayments::receipts(const HttpRequest& request) const
{
    bool okSince = true, okLimit = true;
    const QByteArray sinceText = request.query.value("since", "0");
    const QByteArray limitText =
        request.query.value("limit", QByteArray::number(kMaxReceiptsPerPage));
    const qint64 since = sinceText.toLongLong(&okSince);
    const int limit = limitText.toInt(&okLimit);
    if (!okSince || !okLimit || since < 0 || limit < 1 || limit > kMaxReceiptsPerPage)
        return error(ApiError::badRequest(
            tr("since must be a receipt position (0 or more) and limit 1 to %1.")
                .arg(kMaxReceiptsPerPage)));
    ledger::LedgerStore store(m_workspace);
    Result<std::vector<ledger::LedgerStore::StoredReceipt>> page =
        store.receiptsSince(since, limit + 1);
    if (!page)
        return error(ApiError::fromError(page.error()));
    const bool more = int(page->size()) > limit;
    if (more)
        page->pop_back();
    // The canonical JSON goes out byte for byte, so a client checks the node's signature on it.
    QByteArray body = "{\"object\":\"list\",\"node\":\"" + nodeAddress().toLatin1() +
                      "\",\"has_more\":" + (more ? "true" : "false") + ",\"data\":[";
    for (size_t i = 0; i < page->size(); ++i) {
        if (i)
            body += ',';
        body += "{\"position\":" + QByteArray::number((*page)[i].position) +
                ",\"receipt\":" + (*page)[i].json + '}';
    }
    body += "]}";
    return {200, "application/json", body, {}};
}

} // namespace fw::node

// Paid inference as its users meet it: a real flywheel-node on a loopback port serving a model
// trained on the demo datanet at a price; demo funds minted with `flywheel-node mint` while it
// runs; a channel opened and a question paid with `flywheel-cli pay deposit` and `chat`; forged,
// replayed, expired, over-deposit, wrong-node and too-small vouchers refused with 402 and their
// reason; receipts in answers and streams that verify, split exactly and name the records the
// answer came from; many concurrent paying clients (some sharing a channel on different lanes)
// whose fees, splits and lane charges add up to the unit; a kill -9 under paid load that loses no
// receipt of a charged request.
#include "node/NodePayments.h"

#include "CliRunner.h"
#include "NodeProcess.h"
#include "NodeTestSupport.h"
#include "crypto/Address.h"
#include "ledger/ReceiptChain.h"
#include "ledger/Voucher.h"
#include "node/NodeClient.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <atomic>
#include <csignal>
#include <httplib.h>
#include <mutex>
#include <thread>

using namespace fw;
using namespace nodetest;

namespace {
const QString kPass = QStringLiteral("pay-test");
const QMap<QString, QString> kEnv{{QStringLiteral("FLYWHEEL_PASSPHRASE"), kPass}};
constexpr ledger::Amount kPricePer1k = 1'000'000; // 1 OPEN per 1,000 tokens = 1,000 units a token

QByteArray randomChannelId()
{
    QByteArray id(ledger::Voucher::kChannelIdBytes, Qt::Uninitialized);
    for (char& c : id)
        c = char(QRandomGenerator::global()->bounded(256));
    return id;
}

// The paid answer's receipt, parsed and checked by the ledger's own strict reader.
std::optional<ledger::Receipt> receiptOf(const QJsonObject& flywheel)
{
    Result<ledger::Receipt> r = ledger::Receipt::fromObject(flywheel.value("receipt").toObject());
    if (!r)
        return std::nullopt;
    return std::move(r).value();
}
} // namespace

class NodePaymentsTest : public QObject
{
    Q_OBJECT
private:
    CliRun cli(const QString& workspace, const QStringList& args) const
    {
        return m_cli.run(QStringList{"--workspace", workspace} + args, kEnv);
    }
    // `flywheel-node --workspace NODE mint ADDRESS AMOUNT`, next to the running node.
    int mint(const QString& address, const QString& amount) const
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("FLYWHEEL_PASSPHRASE", kPass);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(FLYWHEEL_NODE_PATH),
                {"--workspace", m_nodeWorkspace, "mint", address, amount});
        if (!p.waitForFinished(60000))
            return -1;
        if (p.exitCode() != 0)
            qWarning("%s", p.readAllStandardError().constData());
        return p.exitCode();
    }
    httplib::Client client() const
    {
        httplib::Client c("127.0.0.1", portOf(m_node->url()));
        c.set_read_timeout(120, 0);
        return c;
    }
    // Opens a channel for `m_payer` (funded by a mint) with a signed POST, as PaymentClient does.
    QByteArray openChannel(ledger::Amount deposit) const
    {
        Result<node::NodeClient> c = node::NodeClient::connect(m_node->url());
        if (!c)
            return {};
        const QByteArray id = randomChannelId();
        const QJsonObject body{{"channel", QString::fromLatin1(id.toHex())},
                               {"amount", QString::number(deposit)}};
        Result<QJsonObject> opened = node::NodeClient::jsonOf(c->signedPost(
            "/flywheel/v1/channels", QJsonDocument(body).toJson(QJsonDocument::Compact), m_payer));
        if (!opened) {
            qWarning("%s", qPrintable(opened.error().message));
            return {};
        }
        return id;
    }
    ledger::Voucher voucher(const QByteArray& channel, quint32 lane, ledger::Amount cumulative,
                            quint64 nonce = 1) const
    {
        ledger::Voucher v;
        v.channelId = channel;
        v.node = *crypto::publicKeyFromAddress(m_node->address());
        v.lane = lane;
        v.cumulative = cumulative;
        v.nonce = nonce;
        v.expiresAt = QDateTime::currentMSecsSinceEpoch() + 600'000;
        v.sign(m_payer);
        return v;
    }
    httplib::Result paidChat(httplib::Client& http, const QByteArray& header, int maxTokens = 16,
                             bool stream = false) const
    {
        httplib::Headers headers;
        if (!header.isEmpty())
            headers.emplace(ledger::Voucher::kHeaderName, header.toStdString());
        return http.Post("/v1/chat/completions", headers, chatBody("base", maxTokens, stream),
                         "application/json");
    }
    QString errorCode(const httplib::Result& r) const
    {
        return jsonOf(r->body).value("error").toObject().value("code").toString();
    }
    std::vector<ledger::Receipt> fetchAll() const
    {
        std::vector<ledger::Receipt> out;
        httplib::Client http = client();
        qint64 since = 0;
        for (bool more = true; more;) {
            auto r = http.Get(("/flywheel/v1/receipts?since=" + std::to_string(since)).c_str());
            if (!r || r->status != 200)
                return {};
            const QJsonObject page = jsonOf(r->body);
            for (const QJsonValue& v : page.value("data").toArray()) {
                Result<ledger::Receipt> receipt =
                    ledger::Receipt::fromObject(v.toObject().value("receipt").toObject());
                if (!receipt)
                    return {};
                out.push_back(std::move(receipt).value());
                since = qint64(v.toObject().value("position").toDouble());
            }
            more = page.value("has_more").toBool();
        }
        return out;
    }
    // Lanes' charged amounts across the given channels.
    ledger::Amount chargedOn(const std::vector<QByteArray>& channels) const
    {
        httplib::Client http = client();
        ledger::Amount sum = 0;
        for (const QByteArray& id : channels) {
            auto r = http.Get(("/flywheel/v1/channels/" + id.toHex()).toStdString().c_str());
            if (!r || r->status != 200)
                return -1;
            for (const QJsonValue& lane : jsonOf(r->body).value("lanes").toArray())
                sum += lane.toObject().value("charged").toString().toLongLong();
        }
        return sum;
    }
    void checkReceipt(const ledger::Receipt& r, int promptTokens, int completionTokens) const
    {
        QVERIFY(r.verify().ok());
        QCOMPARE(r.node, m_node->address());
        QCOMPARE(r.tokensIn, qint64(promptTokens));
        QCOMPARE(r.tokensOut, qint64(completionTokens));
        QCOMPARE(r.fee, node::NodePayments::feeFor(promptTokens + completionTokens, kPricePer1k));
        QCOMPARE(ledger::sumOf(r.split), r.fee);
    }

    QTemporaryDir m_tmp;
    CliRunner m_cli{m_tmp.filePath(QStringLiteral("home"))};
    QString m_builder = m_tmp.filePath(QStringLiteral("builder"));
    QString m_nodeWorkspace = m_tmp.filePath(QStringLiteral("node"));
    QString m_payerWorkspace = m_tmp.filePath(QStringLiteral("payer"));
    QString m_builderAddress, m_payerCliAddress;
    std::unique_ptr<NodeProcess> m_node;
    crypto::SigningKey m_payer = crypto::SigningKey::generate(); // the test's own payer
    std::vector<QByteArray> m_channels;                          // every channel opened

private slots:
    void initTestCase()
    {
        std::signal(SIGPIPE, SIG_IGN);
        QVERIFY(m_tmp.isValid());
        QCOMPARE(cli(m_builder, {"workspace", "init", "--demo"}).exitCode, 0);
        QCOMPARE(cli(m_nodeWorkspace, {"workspace", "init"}).exitCode, 0);
        QCOMPARE(cli(m_payerWorkspace, {"workspace", "init"}).exitCode, 0);
        const auto defaultAddress = [&](const QString& workspace) {
            return QJsonDocument::fromJson(cli(workspace, {"wallet", "show", "--json"}).out)
                .object()
                .value("address")
                .toString();
        };
        m_payerCliAddress = defaultAddress(m_payerWorkspace);
        m_builderAddress = defaultAddress(m_builder);
        QVERIFY(crypto::isValidAddress(m_payerCliAddress));
        QVERIFY(crypto::isValidAddress(m_builderAddress));
        const QString config =
            writeJsonFile(m_tmp.filePath("base.json"), {{"datanet", "World facts (demo)"},
                                                        {"base", "nano"},
                                                        {"method", "full"},
                                                        {"steps", 40},
                                                        {"batch_size", 8},
                                                        {"seq_len", 64},
                                                        {"learning_rate", 5e-3},
                                                        {"eval_fraction", 0.0},
                                                        {"output", "base"}});
        const CliRun trained = cli(m_builder, {"train", config, "--threads", "1"});
        QVERIFY2(trained.exitCode == 0, trained.err.constData());
        m_node = std::make_unique<NodeProcess>(m_nodeWorkspace, kPass,
                                               QStringList{"--max-queue", "256"});
        QVERIFY2(m_node->start(), qPrintable(m_node->output()));
        const CliRun deployed =
            cli(m_builder, {"deploy", "base", "--node", m_node->url(), "--price-per-1k", "1",
                            "--split", "20,30,50", "--node-address", m_node->address()});
        QVERIFY2(deployed.exitCode == 0, deployed.err.constData());
    }

    void refusesUnpaidAndMalformedVouchers()
    {
        httplib::Client http = client();
        auto none = paidChat(http, {});
        QVERIFY(none);
        QCOMPARE(none->status, 402);
        QCOMPARE(errorCode(none), QStringLiteral("voucher_required"));
        QVERIFY(QString::fromStdString(none->body).contains(m_node->address()));
        auto garbage = paidChat(http, "not-a-voucher");
        QCOMPARE(garbage->status, 402);
        QCOMPARE(errorCode(garbage), QStringLiteral("invalid_voucher"));
    }

    void refusesHostileMoneyRequests()
    {
        httplib::Client http = client();
        // Opening a channel needs the payer's signature; a malformed body is a 400 naming it.
        auto unsigned_ = http.Post("/flywheel/v1/channels", R"({"channel":"00","amount":"1"})",
                                   "application/json");
        QVERIFY(unsigned_);
        QCOMPARE(unsigned_->status, 401);
        Result<node::NodeClient> c = node::NodeClient::connect(m_node->url());
        QVERIFY(c);
        for (const QByteArray& body :
             {QByteArray("not json"), QByteArray(R"({"channel":"zz","amount":"1"})"),
              QByteArray(R"({"channel":"00112233445566778899aabbccddeeff","amount":"-5"})"),
              QByteArray(R"({"channel":"00112233445566778899aabbccddeeff","amount":1})"),
              QByteArray(R"({"channel":"00112233445566778899aabbccddeeff"})")}) {
            auto r = c->signedPost("/flywheel/v1/channels", body, m_payer);
            QVERIFY(r);
            QCOMPARE(r->status, 400);
        }
        // Without funds on the node: 402, and no channel exists afterwards.
        const QByteArray broke = R"({"channel":"00112233445566778899aabbccddeeff","amount":"5"})";
        auto r = c->signedPost("/flywheel/v1/channels", broke, crypto::SigningKey::generate());
        QVERIFY(r);
        QCOMPARE(r->status, 402);
        QCOMPARE(http.Get("/flywheel/v1/channels/00112233445566778899aabbccddeeff")->status, 404);
        QCOMPARE(http.Get("/flywheel/v1/channels/abc")->status, 404);
        QCOMPARE(http.Get("/flywheel/v1/accounts/nobody")->status, 400);
        for (const char* query : {"?since=-1", "?since=x", "?limit=0", "?limit=100000"})
            QCOMPARE(http.Get((std::string("/flywheel/v1/receipts") + query).c_str())->status, 400);
        QCOMPARE(http.Get("/flywheel/v1/receipts")->status, 200);
    }

    void mintDepositAndChatFromTheCli()
    {
        QCOMPARE(mint(m_payerCliAddress, "3"), 0);
        // More than the payer has: refused, and nothing is opened.
        const CliRun tooMuch =
            cli(m_payerWorkspace, {"pay", "deposit", "--node", m_node->url(), "5"});
        QVERIFY(tooMuch.exitCode != 0);
        QVERIFY2(tooMuch.err.contains("balance") || tooMuch.err.contains("funds"),
                 tooMuch.err.constData());
        const CliRun deposit = cli(m_payerWorkspace, {"pay", "deposit", "--node", m_node->url(),
                                                      "2", "--node-address", m_node->address()});
        QVERIFY2(deposit.exitCode == 0, deposit.err.constData());
        QVERIFY(deposit.outLine().contains("with 2 OPEN"));
        const CliRun chat = cli(m_payerWorkspace, {"chat", "base", "--node", m_node->url(),
                                                   "--prompt", kPrompt, "--max-tokens", "16"});
        QVERIFY2(chat.exitCode == 0, chat.err.constData());
        QVERIFY2(chat.outLine().contains("fee ") && chat.outLine().contains("receipt chatcmpl-"),
                 chat.out.constData());
        const QJsonArray channels =
            QJsonDocument::fromJson(cli(m_payerWorkspace, {"pay", "channels", "--json"}).out)
                .array();
        QCOMPARE(channels.size(), 1);
        const ledger::Amount spent =
            channels.first().toObject().value("spent").toString().toLongLong();
        QVERIFY(spent > 0);
        // The node's view of the lane agrees with the payer's to the unit.
        m_channels.push_back(QByteArray::fromHex(
            channels.first().toObject().value("channel").toString().toLatin1()));
        QCOMPARE(chargedOn({m_channels.back()}), spent);
        // Closing it gives back what was not spent: the payer had 3 OPEN, deposited 2.
        const CliRun closed =
            cli(m_payerWorkspace,
                {"pay", "close", channels.first().toObject().value("channel").toString(), "--node",
                 m_node->url()});
        QVERIFY2(closed.exitCode == 0, closed.err.constData());
        httplib::Client http = client();
        auto account =
            http.Get(("/flywheel/v1/accounts/" + m_payerCliAddress).toStdString().c_str());
        QCOMPARE(jsonOf(account->body).value("balance").toString().toLongLong(),
                 3 * ledger::kUnitsPerOpen - spent);
        // The next chat opens a new channel (1 OPEN by default) instead of using the closed one.
        const CliRun again = cli(m_payerWorkspace, {"chat", "base", "--node", m_node->url(),
                                                    "--prompt", kPrompt, "--max-tokens", "8"});
        QVERIFY2(again.exitCode == 0, again.err.constData());
        const QJsonArray after =
            QJsonDocument::fromJson(cli(m_payerWorkspace, {"pay", "channels", "--json"}).out)
                .array();
        QCOMPARE(after.size(), 2);
        QVERIFY(after.at(0).toObject().value("closed").toBool());
        QVERIFY(!after.at(1).toObject().value("closed").toBool());
        m_channels.push_back(
            QByteArray::fromHex(after.at(1).toObject().value("channel").toString().toLatin1()));
    }

    void refusesEachBadVoucherWithItsReason()
    {
        QCOMPARE(mint(crypto::addressFromPublicKey(m_payer.publicKey()), "100000"), 0);
        const QByteArray channel = openChannel(ledger::kUnitsPerOpen); // 1 OPEN
        QVERIFY(!channel.isEmpty());
        m_channels.push_back(channel);
        httplib::Client http = client();
        const ledger::Amount enough = 200'000; // 200 tokens at 1,000 units a token

        ledger::Voucher forged = voucher(channel, 0, enough);
        forged.cumulative += 1; // changed after signing
        QCOMPARE(errorCode(paidChat(http, forged.toHeader())), QStringLiteral("forged"));

        ledger::Voucher stranger = voucher(channel, 0, enough);
        stranger.sign(crypto::SigningKey::generate()); // signed by someone who is not the payer
        QCOMPARE(errorCode(paidChat(http, stranger.toHeader())), QStringLiteral("forged"));

        ledger::Voucher expired = voucher(channel, 0, enough);
        expired.expiresAt = QDateTime::currentMSecsSinceEpoch() - 1;
        expired.sign(m_payer);
        QCOMPARE(errorCode(paidChat(http, expired.toHeader())), QStringLiteral("expired"));

        ledger::Voucher otherNode = voucher(channel, 0, enough);
        otherNode.node = crypto::SigningKey::generate().publicKey();
        otherNode.sign(m_payer);
        QCOMPARE(errorCode(paidChat(http, otherNode.toHeader())), QStringLiteral("wrong_node"));

        QCOMPARE(errorCode(paidChat(http, voucher(randomChannelId(), 0, enough).toHeader())),
                 QStringLiteral("unknown_channel"));
        QCOMPARE(
            errorCode(paidChat(http, voucher(channel, 0, ledger::kUnitsPerOpen + 1).toHeader())),
            QStringLiteral("over_deposit"));

        // Credit for 20 tokens: less than the prompt and the answer need.
        auto small = paidChat(http, voucher(channel, 1, 20'000).toHeader());
        QCOMPARE(small->status, 402);
        QCOMPARE(errorCode(small), QStringLiteral("insufficient_credit"));

        const ledger::Voucher good = voucher(channel, 0, enough);
        auto paid = paidChat(http, good.toHeader());
        QVERIFY(paid);
        QCOMPARE(paid->status, 200);
        auto replayed = paidChat(http, good.toHeader());
        QCOMPARE(replayed->status, 402);
        QCOMPARE(errorCode(replayed), QStringLiteral("replayed"));
        // Every refusal left the lanes as they were: only the one paid answer was charged.
        const std::optional<ledger::Receipt> r =
            receiptOf(jsonOf(paid->body).value("flywheel").toObject());
        QVERIFY(r);
        QCOMPARE(chargedOn({channel}), r->fee);
    }

    void paidAnswersCarryExactAttributedReceipts()
    {
        const QByteArray channel = openChannel(ledger::kUnitsPerOpen);
        m_channels.push_back(channel);
        httplib::Client http = client();
        auto plain = paidChat(http, voucher(channel, 0, 300'000).toHeader(), 16);
        QVERIFY(plain && plain->status == 200);
        const QJsonObject body = jsonOf(plain->body);
        const QJsonObject usage = body.value("usage").toObject();
        const std::optional<ledger::Receipt> r = receiptOf(body.value("flywheel").toObject());
        QVERIFY(r);
        checkReceipt(*r, usage.value("prompt_tokens").toInt(),
                     usage.value("completion_tokens").toInt());
        QCOMPARE(r->deployment, QStringLiteral("base"));
        QCOMPARE(r->requestId, body.value("id").toString());
        // The split follows the manifest: 20% node, 30% builder, 50% data, to the unit.
        ledger::Amount node = 0, builder = 0, data = 0;
        for (const ledger::SplitLine& line : r->split) {
            if (line.role == ledger::Role::Node) {
                QCOMPARE(line.party, m_node->address());
                node += line.amount;
            } else if (line.role == ledger::Role::Builder) {
                QCOMPARE(line.party, m_builderAddress);
                builder += line.amount;
            } else {
                data += line.amount;
            }
        }
        QCOMPARE(node + builder + data, r->fee);
        QVERIFY(qAbs(node - r->fee * 2 / 10) <= 1);
        QVERIFY(qAbs(builder - r->fee * 3 / 10) <= 1);
        // The data part goes to the demo datanet's contributors: by the answer's attributed
        // records when its spans match (shares adding up to one answer), else by their record
        // counts (this small model's answer matches no 6-token span; node_payments_test checks
        // a matching one).
        qInfo("answer \"%s\": %d attribution lines, fee %lld units",
              qPrintable(chatContent(plain->body)), int(r->attribution.size()),
              qlonglong(r->fee));
        QVERIFY(qAbs(data - r->fee / 2) <= 1);
        QSet<QString> contributors;
        for (const ledger::SplitLine& line : r->split)
            if (line.role == ledger::Role::Contributor)
                contributors.insert(line.party);
        QVERIFY2(contributors.size() >= 2, "the demo datanet has several contributors");
        if (!r->attribution.empty()) {
            qint64 shares = 0;
            for (const ledger::AttributionLine& a : r->attribution)
                shares += a.share;
            QCOMPARE(shares, ledger::AttributionLine::kShareScale);
        }

        // Streamed: the receipt is the last event before [DONE].
        auto streamed = paidChat(http, voucher(channel, 0, 600'000, 2).toHeader(), 16, true);
        QVERIFY(streamed && streamed->status == 200);
        const QStringList events = sseData(streamed->body);
        QVERIFY(events.size() >= 3);
        QCOMPARE(events.last(), QStringLiteral("[DONE]"));
        const QJsonObject last =
            QJsonDocument::fromJson(events.at(events.size() - 2).toUtf8()).object();
        const std::optional<ledger::Receipt> sr = receiptOf(last.value("flywheel").toObject());
        QVERIFY2(sr, qPrintable(events.at(events.size() - 2)));
        QVERIFY(sr->verify().ok());
        QCOMPARE(sr->previousHash, r->hash());
        QCOMPARE(chargedOn({channel}), r->fee + sr->fee);
    }

    void receiptsFetchVerifiesTheChain()
    {
        const QString out = m_tmp.filePath("receipts.jsonl");
        const CliRun fetched =
            cli(m_payerWorkspace, {"receipts", "fetch", "--node", m_node->url(), "--node-address",
                                   m_node->address(), "--out", out});
        QVERIFY2(fetched.exitCode == 0, fetched.err.constData());
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().trimmed().split('\n');
        const std::vector<ledger::Receipt> all = fetchAll();
        QCOMPARE(qsizetype(all.size()), lines.size());
        QVERIFY(ledger::verifyReceiptChain(all, m_node->address()).ok());
        QVERIFY2(fetched.outLine().contains(
                     QStringLiteral("all verified; %1 new in the archive").arg(all.size())),
                 fetched.out.constData());
        // The file verifies on its own, and a second fetch adds nothing new.
        const CliRun verified = m_cli.run({"receipts", "verify", out}, kEnv);
        QVERIFY2(verified.exitCode == 0, verified.err.constData());
        const CliRun again =
            cli(m_payerWorkspace, {"receipts", "fetch", "--node", m_node->url()});
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QVERIFY2(again.outLine().contains("fetched 0 receipts"), again.out.constData());
        // The payer's earnings now see the node's receipts (the payer earned nothing from them).
        const CliRun earnings = cli(m_payerWorkspace, {"earnings", "--json"});
        QVERIFY2(earnings.exitCode == 0, earnings.err.constData());
    }

    void concurrentPayersAddUpToTheUnit()
    {
        // 64 clients: 56 with a channel each, 8 sharing one channel on lanes 0..7.
        constexpr int kClients = 64, kShared = 8;
        const int perClient =
            qEnvironmentVariableIntValue("FLYWHEEL_PAID_REQUESTS_PER_CLIENT") > 0
                ? qEnvironmentVariableIntValue("FLYWHEEL_PAID_REQUESTS_PER_CLIENT")
                : 2;
        const std::vector<ledger::Receipt> before = fetchAll();
        // Each request signs at most 100 tokens' worth (100,000 units) beyond what was spent.
        const ledger::Amount perLane = ledger::Amount(perClient + 1) * 100'000;
        std::vector<QByteArray> channels;
        const QByteArray shared = openChannel(perLane * kShared);
        QVERIFY(!shared.isEmpty());
        channels.push_back(shared);
        for (int i = kShared; i < kClients; ++i) {
            channels.push_back(openChannel(perLane));
            QVERIFY(!channels.back().isEmpty());
        }
        QElapsedTimer clock;
        clock.start();
        std::atomic<int> errors{0};
        std::atomic<qint64> paidFees{0};
        std::mutex mutex;
        QStringList failures;
        std::vector<std::thread> threads;
        for (int c = 0; c < kClients; ++c)
            threads.emplace_back([&, c] {
                const QByteArray channel = c < kShared ? shared : channels[size_t(c - kShared + 1)];
                const quint32 lane = c < kShared ? quint32(c) : 0;
                httplib::Client http = client();
                ledger::Amount authorized = 0, spent = 0;
                for (int i = 0; i < perClient; ++i) {
                    authorized = std::max(authorized + 1, spent + 100'000); // 100 tokens' worth
                    auto r = paidChat(http,
                                      voucher(channel, lane, authorized, quint64(i + 1)).toHeader(),
                                      4, i % 2 == 1);
                    std::optional<ledger::Receipt> receipt;
                    if (r && r->status == 200) {
                        if (i % 2 == 1) {
                            const QStringList events = sseData(r->body);
                            if (events.size() >= 2)
                                receipt = receiptOf(
                                    QJsonDocument::fromJson(events.at(events.size() - 2).toUtf8())
                                        .object()
                                        .value("flywheel")
                                        .toObject());
                        } else {
                            receipt = receiptOf(jsonOf(r->body).value("flywheel").toObject());
                        }
                    }
                    if (!receipt || !receipt->verify().ok()) {
                        ++errors;
                        std::lock_guard lock(mutex);
                        failures << QStringLiteral("client %1 request %2: HTTP %3 %4")
                                        .arg(c)
                                        .arg(i)
                                        .arg(r ? r->status : -1)
                                        .arg(r ? QString::fromStdString(r->body).left(200)
                                               : QStringLiteral("no reply"));
                        continue;
                    }
                    spent += receipt->fee;
                    paidFees += receipt->fee;
                }
            });
        for (std::thread& t : threads)
            t.join();
        const double seconds = clock.elapsed() / 1000.0;
        m_channels.insert(m_channels.end(), channels.begin(), channels.end());
        QVERIFY2(errors.load() == 0, qPrintable(failures.mid(0, 5).join("; ")));
        const std::vector<ledger::Receipt> all = fetchAll();
        QVERIFY(ledger::verifyReceiptChain(all, m_node->address()).ok());
        QCOMPARE(all.size(), before.size() + size_t(kClients * perClient));
        ledger::Amount fees = 0, splits = 0;
        for (size_t i = before.size(); i < all.size(); ++i) {
            fees += all[i].fee;
            splits += ledger::sumOf(all[i].split);
        }
        QCOMPARE(fees, ledger::Amount(paidFees.load()));
        QCOMPARE(splits, fees);
        QCOMPARE(chargedOn(channels), fees);
        qInfo("%d paid requests (4-token answers) from %d clients in %.1f s (%.0f/s): %lld units "
              "of fees = splits = lane charges, every receipt verified",
              kClients * perClient, kClients, seconds, kClients * perClient / seconds,
              qlonglong(fees));
    }

    void aKillUnderPaidLoadLosesNoReceipt()
    {
        const QByteArray channel = openChannel(ledger::kUnitsPerOpen * 5);
        QVERIFY(!channel.isEmpty());
        m_channels.push_back(channel);
        std::atomic<bool> stop{false};
        std::vector<std::thread> threads;
        for (int c = 0; c < 8; ++c)
            threads.emplace_back([&, c] {
                httplib::Client http = client();
                http.set_read_timeout(10, 0);
                ledger::Amount authorized = 0;
                for (quint64 i = 1; !stop.load() && i < 200; ++i) {
                    authorized += 100'000;
                    paidChat(http, voucher(channel, quint32(c), authorized, i).toHeader(), 4);
                }
            });
        QTest::qWait(3000);
        m_node->kill();
        stop = true;
        for (std::thread& t : threads)
            t.join();
        m_node = std::make_unique<NodeProcess>(m_nodeWorkspace, kPass);
        QVERIFY2(m_node->start(), qPrintable(m_node->output()));
        // Whatever the kill interrupted: every unit charged on a lane has its receipt, and the
        // chain still verifies from genesis.
        const std::vector<ledger::Receipt> all = fetchAll();
        QVERIFY(!all.empty());
        QVERIFY(ledger::verifyReceiptChain(all, m_node->address()).ok());
        ledger::Amount fees = 0;
        for (const ledger::Receipt& r : all)
            fees += r.fee;
        QCOMPARE(chargedOn(m_channels), fees);
    }

    void payoutPaysBuilderAndContributors()
    {
        std::map<QString, ledger::Amount> owed;
        for (const ledger::Receipt& r : fetchAll())
            for (const ledger::SplitLine& l : r.split)
                if (l.party != m_node->address())
                    owed[l.party] += l.amount;
        QVERIFY(owed.count(m_builderAddress));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("FLYWHEEL_PASSPHRASE", kPass);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(FLYWHEEL_NODE_PATH), {"--workspace", m_nodeWorkspace, "payout"});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QVERIFY(p.readAllStandardOutput().contains(
            QStringLiteral("%1 payouts").arg(owed.size()).toUtf8()));
        // The running node sees the payouts the other process wrote.
        httplib::Client http = client();
        for (const auto& [party, amount] : owed) {
            auto r = http.Get(("/flywheel/v1/accounts/" + party).toStdString().c_str());
            QVERIFY(r && r->status == 200);
            QCOMPARE(jsonOf(r->body).value("balance").toString().toLongLong(), amount);
        }
    }

    void cleanupTestCase()
    {
        if (m_node)
            QCOMPARE(m_node->terminate(), 0);
    }
};

QTEST_GUILESS_MAIN(NodePaymentsTest)
#include "NodePaymentsTest.moc"

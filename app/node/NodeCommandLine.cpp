// Command-line parsing for flywheel-node, with ranges checked so a typo never starts a node.
#include "NodeCommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <arpa/inet.h>

namespace fw::node {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("flywheel-node", text);
}

Result<int> intOption(const QCommandLineParser& parser, const QString& name, int min, int max,
                      int fallback)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < min || value > max)
        return makeError(
            ErrorCode::InvalidArgument,
            tr("--%1 must be a whole number from %2 to %3.").arg(name).arg(min).arg(max));
    return value;
}

Status parseListen(const QString& text, NodeOptions& o)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const int port = colon > 0 ? text.mid(colon + 1).toInt(&ok) : -1;
    const QString host = colon > 0 ? text.left(colon) : QString();
    unsigned char address[16];
    const bool ip = inet_pton(AF_INET, host.toLatin1().constData(), address) == 1 ||
                    inet_pton(AF_INET6, host.toLatin1().constData(), address) == 1;
    if (!ok || port < 0 || port > 65535 || !ip)
        return makeError(ErrorCode::InvalidArgument,
                         tr("--listen must be HOST:PORT with an IP address, e.g. 127.0.0.1:8088 "
                            "(port 0: any free "
                            "one)."));
    o.host = host;
    o.port = port;
    return Status::success();
}

} // namespace

Result<NodeCommandLine> parseNodeCommandLine(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Flywheel peer node: serves deployed models and LoRA adapters over an OpenAI-compatible "
           "API.\n"
           "The workspace's passphrase comes from FLYWHEEL_PASSPHRASE or a prompt. The node signs "
           "with the "
           "workspace's default identity (one named \"node\" is created when there is none)."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("mint"),
        tr("mint ADDRESS AMOUNT: add AMOUNT OPEN of demo or test funds to ADDRESS in the node's "
           "journal, then exit (safe while the node runs)."),
        tr("[mint ADDRESS AMOUNT]"));
    parser.addPositionalArgument(
        QStringLiteral("payout"),
        tr("payout: pay every builder, contributor and labeler what the node's receipts owe them "
           "beyond earlier payouts, then exit (safe while the node runs)."),
        tr("[payout]"));
    const NodeOptions defaults;
    const SchedulerOptions scheduling;
    parser.addOptions({
        {QStringLiteral("workspace"), tr("The node's workspace folder (or FLYWHEEL_WORKSPACE)."),
         tr("DIR")},
        {QStringLiteral("listen"),
         tr("Address and port to serve on (default 127.0.0.1:8088; port 0: any free one)."),
         tr("HOST:PORT")},
        {QStringLiteral("max-adapters"),
         tr("Adapters kept in memory, least recently used evicted (default %1).")
             .arg(scheduling.maxAdapters),
         tr("N")},
        {QStringLiteral("max-batch"),
         tr("Requests decoded together (default %1).").arg(scheduling.maxBatch), tr("N")},
        {QStringLiteral("max-queue"),
         tr("Requests waiting beyond the batch before 429 (default %1).").arg(scheduling.maxQueue),
         tr("N")},
        {QStringLiteral("threads"), tr("Compute threads (default: the engine's choice)."), tr("N")},
        {QStringLiteral("http-threads"),
         tr("Connections served at once (default %1).").arg(defaults.httpThreads), tr("N")},
        {QStringLiteral("max-body-kib"),
         tr("Largest inference request body in KiB (default %1).")
             .arg(defaults.maxRequestBytes / 1024),
         tr("N")},
        {QStringLiteral("max-deploy-mib"),
         tr("Largest deploy package in MiB (default %1).").arg(defaults.maxDeployBytes >> 20),
         tr("N")},
        {QStringLiteral("max-tokens"),
         tr("Largest max_tokens a request may ask for (default %1).")
             .arg(defaults.limits.maxTokens),
         tr("N")},
        {QStringLiteral("cpu"), tr("Never use a GPU, even when one is present.")},
        {QStringLiteral("int8"),
         tr("Serve the base model's weights as int8 with per-channel scales (like llama.cpp's Q8_0): "
            "faster decoding on a CPU; answers may differ slightly from F32's. An adapter's own update "
            "stays F32.")},
        {QStringLiteral("forget-answers"),
         tr("Keep no answer beside its receipt (by default each paid answer and the spans that "
            "earned its contributors are kept, encrypted, to explain the receipt; prompts never "
            "are).")},
        {QStringLiteral("passphrase-stdin"),
         tr("Read the passphrase as the first line of standard input.")},
    });
    if (!parser.parse(arguments))
        return makeError(ErrorCode::InvalidArgument, parser.errorText());
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    NodeCommandLine c;
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty() && positional.first() == QLatin1String("mint")) {
        if (positional.size() != 3)
            return makeError(ErrorCode::InvalidArgument,
                             tr("Usage: flywheel-node mint ADDRESS AMOUNT (in OPEN)."));
        c.mint = MintCommand{positional.at(1), positional.at(2)};
    } else if (positional == QStringList{QStringLiteral("payout")}) {
        c.payout = true;
    } else if (!positional.isEmpty()) {
        return makeError(ErrorCode::InvalidArgument,
                         tr("Unexpected argument \"%1\".").arg(positional.first()));
    }
    c.workspace = parser.value(QStringLiteral("workspace"));
    NodeOptions& o = c.options;
    if (parser.isSet(QStringLiteral("listen")))
        if (Status s = parseListen(parser.value(QStringLiteral("listen")), o); !s)
            return s.error();
    struct IntSetting
    {
        const char* name;
        int min, max;
        int* target;
    };
    int bodyKib = int(defaults.maxRequestBytes / 1024),
        deployMib = int(defaults.maxDeployBytes >> 20);
    for (const IntSetting& setting : {IntSetting{"max-adapters", 1, 4096, &o.scheduler.maxAdapters},
                                      IntSetting{"max-batch", 1, 256, &o.scheduler.maxBatch},
                                      IntSetting{"max-queue", 0, 100000, &o.scheduler.maxQueue},
                                      IntSetting{"threads", 1, 1024, &o.threads},
                                      IntSetting{"http-threads", 2, 4096, &o.httpThreads},
                                      IntSetting{"max-body-kib", 1, 1 << 20, &bodyKib},
                                      IntSetting{"max-deploy-mib", 1, 1 << 16, &deployMib},
                                      IntSetting{"max-tokens", 1, 1 << 20, &o.limits.maxTokens}}) {
        Result<int> value = intOption(parser, QLatin1String(setting.name), setting.min, setting.max,
                                      *setting.target);
        if (!value)
            return value.error();
        *setting.target = *value;
    }
    o.maxRequestBytes = qint64(bodyKib) * 1024;
    o.maxDeployBytes = qint64(deployMib) << 20;
    o.allowCuda = !parser.isSet(QStringLiteral("cpu"));
    o.int8Weights = parser.isSet(QStringLiteral("int8"));
    o.keepAnswers = !parser.isSet(QStringLiteral("forget-answers"));
    c.passphraseFromStdin = parser.isSet(QStringLiteral("passphrase-stdin"));
    return c;
}

} // namespace fw::node

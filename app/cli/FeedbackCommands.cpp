// `flywheel-cli feedback ...`: import human-feedback labels into a preference datanet, each signed
// by its labeler, and print how much the labelers agree.
#include "CliContext.h"
#include "CommandGroups.h"
#include "CommandRegistry.h"
#include "DatanetCommandSupport.h"
#include "crypto/Address.h"
#include "datanet/SearchIndex.h"
#include "feedback/AgreementReport.h"
#include "feedback/LabelImport.h"
#include "feedback/LabelStore.h"
#include "wallet/WalletService.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace fw::cli {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("fw::cli", text);
}

// A labeler as typed in the file: an identity's name or address, able to sign here.
feedback::LabelImport::ResolveLabeler labelerResolver(store::Workspace& workspace)
{
    wallet::WalletService wallet(workspace);
    Result<QList<wallet::Identity>> all = wallet.identities();
    const QList<wallet::Identity> identities = all ? *all : QList<wallet::Identity>();
    return [identities](const QString& typed) -> Result<QString> {
        QString address;
        if (Result<crypto::PublicKey> key = crypto::publicKeyFromAddress(typed); key)
            address = crypto::addressFromPublicKey(*key);
        for (const wallet::Identity& id : identities) {
            if (id.name != typed && id.address != address)
                continue;
            if (id.external)
                return Error{ErrorCode::InvalidArgument,
                             tr("%1 has no signing key in this workspace").arg(id.name)};
            return id.address;
        }
        return Error{ErrorCode::NotFound,
                     tr("no identity of this workspace has that name or address")};
    };
}

Outcome importLabels(const Invocation& call)
{
    Result<OpenDatanet> open = openDatanet(call.context, call.args.at(0));
    if (!open)
        return open.error();
    QFile file(call.args.at(1));
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::NotFound,
                     tr("Cannot read %1: %2").arg(call.args.at(1), file.errorString())};
    const QString campaign = QFileInfo(file.fileName()).completeBaseName();
    Result<QList<feedback::Label>> labels =
        feedback::LabelImport::read(file, campaign, labelerResolver(*open->workspace));
    if (!labels)
        return Error{labels.error().code,
                     tr("%1: %2").arg(call.args.at(1), labels.error().message)};
    Result<feedback::SubmitReport> report =
        feedback::LabelStore(*open->workspace).submit(open->datanet.id, *labels);
    if (!report)
        return report.error();
    // Searchable when the command returns, like `datanet import`.
    if (Result<qint64> indexed = datanet::SearchIndex(*open->workspace).catchUp(); !indexed)
        return indexed.error();
    const Output& out = call.context.out();
    out.line(QStringLiteral("labels\t%1").arg(report->labelIds.size()));
    out.line(QStringLiteral("pairs\t%1").arg(report->pairs));
    out.line(QStringLiteral("duplicates\t%1").arg(report->duplicates));
    return {};
}

QString number(const std::optional<double>& value)
{
    return value ? QString::number(*value, 'f', 4) : QStringLiteral("-");
}

void printAgreement(const Output& out, const feedback::AgreementReport& r)
{
    out.line(QStringLiteral("krippendorff_alpha\t%1").arg(number(r.alpha)));
    if (r.labelers == 2)
        out.line(QStringLiteral("cohen_kappa\t%1").arg(number(r.kappa)));
    out.line(QStringLiteral("items\t%1").arg(r.items));
    out.line(QStringLiteral("labels\t%1").arg(r.labels));
    out.line(QStringLiteral("labelers\t%1").arg(r.labelers));
    out.line(QStringLiteral("basis\t%1").arg(r.basis));
    out.line(QStringLiteral("first_position_rate\t%1").arg(number(r.firstPositionRate)));
    for (const feedback::LabelerAgreement& a : r.perLabeler)
        out.line(QStringLiteral("labeler\t%1\t%2\t%3")
                     .arg(a.labeler, number(a.agreement))
                     .arg(a.comparisons));
    for (const feedback::UnitDisagreement& d : r.disagreed)
        out.line(QStringLiteral("disagreed\t%1\t%2")
                     .arg(QString(d.unit).replace(QLatin1Char('\x1f'), QLatin1Char(' ')),
                          number(d.disagreement)));
}

Outcome agreement(const Invocation& call)
{
    Result<OpenDatanet> open = openDatanet(call.context, call.args.at(0));
    if (!open)
        return open.error();
    Result<QList<feedback::StoredLabel>> stored =
        feedback::LabelStore(*open->workspace).labels(open->datanet.id);
    if (!stored)
        return stored.error();
    QList<feedback::Label> labels;
    for (const feedback::StoredLabel& s : *stored)
        labels << s.label;
    const feedback::AgreementReport r = feedback::agreementReport(labels);
    if (call.parser.isSet(QStringLiteral("json")))
        call.context.out().json(QJsonDocument(r.toJson()));
    else
        printAgreement(call.context.out(), r);
    return {};
}
} // namespace

void registerFeedbackCommands(CommandRegistry& registry)
{
    const QString group = QStringLiteral("feedback");
    registry.add({group,
                  QStringLiteral("import"),
                  tr("Import human-feedback labels (JSONL), each signed by its labeler; prints "
                     "labels, pairs "
                     "and duplicates."),
                  {tr("DATANET"), tr("LABELS.jsonl")},
                  {},
                  true,
                  importLabels});
    registry.add(
        {group,
         QStringLiteral("agreement"),
         tr("Print the labelers' agreement: Krippendorff's alpha, Cohen's kappa (two labelers), "
            "items, labels, labelers."),
         {tr("DATANET")},
         {QCommandLineOption(QStringLiteral("json"), tr("Print JSON."))},
         true,
         agreement});
}

} // namespace fw::cli

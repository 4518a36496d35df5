// Earnings over the workspace: receipts from the archive, names from the datanets, balances from
// the node journal.
#include "ledger/EarningsService.h"

#include "crypto/Ed25519.h"
#include "datanet/DatanetService.h"
#include "datanet/RecordContent.h"
#include "datanet/VersionService.h"
#include "ledger/LedgerStore.h"
#include "ledger/LedgerView.h"
#include "ledger/ReceiptArchive.h"
#include "wallet/WalletService.h"

#include <algorithm>

namespace fw::ledger {

namespace {
// Builder, contributor and labeler parts on receipts another node signed: the fee sits with
// that node until it pays them out.
Amount owedByOthers(const std::vector<EarningSlice>& slices, const QString& party)
{
    Amount owed = 0;
    for (const EarningSlice& s : slices)
        if (s.party == party && s.role != Role::Node && s.node != party)
            owed += s.amount;
    return owed;
}
} // namespace

QString EarningsReport::versionLabel(const QByteArray& root) const
{
    if (root.isEmpty())
        return EarningsService::tr("(no record named)");
    const auto it = versions.find(root);
    if (it == versions.end())
        return QString::fromLatin1(root.toHex().left(12));
    return QStringLiteral("%1 %2").arg(it->second.datanet, it->second.version);
}

Result<std::map<QByteArray, VersionName>> EarningsService::versionNames() const
{
    datanet::DatanetService datanets(m_workspace);
    datanet::VersionService versions(m_workspace);
    Result<QList<datanet::Datanet>> all = datanets.datanets();
    if (!all)
        return all.error();
    std::map<QByteArray, VersionName> names;
    for (const datanet::Datanet& d : *all) {
        Result<QList<datanet::VersionInfo>> list = versions.versions(d.id); // newest first
        if (!list)
            return list.error();
        for (int i = 0; i < list->size(); ++i)
            names[list->at(i).root] =
                VersionName{d.id, d.name, QStringLiteral("v%1").arg(list->size() - i)};
    }
    return names;
}

QString EarningsService::recordText(const VersionName& version, const QByteArray& recordHash) const
{
    datanet::DatanetService datanets(m_workspace);
    Result<datanet::Datanet> d = datanets.datanet(version.datanetId);
    Result<datanet::RecordInfo> record =
        datanets.recordByHash(version.datanetId, QString::fromLatin1(recordHash.toHex()));
    if (!d || !record)
        return {};
    Result<datanet::RecordContent> content =
        datanet::RecordContent::fromCanonical(d->kind, record->content);
    return content ? content->plainText() : QString();
}

Status EarningsService::addBalances(EarningsReport& report) const
{
    std::vector<crypto::PublicKey> keys;
    for (const IdentityEarnings& e : report.identities)
        if (Result<crypto::PublicKey> key = crypto::PublicKey::fromBytes(e.identity.publicKey))
            keys.push_back(*key);
    Result<LedgerView> view = LedgerView::load(m_workspace, keys);
    if (!view)
        return view.error();
    report.hasJournal = view->hasJournal();
    for (IdentityEarnings& e : report.identities) {
        e.balance = view->balance(e.identity.address);
        e.paidOut = view->paidOutTo(e.identity.address);
    }
    return {};
}

Result<EarningsReport> EarningsService::load(int topRecordCount) const
{
    EarningsReport report;
    Result<QList<wallet::Identity>> identities = wallet::WalletService(m_workspace).identities();
    if (!identities)
        return identities.error();
    Result<std::vector<Receipt>> receipts = ReceiptArchive(m_workspace).loadAll();
    if (!receipts)
        return receipts.error();
    Result<std::map<QByteArray, VersionName>> names = versionNames();
    if (!names)
        return names.error();
    report.receipts = std::move(*receipts);
    report.versions = std::move(*names);
    std::set<QString> parties;
    for (const wallet::Identity& id : *identities)
        parties.insert(id.address);
    report.slices = earningSlices(report.receipts, parties);
    const std::map<QString, Amount> byParty = totalByParty(report.slices);
    for (const wallet::Identity& id : *identities) {
        const auto it = byParty.find(id.address);
        report.identities.push_back({id, it == byParty.end() ? 0 : it->second, {}, 0, 0});
    }
    if (Status s = addBalances(report); !s)
        return s.error();
    for (IdentityEarnings& e : report.identities)
        e.pending =
            std::max<Amount>(0, owedByOthers(report.slices, e.identity.address) - e.paidOut);
    for (const RecordTotal& t : topRecords(report.slices, topRecordCount)) {
        const auto v = report.versions.find(t.datanetVersion);
        report.topRecords.push_back(
            {t, v == report.versions.end() ? QString() : recordText(v->second, t.recordHash)});
    }
    return report;
}

Result<ReceiptWhy> EarningsService::explain(const Receipt& receipt) const
{
    Result<std::map<QByteArray, VersionName>> names = versionNames();
    if (!names)
        return names.error();
    std::set<QString> contributors;
    for (const AttributionLine& a : receipt.attribution)
        contributors.insert(a.contributor);
    const std::vector<EarningSlice> slices = earningSlices({receipt}, contributors);
    std::vector<AttributionDetail> details;
    for (const AttributionLine& a : receipt.attribution) {
        AttributionDetail d;
        d.line = a;
        if (const auto v = names->find(a.datanetVersion); v != names->end()) {
            d.datanet = v->second.datanet;
            d.version = v->second.version;
            d.text = recordText(v->second, a.recordHash);
        }
        for (const EarningSlice& s : slices)
            if (s.party == a.contributor && s.recordHash == a.recordHash &&
                s.datanetVersion == a.datanetVersion)
                d.earned += s.amount;
        details.push_back(d);
    }
    Result<std::optional<AnswerTrace>> answer = readAnswer(m_workspace, receipt.requestId);
    if (!answer)
        return answer.error();
    return ReceiptWhy{std::move(details), std::move(answer).value()};
}

} // namespace fw::ledger

// Agreement panel: the report of the campaign's stored labels, read off the GUI thread.
#include "ui/feedback/AgreementPanel.h"

#include "datanet/DatanetService.h"
#include "ui/common/Async.h"
#include "ui/common/MessageLabel.h"
#include "ui/common/Retranslate.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QSignalBlocker>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fw::ui {

namespace {
QTreeWidget* makeTree(QWidget* parent)
{
    auto* tree = new QTreeWidget(parent);
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    tree->setUniformRowHeights(true);
    tree->header()->setStretchLastSection(true);
    return tree;
}

QString number(const std::optional<double>& v)
{
    return v ? QString::number(*v, 'f', 3) : AgreementPanel::tr("not defined yet");
}

Result<AgreementSnapshot> load(store::Workspace& ws, const feedback::Campaign& campaign)
{
    Result<QList<feedback::StoredLabel>> all = feedback::LabelStore(ws).labels(campaign.datanetId);
    if (!all)
        return all.error();
    AgreementSnapshot s;
    QList<feedback::Label> labels;
    for (const feedback::StoredLabel& l : *all)
        if (l.label.campaign == campaign.name) {
            s.labels << l;
            labels << l.label;
        }
    s.report = feedback::agreementReport(labels, 10);
    Result<QList<wallet::Identity>> ids = wallet::WalletService(ws).identities();
    if (!ids)
        return ids.error();
    for (const wallet::Identity& id : *ids)
        s.names.insert(id.address, id.name);
    return s;
}
} // namespace

AgreementPanel::AgreementPanel(WorkspaceSession* session, QWidget* parent)
    : QWidget(parent), m_session(session), m_summary(new QLabel(this)),
      m_refresh(new QPushButton(this)), m_labelers(makeTree(this)), m_disagreed(makeTree(this)),
      m_detail(makeTree(this)), m_reject(new QPushButton(this)), m_message(new MessageLabel(this))
{
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_labelers->setColumnCount(3);
    m_labelers->setMaximumHeight(120);
    m_disagreed->setColumnCount(3);
    m_detail->setColumnCount(2);
    m_reject->setEnabled(false);
    auto* top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_refresh, 0, Qt::AlignTop);
    auto* detail = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detail, 1);
    detailLayout->addWidget(m_reject, 0, Qt::AlignRight);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_disagreed);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_labelers);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    connect(m_refresh, &QPushButton::clicked, this, &AgreementPanel::reload);
    connect(m_disagreed, &QTreeWidget::currentItemChanged, this, &AgreementPanel::showDetail);
    connect(m_reject, &QPushButton::clicked, this, &AgreementPanel::rejectSelected);
    retranslated(this, [this] { retranslate(); });
}

void AgreementPanel::retranslate()
{
    m_refresh->setText(tr("&Refresh"));
    m_reject->setText(tr("&Reject This Item's Pairs"));
    m_reject->setToolTip(tr("Rejects the preference records these labels gave, in the datanet's "
                            "review; the signed labels stay."));
    m_labelers->setHeaderLabels(
        {tr("Labeler"), tr("Comparisons"), tr("Agreement with the others")});
    m_disagreed->setHeaderLabels({tr("Disagreement"), tr("Labels"), tr("Item")});
    m_detail->setHeaderLabels({tr("Labeler"), tr("Judgement")});
    m_labelers->setAccessibleName(tr("Each labeler's agreement"));
    m_disagreed->setAccessibleName(tr("Most-disagreed items"));
    apply(m_snapshot);
}

void AgreementPanel::setCampaign(const feedback::Campaign& campaign)
{
    m_campaign = campaign;
    m_snapshot = {};
    apply(m_snapshot);
    reload();
}

void AgreementPanel::reload()
{
    const int generation = ++m_generation;
    if (!m_session->hasWorkspace() || m_session->isLocked() || m_campaign.id == 0)
        return;
    std::shared_ptr<store::Workspace> ws = m_session->workspace();
    m_session->beginBackgroundWork();
    runInBackground(
        this, [ws, campaign = m_campaign] { return load(*ws, campaign); },
        [this, generation](Result<AgreementSnapshot> s) {
            m_session->endBackgroundWork();
            if (generation != m_generation)
                return;
            if (!s)
                m_message->showMessage(s.error().message, true);
            else
                apply(*s);
            emit loaded();
        });
}

QString AgreementPanel::nameOf(const QString& address) const
{
    return m_snapshot.names.value(address, address.left(14) + QStringLiteral("…"));
}

void AgreementPanel::apply(const AgreementSnapshot& snapshot)
{
    m_snapshot = snapshot;
    const feedback::AgreementReport& r = snapshot.report;
    const QString over = r.basis == QLatin1String("ratings") ? tr("ordinal, over ratings")
                         : r.basis == QLatin1String("ranks") ? tr("ordinal, over ranks")
                                                             : tr("nominal, over choices");
    QString text = tr("<b>Krippendorff's alpha</b> (%1): <b>%2</b>").arg(over, number(r.alpha));
    text += QStringLiteral(" &nbsp;·&nbsp; ") +
            (r.labelers == 2 ? tr("<b>Cohen's kappa</b>: %1").arg(number(r.kappa))
                             : tr("Cohen's kappa needs exactly two labelers"));
    text += QStringLiteral("<br>") +
            tr("%1 items, %2 labels, %3 labelers").arg(r.items).arg(r.labels).arg(r.labelers);
    if (r.firstPositionRate)
        text += QStringLiteral(" &nbsp;·&nbsp; ") +
                tr("the chosen answer was the one shown first in %1% of choices")
                    .arg(qRound(*r.firstPositionRate * 100));
    m_summary->setText(r.labels == 0 ? tr("No labels in this campaign yet.") : text);
    m_labelers->clear();
    for (const feedback::LabelerAgreement& a : r.perLabeler) {
        auto* item = new QTreeWidgetItem(
            m_labelers, {nameOf(a.labeler), QString::number(a.comparisons),
                         a.comparisons ? tr("%1%").arg(qRound(a.agreement * 100)) : tr("-")});
        item->setToolTip(0, a.labeler);
    }
    // A refresh keeps the item being looked at (and its Reject button) selected.
    const QString selected =
        m_disagreed->currentItem() ? m_disagreed->currentItem()->data(0, Qt::UserRole).toString() : QString();
    QTreeWidgetItem* reselect = nullptr;
    const QSignalBlocker quiet(m_disagreed);
    m_disagreed->clear();
    for (const feedback::UnitDisagreement& d : r.disagreed) {
        const QString itemId = itemOfUnit(d.unit, m_campaign.name);
        QString prompt;
        for (const feedback::StoredLabel& l : snapshot.labels)
            if (l.label.item == itemId) {
                prompt = l.label.prompt;
                break;
            }
        auto* item = new QTreeWidgetItem(m_disagreed, {QString::number(d.disagreement, 'f', 2),
                                                       QString::number(d.values), prompt});
        item->setData(0, Qt::UserRole, itemId);
        item->setToolTip(2, prompt);
        if (!selected.isEmpty() && itemId == selected)
            reselect = item;
    }
    if (reselect)
        m_disagreed->setCurrentItem(reselect);
    for (QTreeWidget* t : {m_labelers, m_disagreed})
        for (int c = 0; c < t->columnCount() - 1; ++c)
            t->resizeColumnToContents(c);
    showDetail();
}

void AgreementPanel::showDetail()
{
    m_detail->clear();
    QTreeWidgetItem* current = m_disagreed->currentItem();
    m_reject->setEnabled(current != nullptr);
    if (!current)
        return;
    const QString itemId = current->data(0, Qt::UserRole).toString();
    for (const feedback::StoredLabel& l : m_snapshot.labels)
        if (l.label.item == itemId)
            new QTreeWidgetItem(m_detail, {nameOf(l.label.labeler), judgementText(l.label)});
    m_detail->resizeColumnToContents(0);
}

void AgreementPanel::rejectSelected()
{
    QTreeWidgetItem* current = m_disagreed->currentItem();
    if (!current || !m_session->hasWorkspace())
        return;
    const QString itemId = current->data(0, Qt::UserRole).toString();
    QList<qint64> labelIds;
    for (const feedback::StoredLabel& l : m_snapshot.labels)
        if (l.label.item == itemId)
            labelIds << l.id;
    std::shared_ptr<store::Workspace> ws = m_session->workspace();
    const qint64 datanetId = m_campaign.datanetId;
    const QString reason =
        tr("Labelers disagreed on this item (feedback campaign \"%1\").").arg(m_campaign.name);
    m_session->beginBackgroundWork();
    runInBackground(
        this,
        [ws, labelIds, datanetId, reason]() -> Result<qint64> {
            QList<qint64> records;
            for (qint64 id : labelIds) {
                Result<QList<qint64>> r = feedback::LabelStore(*ws).recordsOf(id);
                if (!r)
                    return r.error();
                records << *r;
            }
            if (records.isEmpty())
                return qint64(0);
            return datanet::DatanetService(*ws).review(datanetId, records,
                                                       datanet::RecordStatus::Rejected, reason);
        },
        [this](Result<qint64> changed) {
            m_session->endBackgroundWork();
            if (!changed)
                return m_message->showMessage(changed.error().message, true);
            m_message->showMessage(
                *changed > 0
                    ? tr("Pairs rejected in the datanet's review: %1.").arg(*changed)
                    : tr("These labels gave no pairs (ties, both bad or already rejected)."));
            emit rejected(*changed);
        });
}

QString AgreementPanel::itemOfUnit(const QString& unit, const QString& campaign)
{
    QString rest = unit;
    if (!campaign.isEmpty() && rest.startsWith(campaign + QLatin1Char('/')))
        rest = rest.mid(campaign.size() + 1);
    return rest.section(QLatin1Char('\x1f'), 0, 0);
}

QString AgreementPanel::judgementText(const feedback::Label& l)
{
    const auto source = [&l](int answer) { return l.answers.value(answer).source; };
    switch (l.mode) {
    case feedback::LabelMode::Pairwise:
        switch (l.choice) {
        case feedback::Choice::A:
            return tr("%1 better").arg(source(0));
        case feedback::Choice::B:
            return tr("%1 better").arg(source(1));
        case feedback::Choice::Tie:
            return tr("tie");
        case feedback::Choice::BothBad:
            return tr("both bad");
        }
        break;
    case feedback::LabelMode::Rating: {
        QStringList parts;
        for (int a = 0; a < l.answers.size(); ++a)
            parts << tr("%1: %2").arg(source(a)).arg(l.ratings.value(a));
        return parts.join(tr(", "));
    }
    case feedback::LabelMode::Ranking: {
        QStringList parts;
        for (int a : l.ranking)
            parts << source(a);
        return parts.join(QStringLiteral(" > "));
    }
    case feedback::LabelMode::Rewrite:
        return tr("rewrote %1's answer").arg(source(0));
    }
    return {};
}

} // namespace fw::ui

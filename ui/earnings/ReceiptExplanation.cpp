// The receipt's split lines and attribution lines as a two-level tree.
#include "ui/earnings/ReceiptExplanation.h"

#include "ui/earnings/RoleLabels.h"

#include "ui/common/Retranslate.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fw::ui {

namespace {
enum Column { What, Party, Amount, Detail, ColumnCount };
}

ReceiptExplanation::ReceiptExplanation(QWidget* parent)
    : QWidget(parent), m_summary(new QLabel(this)), m_tree(new QTreeWidget(this))
{
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tree->setColumnCount(ColumnCount);
    m_tree->setRootIsDecorated(true);
    m_tree->setWordWrap(true);
    m_tree->header()->setSectionResizeMode(Detail, QHeaderView::Stretch);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    retranslated(this, [this] {
        m_tree->setHeaderLabels({tr("Part"), tr("Party"), tr("OPEN"), tr("Record and datanet")});
        m_tree->setAccessibleName(tr("Why this receipt paid"));
        if (m_tree->topLevelItemCount() == 0)
            m_summary->setText(tr("Select a receipt to see who it paid and which records "
                                  "earned it."));
    });
}

void ReceiptExplanation::clear()
{
    m_tree->clear();
    m_summary->setText(tr("Select a receipt to see who it paid and which records earned it."));
}

void ReceiptExplanation::setReceipt(const ledger::Receipt& receipt,
                                    const std::vector<ledger::AttributionDetail>& details)
{
    m_tree->clear();
    m_summary->setText(tr("Request %1 to %2: %3 tokens in, %4 out, fee %5 OPEN, signed by node %6.")
                           .arg(receipt.requestId, receipt.deployment)
                           .arg(receipt.tokensIn)
                           .arg(receipt.tokensOut)
                           .arg(ledger::formatOpen(receipt.fee), receipt.node));
    auto* split = new QTreeWidgetItem(m_tree, {tr("Split of the fee")});
    for (const ledger::SplitLine& line : receipt.split)
        new QTreeWidgetItem(split, {RoleLabels::label(line.role), line.party,
                                    ledger::formatOpen(line.amount), QString()});
    auto* attribution = new QTreeWidgetItem(m_tree, {tr("Records that earned it")});
    if (details.empty())
        new QTreeWidgetItem(attribution,
                            {QString(), QString(), QString(),
                             tr("The answer was not attributed to any record; the data part "
                                "went by record counts.")});
    for (const ledger::AttributionDetail& d : details) {
        const QString where =
            d.datanet.isEmpty() ? tr("record %1 of a datanet this workspace does not hold")
                                      .arg(QString::fromLatin1(d.line.recordHash.toHex().left(12)))
                                : tr("%1 %2, record %3: %4")
                                      .arg(d.datanet, d.version,
                                           QString::fromLatin1(d.line.recordHash.toHex().left(12)),
                                           d.text.simplified());
        auto* item = new QTreeWidgetItem(
            attribution,
            {tr("%1% share").arg(QLocale().toString(double(d.line.share) / 10'000.0, 'f', 2)),
             d.line.contributor, ledger::formatOpen(d.earned), where});
        item->setToolTip(Detail, d.text);
    }
    m_tree->expandAll();
    m_tree->resizeColumnToContents(What);
    m_tree->resizeColumnToContents(Amount);
}

} // namespace fw::ui

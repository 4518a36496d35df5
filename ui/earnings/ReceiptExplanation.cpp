// The receipt's split lines and attribution lines as a two-level tree, and the kept answer as rich
// text with its attributed spans on a coloured background.
#include "ui/earnings/ReceiptExplanation.h"

#include "ui/earnings/RoleLabels.h"

#include "ui/common/Retranslate.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fw::ui {

namespace {
enum Column { What, Party, Amount, Detail, ColumnCount };
constexpr int kRecordRole = Qt::UserRole + 1; // an attribution line's record hash

// Light yellow for any attributed span, amber for the selected record's: readable on both.
const char* const kSpanColour = "#fff0a8";
const char* const kSelectedColour = "#ffb54d";

QString quoted(const QString& text)
{
    return ReceiptExplanation::tr("\u201c%1\u201d").arg(text.simplified());
}
} // namespace

ReceiptExplanation::ReceiptExplanation(QWidget* parent)
    : QWidget(parent), m_summary(new QLabel(this)), m_answerHeading(new QLabel(this)),
      m_answer(new QTextBrowser(this)), m_tree(new QTreeWidget(this))
{
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_answerHeading->setBuddy(m_answer);
    m_answer->setOpenLinks(false);
    // A few lines: the tree below carries the detail.
    m_answer->setMaximumHeight(m_answer->fontMetrics().lineSpacing() * 6);
    m_tree->setColumnCount(ColumnCount);
    m_tree->setRootIsDecorated(true);
    m_tree->setWordWrap(true);
    m_tree->header()->setSectionResizeMode(Detail, QHeaderView::Stretch);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_answerHeading);
    layout->addWidget(m_answer);
    layout->addWidget(m_tree, 1);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        // A span's row (under its record) selects its record too.
        while (item && !item->data(What, kRecordRole).isValid())
            item = item->parent();
        showAnswer(item ? item->data(What, kRecordRole).toByteArray() : QByteArray());
    });
    retranslated(this, [this] {
        m_tree->setHeaderLabels({tr("Part"), tr("Party"), tr("OPEN"), tr("Record and datanet")});
        m_tree->setAccessibleName(tr("Why this receipt paid"));
        m_answer->setAccessibleName(tr("The answer this receipt paid for"));
        m_answerHeading->setText(tr("&Answer (marked: spans found in training records)"));
        if (m_tree->topLevelItemCount() == 0)
            m_summary->setText(tr("Select a receipt to see who it paid and which records "
                                  "earned it."));
    });
    clear();
}

void ReceiptExplanation::clear()
{
    m_tree->clear();
    m_trace.reset();
    m_answer->clear();
    m_answerHeading->setVisible(false);
    m_answer->setVisible(false);
    m_summary->setText(tr("Select a receipt to see who it paid and which records earned it."));
}

void ReceiptExplanation::showAnswer(const QByteArray& selectedRecord)
{
    if (!m_trace) {
        m_answer->setHtml(
            QStringLiteral("<i>%1</i>")
                .arg(tr("This workspace keeps no answer for this receipt: another node served "
                        "it, its node was started with --forget-answers, or it is demo traffic "
                        "made before any model was trained.")
                         .toHtmlEscaped()));
        return;
    }
    // Each character's mark: 0 none, 1 in a span, 2 in a span of the selected record.
    const QString& text = m_trace->answer;
    std::vector<int> mark(size_t(text.size()), 0);
    for (const ledger::AnswerSpan& span : m_trace->spans) {
        const bool selected =
            !selectedRecord.isEmpty() &&
            std::find(span.records.begin(), span.records.end(), selectedRecord) != span.records.end();
        for (int i = span.begin; i < span.end && i < text.size(); ++i)
            mark[size_t(i)] = std::max(mark[size_t(i)], selected ? 2 : 1);
    }
    QString html = QStringLiteral("<p style=\"white-space: pre-wrap\">");
    for (int i = 0; i < text.size();) {
        int j = i;
        while (j < text.size() && mark[size_t(j)] == mark[size_t(i)])
            ++j;
        const QString piece = text.mid(i, j - i).toHtmlEscaped();
        if (mark[size_t(i)] == 0)
            html += piece;
        else
            html += QStringLiteral("<span style=\"background-color:%1; color:#000000\">%2</span>")
                        .arg(QLatin1String(mark[size_t(i)] == 2 ? kSelectedColour : kSpanColour),
                             piece);
        i = j;
    }
    m_answer->setHtml(html + QStringLiteral("</p>"));
}

void ReceiptExplanation::setReceipt(const ledger::Receipt& receipt, const ledger::ReceiptWhy& why)
{
    m_tree->clear();
    m_trace = why.answer;
    m_summary->setText(tr("Request %1 to %2: %3 tokens in, %4 out, fee %5 OPEN, signed by node %6.")
                           .arg(receipt.requestId, receipt.deployment)
                           .arg(receipt.tokensIn)
                           .arg(receipt.tokensOut)
                           .arg(ledger::formatOpen(receipt.fee), receipt.node));
    m_answerHeading->setVisible(true);
    m_answer->setVisible(true);
    showAnswer({});
    auto* split = new QTreeWidgetItem(m_tree, {tr("Split of the fee")});
    for (const ledger::SplitLine& line : receipt.split)
        new QTreeWidgetItem(split, {RoleLabels::label(line.role), line.party,
                                    ledger::formatOpen(line.amount), QString()});
    auto* attribution = new QTreeWidgetItem(m_tree, {tr("Records that earned it")});
    if (why.details.empty())
        new QTreeWidgetItem(attribution,
                            {QString(), QString(), QString(),
                             tr("The answer was not attributed to any record; the data part "
                                "went by record counts.")});
    for (const ledger::AttributionDetail& d : why.details) {
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
        item->setData(What, kRecordRole, d.line.recordHash);
        if (!m_trace)
            continue;
        for (const ledger::AnswerSpan& span : m_trace->spansOf(d.line.recordHash))
            new QTreeWidgetItem(
                item, {tr("In the answer"), QString(), QString(),
                       quoted(m_trace->answer.mid(span.begin, span.end - span.begin))});
    }
    m_tree->expandAll();
    m_tree->resizeColumnToContents(What);
    m_tree->resizeColumnToContents(Amount);
}

} // namespace fw::ui

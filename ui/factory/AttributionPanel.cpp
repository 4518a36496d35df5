// The attribution table and the highlighted answer.
#include "ui/factory/AttributionPanel.h"

#include "ui/common/Async.h"
#include "ui/common/Retranslate.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace fw::ui {

namespace {

enum Column { Share, Contributor, Datanet, Record, Matched, ColumnCount };

// A matched span may run into the chat template's markers ("<|im_end|>", "</s>"), which the
// answer on screen does not show: the pieces between them are what to mark and list.
QStringList visiblePieces(const QString& text)
{
    static const QRegularExpression marker(QStringLiteral("<\\|[^|>]*\\|>|</?s>"));
    QStringList pieces;
    for (const QString& piece : text.split(marker, Qt::SkipEmptyParts))
        if (!piece.trimmed().isEmpty())
            pieces << piece.trimmed();
    return pieces;
}

} // namespace

AttributionPanel::AttributionPanel(WorkspaceSession* session, QWidget* parent)
    : QWidget(parent), m_session(session), m_summary(new QLabel(this)),
      m_table(new QTableWidget(0, ColumnCount, this)), m_answer(new QTextBrowser(this))
{
    m_summary->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_answer->setMaximumHeight(90);
    auto* row = new QHBoxLayout;
    row->addWidget(m_table, 3);
    row->addWidget(m_answer, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addLayout(row);
    retranslated(this, [this] {
        m_table->setHorizontalHeaderLabels(
            {tr("Share"), tr("Contributor"), tr("Datanet"), tr("Record"), tr("Matched text")});
        m_table->setAccessibleName(tr("Training records behind the answer"));
        m_answer->setAccessibleName(tr("Answer with matched spans"));
    });
}

void AttributionPanel::explain(const QString& model, const QString& prompt, const QString& answer)
{
    if (m_working || !m_session->hasWorkspace() || m_session->isLocked() || answer.isEmpty())
        return;
    std::shared_ptr<store::Workspace> workspace = m_session->workspace();
    if (!m_service || m_serviceWorkspace != workspace.get()) {
        m_service = std::make_shared<attribution::AttributionService>(*workspace);
        m_serviceWorkspace = workspace.get();
    }
    m_working = true;
    show();
    showWorking(model);
    m_session->beginBackgroundWork();
    runInBackground(
        this,
        [service = m_service, workspace, model, prompt, answer] {
            return service->attribute(model, prompt, answer);
        },
        [this, answer](Result<attribution::Attribution> result) {
            m_session->endBackgroundWork();
            m_working = false;
            if (result)
                showResult(*result, answer);
            else
                showError(result.error().message);
            emit finished();
        });
}

void AttributionPanel::showWorking(const QString& model)
{
    m_summary->setText(tr("Tracing the answer back to %1's training records…").arg(model));
    m_table->setRowCount(0);
    m_answer->clear();
}

void AttributionPanel::showError(const QString& message)
{
    m_summary->setText(message);
    m_table->setRowCount(0);
}

void AttributionPanel::showResult(const attribution::Attribution& result, const QString& answer)
{
    const QLocale l;
    if (result.lines.isEmpty())
        m_summary->setText(
            tr("No span of this answer occurs in %1's training data: nobody's record shaped it "
               "word for word.")
                .arg(result.model));
    else
        m_summary->setText(
            tr("Training records that share spans with this answer (%2 tokens): %1. Their "
               "shares add up to 100 %.")
                .arg(result.lines.size())
                .arg(result.responseTokens));
    m_table->setRowCount(int(result.lines.size()));
    QStringList matched;
    for (int i = 0; i < result.lines.size(); ++i) {
        const attribution::AttributionLine& line = result.lines.at(i);
        QStringList texts;
        for (const attribution::MatchedSpan& s : line.spans) {
            const QStringList pieces = visiblePieces(s.text);
            texts << pieces.join(QLatin1Char(' '));
            matched << pieces;
        }
        const QString contributor =
            line.contributor.left(10) + QStringLiteral("…") + line.contributor.right(6);
        const QStringList cells{l.toString(line.share * 100.0, 'f', 1) + QStringLiteral(" %"),
                                contributor, line.datanetName, line.recordHash.left(12),
                                texts.join(QStringLiteral(" … "))};
        for (int c = 0; c < ColumnCount; ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            if (c == Contributor)
                item->setToolTip(line.contributor);
            if (c == Record)
                item->setToolTip(line.recordHash);
            m_table->setItem(i, c, item);
        }
    }
    // The answer with every matched span marked, longest first so a short span inside a long one
    // does not split its mark.
    std::sort(matched.begin(), matched.end(),
              [](const QString& a, const QString& b) { return a.size() > b.size(); });
    // (Qt's rich text has no <mark>: a background colour does the same.)
    const QString open = QStringLiteral("<span style=\"background-color:#fde68a\">");
    QString html = answer.toHtmlEscaped();
    for (const QString& text : matched) {
        const QString escaped = text.trimmed().toHtmlEscaped();
        if (escaped.size() >= 3 && !html.contains(open + escaped))
            html.replace(escaped, open + escaped + QStringLiteral("</span>"));
    }
    m_answer->setHtml(html);
}

} // namespace fw::ui

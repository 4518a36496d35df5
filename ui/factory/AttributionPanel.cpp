// The attribution table and the highlighted answer.
#include "ui/factory/AttributionPanel.h"

#include "ui/common/Async.h"
#include "ui/common/Retranslate.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QComboBox>
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

enum Column { Share, Contributor, Datanet, Record, Matched, Method, Score, ColumnCount };

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
    : QWidget(parent), m_session(session), m_method(new QComboBox(this)), m_summary(new QLabel(this)),
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
    for (int i = 0; i < 3; ++i)
        m_method->addItem(QString(), i); // AttributionMethod: Spans, Gradient, Both
    auto* top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_method);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(row);
    connect(m_method, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_lastAnswer.isEmpty())
            explain(m_lastModel, m_lastPrompt, m_lastAnswer);
    });
    retranslated(this, [this] {
        m_method->setItemText(0, tr("Spans"));
        m_method->setItemText(1, tr("Gradient"));
        m_method->setItemText(2, tr("Both"));
        m_method->setToolTip(tr("Spans: the training text the answer repeats. Gradient (LoRA "
                                "adapters): the records whose training pushed the adapter "
                                "towards this answer (TracIn)."));
        m_method->setAccessibleName(tr("Attribution method"));
        m_table->setHorizontalHeaderLabels({tr("Share"), tr("Contributor"), tr("Datanet"),
                                            tr("Record"), tr("Matched text"), tr("Method"),
                                            tr("Score")});
        m_table->setAccessibleName(tr("Training records behind the answer"));
        m_answer->setAccessibleName(tr("Answer with matched spans"));
    });
}

void AttributionPanel::explain(const QString& model, const QString& prompt, const QString& answer)
{
    if (m_working || !m_session->hasWorkspace() || m_session->isLocked() || answer.isEmpty())
        return;
    m_lastModel = model;
    m_lastPrompt = prompt;
    m_lastAnswer = answer;
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
        [service = m_service, workspace, model, prompt, answer, method = method()] {
            attribution::AttributionOptions options;
            options.method = method;
            return service->attribute(model, prompt, answer, options);
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

attribution::AttributionMethod AttributionPanel::method() const
{
    return attribution::AttributionMethod(m_method->currentData().toInt());
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
    int spanLines = 0, gradientLines = 0;
    for (const attribution::AttributionLine& line : result.lines)
        ++(line.method == QLatin1String("gradient") ? gradientLines : spanLines);
    QStringList summary;
    if (method() != attribution::AttributionMethod::Gradient)
        summary << (spanLines == 0
                        ? tr("No span of this answer occurs in %1's training data: nobody's "
                             "record shaped it word for word.")
                              .arg(result.model)
                        : tr("Training records that share spans with this answer (%2 tokens): "
                             "%1. Their shares add up to 100 %.")
                              .arg(spanLines)
                              .arg(result.responseTokens));
    if (method() != attribution::AttributionMethod::Spans)
        summary << (gradientLines == 0
                        ? tr("No training record moved %1 towards this answer.").arg(result.model)
                        : tr("Training records whose gradients moved the adapter towards (or "
                             "away from) this answer: %1. Shares divide the positive influence; "
                             "negative influence is shown, not paid.")
                              .arg(gradientLines));
    m_summary->setText(summary.join(QLatin1Char(' ')));
    // Matched text is a span's; the method column only tells lines apart when both are listed.
    m_table->setColumnHidden(Matched, method() == attribution::AttributionMethod::Gradient);
    m_table->setColumnHidden(Method, method() != attribution::AttributionMethod::Both);
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
        const bool gradient = line.method == QLatin1String("gradient");
        const bool negative = line.score < 0;
        const QString score = gradient ? l.toString(line.score, 'g', 3) : l.toString(line.score, 'f', 1);
        const QStringList cells{
            l.toString(line.share * 100.0, 'f', 1) + QStringLiteral(" %"),
            contributor,
            line.datanetName,
            line.recordHash.left(12),
            gradient ? QString() : texts.join(QStringLiteral(" … ")),
            gradient ? tr("Gradient") : tr("Spans"),
            negative ? tr("%1 (negative, not paid)").arg(score) : score};
        for (int c = 0; c < ColumnCount; ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            if (negative) {
                item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
                item->setToolTip(tr("Training on this record pushed the adapter away from this "
                                    "answer: shown, not paid."));
            }
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

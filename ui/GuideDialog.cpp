// The in-app guide: steps of the flywheel and keyboard shortcuts, as rich text.
#include "ui/GuideDialog.h"

#include <QDialogButtonBox>
#include <QKeySequence>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace fw::ui {

namespace {
QString keys(const QKeySequence& sequence)
{
    return sequence.toString(QKeySequence::NativeText).toHtmlEscaped();
}

QString row(const QString& key, const QString& what)
{
    return QStringLiteral("<tr><td><b>%1</b>&nbsp;&nbsp;</td><td>%2</td></tr>").arg(key, what);
}
} // namespace

GuideDialog::GuideDialog(QWidget* parent) : QDialog(parent), m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("Flywheel Guide"));
    m_browser->setOpenLinks(false);
    m_browser->setHtml(guideText());
    m_browser->setAccessibleName(tr("Guide"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(620, 560);
}

QString GuideDialog::guideText()
{
    QString html = tr(
        "<h2>The flywheel</h2>"
        "<p>Data makes models, models earn, earnings reward the people who made the data.</p>"
        "<ol>"
        "<li><b>Datanets</b>: collect records from contributors (import JSONL, CSV or text, or add "
        "them one by one), review them, and freeze a version once the requirements are met.</li>"
        "<li><b>ModelFactory, Train</b>: pick a ready version, a base and a preset, press "
        "<i>Train</i>. <i>Measure Time</i> first tells how long it will take on this computer. "
        "Runs wait in a queue, one at a time.</li>"
        "<li><b>History and Evaluation</b>: compare loss curves, then put the prompts the run held "
        "out to the base and the trained model side by side.</li>"
        "<li><b>Playground</b>: chat with a model, or two at once; <i>Why This Answer?</i> shows "
        "the records behind an answer.</li>"
        "<li><b>Nodes and Wallet</b>: deploy a model to a node that answers requests; each answer "
        "pays its contributors, the builder and the node, with signed receipts.</li>"
        "</ol>"
        "<p>Everything stays inside the encrypted workspace; lock it when you step away.</p>");
    html += tr("<h2>Keyboard shortcuts</h2>");
    html += QStringLiteral("<table>");
    html += row(keys(QKeySequence::HelpContents), tr("This guide"));
    html += row(keys(QKeySequence::New), tr("New workspace"));
    html += row(keys(QKeySequence::Open), tr("Open a workspace"));
    html += row(keys(QKeySequence(Qt::CTRL | Qt::Key_L)), tr("Lock the workspace"));
    html += row(keys(QKeySequence::Quit), tr("Quit"));
    html += row(QStringLiteral("A / R / F"),
                tr("Approve, reject or flag the selected records (Records tab)"));
    html += row(keys(QKeySequence::Undo), tr("Undo the last review decision (Records tab)"));
    html += row(keys(QKeySequence(Qt::CTRL | Qt::Key_Return)), tr("Send the message (Playground)"));
    html += row(tr("%1 / %2").arg(keys(QKeySequence(Qt::CTRL | Qt::Key_Up)), keys(QKeySequence(Qt::CTRL | Qt::Key_Down))),
                tr("Move the selected waiting run earlier or later (training queue)"));
    html += row(keys(QKeySequence::Delete), tr("Take the selected run out of the training queue"));
    html += row(tr("Alt + underlined letter"),
                tr("Press a button or focus a field, e.g. Alt+T for Train"));
    html += QStringLiteral("</table>");
    return html;
}

} // namespace fw::ui

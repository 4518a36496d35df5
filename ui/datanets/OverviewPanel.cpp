// Overview tab: checklist rows are rebuilt on every reload (there are five of them).
#include "ui/datanets/OverviewPanel.h"

#include "datanet/DatanetService.h"
#include "ui/datanets/DatanetListModel.h"
#include "ui/datanets/RequirementsEditor.h"
#include "ui/common/Retranslate.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QDialog>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QValueAxis>
#include <QVBoxLayout>

namespace fw::ui {

namespace {
QString amount(const datanet::RequirementCheck& c, double value)
{
    const bool rate = c.key.endsWith(QLatin1String("Rate"));
    return rate ? QStringLiteral("%1 %").arg(QLocale().toString(value * 100, 'f', 1))
                : QLocale().toString(qint64(value));
}
} // namespace

OverviewPanel::OverviewPanel(WorkspaceSession* session, QWidget* parent)
    : QWidget(parent), m_session(session), m_about(new QLabel(this)), m_counts(new QLabel(this)),
      m_readiness(new QLabel(this)), m_checklist(new QWidget(this)),
      m_checkGrid(new QGridLayout(m_checklist)), m_edit(new QPushButton(this)),
      m_chart(new QChartView(this))
{
    m_about->setWordWrap(true);
    m_counts->setWordWrap(true);
    m_readiness->setWordWrap(true);
    QFont bold = m_readiness->font();
    bold.setBold(true);
    m_readiness->setFont(bold);
    m_checkGrid->setContentsMargins(0, 0, 0, 0);
    m_checkGrid->setColumnStretch(1, 1);
    m_chart->setRenderHint(QPainter::Antialiasing);
    m_chart->setMinimumHeight(220);

    auto* reqBox = new QGroupBox(this);
    auto* reqLayout = new QVBoxLayout(reqBox);
    reqLayout->addWidget(m_readiness);
    reqLayout->addWidget(m_checklist);
    auto* editRow = new QHBoxLayout;
    editRow->addStretch();
    editRow->addWidget(m_edit);
    reqLayout->addLayout(editRow);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_about);
    layout->addWidget(m_counts);
    layout->addWidget(reqBox);
    layout->addWidget(m_chart, 1);
    connect(m_edit, &QPushButton::clicked, this, &OverviewPanel::editRequirements);
    m_datanet.reset();
    setEnabled(false);
    // reload() writes the counts, the checklist and the chart, all in the current language.
    retranslated(this, [this, reqBox] {
        m_edit->setText(tr("Edit &Requirements…"));
        m_chart->setAccessibleName(tr("Records and approvals over time"));
        reqBox->setTitle(tr("Requirements for training"));
        reload();
    });
}

void OverviewPanel::setDatanet(const datanet::Datanet* datanet)
{
    m_datanet = datanet ? std::optional<datanet::Datanet>(*datanet) : std::nullopt;
    setEnabled(m_datanet.has_value());
    reload();
}

void OverviewPanel::reload()
{
    if (!m_datanet || !m_session->hasWorkspace() || m_session->isLocked()) {
        m_about->clear();
        m_counts->clear();
        m_readiness->clear();
        showChecklist({});
        showTimeline({});
        return;
    }
    const datanet::Datanet& d = *m_datanet;
    QString about = tr("<b>%1</b> · %2").arg(d.name.toHtmlEscaped(), DatanetListModel::kindText(d.kind));
    if (!d.domain.isEmpty())
        about += tr(" · domain: %1").arg(d.domain.toHtmlEscaped());
    if (!d.license.isEmpty())
        about += tr(" · license: %1").arg(d.license.toHtmlEscaped());
    if (!d.description.isEmpty())
        about += QStringLiteral("<br>") + d.description.toHtmlEscaped();
    m_about->setText(about);

    datanet::DatanetService service(*m_session->workspace());
    if (Result<datanet::DatanetCounts> c = service.counts(d.id); c) {
        const QLocale l;
        m_counts->setText(tr("%1 records: %2 pending, %3 approved, %4 rejected, %5 flagged · %6 near duplicates "
                             "flagged, %7 exact duplicates refused · %8 contributors of approved records · "
                             "about %9 approved tokens")
                              .arg(l.toString(c->records), l.toString(c->pending), l.toString(c->approved),
                                   l.toString(c->rejected), l.toString(c->flagged), l.toString(c->nearDuplicates),
                                   l.toString(c->exactDuplicates), l.toString(c->contributors),
                                   l.toString(c->approvedTokens)));
    }
    if (Result<datanet::RequirementReport> report = service.evaluateRequirements(d.id); report) {
        showChecklist(*report);
        m_readiness->setText(report->ready ? tr("✔ Ready: a version frozen now can be trained on.")
                                           : tr("Not ready yet. Missing: %1").arg(report->missing().join(tr("; "))));
        m_readiness->setStyleSheet(report->ready ? QStringLiteral("color: #15803d;") : QStringLiteral("color: #b45309;"));
    }
    if (Result<QList<datanet::TimelineDay>> days = service.timeline(d.id); days)
        showTimeline(*days);
}

void OverviewPanel::showChecklist(const datanet::RequirementReport& report)
{
    while (QLayoutItem* item = m_checkGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    int row = 0;
    for (const datanet::RequirementCheck& c : report.checks) {
        auto* mark = new QLabel(c.met ? QStringLiteral("✔") : QStringLiteral("✘"), m_checklist);
        mark->setStyleSheet(c.met ? QStringLiteral("color: #15803d;") : QStringLiteral("color: #b91c1c;"));
        auto* label = new QLabel(c.label, m_checklist);
        auto* bar = new QProgressBar(m_checklist);
        bar->setRange(0, 1000);
        bar->setValue(int(c.progress * 1000));
        bar->setTextVisible(false);
        bar->setMaximumWidth(220);
        bar->setAccessibleName(c.label);
        auto* value = new QLabel(tr("%1 of %2").arg(amount(c, c.current), amount(c, c.target)), m_checklist);
        if (c.atMost)
            value->setText(tr("%1 (at most %2)").arg(amount(c, c.current), amount(c, c.target)));
        m_checkGrid->addWidget(mark, row, 0);
        m_checkGrid->addWidget(label, row, 1);
        m_checkGrid->addWidget(bar, row, 2);
        m_checkGrid->addWidget(value, row, 3);
        ++row;
    }
}

void OverviewPanel::showTimeline(const QList<datanet::TimelineDay>& days)
{
    auto* chart = new QChart;
    chart->setTitle(tr("Records and approvals over time"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto* submitted = new QLineSeries(chart);
    auto* approved = new QLineSeries(chart);
    submitted->setName(tr("Records submitted"));
    approved->setName(tr("Records approved"));
    qint64 totalSubmitted = 0;
    qint64 totalApproved = 0;
    // A single day would draw no line: start from zero the day before.
    if (!days.isEmpty()) {
        const qreal before = QDateTime(days.first().day.addDays(-1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        submitted->append(before, 0);
        approved->append(before, 0);
    }
    for (const datanet::TimelineDay& day : days) {
        totalSubmitted += day.submitted;
        totalApproved += day.approved;
        const qreal x = QDateTime(day.day, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        submitted->append(x, qreal(totalSubmitted));
        approved->append(x, qreal(totalApproved));
    }
    chart->addSeries(submitted);
    chart->addSeries(approved);
    auto* x = new QDateTimeAxis(chart);
    x->setFormat(QStringLiteral("MMM d"));
    x->setTickCount(qBound(2, int(days.size()) + 1, 7));
    auto* y = new QValueAxis(chart);
    y->setLabelFormat(QStringLiteral("%d"));
    y->setRange(0, qMax<qint64>(1, totalSubmitted) * 1.1);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries* s : {submitted, approved}) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    QChart* old = m_chart->chart();
    m_chart->setChart(chart);
    delete old;
}

void OverviewPanel::editRequirements()
{
    if (!m_datanet)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Requirements of %1").arg(m_datanet->name));
    auto* editor = new RequirementsEditor(&dialog);
    editor->setRequirements(m_datanet->requirements);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addWidget(editor);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const datanet::Requirements r = editor->requirements();
    if (Status s = datanet::DatanetService(*m_session->workspace()).setRequirements(m_datanet->id, r); !s) {
        QMessageBox::warning(this, tr("Requirements"), s.error().message);
        return;
    }
    m_datanet->requirements = r;
    reload();
    emit requirementsChanged();
}

} // namespace fw::ui

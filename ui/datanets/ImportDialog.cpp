// Import dialog: form, CSV mapping, preview (the first records parsed from the file's start),
// and the running import.
#include "ui/datanets/ImportDialog.h"

#include "datanet/RecordReader.h"
#include "ui/datanets/ImportJob.h"
#include "ui/datanets/RecordTableModel.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace fw::ui {

namespace {
constexpr qint64 kPreviewBytes = 256 * 1024;
constexpr int kPreviewRecords = 20;

const datanet::ImportFormat kFormats[] = {
    datanet::ImportFormat::Alpaca, datanet::ImportFormat::ShareGpt,  datanet::ImportFormat::OpenAi,
    datanet::ImportFormat::Preference, datanet::ImportFormat::TextJsonl, datanet::ImportFormat::Csv,
    datanet::ImportFormat::PlainText,
};

QString formatText(datanet::ImportFormat format)
{
    switch (format) {
    case datanet::ImportFormat::Alpaca: return ImportDialog::tr("Alpaca JSONL (instruction, input, output)");
    case datanet::ImportFormat::ShareGpt: return ImportDialog::tr("ShareGPT JSONL (conversations)");
    case datanet::ImportFormat::OpenAi: return ImportDialog::tr("OpenAI chat JSONL (messages)");
    case datanet::ImportFormat::Preference: return ImportDialog::tr("Preference pairs JSONL (prompt, chosen, rejected)");
    case datanet::ImportFormat::TextJsonl: return ImportDialog::tr("Text JSONL (text)");
    case datanet::ImportFormat::Csv: return ImportDialog::tr("CSV with a header row");
    case datanet::ImportFormat::PlainText: return ImportDialog::tr("Plain text (paragraphs)");
    }
    return {};
}

// The file's first bytes, cut after the last complete line so the preview shows no false errors.
QByteArray fileHead(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray head = file.read(kPreviewBytes);
    if (!file.atEnd()) {
        const qsizetype cut = head.lastIndexOf('\n');
        if (cut > 0)
            head.truncate(cut + 1);
    }
    return head;
}

QString duration(double seconds)
{
    const qint64 s = qint64(seconds + 0.5);
    return s >= 3600 ? QStringLiteral("%1:%2:%3").arg(s / 3600).arg(s / 60 % 60, 2, 10, QLatin1Char('0')).arg(s % 60, 2, 10, QLatin1Char('0'))
                     : QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

ImportDialog::ImportDialog(WorkspaceSession* session, const datanet::Datanet& datanet, const QString& path,
                           QWidget* parent)
    : QDialog(parent), m_session(session), m_datanet(datanet), m_path(path)
{
    setWindowTitle(tr("Import into %1").arg(datanet.name));
    const QByteArray head = fileHead(path);
    Result<datanet::ImportFormat> detected = datanet::detectFormat(QFileInfo(path).fileName(), head);
    if (detected)
        m_detected = *detected;
    else
        m_detectError = detected.error().message;
    buildForm();
    fillIdentities();
    onFormatChanged();
    resize(760, 560);
}

ImportDialog::~ImportDialog() = default;

void ImportDialog::buildForm()
{
    auto* fileLabel = new QLabel(tr("File: <b>%1</b> (%2)")
                                     .arg(QFileInfo(m_path).fileName().toHtmlEscaped(),
                                          QLocale().formattedDataSize(QFileInfo(m_path).size())),
                                 this);
    m_format = new QComboBox(this);
    m_format->addItem(m_detected ? tr("Detect: %1").arg(formatText(*m_detected)) : tr("Detect (not recognised)"));
    for (datanet::ImportFormat f : kFormats)
        m_format->addItem(formatText(f), int(f));
    m_format->setAccessibleName(tr("File format"));
    m_identity = new QComboBox(this);
    m_identity->setAccessibleName(tr("Contributor identity"));
    m_skipBad = new QCheckBox(tr("Skip malformed lines (otherwise one bad line refuses the whole file)"), this);

    auto* form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Signed by:"), m_identity);
    form->addRow(QString(), m_skipBad);

    m_csvGroup = new QGroupBox(tr("CSV columns"), this);
    m_csvForm = new QFormLayout(m_csvGroup);
    m_delimiter = new QComboBox(m_csvGroup);
    m_delimiter->addItem(tr("Comma"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_csvForm->addRow(tr("&Delimiter:"), m_delimiter);
    for (const QString& field : csvFields()) {
        auto* box = new QComboBox(m_csvGroup);
        box->setAccessibleName(tr("Column for %1").arg(field));
        m_csvColumns.insert(field, box);
        m_csvForm->addRow(tr("%1:").arg(field), box);
        connect(box, &QComboBox::currentIndexChanged, this, &ImportDialog::refreshPreview);
    }

    m_previewModel = new QStandardItemModel(this);
    m_preview = new QTableView(this);
    m_preview->setModel(m_previewModel);
    m_preview->verticalHeader()->hide();
    m_preview->setWordWrap(false);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setAccessibleName(tr("Preview of the first records"));

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* import = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    import->setDefault(true);
    connect(import, &QPushButton::clicked, this, &ImportDialog::startImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(fileLabel);
    layout->addLayout(form);
    layout->addWidget(m_csvGroup);
    layout->addWidget(new QLabel(tr("Preview (first records of the file):"), this));
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ImportDialog::onFormatChanged);
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, &ImportDialog::onFormatChanged);
    connect(m_skipBad, &QCheckBox::toggled, this, [this] { m_status->clear(); });
}

QStringList ImportDialog::csvFields() const
{
    switch (m_datanet.kind) {
    case datanet::RecordKind::Instruction: return {QStringLiteral("instruction"), QStringLiteral("input"), QStringLiteral("output")};
    case datanet::RecordKind::Chat: return {QStringLiteral("system"), QStringLiteral("user"), QStringLiteral("assistant")};
    case datanet::RecordKind::Text: return {QStringLiteral("text")};
    case datanet::RecordKind::Preference: return {QStringLiteral("prompt"), QStringLiteral("chosen"), QStringLiteral("rejected")};
    }
    return {};
}

QComboBox* ImportDialog::csvColumnBox(const QString& field) const
{
    return m_csvColumns.value(field);
}

void ImportDialog::fillIdentities()
{
    Result<QList<wallet::Identity>> identities = m_session->wallet().identities();
    if (!identities)
        return m_status->setText(identities.error().message);
    for (const wallet::Identity& id : *identities) {
        if (id.external) // no private key here: it cannot sign an import
            continue;
        m_identity->addItem(tr("%1 (%2…)").arg(id.name, id.address.left(14)), id.id);
        if (id.isDefault)
            m_identity->setCurrentIndex(m_identity->count() - 1);
    }
}

std::optional<datanet::ImportFormat> ImportDialog::chosenFormat() const
{
    if (m_format->currentIndex() <= 0)
        return m_detected;
    return datanet::ImportFormat(m_format->currentData().toInt());
}

void ImportDialog::onFormatChanged()
{
    const bool csv = chosenFormat() == datanet::ImportFormat::Csv;
    m_csvGroup->setVisible(csv);
    if (csv)
        readCsvHeader();
    refreshPreview();
}

void ImportDialog::readCsvHeader()
{
    QFile file(m_path);
    QByteArray line;
    if (file.open(QIODevice::ReadOnly))
        line = file.readLine(64 * 1024).trimmed();
    if (line.startsWith("\xEF\xBB\xBF"))
        line.remove(0, 3);
    const QChar delimiter = m_delimiter->currentData().toString().at(0);
    m_csvHeader.clear();
    for (const QString& column : QString::fromUtf8(line).split(delimiter))
        m_csvHeader << column.trimmed().remove(QLatin1Char('"'));
    for (auto it = m_csvColumns.begin(); it != m_csvColumns.end(); ++it) {
        QSignalBlocker block(it.value());
        it.value()->clear();
        it.value()->addItem(tr("(none)"), QString());
        for (const QString& column : m_csvHeader)
            it.value()->addItem(column, column);
        // Preselect the column named like the field, as the CLI's default mapping does.
        const int same = it.value()->findData(it.key(), Qt::UserRole, Qt::MatchFixedString);
        it.value()->setCurrentIndex(same > 0 ? same : 0);
    }
}

datanet::ImportOptions ImportDialog::options() const
{
    datanet::ImportOptions o;
    if (m_format->currentIndex() > 0)
        o.format = datanet::ImportFormat(m_format->currentData().toInt());
    o.skipBad = m_skipBad->isChecked();
    o.identityId = m_identity->currentData().toLongLong();
    if (chosenFormat() == datanet::ImportFormat::Csv) {
        o.csv.delimiter = m_delimiter->currentData().toString().at(0);
        for (auto it = m_csvColumns.cbegin(); it != m_csvColumns.cend(); ++it)
            if (const QString column = it.value()->currentData().toString(); !column.isEmpty())
                o.csv.columns.insert(it.key(), column);
    }
    return o;
}

void ImportDialog::refreshPreview()
{
    m_previewModel->clear();
    m_previewModel->setHorizontalHeaderLabels({tr("Line"), tr("Result"), tr("Record")});
    const std::optional<datanet::ImportFormat> format = chosenFormat();
    if (!format) {
        m_status->setText(tr("The format was not recognised (%1). Choose it above.").arg(m_detectError));
        return;
    }
    QByteArray head = fileHead(m_path);
    QBuffer buffer(&head);
    buffer.open(QIODevice::ReadOnly);
    const datanet::ImportOptions o = options();
    Result<std::unique_ptr<datanet::RecordReader>> reader =
        datanet::RecordReader::create(buffer, *format, m_datanet.kind, o.csv);
    if (!reader) {
        m_status->setText(reader.error().message);
        return;
    }
    m_status->clear();
    datanet::ParsedItem item;
    for (int n = 0; n < kPreviewRecords && (*reader)->next(item); ++n) {
        QList<QStandardItem*> row;
        row << new QStandardItem(QString::number(item.line));
        if (item.content) {
            datanet::RecordInfo info;
            info.content = item.content->canonical();
            row << new QStandardItem(tr("OK")) << new QStandardItem(RecordTableModel::preview(info, m_datanet.kind));
        } else {
            auto* bad = new QStandardItem(tr("Malformed"));
            bad->setForeground(QColor(0xb9, 0x1c, 0x1c));
            row << bad << new QStandardItem(item.error);
        }
        m_previewModel->appendRow(row);
    }
    m_preview->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_preview->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_preview->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
}

bool ImportDialog::isImporting() const
{
    return m_job && m_job->isRunning();
}

void ImportDialog::setImporting(bool importing)
{
    for (QWidget* w : {static_cast<QWidget*>(m_format), static_cast<QWidget*>(m_identity),
                       static_cast<QWidget*>(m_skipBad), static_cast<QWidget*>(m_csvGroup)})
        w->setEnabled(!importing);
    for (QAbstractButton* b : m_buttons->buttons())
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
            b->setEnabled(!importing);
    m_progress->setVisible(importing);
}

void ImportDialog::startImport()
{
    if (isImporting())
        return;
    if (!chosenFormat())
        return m_status->setText(tr("Choose the file's format first."));
    if (m_identity->currentIndex() < 0)
        return m_status->setText(tr("This workspace has no identity to sign the contribution with."));
    delete m_job;
    m_job = new ImportJob(m_session, m_datanet.id, m_path, options(), this);
    connect(m_job, &ImportJob::progress, this, &ImportDialog::onProgress);
    connect(m_job, &ImportJob::indexing, this, [this](qint64 done, qint64 total) {
        m_progress->setValue(total > 0 ? int(1000 * done / total) : 1000);
        m_status->setText(tr("Imported. Indexing for search: %1 of %2 records")
                              .arg(QLocale().toString(done), QLocale().toString(total)));
    });
    connect(m_job, &ImportJob::finished, this, &ImportDialog::onFinished);
    connect(m_job, &ImportJob::failed, this, &ImportDialog::onFailed);
    m_progress->setValue(0);
    m_status->setText(tr("Importing…"));
    setImporting(true);
    m_job->start();
}

void ImportDialog::onProgress(const datanet::ImportProgress& p)
{
    if (p.totalBytes > 0)
        m_progress->setValue(int(1000 * p.bytesRead / p.totalBytes));
    QString text = tr("%1 records read").arg(QLocale().toString(p.records));
    if (p.malformed > 0)
        text += tr(", %1 malformed").arg(QLocale().toString(p.malformed));
    if (p.etaSeconds >= 0)
        text += tr(" · about %1 left").arg(duration(p.etaSeconds));
    m_status->setText(text);
}

void ImportDialog::onFinished(const datanet::ImportReport& report)
{
    setImporting(false);
    m_report = report;
    accept();
}

void ImportDialog::onFailed(int code, const QString& message)
{
    setImporting(false);
    if (ErrorCode(code) == ErrorCode::Cancelled) {
        m_status->setText(tr("Import cancelled; the datanet is unchanged."));
        return;
    }
    // A refused file: the lines and reasons are in the message; the user may now tick "skip".
    m_status->setText(tr("Nothing was imported. %1").arg(message));
}

void ImportDialog::reject()
{
    if (isImporting()) {
        m_status->setText(tr("Cancelling…"));
        m_job->cancel();
        return; // failed(Cancelled) follows; the dialog stays so the user sees it
    }
    QDialog::reject();
}

} // namespace fw::ui

// Import dialog for Hugging Face model folders: the check on a worker, the summary, the import.
#include "ui/factory/ImportModelDialog.h"

#include "models/ModelStore.h"
#include "ui/common/Async.h"
#include "ui/common/BusyBar.h"
#include "ui/common/MessageLabel.h"
#include "ui/common/MlEngine.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>
#include <utility>

namespace fw::ui {

namespace {
// Typing a path would otherwise load a model per keystroke.
constexpr int kTypingPauseMs = 500;
// Sharded checkpoints have dozens of files: the line names this many, the tooltip all.
constexpr int kFilesNamed = 5;

QString noValue()
{
    return QStringLiteral("—");
}

QStringList summaryTitles()
{
    return {ImportModelDialog::tr("Architecture:"),
            ImportModelDialog::tr("Parameters:"),
            ImportModelDialog::tr("Layers:"),
            ImportModelDialog::tr("Hidden size:"),
            ImportModelDialog::tr("Attention heads:"),
            ImportModelDialog::tr("Vocabulary:"),
            ImportModelDialog::tr("Context:"),
            ImportModelDialog::tr("Tokenizer:"),
            ImportModelDialog::tr("Chat template:"),
            ImportModelDialog::tr("Size on disk:"),
            ImportModelDialog::tr("Files:")};
}

QString headsText(const ml::ModelConfig& c)
{
    const QLocale l;
    if (c.nKvHeads > 0 && c.nKvHeads < c.nHeads)
        return ImportModelDialog::tr("%1 (%2 key/value heads)")
            .arg(l.toString(c.nHeads), l.toString(c.nKvHeads));
    return l.toString(c.nHeads);
}

QString filesText(const QStringList& files)
{
    if (files.size() <= kFilesNamed + 1)
        return files.join(QStringLiteral(", "));
    return ImportModelDialog::tr("%1 and %n more", nullptr, int(files.size()) - kFilesNamed)
        .arg(files.mid(0, kFilesNamed).join(QStringLiteral(", ")));
}

// In the order of summaryTitles().
QStringList summaryValues(const models::HfFolderSummary& s)
{
    const QLocale l;
    const ml::ModelConfig& c = s.config;
    return {c.architecture,
            QStringLiteral("%1 (%2)").arg(ImportModelDialog::parameterText(s.parameterCount),
                                          l.toString(s.parameterCount)),
            l.toString(c.nLayers),
            l.toString(c.dim),
            headsText(c),
            ImportModelDialog::tr("%1 tokens").arg(l.toString(c.vocabSize)),
            ImportModelDialog::tr("%1 tokens").arg(l.toString(c.maxSeqLen)),
            s.tokenizer,
            s.hasChatTemplate ? ImportModelDialog::tr("yes")
                              : ImportModelDialog::tr("no (chats use ChatML)"),
            l.formattedDataSize(s.totalBytes),
            filesText(s.files)};
}
} // namespace

ImportModelDialog::ImportModelDialog(WorkspaceSession* session, MlEngine* engine, QWidget* parent)
    : QDialog(parent), m_session(session), m_engine(engine)
{
    setWindowTitle(tr("Import a Hugging Face Model"));
    auto* intro = new QLabel(
        tr("Choose a model folder in Hugging Face layout: config.json, the weights as "
           ".safetensors, and tokenizer.json or tokenizer.model. The whole model is loaded "
           "once to check it; only its own files are stored, encrypted, in the workspace."),
        this);
    intro->setWordWrap(true);

    m_folder = new QLineEdit(this);
    m_folder->setPlaceholderText(tr("Folder holding config.json"));
    m_folder->setClearButtonEnabled(true);
    m_browse = new QPushButton(tr("&Browse…"), this);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);
    m_name = new QLineEdit(this);
    m_name->setMaxLength(models::ModelStore::kMaxNameLength);
    auto* folderLabel = new QLabel(tr("&Folder:"), this);
    folderLabel->setBuddy(m_folder); // a row holding a layout gets no buddy from QFormLayout
    auto* form = new QFormLayout;
    form->addRow(folderLabel, folderRow);
    form->addRow(tr("&Name:"), m_name);

    m_busy = new BusyBar(this);
    m_message = new MessageLabel(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(makeSummaryBox());
    layout->addWidget(m_busy);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    m_typingPause.setSingleShot(true);
    m_typingPause.setInterval(kTypingPauseMs);
    connect(&m_typingPause, &QTimer::timeout, this, &ImportModelDialog::startCheck);
    connect(m_folder, &QLineEdit::textChanged, this, &ImportModelDialog::onFolderEdited);
    connect(m_folder, &QLineEdit::returnPressed, this, &ImportModelDialog::startCheck);
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(
            this, tr("Choose a Hugging Face Model Folder"),
            folderText().isEmpty() ? QDir::homePath() : folderText());
        if (!dir.isEmpty())
            setFolder(dir);
    });
    connect(m_name, &QLineEdit::textEdited, this, &ImportModelDialog::onNameEdited);
    connect(m_name, &QLineEdit::textChanged, this, [this] {
        m_nameProblem = nameProblem();
        updateState();
    });
    connect(m_import, &QPushButton::clicked, this, &ImportModelDialog::startImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportModelDialog::reject);
    if (m_engine) {
        connect(m_engine, &MlEngine::ready, this, &ImportModelDialog::startCheck);
        connect(m_engine, &MlEngine::failed, this, &ImportModelDialog::updateState);
    }
    m_nameProblem = nameProblem();
    showSummary();
    updateState();
    resize(680, sizeHint().height());
}

QWidget* ImportModelDialog::makeSummaryBox()
{
    auto* box = new QGroupBox(tr("What the folder holds"), this);
    auto* form = new QFormLayout(box);
    for (const QString& title : summaryTitles()) {
        auto* value = new QLabel(box);
        value->setWordWrap(true);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto* label = new QLabel(title, box);
        form->addRow(label, value);
        m_titles << label;
        m_values << value;
    }
    return box;
}

QString ImportModelDialog::parameterText(qint64 count)
{
    const QLocale l;
    // From 0.9995 of a unit on, the next unit reads better ("1.0 M", not "1,000.0 K").
    for (const auto& [unit, suffix] :
         {std::pair{1e9, "B"}, std::pair{1e6, "M"}, std::pair{1e3, "K"}})
        if (double(count) >= 0.9995 * unit)
            return QStringLiteral("%1 %2").arg(l.toString(double(count) / unit, 'f', 1),
                                               QLatin1String(suffix));
    return l.toString(count);
}

QString ImportModelDialog::folderText() const
{
    QString text = m_folder->text().trimmed();
    if (text == QLatin1String("~") || text.startsWith(QLatin1String("~/")))
        text.replace(0, 1, QDir::homePath());
    return text.isEmpty() ? QString() : QDir::cleanPath(text);
}

void ImportModelDialog::setFolder(const QString& dir)
{
    m_folder->setText(dir);
    onFolderEdited(); // also when the text is the same: the folder's files may have changed
    startCheck();
}

void ImportModelDialog::onFolderEdited()
{
    m_summary.reset();
    m_folderError.clear();
    if (!m_nameTouched)
        m_name->setText(QFileInfo(folderText()).fileName());
    m_typingPause.start();
    showSummary();
    updateState();
}

void ImportModelDialog::onNameEdited(const QString& text)
{
    // Once the user has typed a name it stays; clearing it brings the folder's name back.
    m_nameTouched = !text.trimmed().isEmpty();
}

void ImportModelDialog::startCheck()
{
    m_typingPause.stop();
    const QString folder = folderText();
    const bool done = m_summary || !m_folderError.isEmpty();
    if (folder.isEmpty() || done || !m_engine || !m_engine->isReady())
        return updateState(); // MlEngine::ready calls again
    if (m_checking)
        return; // onChecked starts the newest folder's check when the running one ends
    m_checking = true;
    updateState();
    ml::MlRuntime* engine = m_engine->runtime();
    runInBackground(
        this, [engine, folder] { return models::inspectHfFolder(folder, *engine); },
        [this, folder](Result<models::HfFolderSummary> result) { onChecked(folder, result); });
}

void ImportModelDialog::onChecked(const QString& folder,
                                  const Result<models::HfFolderSummary>& result)
{
    m_checking = false;
    if (folder != folderText()) {
        // A newer folder was chosen meanwhile: this answer is stale; check that one instead.
        if (!m_typingPause.isActive())
            startCheck();
        return updateState();
    }
    if (result)
        m_summary = *result;
    else
        m_folderError = result.error().message;
    showSummary();
    updateState();
}

void ImportModelDialog::showSummary()
{
    const QStringList values = m_summary ? summaryValues(*m_summary) : QStringList();
    for (int i = 0; i < m_values.size(); ++i)
        m_values.at(i)->setText(i < values.size() ? values.at(i) : noValue());
    m_values.last()->setToolTip(m_summary ? m_summary->files.join(QLatin1Char('\n')) : QString());
}

QString ImportModelDialog::summaryText() const
{
    QStringList lines;
    for (int i = 0; i < m_titles.size(); ++i)
        lines << m_titles.at(i)->text() + QLatin1Char(' ') + m_values.at(i)->text();
    return lines.join(QLatin1Char('\n'));
}

QString ImportModelDialog::nameProblem() const
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        return tr("Enter a name for the model.");
    if (!m_session || !m_session->hasWorkspace() || m_session->isLocked())
        return tr("Open and unlock a workspace first.");
    Result<models::ModelEntry> existing = models::ModelStore(*m_session->workspace()).model(name);
    if (existing)
        return tr("A model named \"%1\" already exists in this workspace; choose another name.")
            .arg(existing->name);
    return existing.error().code == ErrorCode::NotFound ? QString() : existing.error().message;
}

// The one line under the form: what runs now, else the first thing standing in the way.
std::pair<QString, bool> ImportModelDialog::status() const
{
    if (m_importing)
        return {
            tr("Importing \"%1\": storing %2 in the workspace…")
                .arg(m_name->text().trimmed(), QLocale().formattedDataSize(m_summary->totalBytes)),
            false};
    if (!m_engine)
        return {tr("The ML engine is not available, so the folder cannot be checked."), true};
    if (!m_engine->isReady())
        return m_engine->error().isEmpty()
                   ? std::pair{tr("Loading the ML engine…"), false}
                   : std::pair{tr("The ML engine could not be loaded: %1").arg(m_engine->error()),
                               true};
    if (folderText().isEmpty())
        return {tr("Choose a model folder."), false};
    if (!m_folderError.isEmpty())
        return {m_folderError, true};
    if (!m_summary)
        return {tr("Checking %1… (the whole model is loaded; big models take a while)")
                    .arg(folderText()),
                false};
    if (!m_nameProblem.isEmpty())
        return {m_nameProblem, true};
    return {tr("Ready to import: the files above (%1) will be stored, encrypted, in the workspace.")
                .arg(QLocale().formattedDataSize(m_summary->totalBytes)),
            false};
}

void ImportModelDialog::updateState()
{
    m_import->setEnabled(m_summary && !m_checking && !m_importing && m_nameProblem.isEmpty());
    m_busy->setVisible(m_checking || m_importing);
    for (QWidget* input : {static_cast<QWidget*>(m_folder), static_cast<QWidget*>(m_browse),
                           static_cast<QWidget*>(m_name)})
        input->setEnabled(!m_importing);
    const auto [text, error] = status();
    m_message->showMessage(text, error);
}

void ImportModelDialog::startImport()
{
    if (!m_import->isEnabled())
        return;
    m_importing = true;
    updateState();
    // The session outlives the dialog: it is told when the work ends even if the dialog is gone.
    WorkspaceSession* session = m_session;
    session->beginBackgroundWork();
    QPointer<ImportModelDialog> self(this);
    runInBackground(
        session,
        [ws = session->workspace(), name = m_name->text().trimmed(), summary = *m_summary] {
            models::ModelStore store(*ws);
            return models::importHfFolder(store, summary.folder, name, summary);
        },
        [session, self](Result<models::ModelEntry> result) {
            session->endBackgroundWork();
            if (self)
                self->onImported(result);
        });
}

void ImportModelDialog::onImported(const Result<models::ModelEntry>& result)
{
    m_importing = false;
    if (!result) {
        m_nameProblem = nameProblem();
        updateState();
        return m_message->showMessage(tr("Nothing was imported: %1").arg(result.error().message),
                                      true);
    }
    m_importedName = result->name;
    accept();
}

void ImportModelDialog::reject()
{
    if (m_importing)
        return m_message->showMessage(
            tr("The import is still running; it cannot be stopped halfway."));
    QDialog::reject();
}

} // namespace fw::ui

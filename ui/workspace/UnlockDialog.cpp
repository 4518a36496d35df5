// Unlock dialog: Workspace::open (Argon2id) runs off the GUI thread.
#include "ui/workspace/UnlockDialog.h"

#include "demo/DemoWorkspace.h"
#include "ui/common/Async.h"
#include "ui/common/BusyBar.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fw::ui {

UnlockDialog::UnlockDialog(const QStringList& directories, QWidget* parent)
    : QDialog(parent), m_workspaces(new QComboBox(this)), m_passphrase(new QLineEdit(this)),
      m_hint(new QLabel(this)), m_error(new QLabel(this)), m_busy(new BusyBar(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)),
      m_browse(new QPushButton(tr("&Browse..."), this))
{
    setWindowTitle(tr("Open Workspace"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/flywheel.svg")));
    for (const QString& dir : directories)
        addDirectory(dir);
    m_workspaces->setAccessibleName(tr("Workspace"));
    m_workspaces->setMinimumContentsLength(36);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_error->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    m_error->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Unlock"));
    QPushButton* create = m_buttons->addButton(tr("&New Workspace..."), QDialogButtonBox::ActionRole);

    auto* workspaceLabel = new QLabel(tr("&Workspace:"), this);
    workspaceLabel->setBuddy(m_workspaces);
    auto* passphraseLabel = new QLabel(tr("&Passphrase:"), this);
    passphraseLabel->setBuddy(m_passphrase);
    auto* pick = new QHBoxLayout;
    pick->addWidget(m_workspaces, 1);
    pick->addWidget(m_browse);
    auto* form = new QFormLayout;
    form->addRow(workspaceLabel, pick);
    form->addRow(passphraseLabel, m_passphrase);
    form->addRow(QString(), m_hint);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_busy);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &UnlockDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(create, &QPushButton::clicked, this, [this] { done(NewWorkspaceRequested); });
    connect(m_browse, &QPushButton::clicked, this, &UnlockDialog::browse);
    connect(m_workspaces, &QComboBox::currentIndexChanged, this, &UnlockDialog::onSelectionChanged);
    setTabOrder(m_passphrase, m_buttons);
    onSelectionChanged();
    m_passphrase->setFocus();
}

QString UnlockDialog::errorText() const
{
    return m_error->text();
}

void UnlockDialog::addDirectory(const QString& dir)
{
    const QString path = QDir(dir).absolutePath();
    int index = m_workspaces->findData(path);
    if (index < 0) {
        m_workspaces->addItem(QStringLiteral("%1 — %2").arg(QDir(path).dirName(), QDir::toNativeSeparators(path)),
                              path);
        index = m_workspaces->count() - 1;
    }
    m_workspaces->setCurrentIndex(index);
}

void UnlockDialog::browse()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open Workspace Folder"));
    if (dir.isEmpty())
        return;
    if (!store::Workspace::isWorkspace(dir)) {
        m_error->setText(tr("“%1” does not hold a Flywheel workspace.").arg(QDir::toNativeSeparators(dir)));
        return;
    }
    addDirectory(dir);
}

void UnlockDialog::onSelectionChanged()
{
    m_error->clear();
    const bool isDemo = QDir(m_workspaces->currentData().toString()) == QDir(demo::defaultDemoDirectory());
    // The demo's passphrase is public; saying so spares people a guess.
    m_hint->setText(isDemo ? tr("The demo workspace's passphrase is “%1”.").arg(QLatin1String(demo::kDemoPassphrase))
                           : QString());
    m_hint->setVisible(isDemo);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_workspaces->count() > 0);
}

void UnlockDialog::accept()
{
    const QString dir = m_workspaces->currentData().toString();
    if (dir.isEmpty() || m_passphrase->text().isEmpty())
        return;
    m_error->clear();
    const QList<QWidget*> inputs{m_workspaces, m_passphrase, m_buttons, m_browse};
    m_busy->setBusy(true, inputs);
    const QByteArray passphrase = m_passphrase->text().toUtf8();
    runInBackground(
        this, [dir, passphrase] { return store::Workspace::open(dir, passphrase); },
        [this, inputs](Result<std::unique_ptr<store::Workspace>> opened) {
            m_busy->setBusy(false, inputs);
            if (!opened) {
                m_error->setText(opened.error().code == ErrorCode::WrongPassphrase
                                     ? tr("Wrong passphrase. Try again.")
                                     : opened.error().message);
                m_passphrase->selectAll();
                m_passphrase->setFocus();
                return;
            }
            m_workspace = std::move(opened).value();
            QDialog::accept();
        });
}

} // namespace fw::ui

// Choosing where a new workspace goes.
#include "ui/wizard/LocationPage.h"

#include "store/Workspace.h"
#include "ui/wizard/FirstRunWizard.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>

namespace fw::ui {

LocationPage::LocationPage(QWidget* parent)
    : QWizardPage(parent), m_nameLabel(new QLabel(this)), m_folderLabel(new QLabel(this)),
      m_name(new QLineEdit(this)), m_folder(new QLineEdit(this)), m_browse(new QPushButton(this)),
      m_problem(new QLabel(this))
{
    m_nameLabel->setBuddy(m_name);
    m_folderLabel->setBuddy(m_folder);
    m_problem->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    m_problem->setWordWrap(true);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);
    auto* form = new QFormLayout(this);
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_folderLabel, folderRow);
    form->addRow(QString(), m_problem);

    connect(m_name, &QLineEdit::textEdited, this, &LocationPage::onNameEdited);
    connect(m_folder, &QLineEdit::textEdited, this, [this] { m_folderFollowsName = false; });
    connect(m_folder, &QLineEdit::textChanged, this, &LocationPage::updateProblem);
    connect(m_browse, &QPushButton::clicked, this, &LocationPage::browse);
    retranslateUi();
    // A name that is free, so that Next works at once for people who accept the defaults.
    QString name = tr("My workspace");
    for (int n = 2; store::Workspace::isWorkspace(defaultDirectory(name)); ++n)
        name = tr("My workspace %1").arg(n);
    m_name->setText(name);
    onNameEdited(name);
}

QString LocationPage::defaultDirectory(const QString& name)
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("workspaces/") + name.trimmed());
}

QString LocationPage::directory() const
{
    return QDir::cleanPath(QDir::fromNativeSeparators(m_folder->text().trimmed()));
}

void LocationPage::onNameEdited(const QString& name)
{
    if (m_folderFollowsName)
        m_folder->setText(QDir::toNativeSeparators(defaultDirectory(name)));
    emit completeChanged();
}

void LocationPage::browse()
{
    const QString parentDir = QFileDialog::getExistingDirectory(this, tr("Choose a Parent Folder"));
    if (parentDir.isEmpty())
        return;
    m_folderFollowsName = false;
    m_folder->setText(QDir::toNativeSeparators(QDir(parentDir).filePath(m_name->text().trimmed())));
}

void LocationPage::updateProblem()
{
    const QString dir = directory();
    QString problem;
    if (!dir.isEmpty() && store::Workspace::isWorkspace(dir))
        problem = tr("A workspace already exists in this folder. Choose another folder or open it instead.");
    else if (QFileInfo(dir).isFile())
        problem = tr("This is a file, not a folder.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    emit completeChanged();
}

bool LocationPage::isComplete() const
{
    return !m_name->text().trimmed().isEmpty() && !directory().isEmpty() && m_problem->text().isEmpty();
}

int LocationPage::nextId() const
{
    return FirstRunWizard::PassphraseId;
}

void LocationPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void LocationPage::retranslateUi()
{
    setTitle(tr("Workspace Folder"));
    setSubTitle(tr("Everything in the folder is encrypted except a small header with the key settings."));
    m_nameLabel->setText(tr("&Name:"));
    m_folderLabel->setText(tr("&Folder:"));
    m_browse->setText(tr("&Browse..."));
    m_name->setAccessibleName(tr("Workspace name"));
    m_folder->setAccessibleName(tr("Workspace folder"));
}

} // namespace fw::ui

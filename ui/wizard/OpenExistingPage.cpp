// Opening a workspace folder from the wizard.
#include "ui/wizard/OpenExistingPage.h"

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

namespace fw::ui {

OpenExistingPage::OpenExistingPage(QWidget* parent)
    : QWizardPage(parent), m_folderLabel(new QLabel(this)), m_passphraseLabel(new QLabel(this)),
      m_folder(new QLineEdit(this)), m_browse(new QPushButton(this)), m_passphrase(new QLineEdit(this)),
      m_problem(new QLabel(this))
{
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_folderLabel->setBuddy(m_folder);
    m_passphraseLabel->setBuddy(m_passphrase);
    m_problem->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);
    auto* form = new QFormLayout(this);
    form->addRow(m_folderLabel, folderRow);
    form->addRow(QString(), m_problem);
    form->addRow(m_passphraseLabel, m_passphrase);
    connect(m_folder, &QLineEdit::textChanged, this, [this] {
        const bool bad = !directory().isEmpty() && !store::Workspace::isWorkspace(directory());
        m_problem->setText(bad ? tr("This folder does not hold a Flywheel workspace.") : QString());
        emit completeChanged();
    });
    connect(m_passphrase, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_browse, &QPushButton::clicked, this, &OpenExistingPage::browse);
    retranslateUi();
}

QString OpenExistingPage::directory() const
{
    return QDir::cleanPath(QDir::fromNativeSeparators(m_folder->text().trimmed()));
}

QByteArray OpenExistingPage::passphrase() const
{
    return m_passphrase->text().toUtf8();
}

void OpenExistingPage::browse()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Open Workspace Folder"));
    if (!dir.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(dir));
}

bool OpenExistingPage::isComplete() const
{
    return store::Workspace::isWorkspace(directory()) && !m_passphrase->text().isEmpty();
}

int OpenExistingPage::nextId() const
{
    return FirstRunWizard::FinishId;
}

void OpenExistingPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void OpenExistingPage::retranslateUi()
{
    setTitle(tr("Open a Workspace"));
    setSubTitle(tr("Choose the workspace folder and type its passphrase."));
    m_folderLabel->setText(tr("&Folder:"));
    m_passphraseLabel->setText(tr("&Passphrase:"));
    m_browse->setText(tr("&Browse..."));
    m_folder->setAccessibleName(tr("Workspace folder"));
    m_passphrase->setAccessibleName(tr("Passphrase"));
}

} // namespace fw::ui

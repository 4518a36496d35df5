// Workspace actions; each replaces the session's workspace only once the new one is open.
#include "ui/workspace/WorkspaceActions.h"

#include "store/RecentWorkspaces.h"
#include "ui/wizard/FirstRunWizard.h"
#include "ui/workspace/ChangePassphraseDialog.h"
#include "ui/workspace/UnlockDialog.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>

namespace fw::ui {

WorkspaceActions::WorkspaceActions(WorkspaceSession* session, QWidget* window)
    : QObject(window), m_session(session), m_window(window),
      m_new(new QAction(QIcon(QStringLiteral(":/icons/new-workspace.svg")), QString(), this)),
      m_open(new QAction(QIcon(QStringLiteral(":/icons/open-workspace.svg")), QString(), this)),
      m_recent(new QMenu(window)), m_lock(new QAction(QIcon(QStringLiteral(":/icons/lock.svg")), QString(), this)),
      m_changePassphrase(new QAction(QIcon(QStringLiteral(":/icons/key.svg")), QString(), this)),
      m_quit(new QAction(QIcon(QStringLiteral(":/icons/quit.svg")), QString(), this))
{
    m_new->setShortcut(QKeySequence::New);
    m_open->setShortcut(QKeySequence::Open);
    m_lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_new, &QAction::triggered, this, &WorkspaceActions::createWorkspace);
    connect(m_open, &QAction::triggered, this, &WorkspaceActions::chooseWorkspace);
    connect(m_lock, &QAction::triggered, m_session, &WorkspaceSession::lock);
    connect(m_changePassphrase, &QAction::triggered, this, [this] {
        ChangePassphraseDialog dialog(m_session, m_window);
        if (dialog.exec() == QDialog::Accepted)
            QMessageBox::information(m_window, tr("Passphrase Changed"),
                                     tr("The workspace now opens with the new passphrase."));
    });
    connect(m_quit, &QAction::triggered, qApp, &QApplication::closeAllWindows);
    connect(m_recent, &QMenu::aboutToShow, this, &WorkspaceActions::fillRecentMenu);
    connect(m_session, &WorkspaceSession::lockedChanged, this, &WorkspaceActions::updateEnabled);
    retranslateUi();
    updateEnabled();
}

void WorkspaceActions::retranslateUi()
{
    m_new->setText(tr("&New Workspace..."));
    m_open->setText(tr("&Open Workspace..."));
    m_recent->setTitle(tr("Open &Recent"));
    m_lock->setText(tr("&Lock Workspace"));
    m_changePassphrase->setText(tr("&Change Passphrase..."));
    m_quit->setText(tr("&Quit"));
}

void WorkspaceActions::updateEnabled()
{
    m_lock->setEnabled(!m_session->isLocked());
    m_changePassphrase->setEnabled(!m_session->isLocked());
}

void WorkspaceActions::createWorkspace()
{
    FirstRunWizard wizard(m_session->freshKdf(), m_window);
    if (wizard.exec() == QDialog::Accepted)
        if (std::unique_ptr<store::Workspace> ws = wizard.takeWorkspace())
            m_session->setWorkspace(std::move(ws));
}

void WorkspaceActions::chooseWorkspace()
{
    const QString dir = QFileDialog::getExistingDirectory(m_window, tr("Open Workspace Folder"));
    if (dir.isEmpty())
        return;
    if (!store::Workspace::isWorkspace(dir)) {
        QMessageBox::warning(m_window, tr("Open Workspace"),
                             tr("“%1” does not hold a Flywheel workspace.").arg(QDir::toNativeSeparators(dir)));
        return;
    }
    unlockWorkspace({dir});
}

void WorkspaceActions::unlockWorkspace(const QStringList& directories)
{
    UnlockDialog dialog(directories, m_window);
    const int result = dialog.exec();
    if (result == QDialog::Accepted)
        m_session->setWorkspace(dialog.takeWorkspace());
    else if (result == UnlockDialog::NewWorkspaceRequested)
        createWorkspace();
}

void WorkspaceActions::fillRecentMenu()
{
    m_recent->clear();
    QSettings settings;
    const QStringList recent = store::RecentWorkspaces(settings).list();
    for (const QString& dir : recent) {
        QAction* action = m_recent->addAction(QStringLiteral("%1  (%2)").arg(QDir(dir).dirName(), QDir::toNativeSeparators(dir)));
        connect(action, &QAction::triggered, this, [this, dir] { unlockWorkspace({dir}); });
    }
    if (recent.isEmpty())
        m_recent->addAction(tr("No recent workspaces"))->setEnabled(false);
}

} // namespace fw::ui

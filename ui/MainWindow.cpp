// Main window assembly: pages come from the registry, workspace actions from WorkspaceActions.
#include "ui/MainWindow.h"

#include "ui/AboutDialog.h"
#include "ui/GuideDialog.h"
#include "ui/PageRegistry.h"
#include "ui/WorkspaceStatusBar.h"
#include "ui/datanets/DatanetsPage.h"
#include "ui/feedback/FeedbackPage.h"
#include "ui/lock/IdleWatcher.h"
#include "ui/lock/LockScreen.h"
#include "ui/nodes/NodeDirectory.h"
#include "ui/settings/AppSettings.h"
#include "ui/workspace/WorkspaceActions.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QAction>
#include <QCloseEvent>
#include <QMessageBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>

namespace fw::ui {

MainWindow::MainWindow(WorkspaceSession* session, AppSettings* settings, MlEngine* engine, QWidget* parent)
    : QMainWindow(parent), m_session(session), m_settings(settings), m_engine(engine), m_central(new QStackedWidget(this)),
      m_lockScreen(new LockScreen(session, this)), m_actions(new WorkspaceActions(session, this)),
      m_status(new WorkspaceStatusBar(session, engine, statusBar())), m_idle(new IdleWatcher(this))
{
    setWindowIcon(QIcon(QStringLiteral(":/icons/flywheel.svg")));
    m_central->addWidget(makeWorkbench());
    m_central->addWidget(m_lockScreen);
    setCentralWidget(m_central);
    createMenus();
    resize(1000, 680);

    connect(m_session, &WorkspaceSession::lockedChanged, this, &MainWindow::onLockedChanged);
    connect(m_session, &WorkspaceSession::workspaceChanged, this, &MainWindow::retranslateUi);
    // Auto-lock: any input restarts the idle timer; idle locks the workspace.
    m_idle->setIdleMinutes(m_settings->autoLockMinutes());
    connect(m_settings, &AppSettings::autoLockMinutesChanged, m_idle, &IdleWatcher::setIdleMinutes);
    connect(m_idle, &IdleWatcher::idle, m_session, &WorkspaceSession::lock);
    retranslateUi();
    onLockedChanged(m_session->isLocked());
}

QWidget* MainWindow::makeWorkbench()
{
    auto* workbench = new QWidget(this);
    m_navigation = new QListWidget(workbench);
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setFixedWidth(180);
    m_navigation->setSpacing(2);
    m_pageStack = new QStackedWidget(workbench);
    const PageContext context{m_session, m_settings, m_engine, new NodeDirectory(this)};
    for (const PageFactory& make : registeredPages()) {
        Page* page = make(context, m_pageStack);
        m_pages.push_back(page);
        m_pageStack->addWidget(page);
        new QListWidgetItem(page->icon(), page->title(), m_navigation);
        connect(page, &Page::datanetRequested, this, &MainWindow::showDatanet);
        connect(page, &Page::campaignRequested, this, &MainWindow::showCampaign);
    }
    auto* layout = new QHBoxLayout(workbench);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_navigation);
    layout->addWidget(m_pageStack, 1);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pageStack, &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(0);
    return workbench;
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_actions->newWorkspace());
    m_fileMenu->addAction(m_actions->openWorkspace());
    m_fileMenu->addMenu(m_actions->recentMenu());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_actions->lock());
    m_fileMenu->addAction(m_actions->changePassphrase());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_actions->quit());
    m_helpMenu = menuBar()->addMenu(QString());
    m_guide = m_helpMenu->addAction(QString());
    m_guide->setShortcut(QKeySequence::HelpContents);
    connect(m_guide, &QAction::triggered, this, [this] { GuideDialog(this).exec(); });
    m_about = m_helpMenu->addAction(QIcon(QStringLiteral(":/icons/about.svg")), QString());
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, [this] { AboutDialog(m_session, m_engine, this).exec(); });
}

Page* MainWindow::currentPage() const
{
    return m_pages.at(std::size_t(m_pageStack->currentIndex()));
}

void MainWindow::showPage(int index)
{
    m_navigation->setCurrentRow(index);
}

void MainWindow::showCampaign(qint64 campaignId)
{
    for (std::size_t i = 0; i < m_pages.size(); ++i)
        if (auto* feedback = qobject_cast<FeedbackPage*>(m_pages[i])) {
            showPage(int(i));
            feedback->openCampaign(campaignId);
        }
}

void MainWindow::showDatanet(qint64 datanetId)
{
    for (std::size_t i = 0; i < m_pages.size(); ++i)
        if (auto* datanets = qobject_cast<DatanetsPage*>(m_pages[i])) {
            showPage(int(i));
            datanets->selectDatanet(datanetId);
        }
}

bool MainWindow::isLockScreenShown() const
{
    return m_central->currentWidget() == m_lockScreen;
}

void MainWindow::onLockedChanged(bool locked)
{
    m_central->setCurrentWidget(locked ? static_cast<QWidget*>(m_lockScreen) : m_central->widget(0));
    if (locked)
        m_lockScreen->reset();
    else
        m_navigation->setFocus();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QStringList work;
    for (Page* page : m_pages)
        if (const QString w = page->unfinishedWork(); !w.isEmpty())
            work << w;
    if (!work.isEmpty() &&
        QMessageBox::question(this, tr("Quit Flywheel"), tr("%1\n\nQuit anyway? It will be stopped.").arg(work.join(QLatin1Char('\n'))),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes) {
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(m_session->hasWorkspace() ? tr("%1 — Flywheel").arg(m_session->name()) : tr("Flywheel"));
    m_fileMenu->setTitle(tr("&File"));
    m_helpMenu->setTitle(tr("&Help"));
    m_guide->setText(tr("&Guide and Shortcuts"));
    m_about->setText(tr("&About Flywheel"));
    m_actions->retranslateUi();
    m_status->retranslateUi();
    m_navigation->setAccessibleName(tr("Pages"));
    for (std::size_t i = 0; i < m_pages.size(); ++i)
        m_navigation->item(int(i))->setText(m_pages[i]->title());
}

} // namespace fw::ui

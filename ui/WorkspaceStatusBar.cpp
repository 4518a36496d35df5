// Status bar labels that follow the session.
#include "ui/WorkspaceStatusBar.h"

#include "ui/common/MlEngine.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QLabel>
#include <QStatusBar>

namespace fw::ui {

WorkspaceStatusBar::WorkspaceStatusBar(WorkspaceSession* session, MlEngine* engine, QStatusBar* bar)
    : QObject(bar), m_session(session), m_engine(engine), m_workspace(new QLabel(bar)), m_lock(new QLabel(bar)), m_device(new QLabel(bar))
{
    bar->addWidget(m_workspace);
    bar->addWidget(m_lock);
    bar->addPermanentWidget(m_device);
    connect(session, &WorkspaceSession::workspaceChanged, this, &WorkspaceStatusBar::retranslateUi);
    connect(session, &WorkspaceSession::lockedChanged, this, &WorkspaceStatusBar::retranslateUi);
    connect(engine, &MlEngine::ready, this, &WorkspaceStatusBar::retranslateUi);
    connect(engine, &MlEngine::threadsChanged, this, &WorkspaceStatusBar::retranslateUi);
    connect(engine, &MlEngine::failed, this, [this](const QString& reason) {
        retranslateUi();
        m_device->setToolTip(reason);
    });
    retranslateUi();
}

QString WorkspaceStatusBar::workspaceText() const
{
    return m_workspace->text();
}

QString WorkspaceStatusBar::lockText() const
{
    return m_lock->text();
}

QString WorkspaceStatusBar::deviceText() const
{
    return m_device->text();
}

void WorkspaceStatusBar::retranslateUi()
{
    m_workspace->setText(tr("Workspace: %1").arg(m_session->hasWorkspace() ? m_session->name() : tr("none")));
    m_lock->setText(m_session->isLocked() ? tr("Locked") : tr("Unlocked"));
    m_lock->setToolTip(m_session->isLocked() ? tr("The key is wiped from memory until you unlock")
                                             : tr("Lock with Ctrl+L"));
    m_device->setText(m_engine->deviceSummary());
    if (m_engine->error().isEmpty())
        m_device->setToolTip(m_engine->threadDetail());
}

} // namespace fw::ui

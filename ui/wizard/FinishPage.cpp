// Runs the wizard's request with a busy indicator; errors leave every field as it was.
#include "ui/wizard/FinishPage.h"

#include "ui/common/Async.h"
#include "ui/common/BusyBar.h"

#include <QLabel>
#include <QVBoxLayout>

namespace fw::ui {

FinishPage::FinishPage(std::function<WorkspaceRequest()> request, QWidget* parent)
    : QWizardPage(parent), m_request(std::move(request)), m_message(new QLabel(this)), m_busy(new BusyBar(this))
{
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_busy);
    layout->addStretch();
    setFinalPage(true);
}

QString FinishPage::message() const
{
    return m_message->text();
}

void FinishPage::initializePage()
{
    const WorkspaceRequest request = m_request();
    const bool creating = request.kind == WorkspaceRequest::Kind::Create || request.kind == WorkspaceRequest::Kind::Restore;
    setTitle(creating ? tr("Creating the Workspace") : tr("Opening the Workspace"));
    setSubTitle(QString());
    m_message->setStyleSheet(QString());
    m_message->setText(creating ? tr("Deriving the encryption key and creating the workspace. This takes a moment.")
                                : tr("Deriving the encryption key and opening the workspace."));
    m_workspace.reset();
    m_busy_ = true;
    m_busy->setBusy(true);
    const int generation = ++m_generation;
    runInBackground(this, [request] { return fulfil(request); },
                    [this, generation](Result<std::unique_ptr<store::Workspace>> result) {
                        if (generation == m_generation)
                            onFinished(std::move(result));
                    });
}

void FinishPage::cleanupPage()
{
    ++m_generation;
    m_busy_ = false;
    m_busy->setBusy(false);
    m_workspace.reset();
}

void FinishPage::onFinished(Result<std::unique_ptr<store::Workspace>> result)
{
    m_busy_ = false;
    m_busy->setBusy(false);
    if (!result) {
        setTitle(tr("Something Went Wrong"));
        m_message->setStyleSheet(QStringLiteral("color: #b91c1c;"));
        m_message->setText(tr("%1\n\nGo Back to change your choices; nothing you entered was lost.")
                               .arg(result.error().message));
    } else {
        m_workspace = std::move(result).value();
        setTitle(tr("Ready"));
        m_message->setText(tr("The workspace “%1” is open. Click Finish to start working.").arg(m_workspace->name()));
    }
    emit completeChanged();
}

bool FinishPage::isComplete() const
{
    return m_workspace != nullptr;
}

} // namespace fw::ui

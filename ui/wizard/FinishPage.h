// Last wizard page: does the work (off the GUI thread) and reports success or the error.
#pragma once

#include "ui/wizard/WorkspaceRequest.h"

#include <QWizardPage>

#include <functional>

class QLabel;

namespace fw::ui {

class BusyBar;

class FinishPage : public QWizardPage
{
    Q_OBJECT
public:
    // `request` is asked for what to do each time the page is entered.
    FinishPage(std::function<WorkspaceRequest()> request, QWidget* parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool isBusy() const { return m_busy_; }
    QString message() const;
    std::unique_ptr<store::Workspace> takeWorkspace() { return std::move(m_workspace); }

private:
    void onFinished(Result<std::unique_ptr<store::Workspace>> result);

    std::function<WorkspaceRequest()> m_request;
    QLabel* m_message;
    BusyBar* m_busy;
    bool m_busy_ = false;
    int m_generation = 0; // results of an abandoned attempt (user went Back) are ignored
    std::unique_ptr<store::Workspace> m_workspace;
};

} // namespace fw::ui

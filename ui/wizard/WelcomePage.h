// First wizard page: create a workspace, restore a wallet, open a folder, or try the demo.
#pragma once

#include "ui/wizard/WorkspaceRequest.h"

#include <QWizardPage>

class QRadioButton;

namespace fw::ui {

class WelcomePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget* parent = nullptr);

    WorkspaceRequest::Kind choice() const;
    void setChoice(WorkspaceRequest::Kind kind);
    int nextId() const override;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    QRadioButton* m_create;
    QRadioButton* m_restore;
    QRadioButton* m_open;
    QRadioButton* m_demo;
};

} // namespace fw::ui

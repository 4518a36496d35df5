// The wizard's choice page.
#include "ui/wizard/WelcomePage.h"

#include "ui/wizard/FirstRunWizard.h"

#include <QEvent>
#include <QRadioButton>
#include <QVBoxLayout>

namespace fw::ui {

WelcomePage::WelcomePage(QWidget* parent)
    : QWizardPage(parent), m_create(new QRadioButton(this)), m_restore(new QRadioButton(this)),
      m_open(new QRadioButton(this)), m_demo(new QRadioButton(this))
{
    m_create->setChecked(true);
    auto* layout = new QVBoxLayout(this);
    for (QRadioButton* b : {m_create, m_restore, m_open, m_demo})
        layout->addWidget(b);
    layout->addStretch();
    // Fields let later pages ask what was chosen without knowing this page.
    registerField(QStringLiteral("restore"), m_restore);
    retranslateUi();
}

WorkspaceRequest::Kind WelcomePage::choice() const
{
    using Kind = WorkspaceRequest::Kind;
    if (m_restore->isChecked())
        return Kind::Restore;
    if (m_open->isChecked())
        return Kind::Open;
    if (m_demo->isChecked())
        return Kind::Demo;
    return Kind::Create;
}

void WelcomePage::setChoice(WorkspaceRequest::Kind kind)
{
    using Kind = WorkspaceRequest::Kind;
    (kind == Kind::Restore ? m_restore : kind == Kind::Open ? m_open : kind == Kind::Demo ? m_demo : m_create)
        ->setChecked(true);
}

int WelcomePage::nextId() const
{
    switch (choice()) {
    case WorkspaceRequest::Kind::Open: return FirstRunWizard::OpenId;
    case WorkspaceRequest::Kind::Demo: return FirstRunWizard::FinishId;
    default: return FirstRunWizard::LocationId;
    }
}

void WelcomePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void WelcomePage::retranslateUi()
{
    setTitle(tr("Welcome to Flywheel"));
    setSubTitle(tr("Your work lives in an encrypted workspace folder. What would you like to do?"));
    m_create->setText(tr("&Create a new workspace with a new wallet identity"));
    m_restore->setText(tr("&Restore a wallet from its 24 recovery words"));
    m_open->setText(tr("&Open an existing workspace folder"));
    m_demo->setText(tr("Explore the &demo workspace (passphrase “demo”)"));
}

} // namespace fw::ui

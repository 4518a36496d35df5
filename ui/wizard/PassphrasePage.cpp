// Passphrase choice for a new workspace.
#include "ui/wizard/PassphrasePage.h"

#include "ui/common/PassphraseFields.h"
#include "ui/wizard/FirstRunWizard.h"

#include <QEvent>
#include <QVBoxLayout>

namespace fw::ui {

PassphrasePage::PassphrasePage(QWidget* parent) : QWizardPage(parent), m_fields(new PassphraseFields(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_fields);
    layout->addStretch();
    connect(m_fields, &PassphraseFields::changed, this, &QWizardPage::completeChanged);
    retranslateUi();
}

bool PassphrasePage::isComplete() const
{
    return m_fields->isAcceptable();
}

int PassphrasePage::nextId() const
{
    return field(QStringLiteral("restore")).toBool() ? FirstRunWizard::RestoreId : FirstRunWizard::IdentityId;
}

void PassphrasePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void PassphrasePage::retranslateUi()
{
    setTitle(tr("Passphrase"));
    setSubTitle(tr("The passphrase encrypts the workspace. Nobody can recover it for you: "
                   "write it down somewhere safe."));
}

} // namespace fw::ui

// The first identity of a new workspace: fresh, or restored from words.
#include "ui/wizard/IdentityPage.h"

#include "ui/common/MnemonicEntry.h"
#include "ui/wizard/FirstRunWizard.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace fw::ui {

IdentityPage::IdentityPage(bool restoring, QWidget* parent)
    : QWizardPage(parent), m_restoring(restoring), m_nameLabel(new QLabel(this)), m_name(new QLineEdit(this)),
      m_wordsIntro(new QLabel(this)), m_words(new MnemonicEntry(this))
{
    m_nameLabel->setBuddy(m_name);
    m_wordsIntro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(m_nameLabel, m_name);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(m_wordsIntro);
    layout->addWidget(m_words);
    layout->addStretch();
    m_wordsIntro->setVisible(restoring);
    m_words->setVisible(restoring);
    connect(m_name, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_words, &MnemonicEntry::validityChanged, this, &QWizardPage::completeChanged);
    retranslateUi();
    m_name->setText(tr("Me"));
}

QString IdentityPage::identityName() const
{
    return m_name->text().trimmed();
}

bool IdentityPage::isComplete() const
{
    return !identityName().isEmpty() && (!isRestoring() || m_words->isValid());
}

int IdentityPage::nextId() const
{
    return FirstRunWizard::FinishId;
}

void IdentityPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizardPage::changeEvent(event);
}

void IdentityPage::retranslateUi()
{
    setTitle(isRestoring() ? tr("Restore Your Wallet") : tr("Your Identity"));
    setSubTitle(isRestoring()
                    ? tr("Enter your 24 recovery words; the same words always give the same address.")
                    : tr("An identity signs your contributions and receives your earnings. "
                         "You can add more identities later."));
    m_nameLabel->setText(tr("Identity &name:"));
    m_name->setAccessibleName(tr("Identity name"));
    m_wordsIntro->setText(tr("Recovery words (you can paste all 24 into the first field):"));
}

} // namespace fw::ui

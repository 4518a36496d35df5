// Restore-identity dialog: key derivation from words is fast, so it runs on the GUI thread.
#include "ui/wallet/RestoreIdentityDialog.h"

#include "ui/common/MnemonicEntry.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fw::ui {

RestoreIdentityDialog::RestoreIdentityDialog(WorkspaceSession* session, QWidget* parent)
    : QDialog(parent), m_session(session), m_name(new QLineEdit(this)), m_words(new MnemonicEntry(this)),
      m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Restore Identity"));
    auto* intro = new QLabel(tr("Enter the 24 recovery words of the identity, in order."), this);
    intro->setWordWrap(true);
    m_name->setText(tr("Restored identity"));
    m_name->setAccessibleName(tr("Identity name"));
    auto* nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_name);
    auto* form = new QFormLayout;
    form->addRow(nameLabel, m_name);
    m_error->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Restore"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_words);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RestoreIdentityDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_words, &MnemonicEntry::validityChanged, this, &RestoreIdentityDialog::updateOk);
    connect(m_name, &QLineEdit::textChanged, this, &RestoreIdentityDialog::updateOk);
    updateOk();
}

void RestoreIdentityDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_words->isValid() && !m_name->text().trimmed().isEmpty());
}

void RestoreIdentityDialog::accept()
{
    Result<wallet::Identity> identity = m_session->wallet().restoreIdentity(m_name->text().trimmed(), m_words->words());
    if (!identity) {
        m_error->setText(identity.error().message);
        m_error->show();
        return;
    }
    m_restored = identity.value();
    QDialog::accept();
}

} // namespace fw::ui

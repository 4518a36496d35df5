// Change passphrase: verify the current one, then Workspace::changePassphrase, both off-thread.
#include "ui/workspace/ChangePassphraseDialog.h"

#include "ui/common/Async.h"
#include "ui/common/BusyBar.h"
#include "ui/common/PassphraseFields.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fw::ui {

ChangePassphraseDialog::ChangePassphraseDialog(WorkspaceSession* session, QWidget* parent)
    : QDialog(parent), m_session(session), m_current(new QLineEdit(this)), m_new(new PassphraseFields(this)),
      m_busy(new BusyBar(this)), m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Change Passphrase"));
    m_current->setEchoMode(QLineEdit::Password);
    m_current->setAccessibleName(tr("Current passphrase"));
    auto* currentLabel = new QLabel(tr("C&urrent passphrase:"), this);
    currentLabel->setBuddy(m_current);
    auto* intro = new QLabel(tr("The workspace is re-encrypted with the new passphrase. "
                                "There is no way to recover a forgotten passphrase."),
                             this);
    intro->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    m_error->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Change"));

    auto* form = new QFormLayout;
    form->addRow(currentLabel, m_current);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_new);
    layout->addWidget(m_busy);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ChangePassphraseDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_current, &QLineEdit::textChanged, this, &ChangePassphraseDialog::updateOk);
    connect(m_new, &PassphraseFields::changed, this, &ChangePassphraseDialog::updateOk);
    updateOk();
}

QString ChangePassphraseDialog::errorText() const
{
    return m_error->text();
}

void ChangePassphraseDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_current->text().isEmpty() && m_new->isAcceptable());
}

void ChangePassphraseDialog::accept()
{
    if (!m_new->isAcceptable() || !m_session->hasWorkspace())
        return;
    m_error->clear();
    const QList<QWidget*> inputs{m_current, m_new, m_buttons};
    m_busy->setBusy(true, inputs);
    std::shared_ptr<store::Workspace> ws = m_session->workspace();
    const QByteArray current = m_current->text().toUtf8();
    const QByteArray next = m_new->passphrase();
    const crypto::KdfParams kdf = m_session->freshKdf();
    runInBackground(
        this,
        [ws, current, next, kdf]() -> Status {
            if (!ws->verifyPassphrase(current))
                return makeError(ErrorCode::WrongPassphrase, tr("The current passphrase is wrong."));
            return ws->changePassphrase(next, kdf);
        },
        [this, inputs](Status status) {
            m_busy->setBusy(false, inputs);
            if (!status) {
                m_error->setText(status.error().message);
                m_current->setFocus();
                return;
            }
            QDialog::accept();
        });
}

} // namespace fw::ui

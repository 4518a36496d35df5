// Lock screen: the unlock runs off the GUI thread through WorkspaceSession.
#include "ui/lock/LockScreen.h"

#include "ui/common/BusyBar.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace fw::ui {

LockScreen::LockScreen(WorkspaceSession* session, QWidget* parent)
    : QWidget(parent), m_session(session), m_icon(new QLabel(this)), m_title(new QLabel(this)),
      m_passphraseLabel(new QLabel(this)), m_passphrase(new QLineEdit(this)),
      m_unlock(new QPushButton(QIcon(QStringLiteral(":/icons/unlock.svg")), QString(), this)),
      m_busy(new BusyBar(this)), m_error(new QLabel(this))
{
    m_icon->setPixmap(QIcon(QStringLiteral(":/icons/lock.svg")).pixmap(64, 64));
    m_icon->setAlignment(Qt::AlignCenter);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setMinimumWidth(260);
    m_passphraseLabel->setBuddy(m_passphrase);
    m_unlock->setDefault(true);
    m_error->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    m_error->setAlignment(Qt::AlignCenter);

    auto* row = new QHBoxLayout;
    row->addWidget(m_passphraseLabel);
    row->addWidget(m_passphrase, 1);
    row->addWidget(m_unlock);
    auto* box = new QVBoxLayout;
    box->addWidget(m_icon);
    box->addWidget(m_title);
    box->addSpacing(12);
    box->addLayout(row);
    box->addWidget(m_busy);
    box->addWidget(m_error);
    // Centred in whatever space the window gives it.
    auto* outer = new QGridLayout(this);
    outer->addLayout(box, 1, 1);
    outer->setRowStretch(0, 1);
    outer->setRowStretch(2, 2);
    outer->setColumnStretch(0, 1);
    outer->setColumnStretch(2, 1);

    connect(m_unlock, &QPushButton::clicked, this, &LockScreen::unlock);
    connect(m_passphrase, &QLineEdit::returnPressed, this, &LockScreen::unlock);
    connect(m_session, &WorkspaceSession::unlockFinished, this, &LockScreen::onUnlockFinished);
    connect(m_session, &WorkspaceSession::workspaceChanged, this, &LockScreen::retranslateUi);
    retranslateUi();
}

QString LockScreen::errorText() const
{
    return m_error->text();
}

void LockScreen::reset()
{
    m_passphrase->clear();
    m_error->clear();
    m_passphrase->setFocus();
    retranslateUi();
}

void LockScreen::unlock()
{
    if (m_passphrase->text().isEmpty() || m_session->isBusy())
        return;
    m_error->clear();
    m_busy->setBusy(true, {m_passphrase, m_unlock});
    m_session->unlock(m_passphrase->text().toUtf8());
}

void LockScreen::onUnlockFinished(const Status& status)
{
    m_busy->setBusy(false, {m_passphrase, m_unlock});
    m_passphrase->clear();
    if (status)
        return;
    m_error->setText(status.error().code == ErrorCode::WrongPassphrase
                         ? tr("Wrong passphrase. Try again.")
                         : status.error().message);
    m_passphrase->setFocus();
}

void LockScreen::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void LockScreen::retranslateUi()
{
    m_title->setText(tr("Workspace “%1” is locked").arg(m_session->name()));
    m_passphraseLabel->setText(tr("&Passphrase:"));
    m_passphrase->setAccessibleName(tr("Workspace passphrase"));
    m_unlock->setText(tr("&Unlock"));
}

} // namespace fw::ui

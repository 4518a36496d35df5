// Replaces the workbench while the workspace is locked: passphrase field and Unlock.
#pragma once

#include "common/Result.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace fw::ui {

class BusyBar;
class WorkspaceSession;

class LockScreen : public QWidget
{
    Q_OBJECT
public:
    explicit LockScreen(WorkspaceSession* session, QWidget* parent = nullptr);

    QLineEdit* passphraseEdit() const { return m_passphrase; }
    QPushButton* unlockButton() const { return m_unlock; }
    QString errorText() const;
    // Clears the field and puts the focus there (called when the screen appears).
    void reset();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void unlock();
    void onUnlockFinished(const fw::Status& status);

    WorkspaceSession* m_session;
    QLabel* m_icon;
    QLabel* m_title;
    QLabel* m_passphraseLabel;
    QLineEdit* m_passphrase;
    QPushButton* m_unlock;
    BusyBar* m_busy;
    QLabel* m_error;
};

} // namespace fw::ui

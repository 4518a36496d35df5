// Current passphrase, new passphrase, confirmation; re-encrypts the workspace off the GUI thread.
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace fw::ui {

class BusyBar;
class PassphraseFields;
class WorkspaceSession;

class ChangePassphraseDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ChangePassphraseDialog(WorkspaceSession* session, QWidget* parent = nullptr);

    QLineEdit* currentEdit() const { return m_current; }
    PassphraseFields* newFields() const { return m_new; }
    QString errorText() const;

    void accept() override;

private:
    void updateOk();

    WorkspaceSession* m_session;
    QLineEdit* m_current;
    PassphraseFields* m_new;
    BusyBar* m_busy;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
};

} // namespace fw::ui

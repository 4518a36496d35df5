// Asks for a name and 24 recovery words, and restores that identity into the open workspace.
#pragma once

#include "wallet/Identity.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace fw::ui {

class MnemonicEntry;
class WorkspaceSession;

class RestoreIdentityDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RestoreIdentityDialog(WorkspaceSession* session, QWidget* parent = nullptr);

    MnemonicEntry* mnemonic() const { return m_words; }
    QLineEdit* nameEdit() const { return m_name; }
    const wallet::Identity& restored() const { return m_restored; }

    void accept() override;

private:
    void updateOk();

    WorkspaceSession* m_session;
    QLineEdit* m_name;
    MnemonicEntry* m_words;
    QLabel* m_error;
    QDialogButtonBox* m_buttons;
    wallet::Identity m_restored;
};

} // namespace fw::ui

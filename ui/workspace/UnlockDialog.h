// Opens an existing workspace: pick it (recent list or a folder), type the passphrase.
#pragma once

#include "store/Workspace.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace fw::ui {

class BusyBar;

class UnlockDialog : public QDialog
{
    Q_OBJECT
public:
    // done() with this code when the user would rather create a new workspace.
    static constexpr int NewWorkspaceRequested = 2;

    explicit UnlockDialog(const QStringList& directories, QWidget* parent = nullptr);

    std::unique_ptr<store::Workspace> takeWorkspace() { return std::move(m_workspace); }
    QComboBox* workspaceCombo() const { return m_workspaces; }
    QLineEdit* passphraseEdit() const { return m_passphrase; }
    QString errorText() const;

    void accept() override;

private:
    void browse();
    void addDirectory(const QString& dir);
    void onSelectionChanged();

    QComboBox* m_workspaces;
    QLineEdit* m_passphrase;
    QLabel* m_hint;
    QLabel* m_error;
    BusyBar* m_busy;
    QDialogButtonBox* m_buttons;
    QPushButton* m_browse;
    std::unique_ptr<store::Workspace> m_workspace;
};

} // namespace fw::ui

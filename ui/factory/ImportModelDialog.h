// Import a Hugging Face model folder into the registry: the folder is checked in full on a worker
// (the newest folder wins), its summary shown, a free name chosen; Import then stores its files.
#pragma once

#include "models/ModelImport.h"

#include <QDialog>
#include <QList>
#include <QTimer>
#include <optional>
#include <utility>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace fw::ui {

class BusyBar;
class MessageLabel;
class MlEngine;
class WorkspaceSession;

class ImportModelDialog : public QDialog
{
    Q_OBJECT
public:
    ImportModelDialog(WorkspaceSession* session, MlEngine* engine, QWidget* parent = nullptr);

    // Checks `dir` at once (typing in the folder field waits for a pause first).
    void setFolder(const QString& dir);
    void startImport();

    // The widgets tests and keyboard users drive.
    QLineEdit* folderEdit() const { return m_folder; }
    QLineEdit* nameEdit() const { return m_name; }
    QPushButton* importButton() const { return m_import; }
    MessageLabel* messageLabel() const { return m_message; }
    // The summary as "Title: value" lines; values are "—" while no folder has passed the check.
    QString summaryText() const;
    bool isChecking() const { return m_checking; }
    bool isImporting() const { return m_importing; }
    // The stored model's name, once the dialog was accepted.
    QString importedName() const { return m_importedName; }

    // "950", "12.3 K", "1.2 M", "7.0 B": parameter counts as people quote them.
    static QString parameterText(qint64 count);

protected:
    void reject() override; // refused while the import runs: the store cannot stop halfway

private:
    QWidget* makeSummaryBox();
    QString folderText() const;
    void onFolderEdited();
    void onNameEdited(const QString& text);
    void startCheck();
    void onChecked(const QString& folder, const Result<models::HfFolderSummary>& result);
    void onImported(const Result<models::ModelEntry>& result);
    void showSummary();
    QString nameProblem() const;
    std::pair<QString, bool> status() const; // text, is it an error
    void updateState();

    WorkspaceSession* m_session;
    MlEngine* m_engine;
    QLineEdit* m_folder = nullptr;
    QPushButton* m_browse = nullptr;
    QList<QLabel*> m_titles;
    QList<QLabel*> m_values;
    QLineEdit* m_name = nullptr;
    MessageLabel* m_message = nullptr;
    BusyBar* m_busy = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_import = nullptr;
    QTimer m_typingPause;
    bool m_nameTouched = false;
    bool m_checking = false;
    bool m_importing = false;
    QString m_folderError;
    QString m_nameProblem; // cached: the database is not asked while the import writes to it
    std::optional<models::HfFolderSummary> m_summary; // folderText() passed the check
    QString m_importedName;
};

} // namespace fw::ui

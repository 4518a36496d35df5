// The registry under the ModelFactory tabs: every model and adapter of the workspace with its
// lineage, and the actions on them (import a Hugging Face folder, export, rename, delete).
#pragma once

#include <QGroupBox>
#include <functional>

class QPushButton;
class QTableView;

namespace fw::ui {

class MlEngine;
class ModelTableModel;
class WorkspaceSession;

class ModelRegistryPanel : public QGroupBox
{
    Q_OBJECT
public:
    ModelRegistryPanel(WorkspaceSession* session, MlEngine* engine, QWidget* parent = nullptr);

    ModelTableModel* models() const { return m_models; }
    QTableView* table() const { return m_table; }
    QPushButton* importButton() const { return m_import; }

    // The queued or running runs whose base is the named model: such a model cannot be deleted.
    void setRunsBuiltOn(std::function<QStringList(const QString& model)> runsBuiltOn)
    {
        m_runsBuiltOn = std::move(runsBuiltOn);
    }
    // Reads the registry again; a problem is reported with message().
    void reload();
    void select(const QString& name);
    void updateButtons();
    void retranslateUi();

    // The actions, public so that tests and keyboard users reach the same code paths.
    void importModel(); // a Hugging Face folder, through ImportModelDialog
    void exportModel();
    void renameModel();
    void deleteModel();

signals:
    // A line for the page's message bar.
    void message(const QString& text, bool error);
    // A model was added, renamed or removed: what lists models (form, playground) reads again.
    void changed();

private:
    WorkspaceSession* m_session;
    MlEngine* m_engine;
    ModelTableModel* m_models;
    QTableView* m_table;
    QPushButton* m_import;
    QPushButton* m_export;
    QPushButton* m_rename;
    QPushButton* m_delete;
    std::function<QStringList(const QString&)> m_runsBuiltOn;
};

} // namespace fw::ui

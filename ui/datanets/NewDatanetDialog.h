// Create a datanet: name, domain, description, license, record kind and requirements.
#pragma once

#include "datanet/DatanetTypes.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace fw::ui {

class RequirementsEditor;
class WorkspaceSession;

class NewDatanetDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewDatanetDialog(WorkspaceSession* session, QWidget* parent = nullptr);

    QLineEdit* nameEdit() const { return m_name; }
    QComboBox* kindBox() const { return m_kind; }
    // Valid once the dialog was accepted.
    const datanet::Datanet& created() const { return m_created; }

    void accept() override; // creates it; stays open with the reason on failure

private:
    WorkspaceSession* m_session;
    QLineEdit* m_name;
    QLineEdit* m_domain;
    QPlainTextEdit* m_description;
    QLineEdit* m_license;
    QComboBox* m_kind;
    RequirementsEditor* m_requirements;
    QLabel* m_error;
    datanet::Datanet m_created;
};

} // namespace fw::ui

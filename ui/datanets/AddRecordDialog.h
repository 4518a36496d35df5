// Type one record by hand, with the fields of the datanet's kind; it is signed by the chosen identity.
#pragma once

#include "datanet/DatanetTypes.h"

#include <QDialog>
#include <QMap>

class QComboBox;
class QLabel;
class QPlainTextEdit;

namespace fw::ui {

class WorkspaceSession;

class AddRecordDialog : public QDialog
{
    Q_OBJECT
public:
    AddRecordDialog(WorkspaceSession* session, const datanet::Datanet& datanet, QWidget* parent = nullptr);

    // The editor of a canonical field ("instruction", "output", "user", ...), for tests.
    QPlainTextEdit* field(const QString& name) const { return m_fields.value(name); }
    const datanet::RecordInfo& added() const { return m_added; }

    void accept() override; // stores the record; stays open with the reason on failure

private:
    QJsonObject content() const;

    WorkspaceSession* m_session;
    datanet::Datanet m_datanet;
    QMap<QString, QPlainTextEdit*> m_fields;
    QComboBox* m_identity;
    QLabel* m_error;
    datanet::RecordInfo m_added;
};

} // namespace fw::ui

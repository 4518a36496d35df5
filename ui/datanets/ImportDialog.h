// Import a file into a datanet: detected format (overridable), CSV column mapping, a preview of the
// first records, the signing identity, skip-or-refuse for bad lines, then a progress bar with ETA and Cancel.
#pragma once

#include "datanet/DatanetImporter.h"
#include "datanet/DatanetTypes.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QProgressBar;
class QStandardItemModel;
class QTableView;

namespace fw::ui {

class ImportJob;
class WorkspaceSession;

class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(WorkspaceSession* session, const datanet::Datanet& datanet, const QString& path,
                 QWidget* parent = nullptr);
    ~ImportDialog() override;

    // The widgets tests and keyboard users drive.
    QComboBox* formatBox() const { return m_format; }
    QComboBox* identityBox() const { return m_identity; }
    QCheckBox* skipBadBox() const { return m_skipBad; }
    QTableView* previewView() const { return m_preview; }
    QComboBox* csvColumnBox(const QString& field) const;
    QLabel* statusLabel() const { return m_status; }
    QProgressBar* progressBar() const { return m_progress; }

    // The options the form describes now.
    datanet::ImportOptions options() const;
    void startImport();
    bool isImporting() const;
    // The last finished import's report (valid once the dialog was accepted).
    const datanet::ImportReport& report() const { return m_report; }

protected:
    void reject() override; // cancels a running import instead of closing under it

private:
    void buildForm();
    void fillIdentities();
    void onFormatChanged();
    void readCsvHeader();
    void refreshPreview();
    void onProgress(const datanet::ImportProgress& progress);
    void onFinished(const datanet::ImportReport& report);
    void onFailed(int code, const QString& message);
    void setImporting(bool importing);
    std::optional<datanet::ImportFormat> chosenFormat() const;
    QStringList csvFields() const;

    WorkspaceSession* m_session;
    datanet::Datanet m_datanet;
    QString m_path;
    std::optional<datanet::ImportFormat> m_detected;
    QString m_detectError;
    QStringList m_csvHeader;
    QComboBox* m_format = nullptr;
    QComboBox* m_identity = nullptr;
    QCheckBox* m_skipBad = nullptr;
    QGroupBox* m_csvGroup = nullptr;
    QFormLayout* m_csvForm = nullptr;
    QComboBox* m_delimiter = nullptr;
    QMap<QString, QComboBox*> m_csvColumns;
    QStandardItemModel* m_previewModel = nullptr;
    QTableView* m_preview = nullptr;
    QLabel* m_status = nullptr;
    QProgressBar* m_progress = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    ImportJob* m_job = nullptr;
    datanet::ImportReport m_report;
};

} // namespace fw::ui

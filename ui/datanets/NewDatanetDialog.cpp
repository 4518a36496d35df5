// New datanet form.
#include "ui/datanets/NewDatanetDialog.h"

#include "datanet/DatanetService.h"
#include "ui/datanets/DatanetListModel.h"
#include "ui/datanets/RequirementsEditor.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace fw::ui {

NewDatanetDialog::NewDatanetDialog(WorkspaceSession* session, QWidget* parent)
    : QDialog(parent), m_session(session), m_name(new QLineEdit(this)), m_domain(new QLineEdit(this)),
      m_description(new QPlainTextEdit(this)), m_license(new QLineEdit(this)), m_kind(new QComboBox(this)),
      m_requirements(new RequirementsEditor(this)), m_error(new QLabel(this))
{
    setWindowTitle(tr("New Datanet"));
    m_name->setPlaceholderText(tr("e.g. world-capitals"));
    m_domain->setPlaceholderText(tr("e.g. geography"));
    m_license->setText(QStringLiteral("CC-BY-4.0"));
    m_description->setMaximumHeight(80);
    for (datanet::RecordKind kind : {datanet::RecordKind::Instruction, datanet::RecordKind::Chat,
                                     datanet::RecordKind::Text, datanet::RecordKind::Preference})
        m_kind->addItem(DatanetListModel::kindText(kind), int(kind));
    m_kind->setToolTip(tr("The kind decides the record editor, the importers and how training uses the records."));
    m_error->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Domain:"), m_domain);
    form->addRow(tr("D&escription:"), m_description);
    form->addRow(tr("&License:"), m_license);
    form->addRow(tr("Record &kind:"), m_kind);
    auto* reqGroup = new QGroupBox(tr("Requirements for training"), this);
    auto* reqLayout = new QVBoxLayout(reqGroup);
    reqLayout->addWidget(m_requirements);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewDatanetDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewDatanetDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(reqGroup);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void NewDatanetDialog::accept()
{
    datanet::Datanet spec;
    spec.name = m_name->text().trimmed();
    spec.domain = m_domain->text().trimmed();
    spec.description = m_description->toPlainText().trimmed();
    spec.license = m_license->text().trimmed();
    spec.kind = datanet::RecordKind(m_kind->currentData().toInt());
    spec.requirements = m_requirements->requirements();
    Result<datanet::Datanet> created = datanet::DatanetService(*m_session->workspace()).create(spec);
    if (!created) {
        m_error->setText(created.error().message);
        m_error->show();
        return;
    }
    m_created = *created;
    QDialog::accept();
}

} // namespace fw::ui

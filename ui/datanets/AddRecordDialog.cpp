// The hand-written record form; the fields follow the datanet's kind.
#include "ui/datanets/AddRecordDialog.h"

#include "datanet/DatanetService.h"
#include "ui/workspace/WorkspaceSession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace fw::ui {

namespace {
struct FieldSpec
{
    QString key;
    QString label;
};

QList<FieldSpec> fieldsFor(datanet::RecordKind kind)
{
    switch (kind) {
    case datanet::RecordKind::Instruction:
        return {{QStringLiteral("instruction"), AddRecordDialog::tr("Instruction:")}, {QStringLiteral("input"), AddRecordDialog::tr("Input (optional):")},
                {QStringLiteral("output"), AddRecordDialog::tr("Response:")}};
    case datanet::RecordKind::Chat:
        return {{QStringLiteral("system"), AddRecordDialog::tr("System (optional):")}, {QStringLiteral("user"), AddRecordDialog::tr("User:")},
                {QStringLiteral("assistant"), AddRecordDialog::tr("Assistant:")}};
    case datanet::RecordKind::Text:
        return {{QStringLiteral("text"), AddRecordDialog::tr("Text:")}};
    case datanet::RecordKind::Preference:
        return {{QStringLiteral("prompt"), AddRecordDialog::tr("Prompt:")}, {QStringLiteral("chosen"), AddRecordDialog::tr("Chosen answer:")},
                {QStringLiteral("rejected"), AddRecordDialog::tr("Rejected answer:")}};
    }
    return {};
}
} // namespace

AddRecordDialog::AddRecordDialog(WorkspaceSession* session, const datanet::Datanet& datanet, QWidget* parent)
    : QDialog(parent), m_session(session), m_datanet(datanet), m_identity(new QComboBox(this)),
      m_error(new QLabel(this))
{
    setWindowTitle(tr("Add a Record to %1").arg(datanet.name));
    auto* form = new QFormLayout;
    for (const FieldSpec& f : fieldsFor(datanet.kind)) {
        auto* edit = new QPlainTextEdit(this);
        edit->setTabChangesFocus(true);
        edit->setAccessibleName(f.label);
        edit->setMinimumHeight(60);
        m_fields.insert(f.key, edit);
        form->addRow(f.label, edit);
    }
    if (Result<QList<wallet::Identity>> ids = session->wallet().identities(); ids) {
        for (const wallet::Identity& id : *ids) {
            if (id.external) // no private key here: it cannot sign a record
                continue;
            m_identity->addItem(tr("%1 (%2…)").arg(id.name, id.address.left(14)), id.id);
            if (id.isDefault)
                m_identity->setCurrentIndex(m_identity->count() - 1);
        }
    }
    form->addRow(tr("Signed by:"), m_identity);
    m_error->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &AddRecordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AddRecordDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(560, 420);
}

QJsonObject AddRecordDialog::content() const
{
    auto text = [this](const char* key) { return m_fields.value(QLatin1String(key))->toPlainText(); };
    if (m_datanet.kind == datanet::RecordKind::Chat) {
        QJsonArray messages;
        for (const char* role : {"system", "user", "assistant"})
            if (!text(role).trimmed().isEmpty() || qstrcmp(role, "system") != 0)
                messages.append(QJsonObject{{QStringLiteral("role"), QLatin1String(role)},
                                            {QStringLiteral("content"), text(role)}});
        return {{QStringLiteral("messages"), messages}};
    }
    QJsonObject o;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        if (!(it.key() == QLatin1String("input") && it.value()->toPlainText().trimmed().isEmpty()))
            o.insert(it.key(), it.value()->toPlainText());
    return o;
}

void AddRecordDialog::accept()
{
    Result<datanet::RecordInfo> added = datanet::DatanetService(*m_session->workspace())
                                            .addRecord(m_datanet.id, m_identity->currentData().toLongLong(), content());
    if (!added) {
        m_error->setText(added.error().message);
        m_error->show();
        return;
    }
    m_added = *added;
    QDialog::accept();
}

} // namespace fw::ui

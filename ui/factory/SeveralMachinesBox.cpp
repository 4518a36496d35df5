#include "ui/factory/SeveralMachinesBox.h"

#include "ui/common/Retranslate.h"

#include <QApplication>
#include <QClipboard>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <arpa/inet.h>
#include <ifaddrs.h>
#include <net/if.h>
#include <netinet/in.h>

namespace fw::ui {

namespace {
// Every machine sees the others for longer than a process on one machine would: people start
// the commands by hand.
constexpr int kWaitSeconds = 300;
} // namespace

QString guessLanAddress()
{
    ifaddrs* list = nullptr;
    if (::getifaddrs(&list) != 0)
        return QStringLiteral("127.0.0.1");
    QString found;
    for (ifaddrs* i = list; i && found.isEmpty(); i = i->ifa_next)
        if (i->ifa_addr && i->ifa_addr->sa_family == AF_INET && (i->ifa_flags & IFF_UP) && !(i->ifa_flags & IFF_LOOPBACK)) {
            char text[INET_ADDRSTRLEN] = {};
            const auto* address = reinterpret_cast<const sockaddr_in*>(i->ifa_addr);
            if (::inet_ntop(AF_INET, &address->sin_addr, text, sizeof(text)))
                found = QString::fromLatin1(text);
        }
    ::freeifaddrs(list);
    return found.isEmpty() ? QStringLiteral("127.0.0.1") : found;
}

SeveralMachinesBox::SeveralMachinesBox(QWidget* parent)
    : QGroupBox(parent), m_machines(new QSpinBox(this)), m_address(new QLineEdit(this)), m_note(new QLabel(this)),
      m_commands(new QPlainTextEdit(this)), m_copy(new QPushButton(this))
{
    setCheckable(true);
    setChecked(false);
    m_machines->setRange(2, 64);
    m_address->setText(guessLanAddress() + QStringLiteral(":29500"));
    m_note->setWordWrap(true);
    m_commands->setReadOnly(true);
    m_commands->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_commands->setMaximumHeight(m_commands->fontMetrics().height() * 9);
    QFont mono = m_commands->font();
    mono.setFamily(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_commands->setFont(mono);

    auto* form = new QFormLayout;
    form->addRow(new QLabel(this), m_machines);
    form->addRow(new QLabel(this), m_address);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addWidget(m_commands);
    layout->addWidget(m_copy, 0, Qt::AlignRight);
    // Unticked, only the title shows: the feature stays out of the way of one-machine runs.
    for (QWidget* w : std::initializer_list<QWidget*>{m_machines, m_address, m_note, m_commands, m_copy})
        w->setVisible(false);
    for (int row = 0; row < form->rowCount(); ++row)
        form->itemAt(row, QFormLayout::LabelRole)->widget()->setVisible(false);
    connect(this, &QGroupBox::toggled, this, [this, form](bool on) {
        for (QWidget* w : std::initializer_list<QWidget*>{m_machines, m_address, m_note, m_commands, m_copy})
            w->setVisible(on);
        for (int row = 0; row < form->rowCount(); ++row)
            form->itemAt(row, QFormLayout::LabelRole)->widget()->setVisible(on);
        updateCommands();
        emit changed();
    });
    connect(m_machines, &QSpinBox::valueChanged, this, [this] {
        updateCommands();
        emit changed();
    });
    connect(m_address, &QLineEdit::textChanged, this, [this] {
        updateCommands();
        emit changed();
    });
    connect(m_copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_commands->toPlainText()); });

    retranslated(this, [this, form] {
        setTitle(tr("Train on &several machines"));
        setToolTip(tr("Data-parallel training: every machine trains on its share of each batch and the gradients "
                      "are summed over the network before each step, so the run learns as it would on one machine."));
        static_cast<QLabel*>(form->labelForField(m_machines))->setText(tr("Machines, this one included:"));
        static_cast<QLabel*>(form->labelForField(m_address))->setText(tr("This machine's address:"));
        m_address->setToolTip(tr("HOST:PORT where the other machines reach this one; the port must be open to them."));
        m_address->setAccessibleName(tr("This machine's address for the other machines"));
        m_commands->setAccessibleName(tr("Commands to run on the other machines"));
        m_copy->setText(tr("&Copy Commands"));
        updateCommands();
    });
}

ml::DistributedSettings SeveralMachinesBox::settings() const
{
    ml::DistributedSettings s;
    if (!isChecked())
        return s;
    s.worldSize = m_machines->value();
    s.timeoutSeconds = kWaitSeconds;
    (void)s.setMaster(m_address->text().trimmed());
    return s;
}

QString SeveralMachinesBox::problem() const
{
    if (!isChecked())
        return {};
    ml::DistributedSettings s;
    if (Status set = s.setMaster(m_address->text().trimmed()); !set)
        return set.error().message;
    if (m_plan.config.batchSize < m_machines->value())
        return tr("The batch size (%1) must be at least the number of machines (%2).")
            .arg(m_plan.config.batchSize)
            .arg(m_machines->value());
    return {};
}

void SeveralMachinesBox::setPlan(const models::TrainingPlan& plan, const QString& planProblem)
{
    m_plan = plan;
    m_planProblem = planProblem;
    updateCommands();
}

void SeveralMachinesBox::updateCommands()
{
    if (!isChecked())
        return;
    const QLocale l;
    m_note->setText(tr("Each other machine needs the same frozen version of \"%1\" in its own workspace (the "
                       "machines compare its Merkle root before the first step). Save the plan below as "
                       "flywheel-run.json there and run its command; this machine waits up to %2 minutes for "
                       "them after you press Train, and rank 0 (here) keeps the history and the model.")
                        .arg(m_plan.datanet, l.toString(kWaitSeconds / 60)));
    if (!m_planProblem.isEmpty() || !problem().isEmpty()) {
        m_commands->setPlainText(!m_planProblem.isEmpty() ? m_planProblem : problem());
        m_copy->setEnabled(false);
        return;
    }
    const QString master = m_address->text().trimmed();
    QStringList lines;
    lines << tr("# flywheel-run.json, the same on every machine:");
    lines << QString::fromUtf8(QJsonDocument(m_plan.toJson()).toJson(QJsonDocument::Compact));
    for (int rank = 1; rank < m_machines->value(); ++rank) {
        lines << tr("# machine %1 of %2:").arg(rank + 1).arg(m_machines->value());
        lines << QStringLiteral("flywheel-cli train flywheel-run.json --world-size %1 --rank %2 --master %3 --timeout %4")
                     .arg(m_machines->value())
                     .arg(rank)
                     .arg(master)
                     .arg(kWaitSeconds);
    }
    m_commands->setPlainText(lines.join(QLatin1Char('\n')));
    m_copy->setEnabled(true);
}

} // namespace fw::ui

// Identity details with clipboard copy of the address.
#include "ui/wallet/IdentityDetails.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>

namespace fw::ui {

IdentityDetails::IdentityDetails(QWidget* parent)
    : QWidget(parent), m_name(new QLabel(this)), m_addressLabel(new QLabel(this)), m_address(new QLabel(this)),
      m_copy(new QPushButton(QIcon(QStringLiteral(":/icons/copy.svg")), QString(), this)),
      m_copied(new QLabel(this))
{
    QFont nameFont = m_name->font();
    nameFont.setBold(true);
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.2);
    m_name->setFont(nameFont);
    m_address->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_address->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_address->setFocusPolicy(Qt::StrongFocus);
    m_address->setWordWrap(true);
    m_addressLabel->setBuddy(m_address);
    m_copied->setForegroundRole(QPalette::PlaceholderText);

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_name, 0, 0, 1, 3);
    grid->addWidget(m_addressLabel, 1, 0);
    grid->addWidget(m_address, 1, 1);
    grid->addWidget(m_copy, 1, 2);
    grid->addWidget(m_copied, 2, 1);
    grid->setColumnStretch(1, 1);
    connect(m_copy, &QPushButton::clicked, this, &IdentityDetails::copyAddress);
    retranslateUi();
    setIdentity(nullptr);
}

void IdentityDetails::setIdentity(const wallet::Identity* identity)
{
    m_name->setText(identity ? identity->name : tr("No identity selected"));
    m_address->setText(identity ? identity->address : QString());
    m_copy->setEnabled(identity != nullptr);
    m_copied->clear();
}

QString IdentityDetails::address() const
{
    return m_address->text();
}

void IdentityDetails::copyAddress()
{
    QApplication::clipboard()->setText(m_address->text());
    m_copied->setText(tr("Address copied to the clipboard."));
    QTimer::singleShot(3000, m_copied, &QLabel::clear);
}

void IdentityDetails::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void IdentityDetails::retranslateUi()
{
    m_addressLabel->setText(tr("Address:"));
    m_copy->setText(tr("&Copy"));
    m_copy->setToolTip(tr("Copy the address to the clipboard"));
    m_copy->setAccessibleName(tr("Copy address"));
    m_address->setAccessibleName(tr("Address"));
    if (m_address->text().isEmpty())
        m_name->setText(tr("No identity selected"));
}

} // namespace fw::ui

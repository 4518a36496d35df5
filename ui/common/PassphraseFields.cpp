// Passphrase entry with confirmation and a strength hint.
#include "ui/common/PassphraseFields.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSet>

#include <cmath>

namespace fw::ui {

PassphraseFields::PassphraseFields(QWidget* parent)
    : QWidget(parent), m_passphraseLabel(new QLabel(this)), m_confirmLabel(new QLabel(this)),
      m_passphrase(new QLineEdit(this)), m_confirm(new QLineEdit(this)), m_strength(new QLabel(this)),
      m_mismatch(new QLabel(this))
{
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_confirm->setEchoMode(QLineEdit::Password);
    m_passphraseLabel->setBuddy(m_passphrase);
    m_confirmLabel->setBuddy(m_confirm);
    m_mismatch->setStyleSheet(QStringLiteral("color: #b91c1c;"));
    m_strength->setWordWrap(true);

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(m_passphraseLabel, m_passphrase);
    form->addRow(QString(), m_strength);
    form->addRow(m_confirmLabel, m_confirm);
    form->addRow(QString(), m_mismatch);

    connect(m_passphrase, &QLineEdit::textChanged, this, &PassphraseFields::updateHints);
    connect(m_confirm, &QLineEdit::textChanged, this, &PassphraseFields::updateHints);
    retranslateUi();
}

bool PassphraseFields::isAcceptable() const
{
    return m_passphrase->text().size() >= kMinLength && m_passphrase->text() == m_confirm->text();
}

QByteArray PassphraseFields::passphrase() const
{
    return m_passphrase->text().toUtf8();
}

void PassphraseFields::clear()
{
    m_passphrase->clear();
    m_confirm->clear();
}

QString PassphraseFields::strengthHint(const QString& passphrase)
{
    if (passphrase.isEmpty())
        return tr("At least %1 characters. A few unrelated words make a strong passphrase.").arg(kMinLength);
    if (passphrase.size() < kMinLength)
        return tr("Too short: %n more character(s) needed.", nullptr, int(kMinLength - passphrase.size()));
    // A rough entropy estimate: length times log2 of the alphabet the characters come from.
    int alphabet = 0;
    bool lower = false, upper = false, digit = false, other = false;
    for (QChar c : passphrase) {
        lower |= c.isLower();
        upper |= c.isUpper();
        digit |= c.isDigit();
        other |= !c.isLetterOrNumber();
    }
    alphabet = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (other ? 33 : 0);
    const QSet<QChar> distinct(passphrase.begin(), passphrase.end());
    const double bits = std::min<qsizetype>(passphrase.size(), distinct.size() * 2) *
                        std::log2(std::max(alphabet, 2));
    if (bits < 45)
        return tr("Strength: weak. Add more words or characters.");
    if (bits < 70)
        return tr("Strength: fair.");
    return tr("Strength: strong.");
}

void PassphraseFields::updateHints()
{
    m_strength->setText(strengthHint(m_passphrase->text()));
    const bool mismatch = !m_confirm->text().isEmpty() && m_confirm->text() != m_passphrase->text();
    m_mismatch->setText(mismatch ? tr("The two passphrases differ.") : QString());
    m_mismatch->setVisible(mismatch);
    emit changed();
}

void PassphraseFields::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PassphraseFields::retranslateUi()
{
    m_passphraseLabel->setText(tr("&Passphrase:"));
    m_confirmLabel->setText(tr("&Confirm:"));
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_confirm->setAccessibleName(tr("Confirm passphrase"));
    updateHints();
}

} // namespace fw::ui

// Recovery-phrase entry with live validation against the BIP39 list and checksum.
#include "ui/common/MnemonicEntry.h"

#include "crypto/Bip39WordList.h"
#include "crypto/Mnemonic.h"

#include <QCompleter>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace fw::ui {

namespace {

QStringList wordList()
{
    QStringList words;
    words.reserve(2048);
    for (const char* w : fw::bip39::kEnglishWords)
        words << QString::fromLatin1(w);
    return words;
}

const QString kBadWordStyle = QStringLiteral("QLineEdit { background: #fee2e2; color: #7f1d1d; }");

} // namespace

MnemonicEntry::MnemonicEntry(QWidget* parent) : QWidget(parent), m_status(new QLabel(this))
{
    auto* completer = new QCompleter(wordList(), this);
    completer->setCompletionMode(QCompleter::InlineCompletion);
    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(4);
    constexpr int kColumns = 4;
    constexpr int kRows = crypto::mnemonic::kWordCount / kColumns;
    // Numbered down the columns, as people write them on paper.
    for (int i = 0; i < crypto::mnemonic::kWordCount; ++i) {
        auto* number = new QLabel(QStringLiteral("%1.").arg(i + 1), this);
        number->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        auto* edit = new QLineEdit(this);
        edit->setCompleter(completer);
        edit->setMinimumWidth(90);
        number->setBuddy(edit);
        grid->addWidget(number, i % kRows, (i / kRows) * 2);
        grid->addWidget(edit, i % kRows, (i / kRows) * 2 + 1);
        connect(edit, &QLineEdit::textEdited, this, [this, i] { onFieldEdited(i); });
        m_fields << edit;
    }
    for (int i = 1; i < m_fields.size(); ++i)
        setTabOrder(m_fields[i - 1], m_fields[i]);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(grid);
    layout->addWidget(m_status);
    changeEvent(nullptr);
    validate();
}

QStringList MnemonicEntry::words() const
{
    QStringList out;
    for (QLineEdit* f : m_fields)
        out << f->text().trimmed().toLower();
    return out;
}

void MnemonicEntry::setWords(const QStringList& words)
{
    for (int i = 0; i < m_fields.size(); ++i)
        m_fields[i]->setText(i < words.size() ? words[i] : QString());
    validate();
}

QString MnemonicEntry::statusText() const
{
    return m_status->text();
}

void MnemonicEntry::onFieldEdited(int index)
{
    // A pasted phrase spreads over the fields from this one on.
    const QStringList pasted = crypto::mnemonic::splitWords(m_fields[index]->text());
    if (pasted.size() > 1) {
        for (int i = 0; i < pasted.size() && index + i < m_fields.size(); ++i)
            m_fields[index + i]->setText(pasted[i]);
    }
    validate();
}

void MnemonicEntry::validate()
{
    int filled = 0;
    QString firstProblem;
    for (int i = 0; i < m_fields.size(); ++i) {
        const QString word = m_fields[i]->text().trimmed().toLower();
        const bool bad = !word.isEmpty() && !crypto::mnemonic::isWord(word);
        m_fields[i]->setStyleSheet(bad ? kBadWordStyle : QString());
        m_fields[i]->setToolTip(bad ? tr("Not in the word list") : QString());
        if (!word.isEmpty())
            ++filled;
        if (bad && firstProblem.isEmpty() && !m_fields[i]->hasFocus())
            firstProblem = tr("Word %1 (\"%2\") is not in the word list.").arg(i + 1).arg(word);
    }
    bool valid = false;
    if (!firstProblem.isEmpty()) {
        m_status->setText(firstProblem);
    } else if (filled < m_fields.size()) {
        m_status->setText(tr("%1 of %2 words entered.").arg(filled).arg(m_fields.size()));
    } else if (Result<crypto::SecureBytes> entropy = crypto::mnemonic::toEntropy(words()); !entropy) {
        m_status->setText(entropy.error().message);
    } else {
        m_status->setText(tr("All %1 words are valid and the checksum matches.").arg(m_fields.size()));
        valid = true;
    }
    m_status->setStyleSheet(valid ? QStringLiteral("color: #15803d;")
                                  : (filled == m_fields.size() || !firstProblem.isEmpty()
                                         ? QStringLiteral("color: #b91c1c;")
                                         : QString()));
    if (valid != m_valid) {
        m_valid = valid;
        emit validityChanged(valid);
    }
}

void MnemonicEntry::changeEvent(QEvent* event)
{
    if (!event || event->type() == QEvent::LanguageChange) {
        for (int i = 0; i < m_fields.size(); ++i)
            m_fields[i]->setAccessibleName(tr("Word %1").arg(i + 1));
        if (event)
            validate();
    }
    if (event)
        QWidget::changeEvent(event);
}

} // namespace fw::ui
